"""Filters by country, NUTS region (with sub-regions) and type; "more like this" leaves the organisation out."""

from kumppani.directory.models import Organisation, Region
from kumppani.partners.search import SearchFilters, more_like, search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import created


def test_filters_keep_only_the_countries_regions_and_types_asked(db):
    region = Region.objects.get(code="FI1D3")  # the NUTS regions ship with a migration
    in_region = created(Organisation, name="A", country="FI", region=region, type="university")
    elsewhere = created(Organisation, name="B", country="FI", type="company")
    estonian = created(Organisation, name="C", country="EE", type="university")
    for organisation in (in_region, elsewhere, estonian):
        public_project("Metsäbiotalous", organisation)

    def found(**filters):
        return {hit.organisation for hit in search_partners(None, "metsäbiotalous", SearchFilters(**filters))}

    assert found() == {in_region, elsewhere, estonian}
    assert found(countries=["EE"]) == {estonian}
    assert found(regions=["FI1D"]) == {in_region}
    assert found(types=["university"]) == {in_region, estonian}
    assert found(countries=["FI"], types=["university"]) == {in_region}


def test_more_like_finds_similar_profiles_but_not_the_organisation_itself(matkailu_oy, nuoriso_ry, energia):
    similar = created(Organisation, name="Matkailuyhdistys", country="FI")
    public_project("Luontomatkailun kehittäminen", similar)
    hits = more_like(None, matkailu_oy)
    assert hits[0].organisation == similar
    assert matkailu_oy not in [hit.organisation for hit in hits]


def test_more_like_an_organisation_without_profile_is_empty(db):
    assert more_like(None, created(Organisation, name="Empty", country="FI")) == []


def test_filters_treat_a_match_from_the_workspace_s_own_project_like_a_public_one(sepra):
    from kumppani.projects.models import Project, ProjectPartner

    region = Region.objects.get(code="FI1D3")
    public = created(Organisation, name="A", country="FI", region=region, type="university")
    private = created(Organisation, name="B", country="FI", region=region, type="university")
    public_project("Metsäbiotalous", public)
    created(ProjectPartner, project=created(Project, workspace=sepra, title={"fi": "Metsäbiotalous"}),
            organisation=private)

    def found(**filters):
        return {hit.organisation for hit in search_partners(sepra, "metsäbiotalous", SearchFilters(**filters))}

    assert found() == found(regions=["FI1D"]) == found(types=["university"]) == found(countries=["FI"]) == {
        public, private}
    assert found(regions=["FI1C"]) == found(types=["company"]) == found(countries=["EE"]) == set()

"""Creating, changing or deleting a project, a partner, an organisation or a note changes results at once."""

from kumppani.audit.writes import create_record, delete_record, update_record
from kumppani.directory.models import Organisation, OrganisationNote, Theme
from kumppani.partners.search import search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.projects.models import Project, ProjectPartner


def names(query, workspace=None):
    return [hit.organisation.name for hit in search_partners(workspace, query)]


def test_a_new_project_is_found_at_once(matkailu_oy, nuoriso_ry):
    assert names("kalastus") == []
    public_project("Kalastusmatkailu Saimaalla", nuoriso_ry)
    assert names("kalastus") == ["Nuoriso ry"]


def test_a_changed_project_title_changes_the_results(matkailu_oy, alice):
    project = Project.objects.get(title__fi="Luontomatkailun tuotteistaminen")
    update_record(alice, None, project, {"title": {"fi": "Metsänhoidon neuvonta"}})
    assert names("metsänhoito") == ["Matkailu Oy"]
    assert names("tuotteistaminen") == []


def test_a_deleted_project_or_partner_drops_out(matkailu_oy, nuoriso_ry, alice):
    project = Project.objects.get(title__fi="Luontomatkailun tuotteistaminen")
    ProjectPartner.objects.create(project=project, organisation=nuoriso_ry)
    assert set(names("tuotteistaminen")) == {"Matkailu Oy", "Nuoriso ry"}
    ProjectPartner.objects.get(project=project, organisation=nuoriso_ry).delete()
    assert names("tuotteistaminen") == ["Matkailu Oy"]
    delete_record(alice, None, project)
    assert names("tuotteistaminen") == []


def test_project_themes_count(matkailu_oy):
    theme = Theme.objects.create(slug="blue-growth", name={"en": "Blue growth"})
    Project.objects.get(title__fi="Luontomatkailun tuotteistaminen").themes.add(theme)
    assert names("blue growth") == ["Matkailu Oy"]
    theme.name = {"en": "Coastal economy"}
    theme.save()
    assert names("blue growth") == []
    assert names("coastal") == ["Matkailu Oy"]


def test_an_organisation_s_description_themes_and_deletion_count(alice, tourism):
    organisation = create_record(alice, None, Organisation(name="Saaristo ry", country="FI",
                                                           description={"fi": "Saariston kulttuuriperintö"}))
    assert names("kulttuuriperinnön") == ["Saaristo ry"]
    update_record(alice, None, organisation, {"description": {"en": "Archipelago birds"}}, m2m={"themes": [tourism]})
    assert names("kulttuuriperintö") == []
    assert names("birds tourism") == ["Saaristo ry"]
    delete_record(alice, None, organisation)
    assert names("birds tourism") == []


def test_a_note_and_its_deletion_count_for_its_workspace(sepra, matkailu_oy):
    note = OrganisationNote.objects.create(workspace=sepra, organisation=matkailu_oy, text="Hyvä lintuopas")
    assert names("lintuopas", sepra) == ["Matkailu Oy"]
    note.delete()
    assert names("lintuopas", sepra) == []


def test_filters_follow_a_changed_country_at_once(matkailu_oy):
    from kumppani.partners.search import SearchFilters

    assert search_partners(None, "matkailu", SearchFilters(countries=["EE"])) == []
    matkailu_oy.country = "EE"
    matkailu_oy.save()
    assert [hit.organisation for hit in search_partners(None, "matkailu", SearchFilters(countries=["EE"]))] == [
        matkailu_oy]


def test_filters_follow_a_changed_type_and_region_at_once(matkailu_oy):
    from kumppani.directory.models import Region
    from kumppani.partners.search import SearchFilters

    def found(**filters):
        return [hit.organisation for hit in search_partners(None, "matkailu", SearchFilters(**filters))]

    assert found(types=["university"]) == found(regions=["FI1D"]) == []
    matkailu_oy.type = "university"
    matkailu_oy.region = Region.objects.get(code="FI1D3")
    matkailu_oy.save()
    assert found(types=["university"]) == found(regions=["FI1D"]) == [matkailu_oy]
    matkailu_oy.region = None
    matkailu_oy.save()
    assert found(regions=["FI1D"]) == []

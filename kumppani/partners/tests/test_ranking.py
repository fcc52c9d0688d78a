"""The organisation whose projects match ranks first, whatever the Finnish inflection of the query."""

from kumppani.partners.search import search_partners
from kumppani.partners.tests.writing import created


def test_the_organisation_with_the_matching_project_ranks_first(matkailu_oy, nuoriso_ry, energia):
    hits = search_partners(None, "matkailuyrittäjien kehittäminen")
    assert hits[0].organisation == matkailu_oy


def test_an_inflected_finnish_query_matches_the_base_form(matkailu_oy, nuoriso_ry, energia):
    assert search_partners(None, "nuorisotyötä")[0].organisation == nuoriso_ry
    assert search_partners(None, "yrittäjille")[0].organisation == matkailu_oy


def test_a_compound_part_finds_the_compound(matkailu_oy, nuoriso_ry, energia):
    assert search_partners(None, "yrittäjä")[0].organisation == matkailu_oy


def test_an_english_query_finds_an_english_profile(matkailu_oy, nuoriso_ry, energia):
    hits = search_partners(None, "renewable energies for municipalities")
    assert [hit.organisation for hit in hits] == [energia]


def test_scores_descend_and_the_limit_holds(matkailu_oy, nuoriso_ry, energia):
    hits = search_partners(None, "kehittäminen matkailu nuoriso energia", limit=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score > 0


def test_a_description_and_themes_are_part_of_the_profile(db, tourism):
    from kumppani.directory.models import Organisation

    described = created(Organisation, name="A", country="FI", description={"en": "Whisky distilleries"})
    themed = created(Organisation, name="B", country="FI")
    themed.themes.add(tourism)
    assert search_partners(None, "whisky")[0].organisation == described
    assert search_partners(None, "tourism")[0].organisation == themed

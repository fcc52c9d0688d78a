"""Without the model (or when it fails) partner search gives exactly the lexical results, without error."""

import pytest

from kumppani.directory.models import Organisation, Theme
from kumppani.partners import crosslingual, semantic
from kumppani.partners.search import search_partners
from kumppani.partners.tests.writing import created


@pytest.fixture
def youth_centre(db):
    organisation = created(Organisation, name="Youth Centre", type="association", country="FI")
    organisation.themes.add(created(Theme, slug="youth-work", name={"en": "Youth work"}))
    return organisation


def ranking(query):
    return [(hit.organisation.pk, hit.score, [theme.pk for theme in hit.matching_themes], hit.matched_terms)
            for hit in search_partners(None, query)]


def lexical_ranking(monkeypatch, query):
    with monkeypatch.context() as patch:
        patch.setattr(crosslingual, "theme_signal", lambda _query: crosslingual.ThemeSignal())
        return ranking(query)


@pytest.mark.parametrize("query", ["nuorisotyö", "nuorisotyön kehittäminen maaseudulla", "youth work"])
def test_without_the_model_the_results_are_the_lexical_ones(monkeypatch, nuoriso_ry, matkailu_oy, youth_centre,
                                                             query):
    monkeypatch.setattr(semantic, "available", lambda: False)

    assert ranking(query) == lexical_ranking(monkeypatch, query)
    assert youth_centre.pk not in [pk for pk, *_rest in ranking("nuorisotyö")]


def test_a_model_that_fails_during_a_query_gives_the_lexical_results(monkeypatch, nuoriso_ry, youth_centre):
    def broken(_text):
        raise RuntimeError("semantic model unavailable")

    monkeypatch.setattr(semantic, "available", lambda: True)
    monkeypatch.setattr(semantic, "embed_query", broken)
    crosslingual._query_themes.cache_clear()

    assert ranking("nuorisotyö") == lexical_ranking(monkeypatch, "nuorisotyö")


def test_no_themes_at_all_means_no_signal(monkeypatch, nuoriso_ry):
    Theme.objects.all().delete()

    assert not crosslingual.theme_signal("nuorisotyö")
    assert ranking("nuorisotyö") == lexical_ranking(monkeypatch, "nuorisotyö")

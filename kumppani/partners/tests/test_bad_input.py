"""Bad queries and filters give a clear QueryError naming the field, or a sensible result; never a crash."""

import pytest

from kumppani.partners.search import MAX_QUERY_CHARS, QueryError, search_partners, validate_filters


@pytest.mark.parametrize("query", ["", "   ", "ja ja sekä", "!!! ??? ...", "the of and", "- * : ( )"])
def test_a_query_without_searchable_words_is_refused(db, query):
    with pytest.raises(QueryError) as error:
        search_partners(None, query)
    assert error.value.field == "q" and error.value.message


def test_a_query_over_the_limit_is_refused_with_the_limit_in_the_message(db):
    with pytest.raises(QueryError) as error:
        search_partners(None, "matkailu " * 12_500)
    assert str(MAX_QUERY_CHARS) in error.value.message.replace(",", "").replace("\xa0", "")


def test_a_long_query_within_the_limit_is_answered(matkailu_oy):
    text = ("matkailu nuoriso energia kehittäminen " * 300)[:MAX_QUERY_CHARS]
    assert search_partners(None, text)[0].organisation == matkailu_oy


@pytest.mark.parametrize("query", ['"matkailu"', "matkailu*", "matkailu NEAR nuoriso", "-matkailu", "title:matkailu",
                                   "(matkailu OR nuoriso)", "matkailu'); DROP TABLE partners_term; --", "matkailu %_"])
def test_full_text_syntax_is_just_characters(matkailu_oy, query):
    assert search_partners(None, query)[0].organisation == matkailu_oy


@pytest.mark.parametrize(("arguments", "field"), [
    ({"countries": ["XX"]}, "countries"), ({"countries": ["Finland"]}, "countries"),
    ({"regions": ["FI9"]}, "regions"), ({"types": ["spaceship"]}, "types"),
])
def test_unknown_filter_values_are_refused_with_the_field(db, arguments, field):
    with pytest.raises(QueryError) as error:
        validate_filters(**arguments)
    assert error.value.field == field


def test_known_filter_values_are_normalised(db):
    filters = validate_filters([" fi"], ["fi1d"], ["university"])
    assert (filters.countries, filters.regions, filters.types) == (["FI"], ["FI1D"], ["university"])


def test_an_empty_index_answers_nothing(db):
    assert search_partners(None, "matkailu") == []

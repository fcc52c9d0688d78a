import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from kumppani.strategy.definitions import FILTER_FIELDS, clean_filters, describe, describe_records
from kumppani.strategy.tests.records import indicator, strategy_of

pytestmark = pytest.mark.django_db


def error_keys(source, aggregate, filters):
    with pytest.raises(ValidationError) as raised:
        clean_filters(source, aggregate, filters)
    return set(raised.value.message_dict)


def test_clean_filters_accepts_known_fields_and_keeps_them():
    filters = {"type": ["workshop", "study_trip"], "international": True, "country": ["EE"]}
    assert clean_filters("activities", "count", filters) == filters
    assert clean_filters("projects", "grant", {"min_partners": 3}) == {"min_partners": 3}


def test_unknown_keys_values_and_wrong_types_are_refused_naming_the_key(tourism):
    assert error_keys("activities", "count", {"colour": ["red"]}) == {"colour"}
    assert error_keys("activities", "count", {"type": ["picnic"], "theme": ["tourism"]}) == {"type"}
    assert error_keys("activities", "count", {"international": "yes"}) == {"international"}
    assert error_keys("projects", "count", {"min_partners": -1}) == {"min_partners"}
    assert error_keys("projects", "count", {"theme": ["no-such-theme"]}) == {"theme"}
    assert error_keys("activities", "count", {"country": ["XX"]}) == {"country"}
    assert error_keys("projects", "count", {"international": True}) == {"international"}


def test_an_aggregate_the_source_has_not_is_refused():
    assert error_keys("partnerships", "participants", {}) == {"aggregate"}


def test_every_source_has_its_fixed_fields():
    assert {f.name for f in FILTER_FIELDS["activities"]} >= {"type", "international", "youth_led", "theme", "country"}
    assert {f.name for f in FILTER_FIELDS["projects"]} >= {"status", "programme", "min_partners", "new_in_period"}


def test_describe_in_finnish_and_english(sepra):
    strategy = strategy_of(sepra)
    workshops = indicator(strategy, filters={"type": ["workshop", "study_trip"], "international": True})
    with translation.override("en"):
        assert describe(workshops) == ("activities, of type workshop or study trip, international, "
                                       "1 Jan 2023–31 Dec 2027. Achieved: activities that have begun by the as-of "
                                       "date; later ones are shown as planned.")
    with translation.override("fi"):
        text = describe_records(workshops)
    assert text.endswith("1.1.2023–31.12.2027")


def test_the_sentence_says_which_states_and_dates_count(sepra):
    strategy = strategy_of(sepra)
    with translation.override("en"):
        default = describe(indicator(strategy, source="projects"))
        named = describe(indicator(strategy, source="projects", filters={"status": ["submitted"]}))
    assert "approved, running or closed" in default and "rejected projects never count" in default
    assert "the statuses named above" in named


def test_describe_sums_and_numbers(sepra):
    strategy = strategy_of(sepra)
    budgets = indicator(strategy, source="projects", aggregate="total_budget", filters={"min_partners": 3})
    with translation.override("en"):
        assert describe(budgets).startswith("total budgets of projects, with at least 3 partners, ")
    manual = indicator(strategy, source="manual")
    with translation.override("en"):
        assert describe(manual).startswith("entered by hand per year, ")

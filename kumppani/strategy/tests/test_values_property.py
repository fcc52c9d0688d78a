"""Property: for random records and definitions, every channel gives the same achieved and planned values, and each
equals a plain count or sum in Python over the same records with the rule of what has happened by the as-of date.

Bounded: a fixed number of examples, each in a transaction rolled back afterwards; quick on both databases."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kumppani.directory.models import Membership, Partnership
from kumppani.strategy import values
from kumppani.strategy.tests import channels
from kumppani.strategy.tests.records import END, START, activity, indicator, organisation, project, strategy_of

pytestmark = pytest.mark.django_db

STATUSES = ["idea", "preparing", "submitted", "approved", "running", "closed", "rejected"]
HAPPENED, PIPELINE = {"approved", "running", "closed"}, {"idea", "preparing", "submitted"}
days = st.dates(min_value=date(2021, 6, 1), max_value=date(2028, 6, 30))

activities = st.lists(st.fixed_dictionaries({"on": days, "international": st.booleans(),
                                             "participants": st.integers(0, 30)}), max_size=8)
projects = st.lists(st.fixed_dictionaries({"on": days, "status": st.sampled_from(STATUSES),
                                           "partners": st.integers(0, 3),
                                           "budget": st.integers(0, 5000)}), max_size=8)
memberships = st.lists(st.fixed_dictionaries({"since": st.none() | days,
                                              "status": st.sampled_from(["active", "applying", "ended"])}),
                       max_size=4)
partnerships = st.lists(st.fixed_dictionaries({"since": st.none() | days}), max_size=4)
definitions = st.lists(st.one_of(
    st.fixed_dictionaries({"source": st.just("activities"), "aggregate": st.sampled_from(["count", "participants"]),
                           "filters": st.sampled_from([{}, {"international": True}, {"international": False}])}),
    st.fixed_dictionaries({"source": st.just("projects"), "aggregate": st.sampled_from(["count", "total_budget"]),
                           "filters": st.sampled_from([{}, {"min_partners": 2}, {"new_in_period": True},
                                                       {"status": ["submitted", "rejected"]}])}),
    st.fixed_dictionaries({"source": st.just("memberships"), "aggregate": st.just("count"),
                           "filters": st.sampled_from([{}, {"new_in_period": True}, {"status": ["applying"]}])}),
    st.fixed_dictionaries({"source": st.just("partnerships"), "aggregate": st.just("count"),
                           "filters": st.sampled_from([{}, {"new_in_period": True}])}),
).map(lambda d: d | {"cumulative": True}) | st.just({"source": "activities", "aggregate": "count", "filters": {},
                                                      "cumulative": False}), min_size=1, max_size=4)


def expected(definition: dict[str, Any], made: dict[str, list[dict[str, Any]]], as_of: date) -> tuple[Decimal, ...]:
    """The plain loop: (achieved, planned) period values."""
    split: dict[str, dict[int, Decimal]] = {"achieved": {}, "planned": {}}
    for record in made[definition["source"]]:
        state, year, value = _judged(definition, record, as_of)
        if state:
            split[state][year] = split[state].get(year, Decimal(0)) + value
    return tuple(_period_value(definition, split[state]) for state in ("achieved", "planned"))


def _judged(definition: dict[str, Any], record: dict[str, Any], as_of: date) -> tuple[str | None, int, Decimal]:
    source, filters = definition["source"], definition["filters"]
    day = record.get("on", record.get("since"))
    ongoing = source != "activities" and not filters.get("new_in_period")
    in_period = (ongoing and source != "projects") if day is None else (day <= END and (ongoing or day >= START))
    matches = all(_matches(record, key, wanted) for key, wanted in filters.items())
    if not (in_period and matches):
        return None, 0, Decimal(0)
    year = START.year if day is None else max(day.year, START.year) if ongoing else day.year
    value = Decimal(record["participants"] if definition["aggregate"] == "participants" else
                    record["budget"] if definition["aggregate"] == "total_budget" else 1)
    come = day is None or day <= as_of
    if source in ("projects", "memberships") and "status" not in filters:
        happened = {"projects": HAPPENED, "memberships": {"active", "ended"}}[source]
        if record["status"] not in happened:
            pipeline = PIPELINE if source == "projects" else {"applying"}
            return ("planned" if record["status"] in pipeline else None), year, value
    return ("achieved" if come else "planned"), year, value


def _matches(record: dict[str, Any], key: str, wanted: Any) -> bool:
    if key == "min_partners":
        return record["partners"] >= wanted
    if key == "status":
        return record["status"] in wanted
    if key == "new_in_period":
        return True
    return record[key] == wanted


def _period_value(definition: dict[str, Any], per_year: dict[int, Decimal]) -> Decimal:
    per_year = {year: value for year, value in per_year.items() if START.year <= year <= END.year and value}
    if definition["cumulative"]:
        return sum(per_year.values(), Decimal(0))
    return per_year[max(per_year)] if per_year else Decimal(0)


def build(workspace: Any, made: dict[str, list[dict[str, Any]]]) -> None:
    partners = [organisation(f"Kumppani {n}", "EE") for n in range(3)]
    for item in made["activities"]:
        activity(workspace, item["on"], international=item["international"], participants=item["participants"])
    for item in made["projects"]:
        project(workspace, item["on"], partners[:item["partners"]], status=item["status"],
                total_budget=item["budget"])
    for number, item in enumerate(made["memberships"]):
        Membership.objects.create(workspace=workspace, network=organisation(f"Verkosto {number}", "SE"),
                                  since=item["since"], status=item["status"])
    for number, item in enumerate(made["partnerships"]):
        Partnership.objects.create(workspace=workspace, organisation=organisation(f"Kumppanuus {number}", "LV"),
                                   since=item["since"])


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(made=st.fixed_dictionaries({"activities": activities, "projects": projects, "memberships": memberships,
                                   "partnerships": partnerships}),
       defined=definitions, year=st.sampled_from([2023, 2024, 2025, 2026, 2027]))
def test_every_channel_equals_a_plain_count_over_the_records(sepra, bob, made, defined, year):
    with transaction.atomic():
        strategy = strategy_of(sepra)
        build(sepra, made)
        made_indicators = [indicator(strategy, name={"en": f"Indicator {n}"}, target=5, **definition)
                           for n, definition in enumerate(defined)]
        as_of = values.as_of_date(year)
        engine = channels.engine(strategy, year)
        for made_indicator, definition in zip(made_indicators, defined, strict=True):
            assert engine[made_indicator.pk][:2] == expected(definition, made, as_of), definition
        client = Client()
        client.force_login(bob)
        assert channels.indicator_pages(strategy, year) == engine
        assert channels.dashboard_page(client, strategy, year) == engine
        assert channels.report(strategy, year) == engine
        assert channels.api(bob, strategy, year) == engine
        xlsx = channels.xlsx(strategy, year)
        assert {pk: (achieved, planned) for pk, (achieved, planned, _status) in engine.items()} == {
            made_indicator.pk: xlsx[f"Indicator {n}"] for n, made_indicator in enumerate(made_indicators)}
        transaction.set_rollback(True)

from datetime import date

import pytest

from kumppani.directory.models import Membership, Partnership
from kumppani.projects.models import Output
from kumppani.results.models import GoodPractice
from kumppani.strategy.tests.records import (
    AFTER_THE_PERIOD,
    DAY_AFTER,
    DAY_BEFORE,
    END,
    START,
    indicator,
    organisation,
    project,
    strategy_of,
)
from kumppani.strategy.values import indicator_values

pytestmark = pytest.mark.django_db


def total(strategy, source, **filters):
    return indicator_values(indicator(strategy, source=source, filters=filters), AFTER_THE_PERIOD).total


def test_partnerships_new_within_the_period_and_all_running(sepra, tourism):
    strategy = strategy_of(sepra)
    old = Partnership.objects.create(workspace=sepra, organisation=organisation("Old", "EE"), since=date(2019, 1, 1))
    Partnership.objects.create(workspace=sepra, organisation=organisation("First", "LV"), since=START)
    Partnership.objects.create(workspace=sepra, organisation=organisation("Last", "EE"), since=END, status="dormant")
    Partnership.objects.create(workspace=sepra, organisation=organisation("Later", "EE"), since=DAY_AFTER)
    old.themes.set([tourism])
    assert total(strategy, "partnerships") == 3
    assert total(strategy, "partnerships", new_in_period=True) == 2
    assert total(strategy, "partnerships", country=["EE"]) == 2
    assert total(strategy, "partnerships", status=["dormant"]) == 1
    assert total(strategy, "partnerships", theme=["tourism"]) == 1
    values = indicator_values(indicator(strategy, source="partnerships"), AFTER_THE_PERIOD)
    assert values.by_country == {"EE": 2, "LV": 1}
    assert values.per_year[2023] == 2


def test_memberships_new_international_and_ended(sepra):
    strategy = strategy_of(sepra)
    Membership.objects.create(workspace=sepra, network=organisation("ERRIN", "BE"), since=date(2023, 6, 1))
    Membership.objects.create(workspace=sepra, network=organisation("Kylät", "FI"), since=date(2010, 1, 1))
    Membership.objects.create(workspace=sepra, network=organisation("Gone", "SE"), since=date(2010, 1, 1),
                              until=DAY_BEFORE, status="ended")
    assert total(strategy, "memberships") == 2
    assert total(strategy, "memberships", new_in_period=True) == 1
    assert total(strategy, "memberships", international=True) == 1
    assert total(strategy, "memberships", international=False) == 1
    assert total(strategy, "memberships", status=["ended"]) == 0


def test_outputs_by_kind_and_project_status_within_the_period(sepra):
    strategy = strategy_of(sepra)
    running = project(sepra, date(2022, 1, 1), [organisation("Tartu", "EE")], status="running")
    Output.objects.create(project=running, kind="publication", title={"fi": "Julkaisu"}, delivered_on=START)
    Output.objects.create(project=running, kind="product", title={"fi": "Tuote"}, delivered_on=END)
    Output.objects.create(project=running, kind="product", title={"fi": "Ennen"}, delivered_on=DAY_BEFORE)
    Output.objects.create(project=running, kind="product", title={"fi": "Ei päivää"})
    assert total(strategy, "outputs") == 2
    assert total(strategy, "outputs", kind=["product"]) == 1
    assert total(strategy, "outputs", project_status=["closed"]) == 0
    assert indicator_values(indicator(strategy, source="outputs"), AFTER_THE_PERIOD).by_country == {"EE": 2}


def test_good_practices_by_uptake_and_country(sepra, tourism):
    strategy = strategy_of(sepra)
    adopted = GoodPractice.objects.create(workspace=sepra, title={"fi": "A"}, uptake="adopted", source_country="EE",
                                          taken_up_on=date(2024, 5, 1))
    adopted.themes.set([tourism])
    GoodPractice.objects.create(workspace=sepra, title={"fi": "B"}, uptake="piloted", source_country="LV",
                                taken_up_on=END)
    GoodPractice.objects.create(workspace=sepra, title={"fi": "C"}, uptake="adopted", taken_up_on=DAY_AFTER)
    assert total(strategy, "good_practices") == 2
    assert total(strategy, "good_practices", uptake=["adopted", "spread"]) == 1
    assert total(strategy, "good_practices", country=["LV"]) == 1
    assert total(strategy, "good_practices", theme=["tourism"]) == 1

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.strategy.models import ManualValue
from kumppani.strategy.tests.records import activity, indicator, organisation, project, strategy_of
from kumppani.strategy.values import dashboard, indicator_values

pytestmark = pytest.mark.django_db


def queries_for(strategy) -> int:
    with CaptureQueriesContext(connection) as captured:
        dashboard(strategy)
    return len(captured)


def test_the_dashboard_makes_the_same_number_of_queries_however_many_records(sepra):
    strategy = strategy_of(sepra)
    indicator(strategy, filters={"international": True})
    indicator(strategy, aggregate="participants")
    indicator(strategy, source="partnerships")
    made = indicator(strategy, source="manual")
    ManualValue.objects.create(indicator=made, year=2024, value=3, source="x")
    before = queries_for(strategy)
    for day in range(1, 20):
        activity(sepra, date(2024, 1, day), participants=day, international=day % 2 == 0)
    assert queries_for(strategy) == before


def test_the_dashboard_gives_the_same_values_as_each_indicator_alone(sepra):
    strategy = strategy_of(sepra)
    partner = organisation("Tartu", "EE")
    project(sepra, date(2020, 1, 1), [partner])
    for day in range(1, 6):
        activity(sepra, date(2024, 1, day), participants=day, international=day % 2 == 0)
        activity(sepra, date(2028, 1, day), participants=day)
        project(sepra, date(2025, 1, day), [partner])
    indicator(strategy, filters={"international": True})
    indicator(strategy, aggregate="participants", cumulative=False)
    indicator(strategy, source="projects")
    indicator(strategy, source="projects", filters={"new_in_period": True})
    for shown, values in dashboard(strategy, breakdowns=True):
        assert values == indicator_values(shown)
    for shown, values in dashboard(strategy):
        alone = indicator_values(shown)
        assert (values.per_year, values.total, values.status) == (alone.per_year, alone.total, alone.status)
        assert values.by_country == {}

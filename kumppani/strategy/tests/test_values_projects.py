from datetime import date
from decimal import Decimal

import pytest

from kumppani.funding.models import Programme
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
from kumppani.strategy.values import indicator_values, records

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(db):
    return {"ee1": organisation("Tartu", "EE"), "ee2": organisation("Pärnu", "EE"), "lv": organisation("Riga", "LV")}


def test_projects_started_in_the_period_count_in_their_year_and_earlier_running_ones_in_the_first(sepra):
    strategy = strategy_of(sepra)
    project(sepra, date(2020, 1, 1))  # still running: counts in 2023
    project(sepra, date(2020, 1, 1), ends_on=DAY_BEFORE)  # ended before the period
    project(sepra, START)
    project(sepra, END)
    project(sepra, DAY_AFTER)
    project(sepra, None)  # no start date: not placed in any year
    values = indicator_values(indicator(strategy, source="projects"), AFTER_THE_PERIOD)
    assert values.per_year == {2023: 2, 2024: 0, 2025: 0, 2026: 0, 2027: 1}
    new = indicator_values(indicator(strategy, source="projects", filters={"new_in_period": True}), AFTER_THE_PERIOD)
    assert new.per_year == {2023: 1, 2024: 0, 2025: 0, 2026: 0, 2027: 1}


def test_budget_and_grant_sums(sepra):
    strategy = strategy_of(sepra)
    project(sepra, date(2023, 3, 1), total_budget=Decimal("1000.50"), grant=Decimal("800.25"))
    project(sepra, date(2025, 3, 1), total_budget=Decimal("2000.00"))
    project(sepra, DAY_AFTER, total_budget=Decimal("99999"))
    budgets = indicator_values(indicator(strategy, source="projects", aggregate="total_budget"), AFTER_THE_PERIOD)
    assert budgets.total == Decimal("3000.50")
    assert budgets.per_year[2025] == Decimal("2000.00")
    grants = indicator_values(indicator(strategy, source="projects", aggregate="grant"), AFTER_THE_PERIOD)
    assert grants.total == Decimal("800.25")


def test_a_project_counts_once_in_each_partner_country(sepra, partners):
    strategy = strategy_of(sepra)
    project(sepra, date(2024, 1, 1), [partners["ee1"], partners["ee2"], partners["lv"]], total_budget=Decimal(100))
    project(sepra, date(2024, 1, 1), [partners["ee1"]], total_budget=Decimal(10))
    counted = indicator_values(indicator(strategy, source="projects"), AFTER_THE_PERIOD)
    assert counted.by_country == {"EE": 2, "LV": 1}
    assert counted.total == 2
    summed = indicator_values(indicator(strategy, source="projects", aggregate="total_budget"), AFTER_THE_PERIOD)
    assert summed.by_country == {"EE": Decimal(110), "LV": Decimal(100)}
    assert summed.total == Decimal(110)


def test_status_programme_and_partner_country_filters(sepra, partners):
    programme = Programme.objects.create(slug="interreg-test", name={"fi": "Interreg"}, period_start=2021,
                                         period_end=2027)
    strategy = strategy_of(sepra)
    project(sepra, date(2024, 1, 1), [partners["lv"]], status="running", programme=programme)
    project(sepra, date(2024, 1, 1), [partners["ee1"], partners["ee2"]], status="closed")
    project(sepra, date(2024, 1, 1), status="running")

    def total(**filters):
        return indicator_values(indicator(strategy, source="projects", filters=filters), AFTER_THE_PERIOD).total

    assert total(status=["running"]) == 2
    assert total(programme=["interreg-test"]) == 1
    assert total(partner_country=["EE"]) == 1
    assert total(partner_country=["EE", "LV"]) == 2
    assert total(min_partners=2) == 1
    assert total(min_partners=1) == 2
    assert total(min_partners=0) == 3


def test_theme_and_focus_area_filters(sepra, tourism):
    from kumppani.workspaces.models import FocusArea

    area = FocusArea.objects.create(workspace=sepra, title={"fi": "Ala"})
    strategy = strategy_of(sepra)
    project(sepra, date(2024, 1, 1), themes=[tourism], focus_area=area)
    project(sepra, date(2024, 1, 1))
    themed = indicator(strategy, source="projects", filters={"theme": ["tourism"]})
    assert indicator_values(themed, AFTER_THE_PERIOD).total == 1
    in_area = indicator(strategy, source="projects", filters={"focus_area": [str(area.pk)]})
    assert indicator_values(in_area, AFTER_THE_PERIOD).by_focus_area == {area.pk: 1}


def test_public_projects_are_never_counted(sepra):
    strategy = strategy_of(sepra)
    project(None, date(2024, 1, 1))
    assert indicator_values(indicator(strategy, source="projects"), AFTER_THE_PERIOD).total == 0


def test_drill_down_by_partner_country(sepra, partners):
    strategy = strategy_of(sepra)
    estonian = project(sepra, date(2024, 1, 1), [partners["ee1"], partners["ee2"]])
    project(sepra, date(2024, 1, 1), [partners["lv"]])
    assert list(records(indicator(strategy, source="projects"), country="EE", as_of=AFTER_THE_PERIOD)) == [estonian]

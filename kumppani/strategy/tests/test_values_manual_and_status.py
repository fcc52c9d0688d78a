from datetime import date
from decimal import Decimal

import pytest

from kumppani.strategy.models import ManualValue
from kumppani.strategy.tests.records import activity, indicator, strategy_of
from kumppani.strategy.values import BEHIND, ON_TRACK, REACHED, indicator_values, share_of_period

pytestmark = pytest.mark.django_db
MID_PERIOD = date(2025, 7, 2)  # about half of 2023-2027 gone


def manual(strategy, **fields):
    made = indicator(strategy, source="manual", **fields)
    for year, value in [(2023, "1.5"), (2024, "2.5"), (2030, "99")]:
        ManualValue.objects.create(indicator=made, year=year, value=Decimal(value), source="Tilastokeskus")
    return made


def test_values_entered_by_hand_sum_when_cumulative_and_take_the_latest_year_when_not(sepra):
    strategy = strategy_of(sepra)
    assert indicator_values(manual(strategy)).total == Decimal("4.0")
    latest = indicator_values(manual(strategy, cumulative=False))
    assert latest.total == Decimal("2.5")
    assert latest.per_year == {2023: Decimal("1.5"), 2024: Decimal("2.5"), 2025: 0, 2026: 0, 2027: 0}


def test_share_of_period_runs_from_nothing_to_all():
    from kumppani.strategy.models import Strategy

    strategy = Strategy(starts_on=date(2023, 1, 1), ends_on=date(2027, 12, 31))
    assert share_of_period(strategy, date(2022, 1, 1)) == 0
    assert share_of_period(strategy, date(2030, 1, 1)) == 1
    assert 0.49 < share_of_period(strategy, MID_PERIOD) < 0.51


@pytest.mark.parametrize(("done", "status"), [(10, REACHED), (6, ON_TRACK), (4, BEHIND)])
def test_status_going_up(sepra, done, status):
    strategy = strategy_of(sepra)
    for _ in range(done):
        activity(sepra, date(2024, 1, 1))
    values = indicator_values(indicator(strategy, target=10), MID_PERIOD)
    assert values.status == status
    assert values.share_of_target == done / 10


@pytest.mark.parametrize(("done", "status"), [(2, REACHED), (3, ON_TRACK), (8, BEHIND)])
def test_status_going_down_is_reached_at_or_below_the_target(sepra, done, status):
    strategy = strategy_of(sepra)
    for _ in range(done):
        activity(sepra, date(2024, 1, 1))
    values = indicator_values(indicator(strategy, target=2, direction="down"), MID_PERIOD)
    assert values.status == status

from datetime import date
from decimal import Decimal

import pytest

from kumppani.strategy.tests.records import (
    AFTER_THE_PERIOD,
    DAY_AFTER,
    DAY_BEFORE,
    END,
    START,
    activity,
    indicator,
    strategy_of,
)
from kumppani.strategy.values import indicator_values

pytestmark = pytest.mark.django_db


def test_activities_on_the_first_and_last_day_count_and_the_days_outside_do_not(sepra):
    strategy = strategy_of(sepra)
    for on in [DAY_BEFORE, START, date(2025, 6, 1), END, DAY_AFTER]:
        activity(sepra, on)
    values = indicator_values(indicator(strategy), AFTER_THE_PERIOD)
    assert values.per_year == {2023: 1, 2024: 0, 2025: 1, 2026: 0, 2027: 1}
    assert values.total == 3


def test_participant_sums_break_down_by_age_group_and_gender(sepra):
    strategy = strategy_of(sepra)
    activity(sepra, date(2023, 5, 1), participants=20, young_participants=5, women=12, men=7, other_gender=1)
    activity(sepra, date(2024, 5, 1), participants=10, young_participants=10, women=3, men=7)
    activity(sepra, DAY_AFTER, participants=1000, young_participants=1000)
    participants = indicator_values(indicator(strategy, aggregate="participants"), AFTER_THE_PERIOD)
    assert participants.per_year[2023] == 20 and participants.per_year[2024] == 10
    assert participants.total == 30
    assert participants.by_age_and_gender == {"young": 15, "others": 15, "women": 15, "men": 14, "other_gender": 1}
    young = indicator_values(indicator(strategy, aggregate="young_participants"), AFTER_THE_PERIOD)
    assert young.total == 15
    assert young.per_year == {2023: 5, 2024: 10, 2025: 0, 2026: 0, 2027: 0}


def test_counts_break_down_by_country_and_focus_area(sepra):
    from kumppani.workspaces.models import FocusArea

    area = FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu"})
    strategy = strategy_of(sepra)
    activity(sepra, date(2023, 2, 1), country="EE", focus_area=area)
    activity(sepra, date(2024, 2, 1), country="EE")
    activity(sepra, date(2024, 3, 1), country="LV", focus_area=area)
    values = indicator_values(indicator(strategy), AFTER_THE_PERIOD)
    assert values.by_country == {"EE": 2, "LV": 1}
    assert values.by_focus_area == {area.pk: 2, None: 1}


def test_not_cumulative_takes_the_latest_year_with_records(sepra):
    strategy = strategy_of(sepra)
    activity(sepra, date(2023, 2, 1), country="EE")
    activity(sepra, date(2024, 2, 1), country="LV")
    activity(sepra, date(2024, 3, 1), country="LV")
    values = indicator_values(indicator(strategy, cumulative=False), AFTER_THE_PERIOD)
    assert values.total == 2
    assert values.by_country == {"LV": 2}
    assert values.total == Decimal(2)

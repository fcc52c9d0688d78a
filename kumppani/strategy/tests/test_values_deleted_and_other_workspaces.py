from datetime import date

import pytest

from kumppani.audit.services import restore
from kumppani.audit.writes import delete_record
from kumppani.strategy.tests.records import activity, indicator, project, strategy_of
from kumppani.strategy.values import indicator_values

pytestmark = pytest.mark.django_db


def test_a_deleted_activity_is_not_counted_and_counts_again_once_restored(sepra, alice):
    strategy = strategy_of(sepra)
    counted = indicator(strategy, aggregate="participants")
    activity(sepra, date(2024, 1, 1), participants=5)
    gone = activity(sepra, date(2024, 2, 1), participants=7)
    assert indicator_values(counted).total == 12
    entry = delete_record(alice, sepra, gone)
    assert indicator_values(counted).total == 5
    restore(entry, alice)
    assert indicator_values(counted).total == 12


def test_a_deleted_project_is_not_counted(sepra, alice):
    strategy = strategy_of(sepra)
    counted = indicator(strategy, source="projects")
    gone = project(sepra, date(2024, 1, 1))
    delete_record(alice, sepra, gone)
    assert indicator_values(counted).total == 0


def test_another_workspaces_records_are_never_counted(sepra, ksl):
    strategy = strategy_of(sepra)
    activity(ksl, date(2024, 1, 1), participants=100)
    project(ksl, date(2024, 1, 1))
    activity(sepra, date(2024, 1, 1), participants=3)
    for source, aggregate, expected in [("activities", "count", 1), ("activities", "participants", 3),
                                        ("projects", "count", 0)]:
        assert indicator_values(indicator(strategy, source=source, aggregate=aggregate)).total == expected

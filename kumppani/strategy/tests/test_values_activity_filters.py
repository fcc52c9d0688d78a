from datetime import date

import pytest

from kumppani.directory.models import Membership, Theme
from kumppani.projects.models import Project
from kumppani.strategy.tests.records import activity, indicator, organisation, strategy_of
from kumppani.strategy.values import indicator_values, records
from kumppani.workspaces.models import FocusArea

pytestmark = pytest.mark.django_db
ON = date(2024, 4, 1)


def total(strategy, **filters) -> int:
    return int(indicator_values(indicator(strategy, filters=filters)).total)


def test_type_filter_counts_the_chosen_types(sepra):
    strategy = strategy_of(sepra)
    for kind in ["workshop", "study_trip", "meeting", "workshop"]:
        activity(sepra, ON, type=kind)
    assert total(strategy, type=["workshop", "study_trip"]) == 3
    assert total(strategy, type=["meeting"]) == 1


@pytest.mark.parametrize("flag", ["international", "youth_led", "crosses_area_types", "history_based"])
def test_each_flag_counts_records_with_and_without_it(sepra, flag):
    strategy = strategy_of(sepra)
    activity(sepra, ON, **{flag: True})
    activity(sepra, ON, **{flag: True})
    activity(sepra, ON)
    assert total(strategy, **{flag: True}) == 2
    assert total(strategy, **{flag: False}) == 1


def test_theme_filter_counts_a_record_with_two_chosen_themes_once(sepra, tourism):
    youth = Theme.objects.get_or_create(slug="youth", defaults={"name": {"fi": "Nuoret"}})[0]
    energy = Theme.objects.get_or_create(slug="energy", defaults={"name": {"fi": "Energia"}})[0]
    strategy = strategy_of(sepra)
    activity(sepra, ON, themes=[tourism, youth], participants=10)
    activity(sepra, ON, themes=[energy], participants=5)
    activity(sepra, ON, participants=1)
    assert total(strategy, theme=["tourism", "youth"]) == 1
    summed = indicator(strategy, aggregate="participants", filters={"theme": ["tourism", "youth"]})
    assert indicator_values(summed).total == 10


def test_country_filter(sepra):
    strategy = strategy_of(sepra)
    activity(sepra, ON, country="EE")
    activity(sepra, ON, country="LV")
    activity(sepra, ON, country="FI")
    assert total(strategy, country=["EE", "LV"]) == 2


def test_project_status_filter_counts_activities_of_projects_with_that_status(sepra):
    strategy = strategy_of(sepra)
    running = Project.objects.create(workspace=sepra, title={"fi": "A"}, status="running")
    closed = Project.objects.create(workspace=sepra, title={"fi": "B"}, status="closed")
    activity(sepra, ON, project=running)
    activity(sepra, ON, project=closed)
    activity(sepra, ON)
    assert total(strategy, project_status=["running"]) == 1


def test_focus_area_filter(sepra):
    area = FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu"})
    strategy = strategy_of(sepra)
    activity(sepra, ON, focus_area=area)
    activity(sepra, ON)
    assert total(strategy, focus_area=[str(area.pk)]) == 1


def test_network_filter_counts_activities_within_a_membership_of_that_network(sepra):
    errin = organisation("ERRIN", "BE", type="network")
    other = organisation("Other", "BE", type="network")
    strategy = strategy_of(sepra)
    activity(sepra, ON, membership=Membership.objects.create(workspace=sepra, network=errin))
    activity(sepra, ON, membership=Membership.objects.create(workspace=sepra, network=other))
    assert total(strategy, network=[str(errin.pk)]) == 1


def test_filters_combine_with_and(sepra):
    strategy = strategy_of(sepra)
    activity(sepra, ON, type="workshop", international=True, country="EE")
    activity(sepra, ON, type="workshop", international=False, country="EE")
    activity(sepra, ON, type="meeting", international=True, country="EE")
    match = indicator(strategy, filters={"type": ["workshop"], "international": True})
    assert indicator_values(match).total == 1
    assert records(match).count() == 1


def test_drill_down_gives_the_records_behind_each_number(sepra):
    area = FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu"})
    strategy = strategy_of(sepra)
    first = activity(sepra, date(2023, 1, 1), country="EE", focus_area=area)
    second = activity(sepra, date(2024, 1, 1), country="LV")
    activity(sepra, date(2022, 12, 31), country="EE")
    counted = indicator(strategy)
    assert set(records(counted)) == {first, second}
    assert list(records(counted, year=2023)) == [first]
    assert list(records(counted, country="LV")) == [second]
    assert list(records(counted, focus_area=area.pk)) == [first]

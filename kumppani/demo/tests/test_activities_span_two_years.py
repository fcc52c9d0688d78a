"""Two years of demo activities (2025 and 2026) that use every flag and never count a part larger than the whole."""

import pytest

from kumppani.activities.models import Activity

FLAGS = ["international", "youth_led", "crosses_area_types", "history_based"]
WORKSPACES = ["sepra", "keski-suomi"]


@pytest.mark.parametrize("slug", WORKSPACES)
def test_each_workspace_has_activities_in_2025_and_2026_using_every_flag(demo, slug):
    activities = Activity.objects.filter(workspace__slug=slug)
    assert activities.filter(starts_on__year=2025).count() >= 8
    assert activities.filter(starts_on__year=2026).count() >= 8
    for flag in FLAGS:
        assert activities.filter(**{flag: True}).exists(), f"{slug}: no activity is {flag}"


def test_sepra_activities_give_its_international_indicators_something_to_count(demo):
    sepra = Activity.objects.filter(workspace__slug="sepra")
    assert sepra.filter(international=True, type__in=["workshop", "study_trip"]).count() >= 10
    assert sepra.filter(international=True, youth_led=True).count() >= 4
    assert sepra.filter(type="study_trip", country="EE").count() >= 4
    assert sepra.filter(young_participants__gt=0).count() >= 5


def test_participant_breakdowns_never_exceed_the_total(demo):
    counted = Activity.objects.filter(participants__isnull=False)
    assert counted.count() >= 40
    for activity in counted:
        total = activity.participants
        genders = sum(count or 0 for count in (activity.women, activity.men, activity.other_gender))
        assert (activity.young_participants or 0) <= total, activity
        assert genders <= total, activity
        assert (activity.organisations_represented or 0) <= total, activity
        assert len(activity.countries_represented) <= total, activity


def test_activities_have_organisers_and_link_to_their_own_workspace_only(demo):
    for activity in Activity.objects.select_related("project", "membership", "focus_area"):
        assert activity.organisers.exists(), activity
        for linked in (activity.project, activity.membership, activity.focus_area):
            assert linked is None or linked.workspace_id == activity.workspace_id, activity
    assert Activity.objects.filter(project__isnull=False).count() >= 20
    assert Activity.objects.filter(membership__isnull=False).count() >= 10

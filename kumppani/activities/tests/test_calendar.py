"""The month calendar: weeks from Monday, each activity on the days it runs, months linked both ways."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from kumppani.activities import selectors
from kumppani.activities.tests.calendar_page import days_of, days_with, today_of
from kumppani.activities.tests.records import activity


@pytest.fixture
def month_page(client, vera):
    client.force_login(vera)

    def get(month: str = "", **headers: str):
        url = reverse("activities:activity_calendar", args=["sepra"]) + (f"?month={month}" if month else "")
        response = client.get(url, headers=headers)
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_a_one_day_activity_is_on_its_day_only(month_page, sepra):
    meeting = activity(sepra, title="Hallituksen kokous", starts="2026-05-12", type="meeting")

    html = month_page("2026-05")

    assert days_with(html, meeting.pk) == ["2026-05-12"]
    assert "Hallituksen kokous" in html


def test_a_multi_day_activity_is_on_each_of_its_days(month_page, sepra):
    trip = activity(sepra, starts="2026-05-08", ends="2026-05-12")  # Friday to Tuesday, across a week

    assert days_with(month_page("2026-05"), trip.pk) == ["2026-05-08", "2026-05-09", "2026-05-10", "2026-05-11",
                                                         "2026-05-12"]


def test_an_activity_across_the_month_boundary_is_in_both_months(month_page, sepra):
    exchange = activity(sepra, starts="2026-04-28", ends="2026-05-02")

    in_april = days_with(month_page("2026-04"), exchange.pk)
    in_may = days_with(month_page("2026-05"), exchange.pk)

    # May 2026 begins on a Friday: its first week shows the end of April, and April's last week the start of May.
    assert in_april == in_may == ["2026-04-28", "2026-04-29", "2026-04-30", "2026-05-01", "2026-05-02"]


def test_an_activity_spanning_a_whole_month_fills_every_day(month_page, sepra):
    season = activity(sepra, starts="2026-01-15", ends="2026-03-15")

    february = days_with(month_page("2026-02"), season.pk)

    assert len(february) == 35  # Monday 26 January to Sunday 1 March
    assert february[0] == "2026-01-26" and february[-1] == "2026-03-01"


def test_weeks_begin_on_monday(month_page):
    days = list(days_of(month_page("2026-05")))

    assert days[0] == "2026-04-27"  # a Monday
    assert days[-1] == "2026-05-31"  # a Sunday
    assert len(days) % 7 == 0
    assert all(datetime.date.fromisoformat(day).weekday() == 0 for day in days[::7])


def test_overlapping_activities_keep_their_lanes_across_their_days(sepra):
    long_one = activity(sepra, title="Pitkä", starts="2026-05-04", ends="2026-05-07")
    short_one = activity(sepra, title="Lyhyt", starts="2026-05-05")
    month = selectors.month_calendar(sepra, datetime.date(2026, 5, 1), datetime.date(2026, 5, 20))
    week = {day.date.isoformat(): day for day in month.weeks[1]}

    lanes = {day: [slot.activity.pk if slot else None for slot in week[day].slots] for day in week}

    assert lanes["2026-05-04"] == [long_one.pk]
    assert lanes["2026-05-05"] == [long_one.pk, short_one.pk]
    assert lanes["2026-05-06"] == [long_one.pk]
    assert [slot.first for slot in week["2026-05-05"].slots] == [False, True]


def test_another_workspaces_activities_are_not_shown(month_page, ksl):
    theirs = activity(ksl, title="Keski-Suomen tapahtuma", starts="2026-05-12")

    html = month_page("2026-05")

    assert not days_with(html, theirs.pk)
    assert "Keski-Suomen tapahtuma" not in html


def test_today_is_marked_and_is_the_default_month(month_page):
    assert today_of(month_page()) == [timezone.localdate().isoformat()]


def test_another_month_links_back_to_this_one(month_page):
    assert f'href="?month={timezone.localdate():%Y-%m}"' in month_page("2000-01")


@pytest.mark.parametrize("month", ["2026-13", "x", "0000-01", "2026-5-1", "99999-01"])
def test_a_month_that_does_not_exist_shows_this_month(month_page, month):
    today = timezone.localdate()

    assert today.isoformat() in days_of(month_page(month))


def test_previous_and_next_months_are_linked_for_htmx_and_without_it(month_page):
    html = month_page("2026-01")

    assert 'href="?month=2025-12"' in html and 'hx-get="?month=2025-12"' in html
    assert 'href="?month=2026-02"' in html and 'hx-get="?month=2026-02"' in html
    assert 'hx-target="#calendar"' in html


def test_htmx_gets_only_the_calendar(month_page, sepra):
    activity(sepra, starts="2026-05-12")

    partial = month_page("2026-05", HX_Request="true", HX_Target="calendar")

    assert partial.startswith('<div id="calendar"') or partial.lstrip().startswith('<div id="calendar"')
    assert "<html" not in partial
    assert days_of(partial)["2026-05-12"]


def test_staff_add_an_activity_from_a_day_of_the_calendar(client, bob):
    client.force_login(bob)

    html = client.get(reverse("activities:activity_calendar", args=["sepra"]), {"month": "2026-05"}).content.decode()
    new_on_the_12th = reverse("activities:activity_create", args=["sepra"]) + "?starts_on=2026-05-12"

    assert new_on_the_12th in html
    assert 'value="2026-05-12"' in client.get(new_on_the_12th).content.decode()


def test_readers_get_no_add_links(month_page):
    assert reverse("activities:activity_create", args=["sepra"]) not in month_page("2026-05")

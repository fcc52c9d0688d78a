"""Reads of a workspace's activities: the filtered list, the month calendar, and choices for the form."""

import calendar
import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from kumppani.activities.models import Activity
from kumppani.directory import selectors as directory_selectors
from kumppani.directory.models import Organisation
from kumppani.directory.normalise import normalise_name
from kumppani.projects.models import Project

SEARCH_FIELDS = ["title", "description", "town"]
FLAGS = ["international", "youth_led", "crosses_area_types", "history_based"]
CHOICES_FOUND = 30
KNOWN_CHOICES_SHOWN = 50


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(text) for text in value.values())
    return "" if value is None else str(value)


def matching(queryset: QuerySet, term: str, fields: Iterable[str]) -> QuerySet:
    """The records whose texts (any language of a translated one) contain the term, ignoring case.

    Translated texts are JSON, which each database stores differently, so the comparison runs here: a
    workspace's own records are few enough to read their texts once.
    """
    term = term.strip().casefold()
    if not term:
        return queryset
    rows = queryset.values_list("pk", *fields)
    found = {row[0] for row in rows if any(term in _text(value).casefold() for value in row[1:])}
    return queryset.filter(pk__in=found)


def activity_records(workspace: Any) -> QuerySet[Activity]:
    return Activity.objects.filter(workspace=workspace).select_related("project", "membership__network",
                                                                       "focus_area")


def activities(workspace: Any, filters: dict[str, Any]) -> QuerySet[Activity]:
    """The workspace's activities that match the list's filters, newest first."""
    queryset = Activity.objects.filter(workspace=workspace)
    exact = {"type": "type", "country": "country", "project": "project", "network": "membership",
             "focus_area": "focus_area", "year": "starts_on__year"}
    for name, lookup in exact.items():
        if filters.get(name):
            queryset = queryset.filter(**{lookup: filters[name]})
    for flag in FLAGS:
        if filters.get(flag):
            queryset = queryset.filter(**{flag: True})
    queryset = matching(queryset, filters.get("q") or "", SEARCH_FIELDS)
    return queryset.order_by("-starts_on", "-id")


def export_records(workspace: Any, filters: dict[str, Any]) -> QuerySet[Activity]:
    return activities(workspace, filters).select_related("project", "membership__network", "focus_area") \
        .prefetch_related("organisers", "themes", "people")


# The month calendar ---------------------------------------------------------------------------------------------

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2999


def parse_month(text: str | None, today: datetime.date) -> datetime.date:
    """The first day of the month "2026-05" names, or of today's month when it names none."""
    found = MONTH_PATTERN.match((text or "").strip())
    if found:
        year, month = int(found[1]), int(found[2])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return datetime.date(year, month, 1)
    return today.replace(day=1)


@dataclass
class CalendarEntry:
    """One activity on one day; `first` is the first day of its bar in the week, where its title shows."""

    activity: Activity
    first: bool
    starts: bool
    ends: bool


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    slots: list[CalendarEntry | None] = field(default_factory=list)

    @property
    def entries(self) -> list[CalendarEntry]:
        return [slot for slot in self.slots if slot]


@dataclass
class MonthCalendar:
    month: datetime.date
    weeks: list[list[CalendarDay]]
    previous: datetime.date
    next: datetime.date

    @property
    def is_empty(self) -> bool:
        return not any(day.entries for week in self.weeks for day in week if day.in_month)


def _last_day(activity: Activity) -> datetime.date:
    return activity.ends_on or activity.starts_on


def activities_between(workspace: Any, first: datetime.date, last: datetime.date) -> QuerySet[Activity]:
    """The activities on any day from first to last."""
    return Activity.objects.filter(workspace=workspace, starts_on__lte=last).filter(
        Q(ends_on__gte=first) | Q(ends_on__isnull=True, starts_on__gte=first)
    ).only("pk", "title", "type", "starts_on", "ends_on", "town", "country").order_by("starts_on", "-ends_on", "pk")


def _week(days: list[datetime.date], activities: list[Activity], month: datetime.date,
          today: datetime.date) -> list[CalendarDay]:
    """The days of one week with their activities in lanes, so that a multi-day one runs along one line."""
    start, end = days[0], days[-1]
    bars = sorted(
        ((max(activity.starts_on, start), min(_last_day(activity), end), activity) for activity in activities
         if activity.starts_on <= end and _last_day(activity) >= start),
        key=lambda bar: (bar[0], -(bar[1] - bar[0]).days, bar[2].pk),
    )
    lane_ends: list[datetime.date] = []
    placed = []
    for bar_start, bar_end, activity in bars:
        lane = next((number for number, busy_until in enumerate(lane_ends) if busy_until < bar_start),
                    len(lane_ends))
        lane_ends[lane:lane + 1] = [bar_end]
        placed.append((lane, bar_start, bar_end, activity))
    week = []
    for day in days:
        slots: list[CalendarEntry | None] = [None] * len(lane_ends)
        for lane, bar_start, bar_end, activity in placed:
            if bar_start <= day <= bar_end:
                slots[lane] = CalendarEntry(activity, first=day == bar_start, starts=day == activity.starts_on,
                                            ends=day == _last_day(activity))
        while slots and slots[-1] is None:
            slots.pop()
        week.append(CalendarDay(day, in_month=day.month == month.month, is_today=day == today, slots=slots))
    return week


def month_calendar(workspace: Any, month: datetime.date, today: datetime.date) -> MonthCalendar:
    """The weeks (Monday first) that hold the month's days, with the workspace's activities on their days."""
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(month.year, month.month)
    found = list(activities_between(workspace, weeks[0][0], weeks[-1][-1]))
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    following = (month + datetime.timedelta(days=31)).replace(day=1)
    return MonthCalendar(month, [_week(days, found, month, today) for days in weeks], previous, following)


# Choices the form's search boxes ask for ------------------------------------------------------------------------


def _json_text_contains(queryset: QuerySet, name: str, term: str) -> QuerySet:
    """Records whose translated field contains the term, searched in the database (for the large public tables).

    SQLite keeps non-ASCII letters of JSON as \\u escapes, PostgreSQL as letters: both spellings are tried.
    """
    escaped = json.dumps(term)[1:-1]
    return queryset.filter(Q(**{f"{name}__icontains": term}) | Q(**{f"{name}__icontains": escaped}))


def project_choices(workspace: Any, term: str) -> list[Project]:
    """Projects to link: the workspace's own that match, then public records (needs three letters or more)."""
    own = Project.objects.filter(workspace=workspace)
    term = term.strip()[:100]
    if not term:
        return list(own.order_by("-starts_on", "-id")[:CHOICES_FOUND])
    found = list(matching(own, term, ["title", "source_id"]).order_by("-starts_on", "-id")[:CHOICES_FOUND])
    if len(term) >= 3:
        public = Project.objects.filter(workspace__isnull=True)
        public = _json_text_contains(public, "title", term) | public.filter(source_id=term)
        found += list(public.order_by("-starts_on", "-id")[:CHOICES_FOUND])
    return found


def known_organisations(workspace: Any, chosen: list[str]) -> list[Organisation]:
    """The chosen organisations, then some the workspace knows: its own, its partners, networks and organisers."""
    first = list(Organisation.objects.filter(pk__in=chosen).order_by("name"))
    known = Organisation.objects.filter(
        Q(pk=workspace.organisation_id) | Q(partnerships__workspace=workspace)
        | Q(network_memberships__workspace=workspace) | Q(organised_activities__workspace=workspace)
    ).exclude(pk__in=chosen).distinct().order_by("name")[:KNOWN_CHOICES_SHOWN]
    return first + list(known)


def organisation_choices(workspace: Any, term: str, chosen: list[str]) -> list[tuple[Organisation, bool]]:
    """The chosen organisations (ticked), then the directory's matches for the term, or some the workspace knows."""
    chosen = [pk for pk in chosen if pk.isdigit()][:200]
    term = normalise_name(term)[:100]
    if not term:
        return [(organisation, str(organisation.pk) in chosen)
                for organisation in known_organisations(workspace, chosen)]
    ticked = list(Organisation.objects.filter(pk__in=chosen).order_by("name"))
    found = directory_selectors.organisations({"q": term}).exclude(pk__in=chosen)[:CHOICES_FOUND]
    return [(organisation, True) for organisation in ticked] + [(organisation, False) for organisation in found]

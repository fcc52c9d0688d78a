"""The public feeds of a workspace's opportunities: Atom (all, or one theme) and an iCalendar of dates.

Build these inside translation.override(language): texts are localised as they are written.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from feedgen.feed import FeedGenerator

from kumppani.core.translated import localized
from kumppani.opportunities.models import Opportunity, OpportunityKind

EntryUrl = Callable[[Opportunity], str]


@dataclass
class FeedInfo:
    title: str
    language: str
    feed_url: str  # the feed's own address
    page_url: str  # the public page the feed belongs to
    author: str = ""  # the workspace that publishes the feed (RFC 4287 requires an author); the title's if empty


def entry_id(opportunity: Opportunity, workspace_slug: str) -> str:
    """Stable whatever the language or the host the feed was read from."""
    return f"urn:kumppani:{workspace_slug}:opportunity:{opportunity.pk}"


def _summary(opportunity: Opportunity) -> str:
    lines = [str(opportunity.get_kind_display())]
    if opportunity.deadline:
        deadline = timezone.localtime(opportunity.deadline)
        lines.append(_("Deadline: %(deadline)s") % {"deadline": f"{deadline:%Y-%m-%d %H:%M}"})
    if opportunity.starts_at:
        lines.append(_("Starts: %(start)s") % {"start": f"{timezone.localtime(opportunity.starts_at):%Y-%m-%d %H:%M}"})
    if opportunity.location:
        lines.append(opportunity.location)
    return "\n".join(lines)


def _updated(opportunity: Opportunity) -> datetime.datetime:
    """A scheduled opportunity appears when it is published: that is its news to a feed reader."""
    return max(opportunity.updated_at, opportunity.publish_on)


def atom_feed(workspace_slug: str, info: FeedInfo, opportunities: list[Opportunity], entry_url: EntryUrl) -> bytes:
    feed = FeedGenerator()
    feed.id(info.feed_url)
    feed.title(info.title)
    feed.language(info.language)
    feed.link(href=info.page_url, rel="alternate")
    feed.link(href=info.feed_url, rel="self")
    feed.generator("kumppani")
    author = {"name": info.author or info.title, "uri": info.page_url}
    feed.author(author)
    feed.updated(max((_updated(item) for item in opportunities), default=None) or timezone.now())
    for opportunity in opportunities:
        entry = feed.add_entry(order="append")
        entry.id(entry_id(opportunity, workspace_slug))
        entry.title(localized(opportunity.title))
        entry.author(author)  # also on each entry: an entry copied out of the feed keeps its author
        entry.link(href=entry_url(opportunity), rel="alternate")
        entry.published(opportunity.publish_on)
        entry.updated(_updated(opportunity))
        entry.summary(_summary(opportunity))
        if body := localized(opportunity.body):
            entry.content(body, type="text")
        entry.category(term=opportunity.kind, label=str(opportunity.get_kind_display()))
        for theme in opportunity.themes.all():
            entry.category(term=theme.slug, label=localized(theme.name))
    return feed.atom_str(pretty=True)


def _deadline_event(opportunity: Opportunity, workspace_slug: str, url: str) -> icalendar.Event:
    """A whole-day event on the deadline's date: calendars show it at a glance; the hour is in the text."""
    assert opportunity.deadline is not None
    deadline = timezone.localtime(opportunity.deadline)
    event = icalendar.Event()
    event.add("uid", f"opportunity-{opportunity.pk}-deadline@{workspace_slug}.kumppani")
    event.add("summary", _("Deadline: %(title)s") % {"title": localized(opportunity.title)})
    event.add("dtstart", deadline.date())
    event.add("dtend", deadline.date() + datetime.timedelta(days=1))
    event.add("description", "\n\n".join(part for part in (
        _("Deadline: %(deadline)s") % {"deadline": f"{deadline:%Y-%m-%d %H:%M}"},
        localized(opportunity.body)) if part))
    return _finish(event, opportunity, url)


def _event(opportunity: Opportunity, workspace_slug: str, url: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"opportunity-{opportunity.pk}@{workspace_slug}.kumppani")
    event.add("summary", localized(opportunity.title))
    if opportunity.starts_at:
        event.add("dtstart", opportunity.starts_at)
        if opportunity.ends_at:
            event.add("dtend", opportunity.ends_at)
    else:  # dated by its activity: whole days, the end on the day after the last day
        activity = opportunity.activity
        assert activity is not None
        event.add("dtstart", activity.starts_on)
        event.add("dtend", (activity.ends_on or activity.starts_on) + datetime.timedelta(days=1))
    if opportunity.location:
        event.add("location", opportunity.location)
    if description := localized(opportunity.body):
        event.add("description", description)
    return _finish(event, opportunity, url)


def _finish(event: icalendar.Event, opportunity: Opportunity, url: str) -> icalendar.Event:
    event.add("dtstamp", opportunity.updated_at)
    event.add("last-modified", opportunity.updated_at)
    event.add("categories", [str(opportunity.get_kind_display())])
    event.add("url", url)
    return event


def ical_feed(workspace_slug: str, calendar_name: str, opportunities: Iterable[Opportunity],
              entry_url: EntryUrl) -> bytes:
    """Call and partner request deadlines and events as an iCalendar file."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//kumppani//opportunities//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for opportunity in opportunities:
        if opportunity.kind == OpportunityKind.EVENT:
            calendar.add_component(_event(opportunity, workspace_slug, entry_url(opportunity)))
        elif opportunity.deadline:
            calendar.add_component(_deadline_event(opportunity, workspace_slug, entry_url(opportunity)))
    return calendar.to_ical()

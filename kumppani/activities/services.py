"""The activities feed for calendar apps (iCalendar, behind a secret link) and the rows of an export."""

import datetime
import secrets
from collections.abc import Iterator
from typing import Any

import icalendar
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from kumppani.accounts.models import hash_token
from kumppani.activities import selectors
from kumppani.activities.models import Activity, FeedToken
from kumppani.activities.records import ACTIVITY
from kumppani.core.columns import row
from kumppani.core.translated import localized
from kumppani.directory.models import country_name
from kumppani.workspaces.models import Workspace, WorkspaceMember

# The iCalendar feed ---------------------------------------------------------------------------------------------


def issue_feed_token(*, member: WorkspaceMember) -> str:
    """A new secret for the member's feed link, replacing the old one (whose link stops working). Calendar apps
    cannot sign in, so the link itself is the key: only its hash is stored, and the raw key is shown once."""
    raw = secrets.token_urlsafe(32)
    with transaction.atomic():
        FeedToken.objects.filter(member=member).delete()
        FeedToken.objects.create(member=member, key_hash=hash_token(raw))
    return raw


def feed_token_of(member: WorkspaceMember) -> FeedToken | None:
    return FeedToken.objects.filter(member=member).first()


def workspace_of_feed(*, slug: str, token: str) -> Workspace | None:
    """The workspace whose feed this token opens: a current member's token of that very workspace."""
    found = FeedToken.objects.select_related("member__workspace").filter(
        key_hash=hash_token(token), member__workspace__slug=slug, member__user__is_active=True).first()
    return found.member.workspace if found else None


def feed_path(workspace: Any, token: str, language: str | None = None) -> str:
    path = reverse("activities:activity_feed", args=[workspace.slug, token])
    return f"{path}?lang={language}" if language else path


def _location(activity: Activity) -> str:
    return ", ".join(part for part in (activity.town, country_name(activity.country)) if part)


def _event(activity: Activity, site_url: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"activity-{activity.pk}@{activity.workspace.slug}.kumppani")
    event.add("summary", localized(activity.title))
    event.add("dtstart", activity.starts_on)
    # A whole-day event ends on the day after its last day.
    event.add("dtend", (activity.ends_on or activity.starts_on) + datetime.timedelta(days=1))
    event.add("dtstamp", activity.updated_at)
    event.add("last-modified", activity.updated_at)
    event.add("categories", [str(activity.get_type_display())])
    if location := _location(activity):
        event.add("location", location)
    if description := localized(activity.description):
        event.add("description", description)
    event.add("url", site_url + reverse("activities:activity_detail", args=[activity.workspace.slug, activity.pk]))
    return event


def ical_feed(workspace: Any, language: str, site_url: str) -> bytes:
    """The workspace's activities as an iCalendar file, texts in the given language where written."""
    with translation.override(language):
        feed = icalendar.Calendar()
        feed.add("prodid", "-//kumppani//activities//EN")
        feed.add("version", "2.0")
        feed.add("calscale", "GREGORIAN")
        feed.add("x-wr-calname", f"{workspace.name}: {translation.gettext('activities')}")
        feed.add("x-wr-timezone", settings.TIME_ZONE)
        activities = Activity.objects.filter(workspace=workspace).select_related("workspace").order_by("starts_on",
                                                                                                      "pk")
        for activity in activities.iterator(chunk_size=500):
            feed.add_component(_event(activity, site_url.rstrip("/")))
        return feed.to_ical()


# Export ---------------------------------------------------------------------------------------------------------

def activity_values(activity: Activity) -> list[Any]:
    return row(ACTIVITY.columns, activity)


def export_rows(workspace: Any, filters: dict[str, Any]) -> Iterator[list[Any]]:
    """The rows of the activities that match the list's filters, read in chunks."""
    return (activity_values(activity)
            for activity in selectors.export_records(workspace, filters).iterator(chunk_size=1000))


def export_filename(workspace: Any, file_format: str) -> str:
    return f"{workspace.slug}-activities-{timezone.localdate():%Y-%m-%d}.{file_format}"

"""What the workspace's public page shows of opportunities; kumppani.public's page view adds it to its own."""

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from kumppani.opportunities import selectors_public
from kumppani.workspaces.models import Workspace


def feed_links(workspace: Workspace, language: str) -> list[dict[str, str]]:
    return [
        {"type": "application/atom+xml", "title": _("Opportunities (Atom)"),
         "href": reverse("opportunities:atom_in_language", args=[workspace.slug, language])},
        {"type": "text/calendar", "title": _("Deadlines and events (iCalendar)"),
         "href": reverse("opportunities:deadlines_in_language", args=[workspace.slug, language])},
    ]


def page_sections(workspace: Workspace, language: str) -> dict[str, Any]:
    """Upcoming deadlines, recent news and the feeds' links.

    Call it inside translation.override(language).
    """
    return {
        "upcoming_deadlines": selectors_public.upcoming_deadlines(workspace),
        "recent_news": selectors_public.recent_news(workspace),
        "feed_links": feed_links(workspace, language),
    }

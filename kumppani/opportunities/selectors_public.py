"""Reads of the public side: only the workspace's published opportunities that have not expired."""

import datetime
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from kumppani.directory.models import Theme
from kumppani.opportunities.models import Opportunity, OpportunityKind

DEADLINE_KINDS = [OpportunityKind.CALL, OpportunityKind.PARTNER_REQUEST]
UPCOMING_DEADLINES_SHOWN = 10
RECENT_NEWS_SHOWN = 5
FEED_ENTRIES = 50


def published(workspace: Any, now: datetime.datetime | None = None) -> QuerySet[Opportunity]:
    return Opportunity.objects.filter(workspace=workspace).published(now or timezone.now())


def upcoming_deadlines(workspace: Any, now: datetime.datetime | None = None) -> list[Opportunity]:
    """Published calls and partner requests whose deadline is still ahead, the soonest first."""
    now = now or timezone.now()
    return list(published(workspace, now).filter(kind__in=DEADLINE_KINDS, deadline__gte=now)
                .order_by("deadline", "id")[:UPCOMING_DEADLINES_SHOWN])


def recent_news(workspace: Any, now: datetime.datetime | None = None) -> list[Opportunity]:
    return list(published(workspace, now).filter(kind=OpportunityKind.NEWS)
                .order_by("-publish_on", "-id")[:RECENT_NEWS_SHOWN])


def public_opportunity(workspace: Any, pk: int, now: datetime.datetime | None = None) -> Opportunity:
    opportunity = (published(workspace, now).select_related("programme", "call")
                   .prefetch_related("themes").filter(pk=pk).first())
    if opportunity is None:
        raise Http404
    return opportunity


def feed_entries(workspace: Any, theme: Theme | None = None, now: datetime.datetime | None = None
                 ) -> list[Opportunity]:
    """The newest published opportunities for an Atom feed, optionally of one theme."""
    queryset = published(workspace, now)
    if theme is not None:
        queryset = queryset.filter(themes=theme)
    return list(queryset.prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("slug")))
                .order_by("-publish_on", "-id")[:FEED_ENTRIES])


def calendar_entries(workspace: Any, now: datetime.datetime | None = None) -> QuerySet[Opportunity]:
    """Published opportunities with a date for a calendar: deadlines of calls and partner requests, and events."""
    return (published(workspace, now)
            .filter(Q(kind__in=DEADLINE_KINDS, deadline__isnull=False)
                    | Q(kind=OpportunityKind.EVENT) & (Q(starts_at__isnull=False) | Q(activity__isnull=False)))
            .select_related("activity").order_by("pk"))


def theme_or_404(slug: str) -> Theme:
    theme = Theme.objects.filter(slug=slug).first()
    if theme is None:
        raise Http404
    return theme

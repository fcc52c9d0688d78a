"""Reads of the staff pages: the workspace's opportunities."""

import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from kumppani.activities.selectors import matching
from kumppani.opportunities.models import Opportunity


def opportunity_records(workspace: Any) -> QuerySet[Opportunity]:
    return Opportunity.objects.filter(workspace=workspace).select_related("programme", "call", "activity",
                                                                          "internship")


def opportunities(workspace: Any, filters: dict[str, Any], now: datetime.datetime | None = None
                  ) -> QuerySet[Opportunity]:
    """The workspace's opportunities that match the list's filters, newest first."""
    now = now or timezone.now()
    queryset = Opportunity.objects.filter(workspace=workspace)
    if filters.get("kind"):
        queryset = queryset.filter(kind=filters["kind"])
    state = filters.get("state")
    if state == "current":
        queryset = queryset.published(now)
    elif state == "scheduled":
        queryset = queryset.filter(publish_on__gt=now)
    elif state == "expired":
        queryset = queryset.filter(expires_on__lte=now)
    return matching(queryset, filters.get("q") or "", ["title", "body", "location"]).order_by("-publish_on", "-id")


def state_of(opportunity: Opportunity, now: datetime.datetime) -> str:
    if opportunity.publish_on > now:
        return "scheduled"
    if opportunity.expires_on is not None and opportunity.expires_on <= now:
        return "expired"
    return "current"

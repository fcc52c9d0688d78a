"""Reads of the staff pages: the workspace's opportunities and partner inquiries, and what a member follows."""

import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from kumppani.activities.selectors import matching
from kumppani.opportunities.models import (
    Delivery,
    DigestRun,
    Opportunity,
    PartnerInquiry,
    ProgrammeFollow,
    Subscriber,
)


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


def inquiry_records(workspace: Any) -> QuerySet[PartnerInquiry]:
    return PartnerInquiry.objects.filter(workspace=workspace)


def inquiries(workspace: Any, filters: dict[str, Any]) -> QuerySet[PartnerInquiry]:
    queryset = inquiry_records(workspace)
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    term = (filters.get("q") or "").strip()
    if term:
        queryset = queryset.filter(Q(organisation_name__icontains=term) | Q(contact_name__icontains=term)
                                   | Q(message__icontains=term))
    return queryset.order_by("-created_at", "-id")


def follows_programme(workspace: Any, user: Any, programme: Any) -> bool:
    return ProgrammeFollow.objects.filter(workspace=workspace, user=user, programme=programme).exists()


# ---------------------------------------------------------------- subscribers and digest runs


def subscribers(workspace: Any, status: str = "", term: str = "") -> QuerySet[Subscriber]:
    """The workspace's subscribers with their choices, by address."""
    queryset = Subscriber.objects.filter(workspace=workspace).prefetch_related("themes", "programmes")
    if status:
        queryset = queryset.filter(status=status)
    if term:
        queryset = queryset.filter(email__icontains=term.strip())
    return queryset.order_by("email", "id")


def subscriber(workspace: Any, pk: int) -> Subscriber:
    return get_object_or_404(Subscriber.objects.prefetch_related("themes"), workspace=workspace, pk=pk)


def digest_runs(workspace: Any) -> QuerySet[DigestRun]:
    return DigestRun.objects.filter(workspace=workspace).select_related("triggered_by")


def digest_run(workspace: Any, pk: int) -> DigestRun:
    return get_object_or_404(digest_runs(workspace), pk=pk)


def run_recipients(run: DigestRun) -> QuerySet[Delivery]:
    """What the run attempted, per recipient (a row retried by a later run is shown with that one)."""
    return (Delivery.objects.filter(run=run, subscriber__workspace_id=run.workspace_id)
            .select_related("subscriber", "opportunity").order_by("subscriber__email", "opportunity_id"))

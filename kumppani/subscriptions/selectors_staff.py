"""Reads of the staff pages: the workspace's partner inquiries, subscribers and digest runs, and what a member
follows."""

from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from kumppani.subscriptions.models import Delivery, DigestRun, PartnerInquiry, ProgrammeFollow, Subscriber


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

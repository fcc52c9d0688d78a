"""Reads of projects. A workspace sees its own projects and the public records (workspace=None); it changes only
its own. Each read fetches a fixed number of queries, however many rows it shows."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from kumppani.projects.models import Attachment, Output, PartnerRole, Project, ProjectPartner, Status, StatusChange

BOARD_COLUMNS = [Status.IDEA, Status.PREPARING, Status.SUBMITTED, Status.APPROVED, Status.RUNNING, Status.CLOSED,
                 Status.REJECTED]


def own_projects(workspace: Any) -> QuerySet[Project]:
    """The projects the workspace may change."""
    return Project.objects.filter(workspace=workspace)


def visible_projects(workspace: Any) -> QuerySet[Project]:
    """The projects the workspace may read: its own and the public records."""
    return Project.objects.filter(Q(workspace=workspace) | Q(workspace__isnull=True))


def _partners_prefetch() -> Prefetch:
    return Prefetch("partners", queryset=ProjectPartner.objects.select_related("organisation").order_by("role", "id"))


def with_details(queryset: QuerySet[Project]) -> QuerySet[Project]:
    return queryset.select_related("programme", "call", "focus_area").prefetch_related("themes",
                                                                                        _partners_prefetch())


def projects(workspace: Any, filters: dict[str, Any]) -> QuerySet[Project]:
    """The list: the workspace's projects, and the public records too when filters["public"] is set."""
    queryset = visible_projects(workspace) if filters.get("public") else own_projects(workspace)
    if term := (filters.get("q") or "").strip():
        queryset = queryset.filter(_title_matches(term))
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("programme"):
        queryset = queryset.filter(programme=filters["programme"])
    if filters.get("theme"):
        queryset = queryset.filter(themes=filters["theme"])
    if filters.get("focus_area"):
        queryset = queryset.filter(focus_area=filters["focus_area"])
    if year := filters.get("year"):
        queryset = queryset.filter(starts_on__lte=datetime.date(year, 12, 31)).filter(
            Q(ends_on__gte=datetime.date(year, 1, 1)) | Q(ends_on__isnull=True, starts_on__year=year))
    order = filters.get("order") or "-starts_on"
    return with_details(queryset).order_by(order, "id")


def _title_matches(term: str) -> Q:
    condition = Q(source_id=term) & ~Q(source_id="")
    for code in settings.LANGUAGE_CODES:
        condition |= Q(**{f"title__{code}__icontains": term})
    return condition


@dataclass
class BoardColumn:
    status: str
    label: str
    projects: list[Project]


def board(workspace: Any) -> list[BoardColumn]:
    """The workspace's projects by status, in the order of the pipeline."""
    by_status: dict[str, list[Project]] = {status: [] for status in BOARD_COLUMNS}
    queryset = own_projects(workspace).select_related("programme").annotate(partner_count=Count("partners"))
    for project in queryset.order_by("starts_on", "id"):
        by_status[project.status].append(project)
    return [BoardColumn(status, str(Status(status).label), by_status[status]) for status in BOARD_COLUMNS]


def project_detail(workspace: Any, pk: int) -> Project:
    return get_object_or_404(with_details(visible_projects(workspace)), pk=pk)


def status_changes(project: Project) -> QuerySet[StatusChange]:
    return project.status_changes.select_related("author").order_by("on", "id")


def outputs(project: Project) -> QuerySet[Output]:
    return project.outputs.order_by("delivered_on", "id")


def attachments(project: Project) -> QuerySet[Attachment]:
    return project.attachments.select_related("uploaded_by").order_by("-uploaded_at", "-id")


def linked_activities(workspace: Any, project: Project) -> QuerySet[Any]:
    """The workspace's activities of the project (another workspace's activities of a public record stay hidden)."""
    return project.activities.filter(workspace=workspace).order_by("starts_on", "id")  # type: ignore[attr-defined]


@dataclass
class TimelineEvent:
    on: datetime.date
    kind: str  # "status", "output", "activity", "attachment"
    record: Any


def timeline(changes: Iterable[StatusChange], outputs_: Iterable[Output], activities: Iterable[Any],
             attachments_: Iterable[Attachment]) -> list[TimelineEvent]:
    """Everything that happened in the project, oldest first; undated outputs are left out."""
    events = [TimelineEvent(change.on, "status", change) for change in changes]
    events += [TimelineEvent(output.delivered_on, "output", output) for output in outputs_ if output.delivered_on]
    events += [TimelineEvent(activity.starts_on, "activity", activity) for activity in activities]
    events += [TimelineEvent(timezone.localdate(item.uploaded_at), "attachment", item) for item in attachments_]
    order = {"status": 0, "activity": 1, "output": 2, "attachment": 3}
    return sorted(events, key=lambda event: (event.on, order[event.kind]))


def partner_budget_total(project: Project) -> Any:
    """The sum of the partners' budgets (from the prefetched partners)."""
    budgets = [partner.budget for partner in project.partners.all() if partner.budget is not None]
    return sum(budgets) if budgets else None


def lead_partner(project: Project) -> ProjectPartner | None:
    return next((partner for partner in project.partners.all() if partner.role == PartnerRole.LEAD), None)

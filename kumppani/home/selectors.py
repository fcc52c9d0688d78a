"""What the workspace's home page shows: what is coming, how the strategy is doing, what waits, what changed."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from kumppani.audit.models import AuditEntry
from kumppani.funding.models import Call
from kumppani.opportunities.models import Opportunity
from kumppani.strategy import reports
from kumppani.subscriptions.models import InquiryStatus, PartnerInquiry

HORIZON = datetime.timedelta(days=90)
SHOWN = 6


@dataclass(frozen=True)
class Deadline:
    on: datetime.date | datetime.datetime
    title: Any  # a translated text
    kind: str
    url_name: str
    pk: int


def upcoming_deadlines(workspace: Any, now: datetime.datetime | None = None) -> list[Deadline]:
    """The workspace's opportunities and the funding calls that close in the next 90 days, soonest first."""
    now = now or timezone.now()
    opportunities = (Opportunity.objects.filter(workspace=workspace, deadline__gte=now, deadline__lte=now + HORIZON)
                     .order_by("deadline", "id")[:SHOWN])
    today = timezone.localdate(now)
    calls = Call.objects.filter(closes_on__gte=today, closes_on__lte=today + HORIZON).order_by("closes_on", "id")
    found = [Deadline(item.deadline, item.title, item.get_kind_display(), "opportunities:opportunity_detail", item.pk)
             for item in opportunities if item.deadline]
    found += [Deadline(call.closes_on, call.title, str(Call._meta.verbose_name), "funding:call_detail", call.pk)
              for call in calls[:SHOWN]]
    return sorted(found, key=lambda deadline: _moment(deadline.on))[:SHOWN]


def _moment(on: datetime.date | datetime.datetime) -> datetime.datetime:
    if isinstance(on, datetime.datetime):
        return on
    return timezone.make_aware(datetime.datetime.combine(on, datetime.time(23, 59)))


def indicator_reports(workspace: Any) -> list[reports.Report]:
    """Each strategy's indicators with their status as of today."""
    return [reports.indicator_report(strategy) for strategy in workspace.strategies.all()]


def waiting_partner_requests(workspace: Any) -> QuerySet[PartnerInquiry]:
    return PartnerInquiry.objects.filter(workspace=workspace, status=InquiryStatus.NEW).order_by("-created_at")


def recent_changes(workspace: Any) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(workspace=workspace).select_related("actor").order_by("-at", "-id")[:8]

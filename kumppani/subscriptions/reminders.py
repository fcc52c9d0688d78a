"""Reminders 14 and 3 days before a call closes: to subscribers who follow its programme, and to staff.

Each reminder is claimed once (Delivery for subscribers, StaffReminder for staff) before it is sent, as digests are.
A run that finds both windows open for an item sends only the nearer one.
"""

import datetime
import logging
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kumppani.core.mail import Mailer, Sent, StopSending
from kumppani.funding.models import Call
from kumppani.opportunities.models import Opportunity, OpportunityKind, end_of_day
from kumppani.subscriptions.delivery import (
    MAX_ATTEMPTS,
    RunReport,
    list_headers,
    new_message_id,
    pending_q,
    record_outcome,
    subscriber_links,
)
from kumppani.subscriptions.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    ProgrammeFollow,
    StaffReminder,
    Subscriber,
    SubscriberStatus,
)
from kumppani.workspaces.models import Workspace

logger = logging.getLogger(__name__)

REMINDER_DAYS = {DeliveryKind.REMINDER_3: 3, DeliveryKind.REMINDER_14: 14}
REMINDER_KINDS = list(REMINDER_DAYS)


def reminder_kind(deadline: datetime.datetime | None, now: datetime.datetime) -> str | None:
    """Which reminder is due: from three calendar days before the deadline the 3-day one, from 14 the 14-day one."""
    if deadline is None or deadline <= now:
        return None
    left = days_left(deadline, now)
    for kind, days in REMINDER_DAYS.items():
        if left <= days:
            return kind
    return None


def days_left(deadline: datetime.datetime | None, now: datetime.datetime) -> int:
    if deadline is None:
        return 0
    return (timezone.localtime(deadline).date() - timezone.localtime(now).date()).days


def send_call_reminders(now: datetime.datetime | None = None, workspace: Workspace | None = None) -> RunReport:
    now = now or timezone.now()
    report = RunReport()
    with Mailer() as mailer:
        claim_subscriber_reminders(now, workspace)
        send_subscriber_reminders(now, workspace, mailer, report)
        if not report.stopped:
            claim_staff_reminders(now, workspace)
            send_staff_reminders(now, workspace, mailer, report)
    return report


# ---------------------------------------------------------------- subscribers


def calls_closing(now: datetime.datetime, workspace: Workspace | None) -> Any:
    calls = Opportunity.objects.published(now).filter(
        kind=OpportunityKind.CALL, programme__isnull=False, deadline__gt=now,
        deadline__lte=now + datetime.timedelta(days=max(REMINDER_DAYS.values()) + 1))
    return calls.filter(workspace=workspace) if workspace else calls


def claim_subscriber_reminders(now: datetime.datetime, workspace: Workspace | None) -> None:
    for opportunity in calls_closing(now, workspace):
        kind = reminder_kind(opportunity.deadline, now)
        if kind is None:
            continue
        followers = Subscriber.objects.filter(workspace_id=opportunity.workspace_id, status=SubscriberStatus.ACTIVE,
                                              programmes=opportunity.programme_id).values_list("id", flat=True)
        Delivery.objects.bulk_create([Delivery(subscriber_id=pk, opportunity=opportunity, kind=kind, created_at=now)
                                      for pk in followers], ignore_conflicts=True)


def send_subscriber_reminders(now: datetime.datetime, workspace: Workspace | None, mailer: Mailer,
                              report: RunReport) -> None:
    rows = (Delivery.objects.filter(kind__in=REMINDER_KINDS, subscriber__status=SubscriberStatus.ACTIVE)
            .filter(pending_q(now)).select_related("subscriber", "opportunity__workspace").order_by("id"))
    if workspace:
        rows = rows.filter(subscriber__workspace=workspace)
    for row in rows:
        claimed = Delivery.objects.filter(pk=row.pk)
        if reminder_kind(row.opportunity.deadline, now) != row.kind:
            claimed.update(status=DeliveryStatus.FAILED, next_attempt_at=None, last_error="no longer due")
            continue
        message = subscriber_reminder(row, now)
        try:
            sent = mailer.send(message)
        except StopSending as error:
            report.stopped = str(error)
            return
        count_outcome(report, record_outcome(claimed, sent, str(message.extra_headers["Message-ID"]), now,
                                             row.attempts + 1))


def subscriber_reminder(row: Delivery, now: datetime.datetime) -> EmailMultiAlternatives:
    subscriber, opportunity = row.subscriber, row.opportunity
    unsubscribe_url, manage_url = subscriber_links(opportunity.workspace, subscriber.pk, subscriber.token_key)
    message_id = new_message_id()
    context = {"opportunity": opportunity, "workspace": opportunity.workspace, "title": opportunity,
               "days": days_left(opportunity.deadline, now), "deadline": opportunity.deadline,
               "unsubscribe_url": unsubscribe_url, "manage_url": manage_url, "link": opportunity.link,
               "programme": opportunity.programme}
    return reminder_message(subscriber.language, subscriber.email, context, list_headers(unsubscribe_url, message_id))


def reminder_message(language: str, to: str, context: dict[str, Any],
                     headers: dict[str, str]) -> EmailMultiAlternatives:
    with translation.override(language):
        context["title"] = str(context["title"])
        subject = render_to_string("subscriptions/email/reminder_subject.txt", context).strip()
        text = render_to_string("subscriptions/email/reminder.txt", context)
        html = render_to_string("subscriptions/email/reminder.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def count_outcome(report: RunReport, status: str) -> None:
    if status == DeliveryStatus.SENT:
        report.messages_sent += 1
        report.deliveries_sent += 1
    elif status == DeliveryStatus.BOUNCED:
        report.bounced += 1
    else:
        report.failed += 1


# ---------------------------------------------------------------- staff


def claim_staff_reminders(now: datetime.datetime, workspace: Workspace | None) -> None:
    follows = ProgrammeFollow.objects.all()
    if workspace:
        follows = follows.filter(workspace=workspace)
    horizon = now + datetime.timedelta(days=max(REMINDER_DAYS.values()))
    claims = []
    for follow in follows:
        for call in Call.objects.filter(programme_id=follow.programme_id, closes_on__gte=timezone.localdate(now),
                                        closes_on__lte=timezone.localtime(horizon).date()):
            kind = reminder_kind(end_of_day(call.closes_on), now)
            if kind:
                claims.append(StaffReminder(workspace_id=follow.workspace_id, user_id=follow.user_id, call=call,
                                            kind=kind, created_at=now))
        # The workspace's own calls that are not in the catalogue.
        for opportunity in calls_closing(now, None).filter(workspace_id=follow.workspace_id, call__isnull=True,
                                                             programme_id=follow.programme_id):
            kind = reminder_kind(opportunity.deadline, now)
            if kind:
                claims.append(StaffReminder(workspace_id=follow.workspace_id, user_id=follow.user_id,
                                            opportunity=opportunity, kind=kind, created_at=now))
    StaffReminder.objects.bulk_create(claims, ignore_conflicts=True)


def send_staff_reminders(now: datetime.datetime, workspace: Workspace | None, mailer: Mailer,
                         report: RunReport) -> None:
    rows = (StaffReminder.objects.filter(Q(status=DeliveryStatus.QUEUED)
                                         | Q(status=DeliveryStatus.FAILED, attempts__lt=MAX_ATTEMPTS))
            .select_related("user", "workspace", "call__programme", "opportunity__programme").order_by("id"))
    if workspace:
        rows = rows.filter(workspace=workspace)
    for row in rows:
        claimed = StaffReminder.objects.filter(pk=row.pk)
        deadline = end_of_day(row.call.closes_on) if row.call else row.opportunity.deadline  # type: ignore[union-attr]
        if reminder_kind(deadline, now) != row.kind or not row.user.email:
            claimed.update(status=DeliveryStatus.FAILED, attempts=MAX_ATTEMPTS, last_error="no longer due")
            continue
        try:
            sent = mailer.send(staff_reminder(row, deadline, now))
        except StopSending as error:
            report.stopped = str(error)
            return
        count_outcome(report, record_staff_outcome(claimed, sent, now))


def staff_reminder(row: StaffReminder, deadline: datetime.datetime | None,
                   now: datetime.datetime) -> EmailMultiAlternatives:
    subject = row.call or row.opportunity
    programme = row.call.programme if row.call else row.opportunity.programme  # type: ignore[union-attr]
    if row.call:
        link = settings.SITE_URL.rstrip("/") + reverse("funding:call_detail", args=[row.workspace.slug, row.call.pk])
    else:
        link = row.opportunity.link  # type: ignore[union-attr]
    context = {"title": subject, "programme": programme, "workspace": row.workspace,
               "days": days_left(deadline, now), "deadline": deadline, "link": link, "staff": True}
    headers = {"Auto-Submitted": "auto-generated", "Message-ID": new_message_id()}
    return reminder_message(settings.LANGUAGE_CODE, row.user.email, context, headers)


def record_staff_outcome(rows: Any, sent: Sent, now: datetime.datetime) -> str:
    if sent.ok:
        rows.update(status=DeliveryStatus.SENT, sent_at=now, attempts=F("attempts") + 1, last_error="")
        return DeliveryStatus.SENT
    status = DeliveryStatus.BOUNCED if sent.bounced else DeliveryStatus.FAILED
    attempts = MAX_ATTEMPTS if sent.final else F("attempts") + 1  # an invalid message is not tried again
    rows.update(status=status, attempts=attempts, last_error=sent.error[:1000])
    return status

"""Digests: compose each subscriber's message from the matching opportunities and send it through Django's mail API.

Exactly-once comes from the Delivery table: the rows of a message are claimed (inserted as queued, the unique
key (subscriber, opportunity, kind) refusing a second claim) before the message goes out, and marked sent as
soon as the backend (an SMTP server, the console, a file, the test outbox) has accepted it. A run that stops midway
leaves queued or failed rows that the next run sends; a row already sent is never claimed again. One run at a time
(the README schedules it with flock). Each workspace's run is recorded (DigestRun) with the rows it attempted.

Speed: subscribers are read in chunks of plain rows, each opportunity is rendered once per language, a message's
text is assembled from those fragments by string replacement and handed to Django's EmailMultiAlternatives, claims
are plain multi-row INSERTs, outcomes are recorded in batches, and one connection carries a batch of messages.
Matching is done with set operations (MatchIndex). Memory stays flat: one chunk of subscribers at a time.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from kumppani.core.mail import BATCH_SIZE, BulkMessage, Mailer, Sent, StopSending
from kumppani.opportunities.models import Opportunity, OpportunityKind
from kumppani.subscriptions import tokens
from kumppani.subscriptions.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestRun,
    DigestTrigger,
    Rhythm,
    Subscriber,
    SubscriberStatus,
)
from kumppani.workspaces.models import WRITE_ROLES, Workspace, WorkspaceMember

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1000  # subscribers read at a time
CLAIMS_PER_INSERT = 500
RECORD_EVERY = 50  # outcomes written per transaction
MAX_ATTEMPTS = 6
FIRST_RETRY_AFTER = datetime.timedelta(minutes=15)  # then 30 min, 1 h, 2 h, 4 h
STOP_AFTER_CONSECUTIVE_FAILURES = 3  # the server is in trouble: leave the rest for the next run
# A digest is due when its period has passed, less a margin so that a weekly timer a little early still sends.
DUE_AFTER = {
    Rhythm.AT_ONCE: datetime.timedelta(0),
    Rhythm.WEEKLY: datetime.timedelta(days=6),
    Rhythm.MONTHLY: datetime.timedelta(days=27),
}
KIND_ORDER = [OpportunityKind.CALL, OpportunityKind.PARTNER_REQUEST, OpportunityKind.EVENT,
              OpportunityKind.INTERNSHIP, OpportunityKind.NEWS]
ITEMS, UNSUBSCRIBE, MANAGE = "\x00items\x00", "\x00unsubscribe\x00", "\x00manage\x00"


@dataclass
class RunReport:
    messages_sent: int = 0
    deliveries_sent: int = 0
    deliveries_claimed: int = 0
    failed: int = 0
    bounced: int = 0
    stopped: str = ""  # why the run stopped early, if it did

    COUNTS = ("messages_sent", "deliveries_sent", "deliveries_claimed", "failed", "bounced")

    def add(self, other: RunReport) -> None:
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stopped = self.stopped or other.stopped


# ---------------------------------------------------------------- recording


def record_outcome(rows: Any, sent: Sent, message_id: str, now: datetime.datetime, attempts: int,
                   **also: Any) -> str:
    """Mark the claimed rows of one message; returns the status they got. A transient failure is retried after a
    back-off that doubles, up to MAX_ATTEMPTS; a bounce or an invalid message is not retried."""
    if sent.ok:
        rows.update(status=DeliveryStatus.SENT, sent_at=now, message_id=message_id, attempts=F("attempts") + 1,
                    next_attempt_at=None, last_error="", **also)
        return DeliveryStatus.SENT
    if sent.bounced:
        rows.update(status=DeliveryStatus.BOUNCED, attempts=F("attempts") + 1, next_attempt_at=None,
                    last_error=sent.error[:1000], **also)
        return DeliveryStatus.BOUNCED
    retry_at = now + FIRST_RETRY_AFTER * 2 ** (attempts - 1) if attempts < MAX_ATTEMPTS and not sent.final else None
    rows.update(status=DeliveryStatus.FAILED, attempts=F("attempts") + 1, next_attempt_at=retry_at,
                last_error=sent.error[:1000], **also)
    return DeliveryStatus.FAILED


def pending_q(now: datetime.datetime) -> Q:
    """Rows still to send: queued, or failed and due for another attempt."""
    return Q(status=DeliveryStatus.QUEUED) | Q(status=DeliveryStatus.FAILED, next_attempt_at__lte=now)


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def subscriber_links(workspace: Workspace, subscriber_id: int, token_key: str) -> tuple[str, str]:
    """(unsubscribe URL, manage URL) of a subscriber, without loading the row."""
    token = tokens.subscriber_token_for(subscriber_id, token_key)
    base = settings.SITE_URL.rstrip("/")
    return (base + reverse("subscriptions:unsubscribe", args=[workspace.slug, token]),
            base + reverse("subscriptions:manage", args=[workspace.slug, token]))


TOKEN = "token"  # a stand-in that reverse() leaves as it is, as it does a signed token (letters, digits, -_:)


def link_pattern(workspace: Workspace, name: str) -> tuple[str, str]:
    """The URL before and after the token: a digest run reverses each link once, not twice per message."""
    url = settings.SITE_URL.rstrip("/") + reverse(name, args=[workspace.slug, TOKEN])
    before, after = url.rsplit(TOKEN, 1)
    return before, after


def new_message_id() -> str:
    return make_msgid(domain=site_domain())


def list_headers(unsubscribe_url: str, message_id: str) -> dict[str, str]:
    targets = [f"<{unsubscribe_url}>"]
    mailto = settings.UNSUBSCRIBE_MAILTO
    if mailto:
        targets.append(f"<mailto:{mailto}?subject=unsubscribe>")
    return {"List-Unsubscribe": ", ".join(targets), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated", "Precedence": "bulk", "Message-ID": message_id}


# ---------------------------------------------------------------- composing


@dataclass
class Item:
    """An opportunity reduced to what matching needs, with its rendered fragments per language."""

    id: int
    kind: str
    theme_ids: frozenset[int]
    countries: frozenset[str]
    languages: frozenset[str]
    changed_at: datetime.datetime  # the later of publication and creation: a back-dated item still counts as new
    sort_key: tuple[Any, ...]
    fragments: dict[str, tuple[str, str]] = field(default_factory=dict)

    def matches(self, theme_ids: set[int], countries: set[str], language: str) -> bool:
        return ((not self.theme_ids or not theme_ids or bool(self.theme_ids & theme_ids))
                and (not self.countries or not countries or bool(self.countries & countries))
                and (not self.languages or language in self.languages))


class MatchIndex:
    """Which published items match a subscriber, as set operations in C rather than a test per item and subscriber:
    what Item.matches says of each."""

    def __init__(self, items: list[Item]):
        self.every = {item.id for item in items}
        self.by_theme, self.no_theme = self._index(items, lambda item: item.theme_ids)
        self.by_country, self.no_country = self._index(items, lambda item: item.countries)
        self.by_language, self.no_language = self._index(items, lambda item: item.languages)

    @staticmethod
    def _index(items: list[Item], values: Any) -> tuple[dict[Any, set[int]], set[int]]:
        index: dict[Any, set[int]] = {}
        unrestricted: set[int] = set()
        for item in items:
            for value in values(item) or [None]:
                (index.setdefault(value, set()) if value is not None else unrestricted).add(item.id)
        return index, unrestricted

    def matching(self, theme_ids: set[int], countries: set[str], language: str) -> set[int]:
        themed = self.no_theme.union(*(self.by_theme.get(pk, ()) for pk in theme_ids)) if theme_ids else self.every
        located = (self.no_country.union(*(self.by_country.get(code, ()) for code in countries)) if countries
                   else self.every)
        return themed & located & (self.no_language | self.by_language.get(language, set()))


class Catalogue:
    """The workspace's opportunities for this run, each rendered once per language when first needed."""

    def __init__(self, workspace: Workspace, now: datetime.datetime):
        self.workspace = workspace
        self.now = now
        self.items: dict[int, Item] = {}
        self.opportunities: dict[int, Opportunity] = {}
        self.published: list[Item] = self._load(Opportunity.objects.filter(workspace=workspace).published(now))
        self.index = MatchIndex(self.published)
        self.wrappers: dict[str, tuple[str, str]] = {}
        self.subjects: dict[tuple[str, int], str] = {}
        self.unsubscribe_pattern = link_pattern(workspace, "subscriptions:unsubscribe")
        self.manage_pattern = link_pattern(workspace, "subscriptions:manage")

    def links(self, subscriber: SubscriberRow) -> tuple[str, str]:
        """What subscriber_links() gives, from the patterns."""
        token = tokens.subscriber_token_for(subscriber.id, subscriber.token_key)
        return token.join(self.unsubscribe_pattern), token.join(self.manage_pattern)

    def _load(self, queryset: Any) -> list[Item]:
        opportunities = list(queryset.select_related("programme", "call").prefetch_related("themes"))
        loaded = []
        for opportunity in opportunities:
            self.opportunities[opportunity.pk] = opportunity
            item = Item(
                id=opportunity.pk, kind=opportunity.kind,
                theme_ids=frozenset(theme.pk for theme in opportunity.themes.all()),
                countries=frozenset(code.upper() for code in opportunity.countries or []),
                languages=frozenset(opportunity.languages or []),
                changed_at=max(opportunity.publish_on, opportunity.created_at),
                sort_key=(KIND_ORDER.index(opportunity.kind) if opportunity.kind in KIND_ORDER else 99,
                          opportunity.deadline or opportunity.starts_at or opportunity.publish_on, opportunity.pk),
            )
            self.items[item.id] = item
            loaded.append(item)
        return loaded

    def item(self, opportunity_id: int) -> Item:
        """Also an item no longer published, when a retry still carries it."""
        if opportunity_id not in self.items:
            self._load(Opportunity.objects.filter(pk=opportunity_id))
        return self.items[opportunity_id]

    def fragments(self, item: Item, language: str) -> tuple[str, str]:
        if language not in item.fragments:
            context = {"opportunity": self.opportunities[item.id], "workspace": self.workspace}
            with translation.override(language):
                item.fragments[language] = (render_to_string("subscriptions/email/item.html", context),
                                            render_to_string("subscriptions/email/item.txt", context))
        return item.fragments[language]

    def wrapper(self, language: str) -> tuple[str, str]:
        if language not in self.wrappers:
            context = {"workspace": self.workspace, "items": ITEMS, "unsubscribe_url": UNSUBSCRIBE,
                       "manage_url": MANAGE, "public_url": settings.SITE_URL.rstrip("/") + reverse(
                           "public:page_in_language", args=[self.workspace.slug, language])}
            with translation.override(language):
                self.wrappers[language] = (render_to_string("subscriptions/email/digest.html", context),
                                           render_to_string("subscriptions/email/digest.txt", context))
        return self.wrappers[language]

    def subject(self, language: str, count: int) -> str:
        """Once per language and number of items."""
        if (language, count) not in self.subjects:
            with translation.override(language):
                self.subjects[language, count] = ngettext(
                    "%(count)d new opportunity from %(workspace)s", "%(count)d new opportunities from %(workspace)s",
                    count) % {"count": count, "workspace": self.workspace.name}
        return self.subjects[language, count]


def compose_digest(catalogue: Catalogue, subscriber: SubscriberRow, items: list[Item]) -> EmailMultiAlternatives:
    language = subscriber.language
    parts = [catalogue.fragments(item, language) for item in sorted(items, key=lambda item: item.sort_key)]
    html_wrapper, text_wrapper = catalogue.wrapper(language)
    unsubscribe_url, manage_url = catalogue.links(subscriber)

    def fill(wrapper: str, items_text: str) -> str:
        # The links first, while the text is short: the items make it some 25 KB.
        return wrapper.replace(UNSUBSCRIBE, unsubscribe_url).replace(MANAGE, manage_url).replace(ITEMS, items_text)

    message = BulkMessage(
        catalogue.subject(language, len(items)), fill(text_wrapper, "\n".join(text for _html, text in parts)),
        settings.DEFAULT_FROM_EMAIL, [subscriber.email], headers=list_headers(unsubscribe_url, new_message_id()))
    message.attach_alternative(fill(html_wrapper, "\n".join(html for html, _text in parts)), "text/html")
    return message


def message_id_of(message: EmailMultiAlternatives) -> str:
    return str(message.extra_headers["Message-ID"])


# ---------------------------------------------------------------- the run


@dataclass
class SubscriberRow:
    id: int
    email: str
    language: str
    rhythm: str
    countries: set[str]
    token_key: str
    last_digest_at: datetime.datetime | None
    theme_ids: set[int] = field(default_factory=set)


def subscriber_chunks(workspace: Workspace, chunk_size: int = CHUNK_SIZE) -> Iterator[list[SubscriberRow]]:
    """Active subscribers as plain rows, a chunk at a time (keyset pagination: memory stays flat)."""
    last_id = 0
    columns = ("id", "email", "language", "rhythm", "countries", "token_key", "last_digest_at")
    subscribers = Subscriber.objects.filter(workspace=workspace, status=SubscriberStatus.ACTIVE)
    while True:
        rows = list(subscribers.filter(id__gt=last_id).order_by("id").values_list(*columns)[:chunk_size])
        if not rows:
            return
        chunk = {pk: SubscriberRow(pk, email, language, rhythm, {code.upper() for code in countries or []}, key,
                                   last) for pk, email, language, rhythm, countries, key, last in rows}
        for subscriber_id, theme_id in Subscriber.themes.through.objects.filter(
                subscriber_id__in=list(chunk)).values_list("subscriber_id", "theme_id"):
            chunk[subscriber_id].theme_ids.add(theme_id)
        yield list(chunk.values())
        last_id = rows[-1][0]


def is_due(subscriber: SubscriberRow, rhythms: set[str], now: datetime.datetime) -> bool:
    if subscriber.rhythm not in rhythms:
        return False
    return subscriber.last_digest_at is None or subscriber.last_digest_at <= now - DUE_AFTER[Rhythm(subscriber.rhythm)]


def known_and_pending(catalogue: Catalogue, subscriber_ids: list[int], now: datetime.datetime
                      ) -> tuple[dict[int, set[int]], dict[int, list[tuple[int, int]]]]:
    """Per subscriber: the items already claimed, and the rows still to send as (opportunity id, attempts so far)."""
    known: dict[int, set[int]] = {}
    pending: dict[int, list[tuple[int, int]]] = {}
    # Only rows that matter now: about the items on offer, or still to send (the history of sent ones grows).
    relevant = Q(opportunity_id__in=[item.id for item in catalogue.published]) | Q(
        status__in=[DeliveryStatus.QUEUED, DeliveryStatus.FAILED])
    for subscriber_id, opportunity_id, status, attempts, retry_at in Delivery.objects.filter(
            relevant, subscriber_id__in=subscriber_ids, kind=DeliveryKind.DIGEST).values_list(
            "subscriber_id", "opportunity_id", "status", "attempts", "next_attempt_at"):
        known.setdefault(subscriber_id, set()).add(opportunity_id)
        if status == DeliveryStatus.QUEUED or (status == DeliveryStatus.FAILED and retry_at and retry_at <= now):
            pending.setdefault(subscriber_id, []).append((opportunity_id, attempts))
    return known, pending


def new_items(catalogue: Catalogue, subscriber: SubscriberRow, already: set[int]) -> list[int]:
    """The matching items the subscriber has not had, published or created since their last digest."""
    since = subscriber.last_digest_at
    return [item_id for item_id in sorted(catalogue.index.matching(subscriber.theme_ids, subscriber.countries,
                                                                   subscriber.language) - already)
            if since is None or catalogue.items[item_id].changed_at > since]


def claim_digest_rows(catalogue: Catalogue, chunk: list[SubscriberRow], rhythms: set[str],
                      now: datetime.datetime) -> tuple[int, dict[int, list[tuple[int, int]]]]:
    """Claim the new matching items of the chunk's due subscribers; returns (claimed, pending rows by subscriber).

    Pending rows are (opportunity id, attempts so far): the new claims and earlier ones not yet sent.
    """
    known, pending = known_and_pending(catalogue, [subscriber.id for subscriber in chunk], now)
    claims: list[tuple[int, int]] = []
    due_ids = []
    for subscriber in chunk:
        if not is_due(subscriber, rhythms, now):
            continue
        due_ids.append(subscriber.id)
        for item_id in new_items(catalogue, subscriber, known.get(subscriber.id, set())):
            claims.append((subscriber.id, item_id))
            pending.setdefault(subscriber.id, []).append((item_id, 0))
    with transaction.atomic():
        insert_claims(claims, now)
        Subscriber.objects.filter(id__in=due_ids).update(last_digest_at=now)
    return len(claims), pending


def subscriber_row(subscriber: Subscriber) -> SubscriberRow:
    return SubscriberRow(subscriber.pk, subscriber.email, subscriber.language, subscriber.rhythm,
                         {code.upper() for code in subscriber.countries or []}, subscriber.token_key,
                         subscriber.last_digest_at, {theme.pk for theme in subscriber.themes.all()})


def next_digest(*, workspace: Workspace, subscriber: Subscriber,
                now: datetime.datetime | None = None) -> EmailMultiAlternatives | None:
    """The message the subscriber's next digest would be if it went now (whatever their rhythm says), as it would
    be sent; None when there is nothing for them. Claims nothing and sends nothing."""
    now = now or timezone.now()
    catalogue = Catalogue(workspace, now)
    row = subscriber_row(subscriber)
    known, pending = known_and_pending(catalogue, [row.id], now)
    item_ids = [pk for pk, _attempts in pending.get(row.id, [])] + new_items(catalogue, row, known.get(row.id, set()))
    if not item_ids:
        return None
    return compose_digest(catalogue, row, [catalogue.item(pk) for pk in item_ids])


def insert_claims(claims: list[tuple[int, int]], now: datetime.datetime) -> None:
    """Insert queued digest rows, skipping any already there (the unique key decides): plain multi-row INSERTs,
    as a run claims millions of rows and the ORM's bulk_create spends most of its time preparing values."""
    table = connection.ops.quote_name(Delivery._meta.db_table)
    created = connection.ops.adapt_datetimefield_value(now)
    with connection.cursor() as cursor:
        for first in range(0, len(claims), CLAIMS_PER_INSERT):
            batch = claims[first:first + CLAIMS_PER_INSERT]
            values = ", ".join(["(%s, %s, %s, %s, 0, '', '', %s)"] * len(batch))
            params = [value for subscriber_id, opportunity_id in batch
                      for value in (subscriber_id, opportunity_id, DeliveryKind.DIGEST.value,
                                    DeliveryStatus.QUEUED.value, created)]
            sql = (f"INSERT INTO {table} (subscriber_id, opportunity_id, kind, status, attempts, last_error, "  # noqa: S608
                   f"message_id, created_at) VALUES {values} ON CONFLICT DO NOTHING")
            cursor.execute(sql, params)


def send_digests(rhythms: set[str] | None = None, workspace: Workspace | None = None,
                 now: datetime.datetime | None = None, batch_size: int = BATCH_SIZE,
                 trigger: str = DigestTrigger.SCHEDULE, actor: Any = None) -> RunReport:
    """Send every due digest and every earlier one still pending; safe to run again at any time. Each workspace's
    run is recorded as a DigestRun."""
    now = now or timezone.now()
    rhythms = rhythms or set(Rhythm.values)
    report = RunReport()
    workspaces = [workspace] if workspace else Workspace.objects.filter(
        subscribers__status=SubscriberStatus.ACTIVE).distinct()
    with Mailer(batch_size) as mailer:
        for each in workspaces:
            run = DigestRun.objects.create(workspace=each, rhythms=sorted(rhythms), trigger=trigger,
                                           triggered_by=actor, started_at=now)
            report.add(WorkspaceDigests(each, rhythms, now, mailer, run).send())
            if report.stopped:
                break
    return report


def send_due_digests(*, workspace: Workspace, actor: Any, now: datetime.datetime | None = None) -> RunReport:
    """"Send now" from the staff pages: the workspace's due digests and anything still pending, recorded as a run
    started by the actor. Only the workspace's writing members may start one."""
    if not WorkspaceMember.objects.filter(workspace=workspace, user=actor, role__in=WRITE_ROLES).exists():
        raise PermissionDenied
    return send_digests(workspace=workspace, now=now, trigger=DigestTrigger.STAFF, actor=actor)


@dataclass
class Outcome:
    subscriber_id: int
    rows: list[tuple[int, int]]  # (opportunity id, attempts so far)
    message_id: str
    sent: Sent


class WorkspaceDigests:
    """One workspace's run: claim, compose, send over the mailer's connection, record each outcome in batches."""

    def __init__(self, workspace: Workspace, rhythms: set[str], now: datetime.datetime, mailer: Mailer,
                 run: DigestRun):
        self.catalogue = Catalogue(workspace, now)
        self.workspace, self.rhythms, self.now, self.mailer, self.run = workspace, rhythms, now, mailer, run
        self.report = RunReport()
        self.consecutive_failures = 0
        self.outcomes: list[Outcome] = []

    def send(self) -> RunReport:
        try:
            for chunk in subscriber_chunks(self.workspace):
                claimed, pending = claim_digest_rows(self.catalogue, chunk, self.rhythms, self.now)
                self.report.deliveries_claimed += claimed
                for subscriber in chunk:
                    rows = pending.get(subscriber.id)
                    if rows:
                        self.send_one(subscriber, rows)
                    if self.report.stopped:
                        return self.report
        finally:  # also on an error or Ctrl-C: what the server accepted is recorded before leaving
            self.record()
            self.finish()
        return self.report

    def send_one(self, subscriber: SubscriberRow, rows: list[tuple[int, int]]) -> None:
        message = compose_digest(self.catalogue, subscriber, [self.catalogue.item(pk) for pk, _attempts in rows])
        try:
            sent = self.mailer.send(message)
        except StopSending as error:  # not attempted: the rows stay as they are, for the next run
            self.report.stopped = str(error)
            return
        self.outcomes.append(Outcome(subscriber.id, rows, message_id_of(message), sent))
        self.count(sent, len(rows))
        if len(self.outcomes) >= RECORD_EVERY or self.report.stopped:
            self.record()

    def count(self, sent: Sent, items: int) -> None:
        if sent.ok:
            self.report.messages_sent += 1
            self.report.deliveries_sent += items
        elif sent.bounced:
            self.report.bounced += items
        else:
            self.report.failed += items
        self.consecutive_failures = 0 if sent.ok or sent.bounced or sent.final else self.consecutive_failures + 1
        if self.consecutive_failures >= STOP_AFTER_CONSECUTIVE_FAILURES:
            self.report.stopped = "the mail server refused several messages in a row"

    def record(self) -> None:
        """Write the outcomes of the messages sent so far, in one transaction (one commit per message would
        cost more than the message). Runs before anything else happens after a stop, an error or the end."""
        with transaction.atomic():
            for outcome in self.outcomes:
                opportunity_ids = [pk for pk, _attempts in outcome.rows]
                if outcome.sent.ok:
                    mark_sent(outcome.subscriber_id, opportunity_ids, outcome.message_id, self.now, self.run.pk)
                    continue
                rows = Delivery.objects.filter(subscriber_id=outcome.subscriber_id, kind=DeliveryKind.DIGEST,
                                               opportunity_id__in=opportunity_ids).filter(pending_q(self.now))
                record_outcome(rows, outcome.sent, outcome.message_id, self.now,
                               max(attempts for _pk, attempts in outcome.rows) + 1, run=self.run)
        self.outcomes.clear()

    def finish(self) -> None:
        for name in RunReport.COUNTS:
            setattr(self.run, name, getattr(self.report, name))
        self.run.stopped = self.report.stopped[:1000]
        self.run.finished_at = max(timezone.now(), self.now)
        self.run.save()


def mark_sent(subscriber_id: int, opportunity_ids: list[int], message_id: str, now: datetime.datetime,
              run_id: int) -> None:
    """The common case in plain SQL: the ORM would spend more time building the query than the database running it."""
    table = connection.ops.quote_name(Delivery._meta.db_table)
    placeholders = ", ".join(["%s"] * len(opportunity_ids))
    sql = (f"UPDATE {table} SET status = %s, sent_at = %s, message_id = %s, attempts = attempts + 1, "  # noqa: S608
           f"next_attempt_at = NULL, last_error = '', run_id = %s WHERE subscriber_id = %s AND kind = %s "
           f"AND status IN (%s, %s) AND opportunity_id IN ({placeholders})")
    with connection.cursor() as cursor:
        cursor.execute(sql, [DeliveryStatus.SENT.value, connection.ops.adapt_datetimefield_value(now), message_id,
                             run_id, subscriber_id, DeliveryKind.DIGEST.value, DeliveryStatus.QUEUED.value,
                             DeliveryStatus.FAILED.value, *opportunity_ids])

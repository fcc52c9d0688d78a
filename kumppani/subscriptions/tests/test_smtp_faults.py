"""The SMTP server down, refusing midway or bouncing: nothing is lost and nothing is sent twice."""

import collections
import datetime

from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery
from kumppani.subscriptions.tests.conftest import ScriptedInbox


def subscribers(make_subscriber, count):
    return [make_subscriber(email=f"reader{index}@example.fi") for index in range(count)]


def test_server_down_keeps_everything_queued_for_the_next_run(make_subscriber, make_opportunity, now, smtp_down,
                                                              scripted_smtp):
    subscribers(make_subscriber, 3)
    make_opportunity()
    report = send_digests(now=now)
    assert report.messages_sent == 0 and report.stopped
    assert set(Delivery.objects.values_list("status", flat=True)) == {"queued"}

    inbox = scripted_smtp(ScriptedInbox())
    assert send_digests(now=now + datetime.timedelta(minutes=10)).messages_sent == 3
    assert len(inbox.messages) == 3
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}


def test_server_refusing_midway_then_restart_sends_the_rest_without_duplicates(make_subscriber, make_opportunity,
                                                                               now, scripted_smtp):
    subscribers(make_subscriber, 7)
    make_opportunity("One")
    make_opportunity("Two")
    refusing = scripted_smtp(ScriptedInbox(accept=3, then="451 4.3.0 Try again later"))
    report = send_digests(now=now, batch_size=2)
    assert report.messages_sent == 3
    statuses = collections.Counter(Delivery.objects.values_list("status", flat=True))
    assert statuses["sent"] == 6 and statuses["failed"] >= 2 and statuses["sent"] + statuses["failed"] + statuses[
        "queued"] == 14

    # What was never tried goes out with the next run; the failed ones wait for their back-off.
    healthy = scripted_smtp(ScriptedInbox())
    assert send_digests(now=now + datetime.timedelta(minutes=1)).messages_sent == statuses["queued"] // 2
    assert send_digests(now=now + datetime.timedelta(hours=1)).messages_sent == statuses["failed"] // 2
    received = [message["To"] for message in refusing.messages + healthy.messages]
    assert sorted(received) == sorted(f"reader{index}@example.fi" for index in range(7))
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    assert send_digests(now=now + datetime.timedelta(days=8)).messages_sent == 0


def test_permanent_refusal_marks_a_bounce_and_the_others_are_sent(make_subscriber, make_opportunity, now,
                                                                 scripted_smtp):
    subscribers(make_subscriber, 3)
    make_opportunity()
    inbox = scripted_smtp(ScriptedInbox(refuse={"reader1@example.fi"}))
    report = send_digests(now=now)
    assert (report.messages_sent, report.bounced) == (2, 1)
    bounced = Delivery.objects.get(subscriber__email="reader1@example.fi")
    assert bounced.status == "bounced" and "550" in bounced.last_error
    assert len(inbox.messages) == 2
    assert send_digests(now=now + datetime.timedelta(days=1)).messages_sent == 0  # a bounce is not retried


def test_failed_deliveries_give_up_after_the_attempt_limit(make_subscriber, make_opportunity, now, scripted_smtp):
    make_subscriber()
    make_opportunity()
    scripted_smtp(ScriptedInbox(accept=0))
    moment = now
    for _attempt in range(8):
        send_digests(now=moment)
        moment += datetime.timedelta(days=1)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("failed", 6, None)

"""Followers of a programme are reminded 14 and 3 days before one of its calls closes, each reminder once."""

import datetime

import pytest

from kumppani.subscriptions import services
from kumppani.subscriptions.models import Delivery, StaffReminder
from kumppani.subscriptions.reminders import send_call_reminders

DAY = datetime.timedelta(days=1)


@pytest.fixture
def follower(make_subscriber, erasmus):
    return make_subscriber(email="follower@example.fi", programmes=[erasmus])


def subjects(inbox, to):
    return [message["Subject"] for message in inbox.messages if message["To"] == to]


def test_subscriber_is_reminded_14_and_3_days_before_exactly_once(follower, make_subscriber, make_opportunity,
                                                                  call_closing, now, smtp_server):
    make_subscriber(email="not-following@example.fi")
    call = call_closing(days=20)
    opportunity = make_opportunity("KA2 call", kind="call", call=call)
    assert opportunity.deadline.date() == call.closes_on and opportunity.programme == call.programme

    moments = [now + DAY * day for day in range(21)] + [now + DAY * 6 + datetime.timedelta(hours=1)]
    for moment in sorted(moments):
        send_call_reminders(now=moment)
    assert subjects(smtp_server, "follower@example.fi") == ["Reminder: KA2 call closes in 14 days",
                                                            "Reminder: KA2 call closes in 3 days"]
    assert subjects(smtp_server, "not-following@example.fi") == []
    assert sorted(Delivery.objects.filter(status="sent").values_list("kind", flat=True)) == ["reminder_14",
                                                                                           "reminder_3"]
    reminder = next(message for message in smtp_server.messages if "14 days" in message["Subject"])
    assert reminder["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_call_found_late_gets_only_the_nearer_reminder(follower, make_opportunity, call_closing, now,
                                                         smtp_server):
    make_opportunity("KA2 call", kind="call", call=call_closing(days=2))
    send_call_reminders(now=now)
    send_call_reminders(now=now + DAY)
    assert subjects(smtp_server, "follower@example.fi") == ["Reminder: KA2 call closes in 2 days"]


def test_staff_following_a_programme_are_reminded_of_catalogue_calls_once(bob, alice, sepra, erasmus, call_closing,
                                                                          now, smtp_server):
    services.follow_programme(sepra, bob, erasmus)
    call_closing(days=14)
    for hours in range(0, 24 * 12, 6):
        send_call_reminders(now=now + datetime.timedelta(hours=hours))
    to_bob = [message for message in smtp_server.messages if message["To"] == "bob@example.test"]
    assert len(to_bob) == 2
    # Staff reminders are in the site's language (LANGUAGE_CODE), whatever its translation says: look for the days.
    assert " 14 " in to_bob[0]["Subject"] and " 3 " in to_bob[1]["Subject"]
    assert "/w/sepra/calls/" in to_bob[0].get_body(("plain",)).get_content()
    assert not [message for message in smtp_server.messages if message["To"] == "alice@example.test"]
    assert StaffReminder.objects.filter(status="sent").count() == 2


def test_reminders_wait_when_the_server_is_down(follower, make_opportunity, call_closing, now, smtp_down):
    make_opportunity("KA2 call", kind="call", call=call_closing(days=10))
    report = send_call_reminders(now=now)
    assert report.stopped and Delivery.objects.get().status == "queued"

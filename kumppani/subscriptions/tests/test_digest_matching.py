"""Each subscriber gets the published items that match their themes, countries and language — once."""

import datetime

from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery


def titles(inbox, to):
    [message] = [message for message in inbox.messages if message["To"] == to]
    return message.get_body(("plain",)).get_content()


def test_items_match_by_theme_country_and_language(make_subscriber, make_opportunity, tourism, youth, now,
                                                   smtp_server):
    make_subscriber(email="tourism@example.fi", themes=[tourism])
    make_subscriber(email="estonia@example.fi", countries=["EE"])
    make_subscriber(email="swedish@example.fi", language="sv")
    make_opportunity("Tourism call", themes=[tourism])
    make_opportunity("Youth exchange", themes=[youth], countries=["SE"])
    make_opportunity("Estonian village fair", countries=["EE"], languages=["et", "en"])
    make_opportunity("For everyone")
    send_digests(now=now)

    tourism_text = titles(smtp_server, "tourism@example.fi")
    assert "Tourism call" in tourism_text and "For everyone" in tourism_text and "Estonian village fair" in tourism_text
    assert "Youth exchange" not in tourism_text
    estonia_text = titles(smtp_server, "estonia@example.fi")
    assert "Estonian village fair" in estonia_text and "Youth exchange" not in estonia_text
    swedish_text = titles(smtp_server, "swedish@example.fi")
    assert "Estonian village fair" not in swedish_text  # published for readers of Estonian and English only


def test_unpublished_expired_and_other_workspaces_items_are_left_out(make_subscriber, make_opportunity, ksl, now,
                                                                    smtp_server):
    make_subscriber()
    make_opportunity("Published")
    make_opportunity("Later", publish_on=now + datetime.timedelta(days=1))
    make_opportunity("Expired", expires_on=now - datetime.timedelta(hours=1))
    make_opportunity("Other workspace", workspace=ksl)
    send_digests(now=now)
    text = titles(smtp_server, "maris@example.ee")
    assert "Published" in text
    assert not any(title in text for title in ("Later", "Expired", "Other workspace"))


def test_nothing_is_sent_twice_and_the_next_digest_waits_for_its_rhythm(make_subscriber, make_opportunity, now,
                                                                       smtp_server):
    make_subscriber(rhythm="weekly")
    make_opportunity("First")
    assert send_digests(now=now).messages_sent == 1
    assert send_digests(now=now + datetime.timedelta(minutes=5)).messages_sent == 0
    make_opportunity("Second", publish_on=now + datetime.timedelta(days=2))
    assert send_digests(now=now + datetime.timedelta(days=3)).messages_sent == 0  # not a week yet
    assert send_digests(now=now + datetime.timedelta(days=7)).messages_sent == 1
    assert "First" not in smtp_server.messages[1].get_body(("plain",)).get_content()
    assert Delivery.objects.filter(status="sent").count() == 2


def test_rhythm_option_sends_only_those_subscribers(make_subscriber, make_opportunity, now, smtp_server):
    make_subscriber(email="now@example.fi", rhythm="at_once")
    make_subscriber(email="monthly@example.fi", rhythm="monthly")
    make_opportunity()
    send_digests({"at_once"}, now=now)
    assert [message["To"] for message in smtp_server.messages] == ["now@example.fi"]


def test_pending_and_unsubscribed_subscribers_get_nothing(make_subscriber, make_opportunity, now, smtp_server):
    make_subscriber(email="pending@example.fi", status="pending")
    make_subscriber(email="gone@example.fi", status="unsubscribed")
    make_opportunity()
    assert send_digests(now=now).messages_sent == 0
    assert smtp_server.messages == []

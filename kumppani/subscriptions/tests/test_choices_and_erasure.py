"""Subscribers see and change their choices, unsubscribe, subscribe again and erase themselves."""

from kumppani.audit.models import AuditEntry
from kumppani.subscriptions import tokens
from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery, Subscriber


def test_subscriber_changes_choices_on_their_page(client, make_subscriber, tourism, erasmus):
    subscriber = make_subscriber(email="maris@example.ee", rhythm="weekly")
    url = f"/p/sepra/subscription/{tokens.subscriber_token(subscriber)}/"
    page = client.get(url)
    assert page.status_code == 200 and "maris@example.ee" in page.content.decode()
    response = client.post(url, {"action": "save", "language": "fi", "rhythm": "monthly", "themes": [tourism.pk],
                                 "countries": ["EE"], "programmes": [erasmus.pk]})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.rhythm, subscriber.countries) == ("fi", "monthly", ["EE"])
    assert list(subscriber.themes.all()) == [tourism] and list(subscriber.programmes.all()) == [erasmus]


def test_unsubscribed_subscriber_can_subscribe_again_from_their_page(client, make_subscriber):
    subscriber = make_subscriber(status="unsubscribed")
    client.post(f"/p/sepra/subscription/{tokens.subscriber_token(subscriber)}/", {"action": "resubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == "active" and subscriber.unsubscribed_at is None


def test_erasure_deletes_the_subscriber_and_what_was_sent_and_keeps_nothing_personal(
        client, make_subscriber, make_opportunity, now, smtp_server):
    subscriber = make_subscriber(email="maris@example.ee")
    make_opportunity()
    send_digests(now=now)
    assert Delivery.objects.count() == 1
    response = client.post(f"/p/sepra/subscription/{tokens.subscriber_token(subscriber)}/", {"action": "erase"})
    assert response.status_code == 200 and "erased" in response.content.decode()
    assert Subscriber.objects.count() == 0 and Delivery.objects.count() == 0
    assert not [entry for entry in AuditEntry.objects.all() if "maris@example.ee" in str(entry.__dict__)]

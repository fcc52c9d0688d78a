"""A second subscription with the same address creates nothing and reveals nothing: the address gets a mail."""

from kumppani.subscriptions.models import Subscriber, SubscriberStatus
from kumppani.subscriptions.tests.conftest import subscribe_data


def test_second_subscription_of_an_active_address_only_mails_the_address(client, sepra, make_subscriber,
                                                                         smtp_server):
    make_subscriber(email="maris@example.ee", rhythm="weekly")
    first = client.post("/p/sepra/subscribe/", subscribe_data(email="MARIS@example.ee", rhythm="at_once"))
    assert Subscriber.objects.count() == 1
    subscriber = Subscriber.objects.get()
    assert subscriber.rhythm == "weekly" and subscriber.status == SubscriberStatus.ACTIVE
    [message] = smtp_server.messages
    assert "already subscribe" in message["Subject"]
    assert "/p/sepra/subscription/" in message.get_content()

    other = client.post("/p/sepra/subscribe/", subscribe_data(email="someone.new@example.fi"))
    assert (first.status_code, first["Location"]) == (other.status_code, other["Location"])


def test_pending_address_subscribing_again_gets_a_new_confirmation_mail(client, sepra, smtp_server):
    client.post("/p/sepra/subscribe/", subscribe_data(rhythm="weekly"))
    client.post("/p/sepra/subscribe/", subscribe_data(rhythm="monthly"))
    assert Subscriber.objects.count() == 1
    assert Subscriber.objects.get().rhythm == "monthly"
    assert [m["Subject"].startswith("Confirm") for m in smtp_server.messages] == [True, True]


def test_the_same_address_may_subscribe_to_two_workspaces(client, sepra, ksl, make_subscriber, smtp_server):
    ksl.public = True
    ksl.save()
    make_subscriber(email="maris@example.ee")
    client.post("/p/keski-suomi/subscribe/", subscribe_data())
    assert Subscriber.objects.filter(email="maris@example.ee").count() == 2

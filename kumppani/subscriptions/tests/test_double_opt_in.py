"""Subscribing on the public page: a confirmation mail (double opt-in), consent recorded word for word."""

import re

from django.test import Client

from kumppani.subscriptions.models import Subscriber, SubscriberStatus
from kumppani.subscriptions.tests.conftest import subscribe_data


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/subscription/confirm/\S+/", message.get_body(("plain",)).get_content()).group(0)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_subscription_waits_for_the_link_in_the_confirmation_mail(client, sepra, tourism, smtp_server):
    response = client.post("/p/sepra/subscribe/", subscribe_data(email="Maris@Example.EE", themes=[tourism.pk],
                                                                 countries=["EE", "FI"], rhythm="monthly"))
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "maris@example.ee"
    assert subscriber.status == SubscriberStatus.PENDING
    assert (subscriber.rhythm, subscriber.countries, list(subscriber.themes.all())) == ("monthly", ["EE", "FI"],
                                                                                        [tourism])
    assert "public-sent" in client.get(response["Location"]).content.decode()
    [message] = smtp_server.messages
    assert message["To"] == "maris@example.ee"
    assert "Confirm your subscription to Sepra" in message["Subject"]

    link = path_of(confirm_link(message))
    page = client.get(link)
    assert page.status_code == 200 and "Confirm my subscription" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING  # opening the link (a mail scanner) confirms nothing

    assert client.post(link).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE and subscriber.confirmed_at is not None


def test_consent_wording_and_time_are_recorded_in_the_language_of_the_page(client, sepra, smtp_server):
    client.post("/p/sepra/subscribe/", subscribe_data(page_language="en", language="et"))
    subscriber = Subscriber.objects.get()
    assert subscriber.consent_text.startswith("I agree that Sepra keeps my e-mail address")
    assert subscriber.consent_given_at is not None
    assert subscriber.language == "et"
    form_page = Client().get("/p/sepra/subscribe/?language=en").content.decode()
    assert subscriber.consent_text in form_page.replace("&#x27;", "'")


def test_confirmation_link_works_without_the_browser_session_that_subscribed(client, sepra, smtp_server):
    client.post("/p/sepra/subscribe/", subscribe_data())
    link = path_of(confirm_link(smtp_server.messages[0]))
    assert Client(enforce_csrf_checks=False).post(link).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE

"""A digest as it arrives: both parts, the subscriber's language, unsubscribe headers and a working one-click link."""

import re

from django.test import Client

from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery, Subscriber


def test_digest_arrives_in_html_and_plain_text_with_unsubscribe_headers(make_subscriber, make_opportunity, now,
                                                                        smtp_server, settings):
    settings.SITE_URL = "https://kumppani.example"
    settings.UNSUBSCRIBE_MAILTO = "unsubscribe@kumppani.example"
    make_subscriber(email="maris@example.ee", language="en")
    make_opportunity("Study trip to Tartu", body={"en": "Three days of village tourism."}, link="https://tartu.ee/")
    report = send_digests(now=now)
    assert report.messages_sent == 1
    [message] = smtp_server.messages
    assert message["To"] == "maris@example.ee"
    assert message["Subject"] == "1 new opportunity from Sepra"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = (target.strip(" <>") for target in message["List-Unsubscribe"].split(","))
    assert re.fullmatch(r"https://kumppani\.example/p/sepra/unsubscribe/[\w:-]+/", https)
    assert mailto == "mailto:unsubscribe@kumppani.example?subject=unsubscribe"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for part in (text, html):
        assert "Study trip to Tartu" in part and "Three days of village tourism." in part
        assert https in part
    assert '<a href="https://tartu.ee/">' in html
    assert Delivery.objects.get().message_id == message["Message-ID"]


def test_digest_is_written_in_the_subscribers_language_with_a_fallback(make_subscriber, make_opportunity, now,
                                                                       smtp_server):
    make_subscriber(email="aino@example.fi", language="fi")
    make_subscriber(email="maris@example.ee", language="et")
    make_opportunity({"fi": "Opintomatka Tarttoon", "en": "Study trip to Tartu"})
    send_digests(now=now)
    mails = {message["To"]: message for message in smtp_server.messages}
    assert "Opintomatka Tarttoon" in mails["aino@example.fi"].get_body(("plain",)).get_content()
    # No Estonian title: the Finnish one stands in (the site's first language).
    assert "Opintomatka Tarttoon" in mails["maris@example.ee"].get_body(("plain",)).get_content()


def test_one_click_unsubscribe_works_with_a_post_and_no_csrf_token(make_subscriber, make_opportunity, now,
                                                                   smtp_server):
    subscriber = make_subscriber()
    make_opportunity()
    send_digests(now=now)
    url = smtp_server.messages[0]["List-Unsubscribe"].split(",")[0].strip(" <>")
    path = re.sub(r"^https?://[^/]+", "", url)
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(path).status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == "active"  # a GET only shows the button
    response = browser.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == "unsubscribed"

    make_opportunity("Another one")
    assert send_digests(now=now).messages_sent == 0

"""A visitor subscribes on the public page, confirms from the e-mail's link, gets a digest and unsubscribes with one
click; every message goes through a real local SMTP server."""

import datetime
import re
import time
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from kumppani.opportunities.models import Opportunity
from kumppani.subscriptions.models import Subscriber, SubscriberStatus


@pytest.fixture
def site(settings, live_server, monkeypatch):
    """Links in the e-mails point to the live server; the form may be sent at once (it has no time trap here)."""
    settings.SITE_URL = live_server.url
    monkeypatch.setattr("kumppani.core.antibot.MIN_SECONDS_TO_SUBMIT", 0)
    return live_server.url


def wait_for_message(inbox, count: int, timeout: float = 10) -> object:
    deadline = time.monotonic() + timeout
    while len(inbox.messages) < count:
        assert time.monotonic() < deadline, f"{count} messages expected, {len(inbox.messages)} arrived"
        time.sleep(0.1)
    return inbox.messages[count - 1]


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def link_in(text: str, site: str, path_part: str) -> str:
    """The path of the message's link to the site that contains path_part."""
    found = re.search(re.escape(site) + r"(/\S*" + re.escape(path_part) + r"\S*)", text)
    assert found, f"no link with {path_part} in:\n{text}"
    return urlsplit(found.group(0)).path


def test_visitor_subscribes_confirms_receives_a_digest_and_unsubscribes_with_one_click(
        visitor, site, smtp_server, sepra):
    Opportunity.objects.create(workspace=sepra, kind="call", title={"fi": "KA2-haku", "en": "KA2 call for Tartu"},
                               deadline=timezone.now() + datetime.timedelta(days=20),
                               publish_on=timezone.now() - datetime.timedelta(hours=1))
    tab = visitor("maris")
    page = tab.page

    tab.goto("/p/sepra/en/")
    form = page.locator("#subscribe")
    form.locator("#id_email").fill("maris@example.ee")
    form.locator("#id_consent").check()
    form.locator("button.primary").click()
    page.wait_for_load_state()
    tab.snap()
    subscriber = Subscriber.objects.get(email="maris@example.ee")
    assert subscriber.status == SubscriberStatus.PENDING

    confirmation = wait_for_message(smtp_server, 1)
    assert confirmation["To"] == "maris@example.ee"
    tab.goto(link_in(text_of(confirmation), site, "/subscription/confirm/"))
    page.locator("main button.primary").click()
    page.wait_for_load_state()
    tab.snap()
    expect(page.locator(".public-sent")).to_be_visible()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE

    call_command("send_digests")
    digest = wait_for_message(smtp_server, 2)
    assert digest["To"] == "maris@example.ee"
    assert "KA2 call for Tartu" in text_of(digest)
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_path = link_in(text_of(digest), site, "/unsubscribe/")
    assert unsubscribe_path in digest["List-Unsubscribe"]

    tab.goto(unsubscribe_path)
    page.locator("main button.primary").click()
    page.wait_for_load_state()
    tab.snap()
    expect(page.locator(".public-sent")).to_be_visible()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED

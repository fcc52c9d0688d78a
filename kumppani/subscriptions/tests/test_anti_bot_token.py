"""The anti-bot start-time token is single-use; a form shown again after an error carries a fresh one that keeps
the time the form was first shown, so a person who corrects a mistake and sends at once is not taken for a robot."""

import re
import time

from kumppani.public.forms import issue_started_token
from kumppani.subscriptions.models import Subscriber
from kumppani.subscriptions.tests.conftest import subscribe_data


def token_on(page: str) -> str:
    return re.search(r'name="started" value="([^"]+)"', page).group(1)


def test_correcting_a_mistake_and_resubmitting_at_once_is_accepted(client, sepra, mailoutbox):
    shown = issue_started_token(time.time() - 30)  # the person spent half a minute on the form
    mistaken = client.post("/p/sepra/subscribe/", subscribe_data(email="not-an-address", started=shown))
    assert mistaken.status_code == 400
    fresh = token_on(mistaken.content.decode())
    assert fresh != shown

    corrected = client.post("/p/sepra/subscribe/", subscribe_data(email="maris@example.ee", started=fresh))

    assert corrected.status_code == 302
    assert Subscriber.objects.filter(email="maris@example.ee").exists()
    assert len(mailoutbox) == 1


def test_a_token_cannot_be_used_twice(client, sepra, mailoutbox):
    token = issue_started_token(time.time() - 30)
    assert client.post("/p/sepra/subscribe/", subscribe_data(started=token)).status_code == 302

    replayed = client.post("/p/sepra/subscribe/", subscribe_data(email="other@example.ee", started=token))

    assert replayed.status_code == 400
    assert "already sent once" in replayed.content.decode()
    assert len(mailoutbox) == 1


def test_a_form_sent_too_quickly_is_still_refused_when_shown_again(client, sepra, mailoutbox):
    quick = client.post("/p/sepra/subscribe/", subscribe_data(started=issue_started_token()))
    assert quick.status_code == 400
    again = client.post("/p/sepra/subscribe/", subscribe_data(started=token_on(quick.content.decode())))
    assert again.status_code == 400  # the fresh token keeps the start time: still too quick
    assert mailoutbox == []


def test_the_partner_request_form_shown_again_after_an_error_can_be_sent_at_once(client, sepra):
    from kumppani.subscriptions.tests.test_public_partner_request import request_data

    mistaken = client.post("/p/sepra/en/partner/", request_data(email="not-an-address"))
    assert mistaken.status_code == 400
    fresh = token_on(mistaken.content.decode())
    assert client.post("/p/sepra/en/partner/", request_data(started=fresh)).status_code == 302

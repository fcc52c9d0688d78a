"""What a visitor can make the site send is limited per target address and per client, in the database that every
server process sees: a refused request answers 429 with a clear message and sends nothing."""

import time

import pytest

from kumppani.core import ratelimit
from kumppani.core.models import RateLimitHit
from kumppani.directory.models import Person
from kumppani.public.forms import issue_started_token
from kumppani.subscriptions.tests.conftest import subscribe_data


@pytest.fixture(autouse=True)
def _english_pages(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


PER_ADDRESS = ratelimit.LIMITS["subscribe"][0].count
PER_CLIENT = ratelimit.LIMITS["subscribe"][1].count


def test_one_address_gets_only_a_few_confirmations_whoever_asks(client, sepra, mailoutbox):
    for number in range(PER_ADDRESS):
        response = client.post("/p/sepra/subscribe/", subscribe_data(email="victim@example.fi"),
                               REMOTE_ADDR=f"192.0.2.{number}")
        assert response.status_code == 302

    refused = client.post("/p/sepra/subscribe/", subscribe_data(email="Victim@example.fi"), REMOTE_ADDR="192.0.2.99")

    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert len(mailoutbox) == PER_ADDRESS


def test_one_client_may_subscribe_only_so_many_addresses_an_hour(client, sepra, mailoutbox):
    for number in range(PER_CLIENT):
        client.post("/p/sepra/subscribe/", subscribe_data(email=f"reader{number}@example.fi"), REMOTE_ADDR="192.0.2.7")

    refused = client.post("/p/sepra/subscribe/", subscribe_data(email="one-more@example.fi"), REMOTE_ADDR="192.0.2.7")

    assert refused.status_code == 429
    assert len(mailoutbox) == PER_CLIENT


def test_the_counts_are_in_the_database_and_hold_no_address(client, sepra, mailoutbox):
    client.post("/p/sepra/subscribe/", subscribe_data(email="victim@example.fi"), REMOTE_ADDR="192.0.2.1")
    keys = list(RateLimitHit.objects.values_list("key", flat=True))
    assert len(keys) == 2
    assert not any("victim" in key or "192.0.2.1" in key for key in keys)


def test_the_limit_lifts_when_the_window_has_passed(db):
    moment = ratelimit.timezone.now()
    for _number in range(PER_ADDRESS):
        assert ratelimit.allow("subscribe", target="a@example.fi", client="192.0.2.1", now=moment)
    assert not ratelimit.allow("subscribe", target="a@example.fi", client="192.0.2.2", now=moment)
    later = moment + ratelimit.LIMITS["subscribe"][0].window + ratelimit.MINUTES
    assert ratelimit.allow("subscribe", target="a@example.fi", client="192.0.2.2", now=later)


@pytest.fixture
def marjo(sepra):
    return Person.objects.create(workspace=sepra, name="Marjo Tolvanen", email="marjo@example.fi",
                                 consent_to_publish=True)


def contact_message(**changes):
    return {"name": "Maris Tamm", "email": "maris@example.ee", "message": "Tere!", "website": "",
            "started": issue_started_token(time.time() - 60), **changes}


def test_the_contact_relay_reaches_one_person_only_a_few_times_in_ten_minutes(client, marjo, mailoutbox):
    limit = ratelimit.LIMITS["contact"][0].count
    for number in range(limit):
        response = client.post(f"/p/sepra/en/contact/{marjo.pk}/", contact_message(email=f"s{number}@example.ee"),
                               REMOTE_ADDR=f"192.0.2.{number}")
        assert response.status_code == 302

    refused = client.post(f"/p/sepra/en/contact/{marjo.pk}/", contact_message(), REMOTE_ADDR="192.0.2.99")

    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert len(mailoutbox) == limit


def test_password_reset_mails_one_address_only_a_few_times(client, alice, mailoutbox):
    limit = ratelimit.LIMITS["password-reset"][0].count
    for number in range(limit):
        response = client.post("/accounts/password-reset/", {"email": alice.email}, REMOTE_ADDR=f"192.0.2.{number}")
        assert response.status_code == 302

    refused = client.post("/accounts/password-reset/", {"email": alice.email}, REMOTE_ADDR="192.0.2.99")

    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert len(mailoutbox) == limit


def test_password_reset_for_unknown_addresses_is_limited_per_client(client, db, mailoutbox):
    limit = ratelimit.LIMITS["password-reset"][1].count
    for number in range(limit):
        client.post("/accounts/password-reset/", {"email": f"nobody{number}@example.fi"}, REMOTE_ADDR="192.0.2.5")
    refused = client.post("/accounts/password-reset/", {"email": "one-more@example.fi"}, REMOTE_ADDR="192.0.2.5")
    assert refused.status_code == 429

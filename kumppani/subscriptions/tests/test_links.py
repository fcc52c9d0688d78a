"""Expired, tampered and voided links get a clear page with 400, never an error."""

import time

import pytest

from kumppani.subscriptions import services, tokens


@pytest.fixture
def pending(make_subscriber):
    return make_subscriber(status="pending", confirmed_at=None)


def test_expired_confirmation_link_says_it_expired(client, pending, monkeypatch):
    token = tokens.confirm_token(pending)
    eight_days_later = time.time() + 8 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: eight_days_later)
    response = client.get(f"/p/sepra/subscription/confirm/{token}/")
    assert response.status_code == 400
    assert "link-expired" in response.content.decode()
    assert client.post(f"/p/sepra/subscription/confirm/{token}/").status_code == 400
    pending.refresh_from_db()
    assert pending.status == "pending"


@pytest.mark.parametrize("url", ["/p/sepra/subscription/confirm/{token}/", "/p/sepra/subscription/{token}/",
                                 "/p/sepra/unsubscribe/{token}/"])
def test_tampered_links_answer_400(client, pending, url):
    good = tokens.confirm_token(pending) if "confirm" in url else tokens.subscriber_token(pending)
    for token in (good[:-1] + ("A" if good[-1] != "A" else "B"), "garbage", good.replace(":", ":x", 1)):
        for method in (client.get, client.post):
            response = method(url.format(token=token))
            assert response.status_code == 400
            assert "link-invalid" in response.content.decode() or "link-expired" in response.content.decode()


def test_a_link_for_another_workspace_is_not_valid(client, pending, ksl):
    ksl.public = True
    ksl.save()
    assert client.get(f"/p/keski-suomi/subscription/{tokens.subscriber_token(pending)}/").status_code == 400


def test_renewed_links_void_the_old_ones(client, pending):
    old = tokens.subscriber_token(pending)
    services.renew_links(pending)
    assert client.get(f"/p/sepra/subscription/{old}/").status_code == 400
    assert client.get(f"/p/sepra/subscription/{tokens.subscriber_token(pending)}/").status_code == 200


def test_link_of_an_erased_subscriber_is_not_valid(client, pending):
    token = tokens.subscriber_token(pending)
    services.erase(pending)
    assert client.get(f"/p/sepra/subscription/{token}/").status_code == 400

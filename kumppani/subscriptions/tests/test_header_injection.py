"""A line break in a name that reaches a mail header: refused when saved, refused by Django's mail classes if it is
in the database anyway, and never a page that answers 500."""

import pytest
from django.core.exceptions import ValidationError

from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Delivery, PartnerInquiry
from kumppani.subscriptions.tests.conftest import subscribe_data
from kumppani.subscriptions.tests.test_public_partner_request import request_data
from kumppani.workspaces.models import Workspace

INJECTED = "Sepra\r\nBcc: victim@example.com"


@pytest.fixture
def injected_name(sepra):
    """As a workspace saved before names were checked would be: written past the model's save()."""
    Workspace.objects.filter(pk=sepra.pk).update(name=INJECTED)
    sepra.refresh_from_db()
    return sepra


@pytest.mark.parametrize("name", [INJECTED, "Sepra\nBcc: victim@example.com", "Sepra\u2028x"])
def test_a_workspace_name_with_a_line_break_is_refused_when_saved(sepra, name):
    sepra.name = name
    with pytest.raises(ValidationError):
        sepra.save()
    with pytest.raises(ValidationError):
        sepra.full_clean()


def test_the_public_page_settings_refuse_a_name_with_a_line_break(client, alice, sepra):
    client.force_login(alice)
    response = client.post("/w/sepra/public-page/", {"name": INJECTED, "public": "on"})
    assert response.status_code in (200, 400)
    sepra.refresh_from_db()
    assert sepra.name == "Sepra"


def test_a_digest_of_a_workspace_with_an_injected_name_adds_no_header(injected_name, make_subscriber,
                                                                      make_opportunity, now, smtp_server):
    make_subscriber(email="reader@example.fi")
    make_opportunity()
    report = send_digests(now=now)
    assert report.messages_sent == 0 and not report.stopped
    assert smtp_server.messages == []  # nothing went, least of all to the Bcc
    delivery = Delivery.objects.get()
    assert delivery.status == "failed" and delivery.next_attempt_at is None  # not retried: the message is invalid
    assert "invalid message" in delivery.last_error


def test_the_subscribe_page_of_a_workspace_with_an_injected_name_does_not_answer_500(injected_name, client,
                                                                                     smtp_server):
    response = client.post("/p/sepra/subscribe/", subscribe_data())
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert smtp_server.messages == []


def test_a_partner_request_with_an_injected_organisation_name_is_refused_before_anything_is_saved(
        client, sepra, bob, smtp_server):
    response = client.post("/p/sepra/en/partner/", request_data(organisation_name="Tartu\r\nBcc: victim@example.com"))
    assert response.status_code == 400
    assert "one line" in response.content.decode()
    assert not PartnerInquiry.objects.exists()
    assert smtp_server.messages == []


def test_the_inquiry_service_refuses_an_organisation_name_with_a_line_break(sepra):
    with pytest.raises(ValidationError):
        PartnerInquiry(workspace=sepra, organisation_name="Tartu\nBcc: x@example.com", contact_name="Maris",
                       email="maris@example.ee", country="EE", message="Hello").save()

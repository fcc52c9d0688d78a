"""The public "looking for a partner?" form opens a case for staff and e-mails them; bots and floods are turned away."""

import time

import pytest
from django.core.cache import cache

from kumppani.core import ratelimit
from kumppani.public.forms import issue_started_token
from kumppani.subscriptions.models import PartnerInquiry


@pytest.fixture(autouse=True)
def _empty_rate_limits():
    cache.clear()
    yield
    cache.clear()


RATE_LIMIT = ratelimit.LIMITS["partner-request"][0].count  # per address; the same per client


def request_data(**changes):
    return {"organisation_name": "Tartu linn", "contact_name": "Maris Tamm", "email": "maris@example.ee",
            "country": "EE", "message": "We seek a Finnish municipality for a youth exchange. https://tartu.ee",
            "website": "", "started": issue_started_token(time.time() - 60), **changes}


def test_a_valid_request_opens_a_case_and_staff_get_an_email(client, sepra, alice, bob, vera, tourism, smtp_server):
    response = client.post("/p/sepra/en/partner/", request_data(themes=[tourism.pk]))

    assert response.status_code == 302
    assert response["Location"] == "/p/sepra/en/partner/?sent=1"
    case = PartnerInquiry.objects.get()
    assert (case.workspace, case.organisation_name, case.status) == (sepra, "Tartu linn", "new")
    assert list(case.themes.all()) == [tourism]
    assert len(smtp_server.messages) == 1
    mail = smtp_server.messages[0]
    assert sorted(address.strip() for address in mail["To"].split(",")) == ["alice@example.test", "bob@example.test"]
    assert mail["Reply-To"] == "maris@example.ee"
    body = mail.get_content()
    assert "youth exchange" in body and f"/w/sepra/opportunities/inquiries/{case.pk}/" in body
    assert "public-sent" in client.get(response["Location"]).content.decode()


def test_the_case_is_kept_when_the_mail_server_is_down(client, sepra, bob, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    response = client.post("/p/sepra/partner/", request_data())

    assert response.status_code == 302
    assert PartnerInquiry.objects.count() == 1


def test_filled_honeypot_is_rejected(client, sepra, mailoutbox):
    response = client.post("/p/sepra/partner/", request_data(website="https://spam.example"))

    assert response.status_code == 400
    assert not PartnerInquiry.objects.exists() and mailoutbox == []


def test_form_sent_too_quickly_or_with_a_forged_time_is_rejected(client, sepra, mailoutbox):
    for started in (issue_started_token(), "", "12345", issue_started_token(time.time() - 60) + "x"):
        assert client.post("/p/sepra/partner/", request_data(started=started)).status_code == 400
    assert not PartnerInquiry.objects.exists() and mailoutbox == []


def test_a_message_stuffed_with_links_is_rejected_next_to_the_message(client, sepra):
    links = " ".join(f"https://spam{number}.example" for number in range(3))

    response = client.post("/p/sepra/en/partner/", request_data(message=f"Cheap offers {links}"))

    assert response.status_code == 400
    assert 'id="partner_message_errors"' in response.content.decode()
    assert "at most 2 links" in response.content.decode()
    assert not PartnerInquiry.objects.exists()


def test_each_error_is_shown_next_to_its_field_in_the_pages_language(client, sepra):
    response = client.post("/p/sepra/en/partner/", request_data(organisation_name="", email="not-an-address",
                                                                 country="XX", message=""))

    assert response.status_code == 400
    page = response.content.decode()
    for field in ("organisation_name", "email", "country", "message"):
        assert f'id="partner_{field}_errors"' in page
    assert "This field is required." in page
    assert response.headers["Content-Language"] == "en"


def test_one_address_may_send_only_a_few_requests_an_hour(client, sepra, mailoutbox):
    for number in range(RATE_LIMIT):
        response = client.post("/p/sepra/partner/", request_data(organisation_name=f"Org {number}"),
                               REMOTE_ADDR=f"192.0.2.{number}")
        assert response.status_code == 302

    refused = client.post("/p/sepra/en/partner/", request_data(), REMOTE_ADDR="192.0.2.99")

    assert refused.status_code == 429
    assert "try again later" in refused.content.decode()
    assert PartnerInquiry.objects.count() == RATE_LIMIT


def test_one_network_address_may_send_only_a_few_requests_an_hour(client, sepra):
    for number in range(RATE_LIMIT):
        client.post("/p/sepra/partner/", request_data(email=f"sender{number}@example.ee"), REMOTE_ADDR="192.0.2.7")

    refused = client.post("/p/sepra/partner/", request_data(email="another@example.ee"), REMOTE_ADDR="192.0.2.7")

    assert refused.status_code == 429
    assert PartnerInquiry.objects.count() == RATE_LIMIT


def test_a_workspace_without_a_public_page_takes_no_requests(client, sepra):
    sepra.public = False
    sepra.save()

    assert client.post("/p/sepra/partner/", request_data()).status_code == 404
    assert not PartnerInquiry.objects.exists()

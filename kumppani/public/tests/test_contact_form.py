"""The contact form relays a visitor's message to a published person by e-mail, and turns away bots."""

import time

import pytest

from kumppani.directory.models import Person
from kumppani.public.forms import issue_started_token


@pytest.fixture
def marjo(demo):
    return Person.objects.get(name="Marjo Tolvanen")


def message(**changes):
    return {"name": "Maris Tamm", "email": "maris@example.ee", "message": "Tere! Could we plan a study trip?",
            "website": "", "started": issue_started_token(time.time() - 60), **changes}


def test_contact_form_relays_the_message_to_the_person(client, marjo, mailoutbox):
    response = client.post(f"/p/sepra/en/contact/{marjo.pk}/", message())
    assert response.status_code == 302
    assert response["Location"] == f"/p/sepra/en/contact/{marjo.pk}/?sent=1"
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["marjo.tolvanen@example.fi"]
    assert mail.reply_to == ["maris@example.ee"]
    assert "Could we plan a study trip?" in mail.body and "Maris Tamm" in mail.body
    assert "public-sent" in client.get(response["Location"]).content.decode()


def test_filled_honeypot_is_rejected(client, marjo, mailoutbox):
    response = client.post(f"/p/sepra/contact/{marjo.pk}/", message(website="https://spam.example"))
    assert response.status_code == 400
    assert mailoutbox == []


def test_form_sent_too_quickly_is_rejected(client, marjo, mailoutbox):
    response = client.post(f"/p/sepra/contact/{marjo.pk}/", message(started=issue_started_token()))
    assert response.status_code == 400
    assert mailoutbox == []


def test_forged_or_missing_timestamp_is_rejected(client, marjo, mailoutbox):
    for started in ("", "12345", issue_started_token(time.time() - 60) + "x"):
        response = client.post(f"/p/sepra/contact/{marjo.pk}/", message(started=started))
        assert response.status_code == 400
    assert mailoutbox == []


def test_each_error_is_shown_next_to_its_field(client, marjo, mailoutbox):
    response = client.post(f"/p/sepra/en/contact/{marjo.pk}/", message(name="", email="not-an-address", message=""))
    assert response.status_code == 400
    page = response.content.decode()
    for field in ("name", "email", "message"):
        assert f'id="id_{field}_errors"' in page
    assert mailoutbox == []


def test_form_shown_again_carries_a_new_timestamp(client, marjo):
    old = issue_started_token(time.time() - 60)
    response = client.post(f"/p/sepra/contact/{marjo.pk}/", message(name="", started=old))
    assert old not in response.content.decode()


def test_person_of_another_workspace_cannot_be_reached_through_this_one(client, demo):
    hannu = Person.objects.get(name="Hannu Koponen")
    assert client.get(f"/p/sepra/contact/{hannu.pk}/").status_code == 404
    assert client.get(f"/p/keski-suomi/contact/{hannu.pk}/").status_code == 200

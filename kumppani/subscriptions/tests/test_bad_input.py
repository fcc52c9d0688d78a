"""The subscription form turns away invalid addresses, missing consent and bots, with the error next to its field."""

import time

from kumppani.public.forms import issue_started_token
from kumppani.subscriptions.models import Subscriber
from kumppani.subscriptions.tests.conftest import subscribe_data


def test_invalid_address_is_shown_next_to_the_field(client, sepra, smtp_server):
    response = client.post("/p/sepra/subscribe/", subscribe_data(email="maris@"))
    assert response.status_code == 400
    assert 'id="id_email_errors"' in response.content.decode()
    assert Subscriber.objects.count() == 0 and smtp_server.messages == []


def test_consent_is_required(client, sepra, smtp_server):
    data = subscribe_data()
    del data["consent"]
    response = client.post("/p/sepra/subscribe/", data)
    assert response.status_code == 400
    assert 'id="id_consent_errors"' in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_bots_are_turned_away(client, sepra, smtp_server):
    for trap in ({"website": "https://spam.example"}, {"started": issue_started_token()},
                 {"started": issue_started_token(time.time() - 60) + "x"}, {"started": ""}):
        assert client.post("/p/sepra/subscribe/", subscribe_data(**trap)).status_code == 400
    assert Subscriber.objects.count() == 0 and smtp_server.messages == []


def test_unknown_workspace_answers_404(client, db):
    assert client.post("/p/nobody/subscribe/", subscribe_data()).status_code == 404


def test_mail_server_down_while_subscribing_says_so(client, sepra, smtp_down):
    response = client.post("/p/sepra/subscribe/", subscribe_data())
    assert response.status_code == 400
    assert "could not be sent just now" in response.content.decode()

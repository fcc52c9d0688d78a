import re

import pytest
from django.contrib.auth import get_user_model

from conftest import PASSWORD
from kumppani import settings as project_settings


def sign_in(client, username, password):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_member_signs_in_and_lands_in_the_workspace(client, alice):
    response = sign_in(client, "alice", PASSWORD)
    assert response.status_code == 302
    assert client.get("/").url == "/w/sepra/"


def test_wrong_password_shows_an_error_and_signs_no_one_in(client, alice):
    response = sign_in(client, "alice", "wrong")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_repeated_failed_sign_ins_lock_the_account(client, alice, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "alice", "wrong")
    response = sign_in(client, "alice", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_sign_out_needs_post(client, alice):
    client.force_login(alice)
    assert client.get("/accounts/logout/").status_code == 405
    client.post("/accounts/logout/")
    assert client.get("/w/sepra/").status_code == 302


def test_password_reset_mail_arrives_over_smtp_and_sets_a_new_password(client, alice, smtp_server):
    client.post("/accounts/password-reset/", {"email": "alice@example.test"})
    assert len(smtp_server.messages) == 1
    message = smtp_server.messages[0]
    assert message["To"] == "alice@example.test"
    link = re.search(r"http://\S+/accounts/reset/\S+/", message.get_content()).group(0)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(form_page.redirect_chain[-1][0], {"new_password1": "A new passphrase 2026",
                                                             "new_password2": "A new passphrase 2026"})
    assert response.status_code == 302
    assert sign_in(client, "alice", "A new passphrase 2026").status_code == 302


def test_password_reset_for_unknown_address_sends_nothing(client, alice, smtp_server):
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.test"})
    assert response.status_code == 302
    assert smtp_server.messages == []


def test_passwords_are_hashed_with_argon2():
    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


@pytest.mark.django_db
def test_argon2_hash_is_used_for_new_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    user = get_user_model().objects.create_user("dora", password="Some passphrase 1")
    assert user.password.startswith("argon2")

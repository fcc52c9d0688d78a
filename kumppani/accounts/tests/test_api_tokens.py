"""Personal API tokens: a token acts for its user in its workspace while the user still belongs there."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from kumppani.accounts.models import ApiToken, hash_token
from kumppani.directory.models import Person
from kumppani.directory.tests.api_client import api_for
from kumppani.workspaces.models import WorkspaceMember


def test_a_token_reads_its_workspace(bob, sepra):
    Person.objects.create(workspace=sepra, name="Sari Sepralainen")

    response = api_for(bob, sepra).get("/people")

    assert response.status_code == 200
    assert [person["name"] for person in response.json()["items"]] == ["Sari Sepralainen"]


def test_only_the_hash_of_the_key_is_stored(bob, sepra):
    token, key = ApiToken.issue(bob, sepra, "script")

    assert key.startswith("kmp_")
    assert token.key_hash == hash_token(key)
    assert not ApiToken.objects.filter(key_hash=key).exists()


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer kmp_not-a-real-key", "Bearer not-ours",
                                           "Basic Ym9iOnNlY3JldA=="])
def test_a_request_without_a_valid_token_answers_401_json(db, authorization):
    headers = {"Authorization": authorization} if authorization is not None else {}

    response = Client(headers=headers).get("/api/v1/organisations")

    assert response.status_code == 401
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["detail"]
    assert response["WWW-Authenticate"] == "Bearer"


def test_a_revoked_token_answers_401(bob, sepra):
    api = api_for(bob, sepra)
    api.token.delete()

    assert api.get("/people").status_code == 401


def test_the_token_of_a_user_no_longer_in_the_workspace_answers_401(bob, sepra):
    api = api_for(bob, sepra)
    WorkspaceMember.objects.filter(user=bob, workspace=sepra).delete()

    assert api.get("/people").status_code == 401


def test_the_token_of_a_deactivated_user_answers_401(bob, sepra):
    api = api_for(bob, sepra)
    bob.is_active = False
    bob.save()

    assert api.get("/people").status_code == 401


def test_a_token_acts_in_its_own_workspace_only(bob, sepra, ksl):
    WorkspaceMember.objects.create(workspace=ksl, user=bob, role="staff")
    Person.objects.create(workspace=sepra, name="In Sepra")
    Person.objects.create(workspace=ksl, name="In KSL")

    response = api_for(bob, ksl).get("/people")

    assert [person["name"] for person in response.json()["items"]] == ["In KSL"]


def test_the_token_follows_the_users_current_role(bob, sepra):
    api = api_for(bob, sepra)
    WorkspaceMember.objects.filter(user=bob, workspace=sepra).update(role="viewer")

    response = api.post("/people", {"name": "Uusi Henkilö"})

    assert response.status_code == 403


def test_the_first_use_is_recorded(bob, sepra):
    api = api_for(bob, sepra)

    api.get("/people")

    api.token.refresh_from_db()
    assert api.token.last_used_at is not None


def test_a_use_within_a_minute_of_the_last_is_not_written_again(bob, sepra):
    api = api_for(bob, sepra)
    recently = timezone.now() - timedelta(seconds=30)
    ApiToken.objects.filter(pk=api.token.pk).update(last_used_at=recently)

    api.get("/people")

    api.token.refresh_from_db()
    assert api.token.last_used_at == recently


def test_a_use_after_more_than_a_minute_is_recorded(bob, sepra):
    api = api_for(bob, sepra)
    earlier = timezone.now() - timedelta(minutes=5)
    ApiToken.objects.filter(pk=api.token.pk).update(last_used_at=earlier)

    api.get("/people")

    api.token.refresh_from_db()
    assert api.token.last_used_at > earlier

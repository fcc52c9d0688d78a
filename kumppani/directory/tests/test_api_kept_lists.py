"""A list's JSON answer is kept (kumppani/workspaces/kept.py) and never stale: a change shows on the next request,
whichever process made it, a list that goes by date follows the day, and a kept answer is never another
workspace's, query's or token's that may no longer read."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from kumppani.accounts.models import ApiToken
from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Person
from kumppani.directory.tests.api_client import api_for
from kumppani.funding.models import Call, Programme


def _names(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["items"]]


def test_a_person_added_through_the_api_shows_in_the_next_list(bob, sepra):
    api = api_for(bob, sepra)
    assert _names(api.get("/people")) == []
    assert api.post("/people", {"name": "Sari Sepralainen"}).status_code == 201
    assert _names(api.get("/people")) == ["Sari Sepralainen"]


def test_a_change_audited_by_another_server_process_shows_in_the_next_list(bob, sepra):
    person = Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    api = api_for(bob, sepra)
    assert _names(api.get("/people")) == ["Sari Sepralainen"]
    Person.objects.filter(pk=person.pk).update(name="Sari Virtanen")  # no signal here
    AuditEntry.objects.bulk_create([AuditEntry(  # another process's audited write: no signal either
        workspace=sepra, action="update", content_type=ContentType.objects.get_for_model(Person),
        object_id=str(person.pk), object_repr="Sari Virtanen")])
    assert _names(api.get("/people")) == ["Sari Virtanen"]


def test_each_workspace_and_query_gets_its_own_list(bob, sepra, charlie, ksl):
    Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    Person.objects.create(workspace=ksl, name="Kalle Keskisuomalainen")
    assert _names(api_for(bob, sepra).get("/people")) == ["Sari Sepralainen"]
    assert _names(api_for(charlie, ksl).get("/people")) == ["Kalle Keskisuomalainen"]
    assert _names(api_for(bob, sepra).get("/people", q="Kalle")) == []


def test_a_token_revoked_after_its_list_was_kept_gets_401(bob, sepra):
    api = api_for(bob, sepra)
    assert api.get("/people").status_code == 200
    ApiToken.objects.filter(pk=api.token.pk).delete()  # no audit entry: the marker does not move
    response = api.get("/people")
    assert response.status_code == 401
    assert "items" not in response.json()


def test_a_list_that_goes_by_date_follows_the_day(bob, sepra, monkeypatch):
    today = timezone.localdate()
    Call.objects.create(programme=Programme.objects.get(slug="leader-cooperation"), title={"fi": "Viimeinen päivä"},
                        closes_on=today)
    api = api_for(bob, sepra)
    assert [row["title"]["fi"] for row in api.get("/calls", state="open").json()["items"]] == ["Viimeinen päivä"]
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=1))
    assert api.get("/calls", state="open").json()["items"] == []


def test_a_kept_answer_is_found_with_the_token_and_the_marker_alone(bob, sepra, django_assert_num_queries):
    api = api_for(bob, sepra)
    assert api.get("/people").status_code == 200
    ApiToken.objects.filter(pk=api.token.pk).update(last_used_at=timezone.now())  # no write on the next call
    with django_assert_num_queries(2):  # the token with its membership, and the change marker
        assert api.get("/people").status_code == 200


def test_an_answer_that_is_not_a_list_costs_no_marker_query(bob, sepra, django_assert_num_queries):
    person = Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    api = api_for(bob, sepra)
    assert api.get(f"/people/{person.pk}").status_code == 200
    ApiToken.objects.filter(pk=api.token.pk).update(last_used_at=timezone.now())
    with django_assert_num_queries(2):  # the token with its membership, and the person
        assert api.get(f"/people/{person.pk}").json()["name"] == "Sari Sepralainen"


def test_a_kept_answer_still_records_that_the_token_was_used(bob, sepra):
    api = api_for(bob, sepra)
    assert api.get("/people").status_code == 200
    ApiToken.objects.filter(pk=api.token.pk).update(last_used_at=timezone.now() - datetime.timedelta(hours=1))
    assert api.get("/people").status_code == 200
    api.token.refresh_from_db()
    assert timezone.now() - api.token.last_used_at < datetime.timedelta(minutes=1)


def test_a_query_the_operation_refuses_is_refused_however_often_it_comes(bob, sepra):
    api = api_for(bob, sepra)
    for _ in range(2):
        response = api.get("/people", limit="many")
        assert response.status_code == 422
        assert "limit" in response.json()["errors"]

"""A directory list's page, rows and filters are kept rendered (kumppani/workspaces/kept.py) and never stale: any
change shows on the next request, and a kept copy is never another workspace's, language's, query's, role's or
user's, nor carries another visitor's CSRF token."""

import re

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation, Person


def _list(client: Client, workspace, name: str = "organisation_list", **headers) -> str:  # type: ignore[no-untyped-def]
    return client.get(reverse(f"directory:{name}", args=[workspace.slug]), **headers).content.decode()


def test_a_change_audited_by_another_server_process_shows_on_the_next_request(client, alice, sepra):
    organisation = Organisation.objects.create(name="Tartu Science Park", country="EE")
    client.force_login(alice)
    assert "Tartu Science Park" in _list(client, sepra)
    Organisation.objects.filter(pk=organisation.pk).update(name="Tartu Teaduspark")  # no signal here
    AuditEntry.objects.bulk_create([AuditEntry(  # another process's audited write: no signal either
        workspace=sepra, action="update", content_type=ContentType.objects.get_for_model(Organisation),
        object_id=str(organisation.pk), object_repr="Tartu Teaduspark")])
    assert "Tartu Teaduspark" in _list(client, sepra)


def test_a_record_saved_in_this_process_shows_on_the_next_request(client, alice, sepra):
    client.force_login(alice)
    assert "Tartu Science Park" not in _list(client, sepra)
    Organisation.objects.create(name="Tartu Science Park", country="EE")  # a plain save: this process's signal
    assert "Tartu Science Park" in _list(client, sepra)


def test_each_workspace_gets_its_own_rows(client, alice, charlie, sepra, ksl):
    Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    Person.objects.create(workspace=ksl, name="Kalle Keskisuomalainen")
    client.force_login(alice)
    sepra_people = _list(client, sepra, "person_list")
    other = Client()
    other.force_login(charlie)
    ksl_people = _list(other, ksl, "person_list")
    assert "Sari Sepralainen" in sepra_people and "Kalle Keskisuomalainen" not in sepra_people
    assert "Kalle Keskisuomalainen" in ksl_people and "Sari Sepralainen" not in ksl_people


def test_each_language_and_query_gets_its_own_rows(client, alice, sepra):
    Organisation.objects.create(name="Tartu Science Park", country="EE")
    client.force_login(alice)
    english = _list(client, sepra, HTTP_ACCEPT_LANGUAGE="en")
    finnish = _list(client, sepra, HTTP_ACCEPT_LANGUAGE="fi")
    assert "1 record<" in english and "1 record<" not in finnish
    url = reverse("directory:organisation_list", args=[sepra.slug])
    assert "Tartu Science Park" not in client.get(url, {"q": "Jyväskylä"}).content.decode()
    assert "Tartu Science Park" in client.get(url, {"q": "Tartu"}).content.decode()


def test_a_kept_page_shows_each_member_the_actions_of_their_role(client, alice, vera, sepra):
    add = reverse("directory:organisation_create", args=[sepra.slug])
    viewer = Client()
    viewer.force_login(vera)
    client.force_login(alice)
    assert add not in _list(viewer, sepra)
    assert add in _list(client, sepra)
    assert add not in _list(viewer, sepra)


def test_a_kept_page_carries_each_visitors_own_csrf_token(alice, bob, sepra):
    tokens = []
    for user in (alice, bob, alice):
        visitor = Client(enforce_csrf_checks=True)
        visitor.force_login(user)
        page = _list(visitor, sepra)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        assert f'"X-CSRFToken": "{token}"' in page
        response = visitor.post(reverse("set_language"), {"language": "en", "next": "/",
                                                          "csrfmiddlewaretoken": token})
        assert response.status_code == 302  # the form on the kept page works for its visitor
        tokens.append(token)
    assert len(set(tokens)) == 3


def test_a_kept_page_shows_a_message_waiting_for_its_visitor(client, alice, sepra):
    client.force_login(alice)
    assert "Kept pages show messages" not in _list(client, sepra)
    client.cookies["messages"] = CookieStorage(HttpRequest())._encode(  # type: ignore[attr-defined]
        [Message(constants.SUCCESS, "Kept pages show messages")])
    assert "Kept pages show messages" in _list(client, sepra)
    assert "Kept pages show messages" not in _list(client, sepra)


def test_a_kept_page_shows_the_users_new_name(client, alice, sepra):
    client.force_login(alice)
    assert "Alice" in _list(client, sepra)
    get_user_model().objects.filter(pk=alice.pk).update(first_name="Alicia")  # no signal: another process
    assert "Alicia" in _list(client, sepra)

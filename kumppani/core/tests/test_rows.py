"""The reads written as SQL (kumppani/core/rows.py) give the same records, value for value, as the ORM's: on
SQLite, whose booleans, datetimes and JSON come back as text or numbers, as on PostgreSQL."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import update_last_login
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from kumppani.accounts.api_auth import member_for_token
from kumppani.accounts.backends import PasswordBackend
from kumppani.accounts.models import ApiToken
from kumppani.accounts.sessions import SessionStore
from kumppani.workspaces.access import member_or_404
from kumppani.workspaces.models import Workspace, WorkspaceMember
from kumppani.workspaces.public import public_workspace


def _values(record) -> dict:  # type: ignore[no-untyped-def]
    return {field.attname: getattr(record, field.attname) for field in record._meta.concrete_fields}


def test_the_user_read_as_sql_equals_the_orms(alice):
    update_last_login(None, alice)
    read = PasswordBackend().get_user(alice.pk)
    assert _values(read) == _values(get_user_model().objects.get(pk=alice.pk))
    assert read.last_login.tzinfo is not None and read.is_active is True


def test_an_inactive_user_is_not_read(alice):
    get_user_model().objects.filter(pk=alice.pk).update(is_active=False)
    assert PasswordBackend().get_user(alice.pk) is None


def test_the_membership_and_the_token_read_as_sql_equal_the_orms(alice, sepra):
    member = member_or_404(alice, sepra.slug)
    assert _values(member) == _values(WorkspaceMember.objects.get(workspace=sepra, user=alice))
    assert _values(member.workspace) == _values(Workspace.objects.get(pk=sepra.pk))
    token, raw = ApiToken.issue(alice, sepra, "rows")
    read_token, token_member = member_for_token(raw)  # type: ignore[misc]
    assert _values(read_token) == _values(ApiToken.objects.get(pk=token.pk))
    assert _values(token_member.user) == _values(get_user_model().objects.get(pk=alice.pk))


def test_the_public_workspace_read_as_sql_equals_the_orms(sepra):
    Workspace.objects.filter(pk=sepra.pk).update(public=True)
    assert _values(public_workspace(sepra.slug)) == _values(Workspace.objects.get(pk=sepra.pk))


def test_a_session_is_read_until_it_expires(alice):
    client = Client()
    client.force_login(alice)
    key = client.cookies["sessionid"].value
    assert SessionStore(key).load()["_auth_user_id"] == str(alice.pk)
    Session.objects.filter(session_key=key).update(expire_date=timezone.now())
    expired = SessionStore(key)
    assert expired.load() == {}
    assert expired.session_key is None

"""Junk in any field of an activity write answers JSON, never a server error; read-only roles get 403 first."""

from kumppani.activities.api import router
from kumppani.activities.tests.api_junk import send_junk, write_operations
from kumppani.activities.tests.records import activity
from kumppani.audit.models import AuditEntry
from kumppani.directory.tests.api_client import api_for

VALID = {"title": {"fi": "Työpaja"}, "starts_on": "2026-05-04", "country": "FI", "participants": 10}


def test_every_activity_write_is_exercised():
    assert [(method, path) for method, path, _fields in write_operations(router)] == [
        ("POST", "/activities"), ("PATCH", "/activities/{id}")]


def test_junk_in_any_field_of_any_activity_write_answers_without_server_error(bob, sepra):
    api = api_for(bob, sepra)
    record = activity(sepra, bob)
    for method, path, fields in write_operations(router):
        send_junk(api, method, path.replace("{id}", str(record.pk)), VALID if method == "POST" else {}, fields)


def test_read_only_roles_get_403_on_every_activity_write(vera, sepra):
    record = activity(sepra)
    api = api_for(vera, sepra)
    before = AuditEntry.objects.count()

    for method, path, _fields in write_operations(router):
        assert api.send(method.lower(), path.replace("{id}", str(record.pk)), "{}").status_code == 403
    assert api.delete(f"/activities/{record.pk}").status_code == 403
    assert AuditEntry.objects.count() == before

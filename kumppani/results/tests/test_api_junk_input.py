"""Junk in any field of a results write answers JSON, never a server error; read-only roles get 403 first."""

import pytest

from kumppani.activities.tests.api_junk import send_junk, write_operations
from kumppani.audit.models import AuditEntry
from kumppani.directory.tests.api_client import api_for
from kumppani.results.api import router
from kumppani.results.tests.records import advocacy_item, applicant, good_practice, internship

VALID = {
    "/good-practices": {"title": {"fi": "COMCOT"}},
    "/advocacy-items": {"topic": {"fi": "Koheesio"}, "dated": "2025-03-01"},
    "/internships": {"title": {"fi": "Harjoittelu"}},
    "/internships/{id}/applicants": {"name": "Anna", "applied_on": "2026-01-05"},
}


@pytest.fixture
def records(sepra):
    posting = internship(sepra)
    return {"good-practices": good_practice(sepra), "advocacy-items": advocacy_item(sepra), "internships": posting,
            "applicants": applicant(posting)}


def _url(path: str, records: dict) -> str:
    return path.replace("{id}", str(records[path.strip("/").split("/")[0]].pk))


def test_every_results_write_is_exercised():
    assert len(write_operations(router)) == 8  # a POST and a PATCH of each


def test_junk_in_any_field_of_any_results_write_answers_without_server_error(bob, sepra, records):
    api = api_for(bob, sepra)
    for method, path, fields in write_operations(router):
        send_junk(api, method, _url(path, records), VALID.get(path, {}) if method == "POST" else {}, fields)


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_get_403_on_every_results_write(request, reader, sepra, records):
    api = api_for(request.getfixturevalue(reader), sepra)
    before = AuditEntry.objects.count()

    for method, path, _fields in write_operations(router):
        assert api.send(method.lower(), _url(path, records), "{}").status_code == 403, (method, path)
    for resource, record in records.items():
        assert api.delete(f"/{resource}/{record.pk}").status_code == 403
    assert AuditEntry.objects.count() == before

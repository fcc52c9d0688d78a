"""Viewers and elected officials read through the API but every write answers 403, before anything is checked."""

import datetime

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Membership, Organisation, Partnership, Person, Representation
from kumppani.directory.tests.api_client import api_for, directory_operations
from kumppani.funding.models import Call, Programme

WRITE_METHODS = {"POST", "PATCH", "DELETE"}


@pytest.fixture
def records(sepra, kodukant, tourism):
    person = Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    membership = Membership.objects.create(workspace=sepra, network=kodukant)
    return {
        "organisations": kodukant,
        "people": person,
        "memberships": membership,
        "representations": Representation.objects.create(workspace=sepra, person=person, membership=membership),
        "partnerships": Partnership.objects.create(workspace=sepra, organisation=kodukant),
        "themes": tourism,
        "programmes": Programme.objects.get(slug="nordplus"),
        "calls": Call.objects.create(programme=Programme.objects.get(slug="nordplus"), title={"fi": "Haku"},
                                     closes_on=datetime.date(2026, 5, 31)),
    }


def _url(path: str, records: dict) -> str:
    resource = path.strip("/").split("/")[0]
    return path.replace("{id}", str(records[resource].pk)) if "{id}" in path else path


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_get_403_on_every_write(request, reader, sepra, records):
    api = api_for(request.getfixturevalue(reader), sepra)
    writes = [(method, path) for method, path in directory_operations() if method in WRITE_METHODS]
    assert writes

    for method, path in writes:
        response = api.send(method.lower(), _url(path, records), '{"name": "Valid or not, refused"}')
        assert response.status_code == 403, (method, path, response.content)
        assert response.json()["detail"]

    assert not AuditEntry.objects.exists()
    assert Organisation.objects.count() == 1
    assert Person.objects.count() == 1


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_read_every_list_and_record(request, reader, sepra, records):
    api = api_for(request.getfixturevalue(reader), sepra)
    reads = [path for method, path in directory_operations() if method == "GET"]

    for path in reads:
        params = {"country": "FI"} if path == "/regions" else {}
        response = api.get(_url(path, records), **params)
        assert response.status_code == 200, (path, response.content)

"""charlie's token (workspace ksl) reaches none of Sepra's records: every route of the API is walked, not a sample."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import (
    Membership,
    Organisation,
    OrganisationNote,
    Partnership,
    Person,
    Representation,
)
from kumppani.directory.tests.api_client import api_for, directory_operations

# The first path segment of every route: a workspace's own records, or the directory every workspace shares.
WORKSPACE_RECORDS = {"people", "memberships", "representations", "partnerships"}
SHARED_DIRECTORY = {"organisations", "themes", "regions", "programmes", "calls"}


def _resource(path: str) -> str:
    return path.strip("/").split("/")[0]


@pytest.fixture
def sepra_records(sepra, kodukant, tourism):
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    person = Person.objects.create(workspace=sepra, name="Sari Sepralainen")
    membership = Membership.objects.create(workspace=sepra, network=errin)
    return {
        "people": person,
        "memberships": membership,
        "representations": Representation.objects.create(workspace=sepra, person=person, membership=membership),
        "partnerships": Partnership.objects.create(workspace=sepra, organisation=kodukant),
        "notes": OrganisationNote.objects.create(workspace=sepra, organisation=kodukant, text="Sepra's secret"),
    }


def test_every_route_is_either_a_workspace_record_or_the_shared_directory():
    resources = {_resource(path) for _method, path in directory_operations()}

    assert resources == WORKSPACE_RECORDS | SHARED_DIRECTORY


def test_outsider_gets_404_on_every_route_of_a_workspace_record(charlie, ksl, sepra_records):
    api = api_for(charlie, ksl)
    routes = [(method, path) for method, path in directory_operations()
              if "{id}" in path and _resource(path) in WORKSPACE_RECORDS]
    assert len(routes) == 3 * len(WORKSPACE_RECORDS)  # get, patch and delete of each

    for method, path in routes:
        url = path.replace("{id}", str(sepra_records[_resource(path)].pk))
        response = api.send(method.lower(), url, "{}" if method == "PATCH" else b"")
        assert response.status_code == 404, (method, url, response.content)
        assert response.json()["detail"]

    assert not AuditEntry.objects.exists()
    for record in sepra_records.values():
        assert type(record).objects.filter(pk=record.pk).exists()


def test_outsider_lists_none_of_the_workspace_records(charlie, ksl, sepra_records):
    api = api_for(charlie, ksl)
    lists = [path for method, path in directory_operations() if method == "GET" and _resource(path) in WORKSPACE_RECORDS
             and "{" not in path]
    assert len(lists) == len(WORKSPACE_RECORDS)

    for path in lists:
        response = api.get(path)
        assert response.status_code == 200, path
        assert response.json() == {"items": [], "count": 0}, path


def test_outsider_reads_none_of_the_private_notes_on_a_shared_organisation(charlie, ksl, kodukant, sepra_records):
    api = api_for(charlie, ksl)

    notes = api.get(f"/organisations/{kodukant.pk}/notes").json()
    organisation = api.get(f"/organisations/{kodukant.pk}").json()

    assert notes == {"items": [], "count": 0}
    assert "Sepra's secret" not in str(organisation)


def test_outsiders_note_on_a_shared_organisation_stays_in_its_own_workspace(charlie, ksl, sepra, kodukant,
                                                                              bob, sepra_records):
    api_for(charlie, ksl).post(f"/organisations/{kodukant.pk}/notes", {"text": "KSL's note"})

    sepra_notes = api_for(bob, sepra).get(f"/organisations/{kodukant.pk}/notes").json()["items"]

    assert [note["text"] for note in sepra_notes] == ["Sepra's secret"]
    assert OrganisationNote.objects.get(text="KSL's note").workspace == ksl


def test_outsider_cannot_link_a_record_to_another_workspaces_records(charlie, ksl, sepra_records):
    response = api_for(charlie, ksl).post("/representations", {
        "person": sepra_records["people"].pk, "membership": sepra_records["memberships"].pk,
    })

    assert response.status_code == 422
    assert {"person", "membership"} <= set(response.json()["errors"])
    assert Representation.objects.count() == 1

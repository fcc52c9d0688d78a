"""Workspace scoping of the projects API: another workspace's project answers 404 on every route; public records
are read by every workspace and written through none (404, as their edit pages); read-only roles get 403."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.audit.writes import create_record
from kumppani.directory.tests.api_client import api_for, operations
from kumppani.projects.models import Output, Project
from kumppani.projects.tests.factories import partner, project

WRITE_METHODS = {"POST", "PATCH", "DELETE"}


def project_routes() -> list[tuple[str, str]]:
    return [(method, path) for method, path in operations() if path.startswith("/projects/{id}")]


def url(path: str, project_id: int, output_id: int) -> str:
    return path.replace("{id}", str(project_id)).replace("{output_id}", str(output_id))


@pytest.fixture
def sepra_project(sepra, bob, kodukant):
    road = project(sepra, bob)
    partner(road, kodukant, "lead")
    output = create_record(bob, sepra, Output(project=road, title={"fi": "Opas"}))
    return road, output


@pytest.fixture
def public_record(db, kodukant):
    record = project(None, None, title={"fi": "EAKR-hanke"}, status="closed", source="eura", source_id="A1")
    partner(record, kodukant, "lead")
    output = Output.objects.create(project=record, title={"fi": "Julkaisu"})
    return record, output


def body_for(method: str, path: str = "") -> str:
    """A body the route accepts, so that only the record's scope decides the answer."""
    if method in ("GET", "DELETE"):
        return ""
    if path.endswith("/status"):
        return '{"status": "running"}'
    return '{"title": {"fi": "Kaapattu"}}'


def test_every_project_route_is_walked():
    assert len(project_routes()) == 8


def test_another_workspace_gets_404_on_every_project_route(charlie, ksl, sepra_project):
    api = api_for(charlie, ksl)
    road, output = sepra_project
    for method, path in project_routes():
        response = api.send(method.lower(), url(path, road.pk, output.pk), body_for(method, path))
        assert response.status_code == 404, (method, path, response.content)
        assert response.json()["detail"]
    assert not AuditEntry.objects.filter(workspace=ksl).exists()
    assert Project.objects.get(pk=road.pk).title == {"fi": "Kuninkaantie", "en": "King's Road"}


def test_another_workspace_lists_none_of_the_projects(charlie, ksl, sepra_project):
    api = api_for(charlie, ksl)
    assert api.get("/projects").json() == {"items": [], "count": 0}
    assert api.get("/projects", public=True).json() == {"items": [], "count": 0}


def test_public_records_are_readable_by_every_workspace(charlie, ksl, public_record):
    api = api_for(charlie, ksl)
    record, _output = public_record
    body = api.get(f"/projects/{record.pk}").json()
    assert body["public_record"] is True and body["partners"][0]["organisation_name"] == "Kodukant"
    assert api.get(f"/projects/{record.pk}/outputs").json()["count"] == 1
    assert [item["id"] for item in api.get("/projects", public=True).json()["items"]] == [record.pk]


def test_public_records_are_written_through_no_route(bob, sepra, public_record):
    api = api_for(bob, sepra)
    record, output = public_record
    writes = [(method, path) for method, path in project_routes() if method in WRITE_METHODS]
    for method, path in writes:
        response = api.send(method.lower(), url(path, record.pk, output.pk), body_for(method, path))
        assert response.status_code == 404, (method, path, response.content)
    record.refresh_from_db()
    assert (record.status, record.title, record.outputs.count()) == ("closed", {"fi": "EAKR-hanke"}, 1)
    assert not AuditEntry.objects.filter(workspace=sepra).exists()


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_read_but_get_403_on_every_write(request, reader, sepra, sepra_project):
    api = api_for(request.getfixturevalue(reader), sepra)
    road, output = sepra_project
    assert api.get(f"/projects/{road.pk}").status_code == 200
    assert api.get("/projects").json()["count"] == 1
    writes = [("POST", "/projects")] + [(m, p) for m, p in project_routes() if m in WRITE_METHODS]
    before = AuditEntry.objects.count()
    for method, path in writes:
        response = api.send(method.lower(), url(path, road.pk, output.pk), body_for(method, path))
        assert response.status_code == 403, (method, path)
    assert AuditEntry.objects.count() == before

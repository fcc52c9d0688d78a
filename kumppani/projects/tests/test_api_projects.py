"""Projects through the JSON API: created, read, changed and deleted with their partners, moved through the
pipeline, and given outputs; the same rules and the same history as the pages."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.models import Output, Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import call_of, programme


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def new_project(api, **fields):
    payload = {"title": {"fi": "Kuninkaantie", "en": "King's Road"}, "status": "preparing",
               "starts_on": "2025-01-01", "ends_on": "2026-12-31", "total_budget": "100000.00",
               "grant": "70000.00", "own_share": "30000.00"}
    payload.update(fields)
    return api.post("/projects", payload)


def test_a_project_is_created_with_its_partners(api, kodukant, errin, tourism):
    interreg = programme()
    response = new_project(api, programme=interreg.pk, call=call_of(interreg).pk, themes=[tourism.pk], partners=[
        {"organisation": kodukant.pk, "role": "lead", "budget": "60000.10"},
        {"organisation": errin.pk, "budget": 12.5}])

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["title"] == {"fi": "Kuninkaantie", "en": "King's Road"}
    assert body["total_budget"] == "100000.00" and body["public_record"] is False
    assert [(p["organisation_name"], p["role"], p["budget"]) for p in body["partners"]] == [
        ("Kodukant", "lead", "60000.10"), ("ERRIN", "partner", "12.50")]
    assert [(change["status"], change["author"]) for change in body["status_changes"]] == [("preparing", "Bob")]
    assert Project.objects.get().workspace.slug == "sepra"


def test_a_change_of_partners_replaces_the_list(api, kodukant, errin):
    created = new_project(api, partners=[{"organisation": kodukant.pk, "role": "lead"},
                                         {"organisation": errin.pk}]).json()
    kagu = Organisation.objects.create(name="Leader Kagu", type="leader", country="EE")

    response = api.patch(f"/projects/{created['id']}", {"partners": [
        {"organisation": kodukant.pk, "role": "lead", "budget": "500"}, {"organisation": kagu.pk,
                                                                         "role": "associated"}]})

    assert response.status_code == 200, response.content
    assert {(p["organisation_name"], p["role"], p["budget"]) for p in response.json()["partners"]} == {
        ("Kodukant", "lead", "500.00"), ("Leader Kagu", "associated", None)}
    kept = ProjectPartner.objects.get(organisation=kodukant)
    assert kept.pk == created["partners"][0]["id"]  # the same row, changed


def test_a_change_without_partners_keeps_them(api, kodukant):
    created = new_project(api, partners=[{"organisation": kodukant.pk, "role": "lead"}]).json()
    response = api.patch(f"/projects/{created['id']}", {"title": {"en": "The King's Road"}})
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == {"fi": "Kuninkaantie", "en": "The King's Road"}
    assert [p["organisation_name"] for p in body["partners"]] == ["Kodukant"]


def test_the_status_endpoint_records_date_and_author(api, bob):
    created = new_project(api).json()
    response = api.post(f"/projects/{created['id']}/status", {"status": "submitted", "on": "2025-03-01",
                                                              "note": "Sent"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    change = StatusChange.objects.latest("id")
    assert (change.status, change.on.isoformat(), change.author, change.note) == ("submitted", "2025-03-01", bob,
                                                                                 "Sent")


def test_an_unknown_status_is_refused(api):
    created = new_project(api).json()
    response = api.post(f"/projects/{created['id']}/status", {"status": "won"})
    assert response.status_code == 422
    assert "status" in response.json()["errors"]


def test_outputs_are_added_listed_changed_and_deleted(api):
    created = new_project(api).json()
    added = api.post(f"/projects/{created['id']}/outputs", {"kind": "event", "title": {"fi": "Avajaiset"},
                                                            "delivered_on": "2025-05-05"})
    assert added.status_code == 201, added.content
    output = added.json()
    assert api.get(f"/projects/{created['id']}/outputs").json()["items"] == [output]
    changed = api.patch(f"/projects/{created['id']}/outputs/{output['id']}", {"title": {"en": "Opening"}})
    assert changed.json()["title"] == {"fi": "Avajaiset", "en": "Opening"}
    assert api.delete(f"/projects/{created['id']}/outputs/{output['id']}").status_code == 204
    assert not Output.objects.exists()


def test_deleting_a_project_deletes_its_partners_and_is_recorded(api, kodukant):
    created = new_project(api, partners=[{"organisation": kodukant.pk, "role": "lead"}]).json()
    assert api.delete(f"/projects/{created['id']}").status_code == 204
    assert not Project.objects.exists() and not ProjectPartner.objects.exists()
    assert AuditEntry.objects.filter(action="delete").count() == 1


def test_the_list_filters_like_the_page(api):
    new_project(api, title={"fi": "Kuninkaantie"}, status="running")
    new_project(api, title={"fi": "Vihreä vyöhyke"}, status="idea")
    body = api.get("/projects", status="running").json()
    assert body["count"] == 1 and body["items"][0]["title"] == {"fi": "Kuninkaantie"}
    assert api.get("/projects", q="vihreä").json()["count"] == 1
    assert api.get("/projects", status="won").status_code == 422

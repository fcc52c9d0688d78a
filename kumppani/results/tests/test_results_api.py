"""Good practices, advocacy items, internships and applicants through the JSON API: the pages' rules, the
workspace's own records only, and applicants' contact details for staff only."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.models import Project
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship
from kumppani.results.tests.records import advocacy_item, applicant, good_practice, internship


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def _errors(response) -> dict:
    assert response.status_code == 422, response.content
    return response.json()["errors"]


def test_a_good_practice_is_created_changed_and_deleted(api, sepra, kodukant, tourism):
    public = Project.objects.create(workspace=None, source="eu", source_id="X1", title={"fi": "Julkinen"})
    created = api.post("/good-practices", {
        "title": {"fi": "COMCOT", "en": "COMCOT community tourism"}, "learned": {"fi": "Yhteisömatkailu"},
        "source_organisation": kodukant.pk, "source_country": "ee", "source_project": public.pk,
        "taken_up_at": "Virolahti, Pyhtää", "uptake": "adopted", "taken_up_on": "2019-05-01",
        "themes": [tourism.pk]})
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["source_country"], body["themes"], body["source_project"]) == ("EE", [tourism.pk], public.pk)

    changed = api.patch(f"/good-practices/{body['id']}", {"uptake": "spread", "title": {"en": "COMCOT"}})
    assert changed.status_code == 200, changed.content
    assert changed.json()["title"] == {"fi": "COMCOT", "en": "COMCOT"}
    assert changed.json()["taken_up_at"] == "Virolahti, Pyhtää"

    assert api.delete(f"/good-practices/{body['id']}").status_code == 204
    assert not GoodPractice.objects.exists()


@pytest.mark.parametrize(("path", "payload", "field", "message"), [
    ("/good-practices", {"title": {"fi": "X"}, "source_country": "XX"}, "source_country",
     "XX is not an ISO 3166 country code."),
    ("/good-practices", {"title": {"en": "X"}}, "title", "This field is required."),
    ("/good-practices", {"title": {"fi": "X"}, "uptake": "everywhere"}, "uptake", ""),
    ("/advocacy-items", {"topic": {"fi": "X"}, "dated": "2025-02-30"}, "dated", ""),
    ("/advocacy-items", {"topic": {"fi": "X"}, "dated": "2025-02-01", "channel": 987654}, "channel",
     "Select a valid choice."),
    ("/internships", {"title": {"fi": "X"}, "starts_on": "2026-03-01", "ends_on": "2026-02-01"}, "ends_on",
     "The end is before the start."),
    ("/internships", {"title": {"fi": "X"}, "status": "maybe"}, "status", ""),
])
def test_invalid_input_answers_422_naming_the_field_and_saves_nothing(api, path, payload, field, message):
    errors = _errors(api.post(path, payload))

    assert field in errors
    assert message in " ".join(errors[field])
    assert not AuditEntry.objects.exists()
    assert not (GoodPractice.objects.exists() or AdvocacyItem.objects.exists() or Internship.objects.exists())


def test_an_advocacy_item_and_an_internship_are_created_and_listed(api, sepra, ksl, kodukant):
    advocacy_item(ksl, topic="Keski-Suomen kanta")
    item = api.post("/advocacy-items", {"topic": {"fi": "Koheesiopolitiikka"}, "channel": kodukant.pk,
                                        "dated": "2025-10-15", "outcome": {"fi": "Huomioitiin"}})
    posting = api.post("/internships", {"title": {"fi": "Harjoittelija"}, "status": "open",
                                        "apply_by": "2026-02-15"})

    assert item.status_code == posting.status_code == 201
    assert [row["topic"]["fi"] for row in api.get("/advocacy-items").json()["items"]] == ["Koheesiopolitiikka"]
    assert api.get("/advocacy-items", year=2024).json()["items"] == []
    assert [row["status"] for row in api.get("/internships", status="open").json()["items"]] == ["open"]


def test_applicants_are_added_changed_and_deleted_under_their_internship(api, sepra):
    posting = internship(sepra)

    added = api.post(f"/internships/{posting.pk}/applicants", {"name": "Liisa Laine", "email": "liisa@example.test",
                                                               "applied_on": "2026-02-01"})
    assert added.status_code == 201, added.content
    person_id = added.json()["id"]
    assert added.json()["internship"] == posting.pk
    assert _errors(api.patch(f"/applicants/{person_id}", {"email": "not an address"})) == {
        "email": ["Enter a valid email address."]}
    assert api.patch(f"/applicants/{person_id}", {"status": "interview"}).json()["status"] == "interview"
    assert [row["name"] for row in api.get(f"/internships/{posting.pk}/applicants").json()["items"]] == [
        "Liisa Laine"]
    assert api.delete(f"/applicants/{person_id}").status_code == 204
    assert not Applicant.objects.exists()


def test_readers_get_applicants_names_without_contact_details(vera, sepra):
    posting = internship(sepra)
    person = applicant(posting, email="anna@example.test", notes="Haastatteluun")
    api = api_for(vera, sepra)

    listed = api.get(f"/internships/{posting.pk}/applicants").json()["items"]
    one = api.get(f"/applicants/{person.pk}").json()

    assert [(row["name"], row["email"], row["notes"]) for row in listed] == [("Anna Hakija", None, None)]
    assert (one["email"], one["notes"]) == (None, None)
    assert api.post(f"/internships/{posting.pk}/applicants", {"name": "X", "applied_on": "2026-01-01"}) \
        .status_code == 403


def test_staff_get_applicants_contact_details(api, sepra):
    person = applicant(internship(sepra), email="anna@example.test", notes="Haastatteluun")

    assert api.get(f"/applicants/{person.pk}").json()["email"] == "anna@example.test"


def test_another_workspaces_records_answer_404_on_every_route(charlie, ksl, sepra):
    posting = internship(sepra)
    records = {"good-practices": good_practice(sepra), "advocacy-items": advocacy_item(sepra),
               "internships": posting, "applicants": applicant(posting)}
    api = api_for(charlie, ksl)
    before = AuditEntry.objects.count()

    for resource, record in records.items():
        for method, body in (("get", b""), ("patch", "{}"), ("delete", b"")):
            response = api.send(method, f"/{resource}/{record.pk}", body)
            assert response.status_code == 404, (method, resource, response.content)
    for method, body in (("get", b""), ("post", '{"name": "X", "applied_on": "2026-01-01"}')):
        assert api.send(method, f"/internships/{posting.pk}/applicants", body).status_code == 404

    assert AuditEntry.objects.count() == before
    assert Applicant.objects.count() == 1
    for resource in ("good-practices", "advocacy-items", "internships"):
        assert api.get(f"/{resource}").json()["count"] == 0


def test_a_reader_after_staff_gets_the_list_without_contact_details(api, vera, sepra):
    posting = internship(sepra)
    applicant(posting, email="anna@example.test", notes="Haastatteluun")
    path = f"/internships/{posting.pk}/applicants"
    reader = api_for(vera, sepra)  # issuing a token is a change: before the staff's list is kept

    staff_list = api.get(path).json()["items"]  # kept (kumppani/workspaces/kept.py)
    reader_list = reader.get(path).json()["items"]

    assert [row["email"] for row in staff_list] == ["anna@example.test"]
    assert [(row["email"], row["notes"]) for row in reader_list] == [(None, None)]

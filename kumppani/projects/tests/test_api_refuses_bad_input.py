"""The API refuses what the project page refuses, naming the field, and saves nothing of the project."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.models import Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import call_of, programme


def counts() -> tuple[int, ...]:
    return (Project.objects.count(), ProjectPartner.objects.count(), StatusChange.objects.count(),
            AuditEntry.objects.count())


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


def refused(api, **fields) -> dict[str, list[str]]:
    payload = {"title": {"fi": "Kuninkaantie"}, "starts_on": "2025-01-01", "ends_on": "2026-12-31"}
    payload.update(fields)
    before = counts()
    response = api.post("/projects", payload)
    assert response.status_code == 422, response.content
    assert counts() == before
    return response.json()["errors"]


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def test_end_before_start(api, kodukant):
    errors = refused(api, starts_on="2026-01-01", ends_on="2025-12-31",
                     partners=[{"organisation": kodukant.pk, "role": "lead"}])
    assert "before the start" in errors["ends_on"][0]


@pytest.mark.parametrize("field", ["total_budget", "grant", "own_share"])
def test_negative_budget(api, field):
    assert "cannot be negative" in refused(api, **{field: "-0.01"})[field][0]


def test_grant_and_own_share_above_the_total(api):
    errors = refused(api, total_budget="100", grant="60", own_share="40.01")
    assert "exceed the total budget" in errors["total_budget"][0]


def test_same_partner_twice(api, kodukant, errin):
    errors = refused(api, partners=[{"organisation": kodukant.pk, "role": "lead"}, {"organisation": errin.pk},
                                    {"organisation": kodukant.pk}])
    assert list(errors) == ["partners.2.organisation"]
    assert "already a partner" in errors["partners.2.organisation"][0]


def test_two_leads(api, kodukant, errin):
    errors = refused(api, partners=[{"organisation": kodukant.pk, "role": "lead"},
                                    {"organisation": errin.pk, "role": "lead"}])
    assert "one lead partner at most" in errors["partners.1.role"][0]


def test_a_partners_negative_budget(api, kodukant):
    errors = refused(api, partners=[{"organisation": kodukant.pk, "budget": "-1"}])
    assert "cannot be negative" in errors["partners.0.budget"][0]


def test_call_of_another_programme(api):
    errors = refused(api, programme=programme("test-interreg").pk, call=call_of(programme("test-erasmus")).pk)
    assert "belongs to" in errors["call"][0]


def test_unknown_programme(api):
    assert "programme" in refused(api, programme=999999)


def test_unknown_partner_organisation(api):
    assert "partners.0.organisation" in refused(api, partners=[{"organisation": 999999}])


def test_unknown_role_and_misspelt_field(api, kodukant):
    assert refused(api, partners=[{"organisation": kodukant.pk, "role": "boss"}])
    assert refused(api, titel={"fi": "x"})


def test_a_bad_change_leaves_the_project_and_partners_as_they_were(api, kodukant, errin):
    created = api.post("/projects", {"title": {"fi": "Kuninkaantie"},
                                     "partners": [{"organisation": kodukant.pk, "role": "lead"}]}).json()
    before = counts()
    response = api.patch(f"/projects/{created['id']}", {"status": "running", "partners": [
        {"organisation": errin.pk, "role": "lead"}, {"organisation": kodukant.pk, "role": "lead"}]})
    assert response.status_code == 422
    assert counts() == before
    project = Project.objects.get()
    assert project.status == "idea"
    assert [(p.organisation, p.role) for p in project.partners.all()] == [(kodukant, "lead")]


def test_errors_name_the_payloads_own_positions_when_partners_are_removed(api, kodukant, errin):
    created = api.post("/projects", {"title": {"fi": "Kuninkaantie"}, "partners": [
        {"organisation": kodukant.pk, "role": "lead"}, {"organisation": errin.pk}]}).json()
    kagu = Organisation.objects.create(name="Leader Kagu", type="leader", country="EE")
    response = api.patch(f"/projects/{created['id']}", {"partners": [
        {"organisation": errin.pk}, {"organisation": kagu.pk, "role": "lead"}, {"organisation": kagu.pk}]})
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["partners.2.organisation"]
    assert ProjectPartner.objects.count() == 2

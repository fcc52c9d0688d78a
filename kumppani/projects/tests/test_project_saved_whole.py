"""A project is saved with its partners in one transaction: all of it, or (when anything fails) nothing."""

from decimal import Decimal

import pytest

from kumppani.audit import writes
from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects.models import Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import call_of, form_data, partner, programme, project


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


def test_a_project_is_created_with_two_partners_and_its_first_status(staff_client, bob, kodukant, errin, tourism):
    interreg = programme()
    response = staff_client.post("/w/sepra/projects/new/", form_data(
        programme=interreg.pk, call=call_of(interreg).pk, themes=[tourism.pk], partners=[
            {"organisation": kodukant.pk, "role": "lead", "budget": "60000.10"},
            {"organisation": errin.pk, "role": "partner", "budget": "39999.90"},
            {"organisation": "", "role": "partner", "budget": ""},  # an empty extra row is ignored
        ]))

    assert response.status_code == 302
    created = Project.objects.get()
    assert created.workspace.slug == "sepra"
    assert created.title == {"fi": "Kuninkaantie", "en": "King's Road"}
    assert created.total_budget == Decimal("100000.00")
    assert list(created.themes.all()) == [tourism]
    partners = {p.organisation.name: (p.role, p.budget) for p in created.partners.all()}
    assert partners == {"Kodukant": ("lead", Decimal("60000.10")), "ERRIN": ("partner", Decimal("39999.90"))}
    change = StatusChange.objects.get(project=created)
    assert (change.status, change.author) == ("preparing", bob)
    assert AuditEntry.objects.filter(action="create").count() == 4  # project, two partners, status change


def test_partners_are_changed_removed_and_added_on_edit(staff_client, sepra, bob, kodukant, errin):
    existing = project(sepra, bob)
    lead = partner(existing, kodukant, "lead", "1000")
    leaving = partner(existing, errin, "partner")
    newcomer = Organisation.objects.create(name="Leader Kagu", type="leader", country="EE")

    response = staff_client.post(f"/w/sepra/projects/{existing.pk}/edit/", form_data(existing=2, partners=[
        {"id": lead.pk, "project": existing.pk, "organisation": kodukant.pk, "role": "lead", "budget": "2500"},
        {"id": leaving.pk, "project": existing.pk, "organisation": errin.pk, "role": "partner", "DELETE": "on"},
        {"organisation": newcomer.pk, "role": "associated", "budget": ""},
    ]))

    assert response.status_code == 302
    assert {(p.organisation.name, p.role, p.budget) for p in existing.partners.all()} == {
        ("Kodukant", "lead", Decimal("2500.00")), ("Leader Kagu", "associated", None)}
    assert AuditEntry.objects.filter(action="delete", object_repr__contains="ERRIN").exists()


def test_a_failure_while_saving_the_partners_leaves_nothing_half_saved(staff_client, kodukant, errin, monkeypatch):
    original = writes.create_record

    def failing_on_the_second_partner(actor, workspace, obj, m2m=None):
        if isinstance(obj, ProjectPartner) and ProjectPartner.objects.exists():
            raise RuntimeError("disk full")
        return original(actor, workspace, obj, m2m)

    monkeypatch.setattr(writes, "create_record", failing_on_the_second_partner)
    before = (Project.objects.count(), ProjectPartner.objects.count(), StatusChange.objects.count(),
              AuditEntry.objects.count())
    staff_client.raise_request_exception = False
    response = staff_client.post("/w/sepra/projects/new/", form_data(partners=[
        {"organisation": kodukant.pk, "role": "lead"}, {"organisation": errin.pk, "role": "partner"}]))

    assert response.status_code == 500
    assert (Project.objects.count(), ProjectPartner.objects.count(), StatusChange.objects.count(),
            AuditEntry.objects.count()) == before


def test_an_unchanged_edit_records_no_status_change(staff_client, sepra, bob, kodukant):
    existing = project(sepra, bob)
    lead = partner(existing, kodukant, "lead")
    response = staff_client.post(f"/w/sepra/projects/{existing.pk}/edit/", form_data(existing=1, partners=[
        {"id": lead.pk, "project": existing.pk, "organisation": kodukant.pk, "role": "lead", "budget": ""}]))
    assert response.status_code == 302
    assert StatusChange.objects.filter(project=existing).count() == 1


def test_the_form_offers_more_partner_rows_on_request(staff_client):
    page = staff_client.get("/w/sepra/projects/new/?rows=8").content.decode()
    assert 'id="partner-row-7"' in page and 'id="partner-row-8"' not in page


def test_read_only_roles_cannot_open_the_form(client, vera, eero):
    for reader in (vera, eero):
        client.force_login(reader)
        assert client.get("/w/sepra/projects/new/").status_code == 403

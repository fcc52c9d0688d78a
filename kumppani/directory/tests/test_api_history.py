"""Writes through the API leave the same history as the pages: who, which workspace, which fields."""

from kumppani.audit import services as audit
from kumppani.audit.models import Action, AuditEntry
from kumppani.directory.models import Organisation, Person
from kumppani.directory.tests.api_client import api_for


def test_creating_through_the_api_is_recorded(bob, sepra):
    response = api_for(bob, sepra).post("/organisations", {"name": "Visit Kuopio", "country": "FI"})

    entry = AuditEntry.objects.get()
    assert entry.action == Action.CREATE
    assert entry.actor == bob
    assert entry.workspace == sepra
    assert entry.object_id == str(response.json()["id"])
    assert entry.changes["name"] == "Visit Kuopio"


def test_a_change_through_the_api_records_the_changed_fields_only(bob, sepra, kodukant):
    api_for(bob, sepra).patch(f"/organisations/{kodukant.pk}", {"short_name": "KK"})

    entry = AuditEntry.objects.get()
    assert entry.action == Action.UPDATE
    assert entry.actor == bob
    assert entry.changes == {"short_name": ["", "KK"]}


def test_a_deletion_through_the_api_can_be_undone(bob, sepra):
    person = Person.objects.create(workspace=sepra, name="Sari Sepralainen")

    api_for(bob, sepra).delete(f"/people/{person.pk}")

    entry = AuditEntry.objects.get(action=Action.DELETE)
    assert entry.actor == bob
    assert not Person.objects.exists()
    audit.restore(entry, bob)
    assert Person.objects.get().name == "Sari Sepralainen"


def test_a_note_through_the_api_is_recorded_in_the_workspace(bob, sepra, kodukant):
    api_for(bob, sepra).post(f"/organisations/{kodukant.pk}/notes", {"text": "Met in Tartu"})

    entry = AuditEntry.objects.get()
    assert (entry.action, entry.workspace, entry.actor) == (Action.CREATE, sepra, bob)


def test_a_refused_write_leaves_no_history(bob, sepra):
    api_for(bob, sepra).post("/organisations", {"name": "Visit Kuopio", "country": "XX"})

    assert not AuditEntry.objects.exists()
    assert not Organisation.objects.exists()

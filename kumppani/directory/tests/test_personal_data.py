"""A person's data can be exported and erased on request; an erasure leaves no copy in the history."""

import json

from kumppani.audit.models import AuditEntry
from kumppani.audit.writes import create_record, delete_record, update_record
from kumppani.directory.models import Membership, Person, Representation


def test_export_holds_the_person_their_roles_and_history(client, alice, sepra, kodukant):
    person = create_record(alice, sepra, Person(name="Kari Pirinen", email="kari@example.fi"))
    membership = create_record(alice, sepra, Membership(network=kodukant))
    create_record(alice, sepra, Representation(person=person, membership=membership))
    client.force_login(alice)
    response = client.get(f"/w/sepra/people/{person.pk}/data/")
    data = json.loads(response.content)
    assert data["person"]["email"] == "kari@example.fi"
    assert len(data["contact_roles"]) == 1
    assert data["history"][0]["action"] == "create"


def test_erasure_removes_the_person_and_every_trace_in_the_history(client, alice, sepra, kodukant):
    person = create_record(alice, sepra, Person(name="Kari Pirinen", email="kari@example.fi"))
    update_record(alice, sepra, person, {"phone": "+358 40 000 0008"})
    role = create_record(alice, sepra, Representation(person=person, topic={"fi": "Koulutusvienti"}))
    delete_record(alice, sepra, role)
    client.force_login(alice)
    client.post(f"/w/sepra/people/{person.pk}/erase/")
    assert not Person.objects.filter(name="Kari Pirinen").exists()
    history = json.dumps(list(AuditEntry.objects.values("changes", "snapshot", "object_repr")))
    assert "Kari" not in history and "kari@example.fi" not in history and "0008" not in history


def test_viewer_cannot_erase(client, vera, sepra):
    person = Person.objects.create(workspace=sepra, name="X")
    client.force_login(vera)
    assert client.post(f"/w/sepra/people/{person.pk}/erase/").status_code == 403
    assert Person.objects.filter(pk=person.pk).exists()

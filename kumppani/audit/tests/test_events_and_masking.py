"""The history names each change after its event and masks personal fields; events of one transaction are
coalesced and handled only once it commits."""

from django.db import transaction

from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.services import MASK, restore
from kumppani.audit.writes import create_record, delete_record, update_record
from kumppani.core import events
from kumppani.directory.models import Organisation, Person


def test_a_change_is_recorded_under_its_event_s_name(alice, sepra):
    organisation = create_record(alice, None, Organisation(name="Saaristo ry", country="FI"))
    update_record(alice, None, organisation, {"name": "Saaristo ry 2"})
    person = create_record(alice, sepra, Person(name="Marjo"))
    assert AuditEntry.objects.get(action=Action.CREATE, object_id=str(organisation.pk),
                                  content_type__model="organisation").event == "organisation.created"
    assert AuditEntry.objects.get(action=Action.UPDATE).event == "organisation.changed"
    assert AuditEntry.objects.get(object_id=str(person.pk), content_type__model="person").event == "person.created"


def test_a_personal_field_is_masked_in_the_stored_history(alice, sepra):
    person = create_record(alice, sepra, Person(name="Marjo", email="marjo@example.fi", phone="+358 40 1"))
    update_record(alice, sepra, person, {"email": "marjo.t@example.fi", "name": "Marjo T"})
    created = AuditEntry.objects.get(action=Action.CREATE)
    assert created.changes["email"] == created.changes["phone"] == MASK
    changed = AuditEntry.objects.get(action=Action.UPDATE)
    assert changed.changes["email"] == [MASK, MASK] and changed.changes["name"] == ["Marjo", "Marjo T"]
    assert "example.fi" not in str(list(AuditEntry.objects.values_list("changes", "object_repr")))


def test_a_masked_deletion_can_still_be_undone(alice, sepra):
    person = create_record(alice, sepra, Person(name="Marjo", email="marjo@example.fi"))
    entry = delete_record(alice, sepra, person)
    assert entry.changes["email"] == MASK
    assert restore(entry, alice).email == "marjo@example.fi"


def test_events_of_one_transaction_are_coalesced_and_handled_after_the_commit(
        alice, django_capture_on_commit_callbacks):
    seen: list[list[events.Event]] = []
    events.subscribe(seen.append, events.OrganisationChanged)
    try:
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            first = create_record(alice, None, Organisation(name="Saaristo ry", country="FI"))
            second = create_record(alice, None, Organisation(name="Rannikko ry", country="FI"))
            update_record(alice, None, first, {"name": "Saaristo ry 2"})
            assert seen == []
    finally:
        events._handlers[:] = [(handler, kinds) for handler, kinds in events._handlers if handler != seen.append]
    assert seen == [[events.OrganisationChanged(events.CREATED, None, frozenset({first.pk, second.pk}),
                                                frozenset({first.pk, second.pk})),
                     events.OrganisationChanged(events.CHANGED, None, frozenset({first.pk}), frozenset({first.pk}))]]

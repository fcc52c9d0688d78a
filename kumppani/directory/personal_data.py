"""A person's data on request: everything the workspace holds on them, and erasure that leaves no copy behind."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.services import User, audit_actor, field_values
from kumppani.directory.models import Person, Representation


def _entries_about(person: Person) -> Any:
    """History entries that hold the person's data: their own and their contact roles'."""
    person_type = ContentType.objects.get_for_model(Person)
    role_type = ContentType.objects.get_for_model(Representation)
    role_ids = [str(pk) for pk in person.representations.values_list("pk", flat=True)]
    return AuditEntry.objects.filter(workspace=person.workspace).filter(
        Q(content_type=person_type, object_id=str(person.pk))
        | Q(content_type=role_type, object_id__in=role_ids)
        | Q(content_type=role_type, object_repr__startswith=f"{person.name} —")
    )


def export(person: Person) -> dict[str, Any]:
    return {
        "person": {"id": person.pk, **field_values(person)},
        "contact_roles": [
            {"id": role.pk, **field_values(role)}
            for role in person.representations.select_related("membership__network", "theme")
        ],
        "history": [
            {"at": entry.at.isoformat(), "action": entry.action, "changes": entry.changes}
            for entry in _entries_about(person).order_by("at")
        ],
    }


@transaction.atomic
def erase(actor: User, person: Person) -> None:
    """Delete the person and their contact roles, and scrub them from the history: this cannot be undone."""
    workspace = person.workspace
    _entries_about(person).update(changes={}, snapshot=None, object_repr="—")
    person_pk = person.pk
    person.delete()
    AuditEntry.objects.create(
        workspace=workspace, actor=audit_actor(actor),
        action=Action.DELETE, content_type=ContentType.objects.get_for_model(Person), object_id=str(person_pk),
        object_repr="—", changes={"erased": True},
    )

"""Merging two directory entries of one real organisation.

Every row that points at the duplicate (project partners, partnerships, notes, people, activities' organisers,
identifiers, a workspace's own organisation…) is moved to the kept organisation; where the kept one already has the
same row (a partnership of the same workspace), the duplicate's row goes with the duplicate. The duplicate is then
deleted through the history, whose entry keeps it, those rows and the list of moves: undoing the deletion on the
history page puts the duplicate back and points the moved rows at it again. The history of both stays: the
duplicate's entries keep its id, and the kept one gets an entry naming what was merged into it.

Only the steward of both records, or an instance administrator, merges them (public records: administrators).
Both write the moves through `audit.services.move_rows`, which emits the moved rows' events at both ends, so the
partner index and whatever else follows the domain events (kumppani/core/events.py) follows a merge and its undoing.
"""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import gettext as _

from kumppani.audit import services as audit
from kumppani.audit import writes
from kumppani.audit.models import Action, AuditEntry
from kumppani.core import events
from kumppani.directory import stewardship
from kumppani.directory.matching import IDENTIFIER_FIELDS
from kumppani.directory.models import DistinctOrganisations, Organisation, OrganisationIdentifier


def _unique_field_sets(model: type[models.Model], field_name: str) -> list[list[str]]:
    """The other fields of each unique constraint that includes the field (what must not collide on a move)."""
    sets = [list(constraint.fields) for constraint in model._meta.constraints
            if isinstance(constraint, models.UniqueConstraint) and constraint.fields]
    sets += [list(fields) for fields in model._meta.unique_together]
    return [[model._meta.get_field(name).attname for name in fields if name != field_name]  # type: ignore[union-attr]
            for fields in sets if field_name in fields]


def _movable(model: type[models.Model], field: models.ForeignKey, kept: Organisation,
             duplicate: Organisation) -> list[Any]:
    """The duplicate's rows that can point at the kept organisation without breaking a unique constraint."""
    rows = model._base_manager.filter(**{field.attname: duplicate.pk})
    unique_sets = _unique_field_sets(model, field.name)
    if not unique_sets:
        return list(rows.values_list("pk", flat=True))
    movable = []
    for row in rows:
        collides = any(model._base_manager.filter(**{field.attname: kept.pk},
                                                  **{name: getattr(row, name) for name in others}).exists()
                       for others in unique_sets)
        if not collides:
            movable.append(row.pk)
    return movable


def _relations() -> list[tuple[type[models.Model], models.ForeignKey]]:
    """Every foreign key to Organisation, many-to-many links' own through rows included; not the search index's
    (no database constraint: it is rebuilt, not moved)."""
    found: dict[tuple[str, str], tuple[type[models.Model], models.ForeignKey]] = {}
    for relation in Organisation._meta.get_fields(include_hidden=True):
        if not relation.auto_created or relation.concrete:
            continue
        if relation.many_to_many:
            through = relation.through  # type: ignore[union-attr]
            fk = next(f for f in through._meta.fields if f.is_relation and f.related_model is Organisation)
            found[(through._meta.label, fk.attname)] = (through, fk)
        elif relation.one_to_many and relation.field.db_constraint:  # type: ignore[union-attr]
            model, fk = relation.related_model, relation.field  # type: ignore[union-attr]
            found[(model._meta.label, fk.attname)] = (model, fk)  # type: ignore[union-attr,assignment]
    # A "not the same" decision stays with its pair (it goes, and comes back, with the duplicate).
    return [(model, fk) for model, fk in found.values() if model is not DistinctOrganisations]


def _move_relations(kept: Organisation, duplicate: Organisation) -> list[dict[str, Any]]:
    moves = []
    for model, field in _relations():
        pks = audit.move_rows(model, _movable(model, field, kept, duplicate), field.attname, duplicate.pk, kept.pk)
        if pks:
            moves.append({"model": model._meta.label, "field": field.attname, "pks": pks,
                          "from": duplicate.pk, "to": kept.pk})
    return moves


def _copy_identifiers(kept: Organisation, duplicate: Organisation) -> dict[str, Any] | None:
    """The duplicate's identifier fields stay findable on the kept organisation, as rows of its identifier table."""
    created = []
    for field_name, scheme in IDENTIFIER_FIELDS.items():
        value = getattr(duplicate, field_name)
        if value and value != getattr(kept, field_name):
            row, was_created = OrganisationIdentifier.objects.get_or_create(organisation=kept, scheme=scheme,
                                                                            value=value)
            if was_created:
                created.append(row.pk)
    if not created:
        return None
    return {"model": OrganisationIdentifier._meta.label, "field": "organisation_id", "pks": created,
            "created": True, "from": duplicate.pk, "to": kept.pk}


def may_merge(*, actor: Any, workspace: Any, kept: Organisation, duplicate: Organisation) -> bool:
    return all(stewardship.may_change(actor=actor, workspace=workspace, record=record) for record in (kept, duplicate))


@transaction.atomic
def merge_organisations(*, actor: Any, workspace: Any, kept: Organisation, duplicate: Organisation) -> AuditEntry:
    """Move everything of `duplicate` to `kept` and delete `duplicate`; the returned history entry undoes it."""
    if kept.pk == duplicate.pk:
        raise writes.ChangeRefused(_("An organisation cannot be merged with itself."))
    for record in (kept, duplicate):
        stewardship.require_steward(actor=actor, workspace=workspace, record=record)
    moves = _move_relations(kept, duplicate)
    copied = _copy_identifiers(kept, duplicate)
    if copied:
        moves.append(copied)
    duplicate_id, duplicate_name = duplicate.pk, str(duplicate)
    removed = events.events_of([duplicate], events.DELETED)
    entry = audit.delete_with_snapshot(actor, workspace, duplicate)
    entry.snapshot = {**(entry.snapshot or {}), "moved": moves, "merged_into": kept.pk}
    entry.changes = {**entry.changes, "merged_into": f"{kept} ({kept.pk})"}
    entry.save(update_fields=["snapshot", "changes"])
    AuditEntry.objects.create(
        workspace=workspace, actor=audit.audit_actor(actor), action=Action.UPDATE,
        content_type=ContentType.objects.get_for_model(Organisation), object_id=str(kept.pk),
        object_repr=str(kept)[:300], changes={"merged_from": [None, f"{duplicate_name} ({duplicate_id})"]})
    events.emit(*removed, *events.events_of([kept], events.CHANGED))
    return entry


def mark_distinct(*, actor: Any, first: Organisation, second: Organisation) -> DistinctOrganisations:
    """Staff say two organisations are not the same: the pair is no longer proposed."""
    low, high = sorted((first, second), key=lambda organisation: organisation.pk)
    decision, _created = DistinctOrganisations.objects.get_or_create(
        first=low, second=high, defaults={"decided_by": audit.audit_actor(actor)})
    return decision


def merge_identifier_groups(*, actor: Any, workspace: Any, groups: list[list[Organisation]]) -> int:
    """Merge each group sharing an identifier into its oldest entry, where the actor may merge all of it."""
    merged = 0
    for group in groups:
        kept, *others = sorted(group, key=lambda organisation: organisation.pk)
        for duplicate in others:
            if may_merge(actor=actor, workspace=workspace, kept=kept, duplicate=duplicate):
                merge_organisations(actor=actor, workspace=workspace, kept=kept, duplicate=duplicate)
                merged += 1
    return merged

"""Every create, change and delete leaves an AuditEntry; a deletion can be undone with its links."""

import json
from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, router, transaction
from django.db.models.deletion import Collector
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.audit.models import Action, AuditEntry
from kumppani.core import events

User = AbstractBaseUser | AnonymousUser | None
MASK = "•••"  # a personal field's value in a stored change: the history says it changed, not what it holds
EVENT_ACTION = {Action.CREATE: events.CREATED, Action.UPDATE: events.CHANGED, Action.DELETE: events.DELETED,
                Action.RESTORE: events.RESTORED}


class RestoreError(Exception):
    pass


# Sent after a restore has put a record back (sender: its model; instance, entry): the rows come back raw, so
# whoever keeps derived data (the partner index) listens here.


def _json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def field_values(obj: models.Model, *, links: bool = True) -> dict[str, Any]:
    """The record's editable values, foreign keys and (unless links is False) many-to-many links shown by name."""
    values: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if not field.editable or field.primary_key or field.name == "workspace":
            continue
        if field.is_relation:
            related = getattr(obj, field.name)
            values[field.name] = str(related) if related is not None else None
        else:
            values[field.name] = field.value_from_object(obj)
    if obj.pk and links:
        for m2m in obj._meta.many_to_many:
            values[m2m.name] = sorted(str(item) for item in getattr(obj, m2m.name).all())
    return _json_safe(values)


def personal_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The fields that hold a person's contact details (a model names them in `personal_fields`)."""
    return tuple(getattr(model, "personal_fields", ()))


def masked(model: type[models.Model], changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as the history stores them: personal values replaced by MASK (an empty one stays empty)."""
    personal = personal_fields(model)
    return {name: _mask(value) if name in personal else value for name, value in changes.items()}


def _mask(value: Any) -> Any:
    if isinstance(value, list):  # [old, new] of an update
        return [_mask(item) for item in value]
    return MASK if value else value


def audit_actor(user: User) -> Any:
    return user if user is not None and user.is_authenticated else None


def new_entry(actor: User, workspace: Any, obj: models.Model, action: str, changes: dict[str, Any] | None = None,
              **extra: Any) -> AuditEntry:
    """An unsaved entry for a write of obj, named after its event, its personal values masked."""
    return AuditEntry(
        workspace=workspace, actor=audit_actor(actor), action=action,
        event=events.name_of(type(obj), EVENT_ACTION[Action(action)]),
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk),
        object_repr=masked_repr(obj), changes=masked(type(obj), changes or {}), **extra,
    )


def masked_repr(obj: models.Model) -> str:
    """The record's name for the history, without the personal values it may show (a subscriber's address)."""
    text = str(obj)
    for name in personal_fields(type(obj)):
        value = getattr(obj, name, "")
        if value and isinstance(value, str):
            text = text.replace(value, MASK)
    return text[:300]


def _entry(actor: User, workspace: Any, obj: models.Model, action: str, **extra: Any) -> AuditEntry:
    entry = new_entry(actor, workspace, obj, action, **extra)
    entry.save()
    return entry


def log_create(actor: User, workspace: Any, obj: models.Model) -> AuditEntry:
    return _entry(actor, workspace, obj, Action.CREATE, changes=field_values(obj))


def log_update(actor: User, workspace: Any, obj: models.Model, before: dict[str, Any]) -> AuditEntry | None:
    after = field_values(obj)
    changes = {name: [before.get(name), value] for name, value in after.items() if before.get(name) != value}
    if not changes:
        return None
    return _entry(actor, workspace, obj, Action.UPDATE, changes=changes)


def serialise(objects: list[models.Model]) -> list[dict[str, Any]]:
    return json.loads(serializers.serialize("json", objects))


def _links(field: models.Field, objs: Any) -> tuple[str, list[list[Any]]]:
    """The current values of a foreign key that the deletion is about to clear, per row."""
    if isinstance(objs, models.QuerySet):
        return objs.model._meta.label, [list(row) for row in objs.values_list("pk", field.attname)]
    return objs[0]._meta.label, [[item.pk, getattr(item, field.attname)] for item in objs]


def delete_with_snapshot(actor: User, workspace: Any, obj: models.Model,
                         check: Callable[[Collector], None] | None = None) -> AuditEntry:
    """Delete the record and everything that cascades with it, keeping all of it for a restore.

    `check` sees what the deletion would touch before anything is written, and raises to refuse it.
    """
    using = router.db_for_write(type(obj))
    collector = Collector(using=using, origin=obj)
    collector.collect([obj])
    if check is not None:
        check(collector)
    collector.sort()
    rows: list[dict[str, Any]] = []
    for _model, instances in reversed(list(collector.data.items())):
        rows.extend(serialise(sorted(instances, key=lambda item: item.pk)))
    for queryset in collector.fast_deletes:  # leaves deleted in bulk, many-to-many links among them
        rows.extend(serialise(list(queryset)))
    relinks = [
        {"model": model_label, "field": field.attname, "links": links}
        for (field, _value), batches in collector.field_updates.items()
        for model_label, links in (_links(field, objs) for objs in batches)
    ]
    snapshot = {"rows": rows, "relinks": relinks, "target": {"model": obj._meta.label, "pk": obj.pk}}
    with transaction.atomic(using=using):
        entry = _entry(actor, workspace, obj, Action.DELETE, changes=field_values(obj), snapshot=snapshot)
        obj.delete()
    return entry


def _save_restored(item: Any) -> None:
    row = item.object
    if row._meta.auto_created:
        # A many-to-many link: its owner's restored row may already have put it back.
        link = {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields
                if not field.primary_key}
        type(row).objects.get_or_create(**link)
    else:
        item.save()


def restore(entry: AuditEntry, actor: User) -> models.Model:
    """Put a deleted record back with the rows that were deleted with it and the links that were cleared."""
    if entry.action != Action.DELETE or not entry.snapshot:
        raise RestoreError(_("Only a deletion can be undone."))
    if entry.restored_at:
        raise RestoreError(_("This deletion has already been undone."))
    snapshot = entry.snapshot
    try:
        with transaction.atomic():
            restored_rows: dict[type[models.Model], list[models.Model]] = {}
            for item in serializers.deserialize("json", json.dumps(snapshot["rows"])):
                _save_restored(item)
                restored_rows.setdefault(type(item.object), []).append(item.object)
            from django.apps import apps

            target_model = apps.get_model(snapshot["target"]["model"])
            target = target_model.objects.get(pk=snapshot["target"]["pk"])
            for relink in snapshot["relinks"]:
                model = apps.get_model(relink["model"])
                for pk, value in relink["links"]:
                    model.objects.filter(pk=pk, **{f"{relink['field']}__isnull": True}).update(
                        **{relink["field"]: value}
                    )
            _move_back(snapshot.get("moved", []))
            entry.restored_at = timezone.now()
            entry.save(update_fields=["restored_at"])
            _entry(actor, entry.workspace, target, Action.RESTORE, changes={})
            for records in restored_rows.values():
                events.emit(*events.events_of(records, events.RESTORED))
    except IntegrityError as error:
        raise RestoreError(_("The record cannot be restored: a record with the same details exists now.")) from error
    return target


def move_rows(model: type[models.Model], pks: list[Any], field: str, source: Any, target: Any) -> list[Any]:
    """Point the rows whose `field` is `source` at `target` in bulk, emitting the events of the rows as they were
    and as they are (what derives from them follows both ends of the move). Returns the pks moved."""
    rows = model._base_manager.filter(pk__in=pks, **{field: source})
    before = list(rows)
    if not before:
        return []
    moved = [row.pk for row in before]
    rows.update(**{field: target})
    after = list(model._base_manager.filter(pk__in=moved))
    events.emit(*events.events_of(before, events.CHANGED), *events.events_of(after, events.CHANGED))
    return moved


def _move_back(moved: list[dict[str, Any]]) -> None:
    """Undo a merge's moves: the rows it pointed at the kept record point at the restored one again (rows since
    pointed elsewhere stay where they are)."""
    from django.apps import apps

    for move in moved:
        model = apps.get_model(move["model"])
        if move.get("created"):  # rows the merge added to the kept record (its copies of identifiers)
            model._base_manager.filter(pk__in=move["pks"]).delete()
            continue
        move_rows(model, move["pks"], move["field"], move["to"], move["from"])


def history_for(obj: models.Model) -> models.QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor", "workspace")

"""Audited writes: pages, the API and importers all save through these, so every change is recorded."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from kumppani.audit import services as audit
from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.services import User
from kumppani.core import events, ownership
from kumppani.core.dates import check_record_dates

BATCH = 500
M = TypeVar("M", bound=models.Model)


class DeletionRefused(Exception):
    pass


class ChangeRefused(PermissionDenied):
    """A change the actor may not make (another workspace looks after the record): 403, with a way forward."""

    def __init__(self, message: str, propose_url: str = ""):
        super().__init__(message)
        self.message = message
        self.propose_url = propose_url


def _owner_names(owner_ids: set[Any]) -> str:
    from django.apps import apps

    workspaces = apps.get_model(ownership.WORKSPACE_MODEL)._default_manager.filter(pk__in=owner_ids - {None})
    names = sorted(str(workspace) for workspace in workspaces)
    if None in owner_ids:
        names.append(str(_("public records")))
    return ", ".join(names)


def refuse_foreign(obj: models.Model, found: dict[Any, set[str]]) -> None:
    if found:
        kinds = sorted({kind for kinds in found.values() for kind in kinds})
        raise DeletionRefused(
            _("%(record)s cannot be deleted: it would remove or change records of %(owners)s (%(kinds)s).")
            % {"record": obj, "owners": _owner_names(set(found)), "kinds": ", ".join(kinds)})


@transaction.atomic
def create_record(actor: User, workspace: Any, obj: models.Model, m2m: dict[str, Any] | None = None) -> models.Model:
    if hasattr(obj, "workspace_id") and obj._meta.get_field("workspace").concrete:
        obj.workspace = workspace  # type: ignore[attr-defined]
    check_record_dates(obj)
    if getattr(obj, "steward_id", False) is None:
        obj.steward = workspace  # type: ignore[attr-defined]  # a shared record is looked after by its creator
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)
    audit.log_create(actor, workspace, obj)
    events.emit(*events.events_of([obj], events.CREATED))
    return obj


@transaction.atomic
def update_record(actor: User, workspace: Any, obj: models.Model, changes: dict[str, Any],
                  m2m: dict[str, Any] | None = None) -> models.Model:
    """Apply field changes (and many-to-many sets) to a record and log what changed."""
    stored = type(obj)._default_manager.get(pk=obj.pk)
    before = audit.field_values(stored)
    for name, value in changes.items():
        setattr(obj, name, value)
    check_record_dates(obj)
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)
    audit.log_update(actor, workspace, obj, before)
    # What the record concerned before the change too (a partner row moved to another organisation).
    events.emit(*events.events_of([stored], events.CHANGED), *events.events_of([obj], events.CHANGED))
    return obj


def save_form(actor: User, workspace: Any, form: Any) -> models.Model:
    """Save a valid ModelForm through the audited services."""
    obj = form.instance
    m2m = {field.name: form.cleaned_data[field.name] for field in obj._meta.many_to_many
           if field.name in form.cleaned_data}
    if obj.pk is None:
        return create_record(actor, workspace, obj, m2m)
    changes = {name: getattr(obj, name) for name in form.cleaned_data
               if name not in m2m and hasattr(obj, name)}
    return update_record(actor, workspace, obj, changes, m2m)


def delete_record(actor: User, workspace: Any, obj: models.Model, *, also_own: set[Any] | None = None,
                  with_target_owner: bool = True) -> Any:
    """Delete a record with what cascades from it, refused when that would touch a row of another workspace.

    The rows of `workspace` and (unless with_target_owner is False: a shared record's steward may be another
    workspace) of the record's own owner are the deleter's, plus those of `also_own` (None: public records, for
    an instance administrator).
    """
    # The record's own owner too: whoever may delete a shared catalogue entry (no workspace) deletes its calls and
    # links with it; a record of a workspace reaches here only through that workspace's scoped pages and API.
    target_owner = ownership.owners(type(obj)._base_manager.filter(pk=obj.pk)) if with_target_owner else set()
    own = {workspace.pk if workspace is not None else None, *target_owner, *(also_own or set())}

    def check(collector: Any) -> None:
        refuse_foreign(obj, ownership.foreign_rows(collector, own, obj))

    deleted = events.events_of([obj], events.DELETED)  # read while the record and its links exist
    try:
        entry = audit.delete_with_snapshot(actor, workspace, obj, check=check)
    except models.ProtectedError as error:
        refuse_foreign(obj, ownership.foreign_objects(error.protected_objects, own))
        users = ", ".join(sorted({str(item) for item in error.protected_objects})[:5])
        raise DeletionRefused(
            _("%(record)s is still in use (%(users)s), so it cannot be deleted.") % {"record": obj, "users": users}
        ) from error
    events.emit(*deleted)
    return entry


# In bulk, for importers: every record still gets its own history entry (inserted in bulk too), and the records of
# one call make one event. Many-to-many links are written and recorded only by create_records, when given.


@transaction.atomic
def create_records(actor: User, workspace: Any, objs: Sequence[M],
                   links: Sequence[Mapping[str, Sequence[models.Model]]] | None = None) -> Sequence[M]:
    """Create many new records of one model, each with its history entry. `links`, one mapping per record in the
    same order, sets many-to-many fields ({field: records}); the history then names them as a single create does."""
    if not objs:
        return objs
    model = type(objs[0])
    for obj in objs:
        _own(obj, workspace)
        if hasattr(obj, "refresh_derived_fields"):
            obj.refresh_derived_fields()  # what the model's save() would derive: bulk_create does not call it
        check_record_dates(obj)
    model._default_manager.bulk_create(objs, batch_size=BATCH)
    _cache_related(objs)
    if links is not None:
        _create_links(model, objs, links)
    _log(actor, workspace, [(obj, Action.CREATE, {**audit.field_values(obj, links=False),
                                                  **(_link_names(model, links[index]) if links is not None else {})})
                            for index, obj in enumerate(objs)])
    events.emit(*events.events_of(objs, events.CREATED))
    return objs


def _create_links(model: type[models.Model], objs: Sequence[models.Model],
                  links: Sequence[Mapping[str, Sequence[models.Model]]]) -> None:
    for m2m in model._meta.many_to_many:
        through: Any = m2m.remote_field.through  # type: ignore[union-attr]
        source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()  # type: ignore[attr-defined]
        rows = [through(**{f"{source}_id": obj.pk, f"{target}_id": item.pk})
                for obj, given in zip(objs, links, strict=True) for item in given.get(m2m.name, [])]
        through._default_manager.bulk_create(rows, batch_size=BATCH)


def _link_names(model: type[models.Model], given: Mapping[str, Sequence[models.Model]]) -> dict[str, list[str]]:
    """The many-to-many links as the history shows them (audit.field_values): sorted names."""
    return {m2m.name: sorted(str(item) for item in given.get(m2m.name, [])) for m2m in model._meta.many_to_many}


def _own(obj: models.Model, workspace: Any) -> None:
    if hasattr(obj, "workspace_id") and obj._meta.get_field("workspace").concrete:
        obj.workspace = workspace  # type: ignore[attr-defined]
    if getattr(obj, "steward_id", False) is None:
        obj.steward = workspace  # type: ignore[attr-defined]


@transaction.atomic
def update_records(actor: User, workspace: Any, model: type[M], changes: Mapping[Any, Mapping[str, Any]]) -> list[M]:
    """Apply field changes ({pk: {field: value}}) to many records of one model, logging what changed in each.
    What the model's save() would refresh is refreshed too: its derived fields and its auto_now dates."""
    if not changes:
        return []
    stored = model._default_manager.in_bulk(list(changes))
    records = [stored[pk] for pk in changes if pk in stored]
    _cache_related(records)
    before = {record.pk: audit.field_values(record, links=False) for record in records}
    concerned = events.events_of(records, events.CHANGED)
    fields: set[str] = set()
    for record in records:
        for name, value in changes[record.pk].items():
            setattr(record, name, value)
            fields.add(name)
        check_record_dates(record)
    fields |= _refreshed(model, records)
    model._default_manager.bulk_update(records, sorted(fields), batch_size=BATCH)
    _cache_related(records)
    logged = []
    for record in records:
        after = audit.field_values(record, links=False)
        diff = {name: [before[record.pk].get(name), value] for name, value in after.items()
                if before[record.pk].get(name) != value}
        if diff:
            logged.append((record, Action.UPDATE, diff))
    _log(actor, workspace, logged)
    events.emit(*concerned, *events.events_of(records, events.CHANGED))
    return records


@transaction.atomic
def delete_records(actor: User, workspace: Any, model: type[models.Model], pks: Sequence[Any]) -> int:
    """Delete many records that nothing cascades from (partner rows, links), each deletion undoable from its
    history entry. The caller has checked that they are its to delete."""
    records = list(model._default_manager.in_bulk(list(pks)).values()) if pks else []
    if not records:
        return 0
    _cache_related(records)
    concerned = events.events_of(records, events.DELETED)
    _log(actor, workspace, [
        (record, Action.DELETE, audit.field_values(record, links=False),
         {"snapshot": {"rows": audit.serialise([record]), "relinks": [],
                       "target": {"model": record._meta.label, "pk": record.pk}}})
        for record in records])
    ids = [record.pk for record in records]
    for start in range(0, len(ids), BATCH):
        model._default_manager.filter(pk__in=ids[start:start + BATCH]).delete()
    events.emit(*concerned)
    return len(records)


def _refreshed(model: type[models.Model], records: Sequence[models.Model]) -> set[str]:
    """Refresh what save() would on changed records (bulk_update does not call it): the fields a model derives in
    refresh_derived_fields (named in its derived_fields) and its auto_now dates. The names of those fields."""
    fields: set[str] = set()
    if hasattr(model, "refresh_derived_fields"):
        for record in records:
            record.refresh_derived_fields()  # type: ignore[attr-defined]
        fields.update(getattr(model, "derived_fields", ()))
    for field in model._meta.concrete_fields:
        if getattr(field, "auto_now", False):
            for record in records:
                field.pre_save(record, add=False)
            fields.add(field.name)
    return fields


def _log(actor: User, workspace: Any, writes: list[tuple[Any, ...]]) -> None:
    AuditEntry.objects.bulk_create([
        audit.new_entry(actor, workspace, obj, action, changes, **(extra[0] if extra else {}))
        for obj, action, changes, *extra in writes], batch_size=BATCH)


def _cache_related(objs: Sequence[models.Model]) -> None:
    """Fetch the records' foreign keys in bulk (one query per field), so that naming them in the history and in
    the records' own names makes no query per record."""
    if not objs:
        return
    for field in objs[0]._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey) or not field.target_field.primary_key:
            continue
        wanted: dict[Any, list[models.Model]] = defaultdict(list)
        for obj in objs:
            value = getattr(obj, field.attname)
            if value is not None and not field.is_cached(obj):
                wanted[value].append(obj)
        if wanted:
            related = field.related_model._base_manager.in_bulk(list(wanted))  # type: ignore[union-attr]
            for value, holders in wanted.items():
                for obj in holders:
                    if value in related:
                        field.set_cached_value(obj, related[value])

"""Audited writes: pages, the API and importers all save through these, so every change is recorded."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from kumppani.audit import services as audit
from kumppani.audit.services import User
from kumppani.core import ownership
from kumppani.core.dates import check_record_dates


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
    return obj


@transaction.atomic
def update_record(actor: User, workspace: Any, obj: models.Model, changes: dict[str, Any],
                  m2m: dict[str, Any] | None = None) -> models.Model:
    """Apply field changes (and many-to-many sets) to a record and log what changed."""
    before = audit.field_values(type(obj)._default_manager.get(pk=obj.pk))
    for name, value in changes.items():
        setattr(obj, name, value)
    check_record_dates(obj)
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)
    audit.log_update(actor, workspace, obj, before)
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

    try:
        return audit.delete_with_snapshot(actor, workspace, obj, check=check)
    except models.ProtectedError as error:
        refuse_foreign(obj, ownership.foreign_objects(error.protected_objects, own))
        users = ", ".join(sorted({str(item) for item in error.protected_objects})[:5])
        raise DeletionRefused(
            _("%(record)s is still in use (%(users)s), so it cannot be deleted.") % {"record": obj, "users": users}
        ) from error

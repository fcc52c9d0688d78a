"""Audited writes: pages, the API and importers all save through these, so every change is recorded."""

from typing import Any

from django.db import models, transaction
from django.utils.translation import gettext as _

from kumppani.audit import services as audit
from kumppani.audit.services import User
from kumppani.core.dates import check_record_dates


class DeletionRefused(Exception):
    pass


@transaction.atomic
def create_record(actor: User, workspace: Any, obj: models.Model, m2m: dict[str, Any] | None = None) -> models.Model:
    if hasattr(obj, "workspace_id") and obj._meta.get_field("workspace").concrete:
        obj.workspace = workspace  # type: ignore[attr-defined]
    check_record_dates(obj)
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


def delete_record(actor: User, workspace: Any, obj: models.Model) -> Any:
    try:
        return audit.delete_with_snapshot(actor, workspace, obj)
    except models.ProtectedError as error:
        users = ", ".join(sorted({str(item) for item in error.protected_objects})[:5])
        raise DeletionRefused(
            _("%(record)s is still in use (%(users)s), so it cannot be deleted.") % {"record": obj, "users": users}
        ) from error

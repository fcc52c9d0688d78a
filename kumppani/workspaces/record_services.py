"""Create, change and delete the records of a record type from plain data: the one way pages, the API, importers and
commands write them.

`save_record` takes the values as a pydantic model (its fields that were set), a dataclass or a mapping, with
links as ids (or records). It enforces every rule before anything is written: the record type's guard (a shared
record's steward), links only to records the workspace may see, the model's field bounds and its `clean()`
(where the rules between fields live, so a form shows them too), unique rules, and the record type's own `rules`
hook. Errors come as one ValidationError keyed by field. The write goes through kumppani/audit/writes.py, so the
history records it and it can be undone there.
"""

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _
from pydantic import BaseModel

from kumppani.audit import writes
from kumppani.core.translated import TranslatedField

if TYPE_CHECKING:
    from kumppani.workspaces.records import RecordType

RecordValues = BaseModel | Mapping[str, Any] | Any  # a pydantic model, a dataclass instance or a mapping


@dataclass
class Prepared:
    """A record with the values applied and checked, ready to be written."""

    record: models.Model
    changes: dict[str, Any] = field(default_factory=dict)
    m2m: dict[str, list[Any]] = field(default_factory=dict)


def plain_values(values: RecordValues) -> dict[str, Any]:
    """The values given: a pydantic model's fields that were set, a dataclass's fields, or a mapping's items."""
    if isinstance(values, BaseModel):
        return values.model_dump(exclude_unset=True)
    if dataclasses.is_dataclass(values) and not isinstance(values, type):
        return dataclasses.asdict(values)
    return dict(cast(Mapping[str, Any], values))


def save_record(*, actor: Any, workspace: Any, record_type: "RecordType", values: RecordValues,
                record: models.Model | None = None) -> Any:
    """Create a record (record None, or an unsaved one to start from) or change one, through the audited writes."""
    changing = record is not None and record.pk is not None
    if changing:
        record_type.check_change(actor, workspace, record)
    prepared = prepare_record(workspace=workspace, record_type=record_type, values=values, record=record)
    with transaction.atomic():
        if not changing:
            return writes.create_record(actor, workspace, prepared.record, prepared.m2m)
        return _change(actor, workspace, record_type, prepared)


def save_prepared(*, actor: Any, workspace: Any, record_type: "RecordType", prepared: Sequence[Prepared]) -> None:
    """Write records that prepare_record has checked, for an importer that checks every row before it writes any,
    all in one transaction, each with its own history entry: the new ones in bulk; the changed ones in bulk too
    after the record type's guard, unless the record type changes a record its own way (`update`) or links change,
    then one by one as save_record does."""
    new: list[Prepared] = []
    in_bulk: list[Prepared] = []
    one_by_one: list[Prepared] = []
    for item in prepared:
        if item.record.pk is None:
            new.append(item)
        else:
            (one_by_one if record_type.update is not None or item.m2m else in_bulk).append(item)
    with transaction.atomic():
        writes.create_records(actor, workspace, [item.record for item in new], links=[item.m2m for item in new])
        for item in in_bulk:
            record_type.check_change(actor, workspace, item.record)
        if in_bulk:
            writes.update_records(actor, workspace, record_type.model,
                                  {item.record.pk: item.changes for item in in_bulk})
        for item in one_by_one:
            _change(actor, workspace, record_type, item)


def _change(actor: Any, workspace: Any, record_type: "RecordType", prepared: Prepared) -> Any:
    if record_type.update is not None:
        return record_type.update(actor=actor, workspace=workspace, record=prepared.record,
                                  changes=prepared.changes, m2m=prepared.m2m)
    return writes.update_record(actor, workspace, prepared.record, prepared.changes, prepared.m2m)


def delete_record(*, actor: Any, workspace: Any, record_type: "RecordType", record: models.Model) -> None:
    """Delete through the record type's guard and refusals; raises writes.DeletionRefused (409) to refuse."""
    record_type.delete_object(actor, workspace, record)


def prepare_record(*, workspace: Any, record_type: "RecordType", values: RecordValues,
                   record: models.Model | None = None) -> Prepared:
    """Apply the values to the record (or a new one of the workspace) and check every rule; nothing is saved."""
    instance = record if record is not None else record_type.model()
    if hasattr(instance, "workspace_id") and instance._meta.get_field("workspace").concrete \
            and getattr(instance, "workspace_id", None) is None:
        instance.workspace = workspace  # type: ignore[attr-defined]
    prepared = Prepared(instance)
    errors: dict[str, list[Any]] = {}
    for name, value in plain_values(values).items():
        try:
            _apply(prepared, workspace, record_type, name, value)
        except ValidationError as error:
            errors.setdefault(name, []).extend(error.messages)
    editable = set(record_type.editable_fields())
    excluded = {f.name for f in instance._meta.fields if f.name not in editable and f.name != "workspace"}
    try:
        instance.full_clean(exclude=excluded | set(errors))
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    if not errors and record_type.rules is not None:
        try:
            record_type.rules(workspace, instance, prepared.m2m)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    prepared.changes = {name: getattr(instance, name) for name in prepared.changes}
    return prepared


def _apply(prepared: Prepared, workspace: Any, record_type: "RecordType", name: str, value: Any) -> None:
    """Set one value on the record, normalised as the form would, links looked up among those the workspace sees."""
    instance = prepared.record
    model_field: Any
    try:
        model_field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
    if model_field is None or name not in record_type.editable_fields():
        raise ValidationError(_("This field cannot be changed here."), code="not_editable")
    refuse_nul({name: value})
    if name in record_type.normalise:
        value = record_type.normalise[name](value)
    if model_field.many_to_many:
        prepared.m2m[name] = _linked_all(record_type, workspace, name, value or [])
        return
    if model_field.is_relation:
        value = _linked(record_type, workspace, name, value)
    elif isinstance(model_field, TranslatedField):
        value = _texts(getattr(instance, name), value, model_field)
    elif value is None and not model_field.null:
        value = _empty(model_field)
    elif isinstance(value, str):
        value = value.strip()
    if value in model_field.empty_values and not model_field.blank:
        raise ValidationError(_("This field is required."), code="required")
    setattr(instance, name, value)
    prepared.changes[name] = value


def refuse_nul(values: Mapping[str, Any]) -> None:
    """Refuse a NUL character in any value, as the forms do: no database stores it in a text."""
    errors = {name: [_("Null characters are not allowed.")] for name, value in values.items() if _holds_nul(value)}
    if errors:
        raise ValidationError(errors)


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple | set):
        return any(_holds_nul(item) for item in value)
    return False


def _empty(model_field: models.Field) -> Any:
    """What an omitted form input gives a field that stores no null: an empty text or False."""
    if isinstance(model_field, models.BooleanField):
        return False
    if isinstance(model_field, models.CharField | models.TextField):
        return ""
    if isinstance(model_field, models.JSONField) and model_field.has_default():
        return model_field.get_default()
    return None  # full_clean answers "This field cannot be null."


def _texts(current: dict[str, str] | None, given: Mapping[str, Any] | None,
           model_field: TranslatedField) -> dict[str, str]:
    """A translated text: the languages given replace the record's (null or "" clears one); the rest are kept."""
    texts = {**(current or {}), **(given or {})}
    cleaned = {code: str(texts[code]).strip() for code in settings.LANGUAGE_CODES if texts.get(code)}
    cleaned = {code: text for code, text in cleaned.items() if text}
    if not model_field.blank and not cleaned.get(settings.LANGUAGE_CODE):
        raise ValidationError(_("This field is required."), code="required")
    limit = model_field.text_max_length
    if limit and any(len(text) > limit for text in cleaned.values()):
        raise ValidationError(_("Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).")
                              % {"limit_value": limit, "show_value": max(map(len, cleaned.values()))},
                              code="max_length")
    return cleaned


def _choice_refused() -> ValidationError:
    return ValidationError(_("Select a valid choice. That choice is not one of the available choices."),
                           code="invalid_choice")


def _linked(record_type: "RecordType", workspace: Any, name: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    pk = getattr(value, "pk", value)
    try:
        return record_type.linkable(workspace, name).get(pk=pk)
    except (models.ObjectDoesNotExist, ValueError, TypeError):
        raise _choice_refused() from None


def _linked_all(record_type: "RecordType", workspace: Any, name: str, values: Any) -> list[Any]:
    pks = {getattr(value, "pk", value) for value in values}
    try:
        found = list(record_type.linkable(workspace, name).filter(pk__in=pks))
    except (ValueError, TypeError):
        raise _choice_refused() from None
    if len(found) != len(pks):
        raise _choice_refused()
    return found

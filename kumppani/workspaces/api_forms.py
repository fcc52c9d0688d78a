"""JSON input bound to the same ModelForms as the pages, saved through the audited writes.

A payload becomes the form data a browser would post, the form decides, and a valid form is saved through
audit.writes so the history records the change.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.db import models
from django.http import HttpRequest
from ninja import Schema

from kumppani.audit import writes
from kumppani.core.apitools import raise_form_errors, workspace_of
from kumppani.core.forms import WorkspaceModelForm
from kumppani.core.translated import TranslatedFormField
from kumppani.workspaces.records import RecordType


def _field_data(name: str, field: forms.Field, value: Any, current: Any) -> dict[str, Any]:
    """The form data a browser would post for one field."""
    if isinstance(field, TranslatedFormField):
        # A language left out keeps its text; null or "" clears it.
        texts = {**(current or {}), **(value or {})}
        suffixes = field.widget.widgets_names  # type: ignore[attr-defined]
        return {name + suffix: texts.get(code) or "" for code, suffix in zip(settings.LANGUAGE_CODES, suffixes,
                                                                            strict=True)}
    return {name: value}


def current_values(form_class: type[forms.ModelForm], instance: models.Model | None) -> dict[str, Any]:
    """The values the form starts from: the record's, or a new record's defaults; links as ids."""
    record = instance if instance is not None else form_class._meta.model()
    values = forms.model_to_dict(record, fields=form_class._meta.fields, exclude=form_class._meta.exclude)
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = [getattr(item, "pk", item) for item in value]
    return values


def bind_form(form_class: type[forms.ModelForm], workspace: Any, payload: dict[str, Any],
              instance: models.Model | None = None) -> forms.ModelForm:
    """The page's form bound to the payload; fields the payload leaves out keep the record's current values."""
    kwargs: dict[str, Any] = {"instance": instance}
    if issubclass(form_class, WorkspaceModelForm):
        kwargs["workspace"] = workspace
    current = current_values(form_class, instance)
    fields = form_class.base_fields
    data: dict[str, Any] = {}
    for name, field in fields.items():
        data.update(_field_data(name, field, payload.get(name, current.get(name)), current.get(name)))
    return form_class(data, **kwargs)


def save_payload(request: HttpRequest, form_class: type[forms.ModelForm], payload: dict[str, Any],
                 instance: models.Model | None = None, saver: Any = writes.save_form, **assigned: Any) -> Any:
    """Validate the payload with the page's form and save it through the audited writes.

    `assigned` sets fields the form does not offer (a note's organisation and author).
    """
    form = bind_form(form_class, workspace_of(request), payload, instance)
    for name, value in assigned.items():
        setattr(form.instance, name, value)
    raise_form_errors(form)
    return saver(request.user, workspace_of(request), form)


def create(request: HttpRequest, record_type: RecordType, payload: Schema) -> Any:
    return save_payload(request, record_type.form_class, payload.model_dump(exclude_unset=True),
                        saver=record_type.save)


def update(request: HttpRequest, record_type: RecordType, pk: int, changes: dict[str, Any]) -> Any:
    instance = record_type.get(workspace_of(request), pk)
    record_type.check_change(request.user, workspace_of(request), instance)
    return save_payload(request, record_type.form_class, changes, instance, saver=record_type.save)


def delete(request: HttpRequest, record_type: RecordType, pk: int) -> None:
    """Delete a record of the workspace; raises writes.DeletionRefused when the record type refuses."""
    workspace = workspace_of(request)
    record_type.delete_object(request.user, workspace, record_type.get(workspace, pk))

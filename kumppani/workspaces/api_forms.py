"""JSON input bound to a page's ModelForm: left only for the projects API until it takes plain data too.

The record types of the other apps are saved from plain data by kumppani/workspaces/record_services.py.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.db import models

from kumppani.core.forms import WorkspaceModelForm
from kumppani.core.translated import TranslatedFormField


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

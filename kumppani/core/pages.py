"""Helpers every list and detail page shares."""

from typing import Any

from django.core.paginator import Page, Paginator
from django.db import models
from django.http import HttpRequest


def paginate(request: HttpRequest, queryset: Any, per_page: int = 25) -> Page:
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def display_value(obj: models.Model, field_name: str) -> Any:
    model_field = obj._meta.get_field(field_name)
    if model_field.many_to_many:
        return ", ".join(str(item) for item in getattr(obj, field_name).all())
    if getattr(model_field, "choices", None):
        return getattr(obj, f"get_{field_name}_display")()
    from kumppani.core.translated import TranslatedField, localized

    value = getattr(obj, field_name)
    if isinstance(model_field, TranslatedField):
        return localized(value)
    return value

from typing import Any

from django import template

from kumppani.directory.models import country_name

register = template.Library()


@register.filter
def country(code: str | None) -> str:
    """A country's name in the active language, from its ISO 3166 code."""
    return country_name(code) if code else ""


@register.filter
def countries(codes: Any) -> str:
    return ", ".join(sorted(country_name(code) for code in codes or []))

"""Country pickers, searchable by a country's name in all four interface languages and its code, so typing "Viro",
"Eesti" or "Estonia" finds Estonia whatever language the page is in. kumppani.js turns a select marked `data-picker`
into a searchable Tom Select; without JavaScript it stays a plain select.

The names to search by are one file for every picker (`data-search-names`, its address versioned by its content),
which the browser fetches once and keeps: written into each option they were 26 kB of a page with two pickers."""

import functools
import hashlib
import json
from typing import Any

import pycountry
from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from kumppani.core.forms import LongSelect
from kumppani.directory.models import country_name

# Estonia's own name for itself is not in pycountry's English or Finnish catalogues: add the endonyms people type.
ENDONYMS = {"EE": "Eesti", "FI": "Suomi", "SE": "Sverige", "NO": "Norge", "DK": "Danmark", "DE": "Deutschland",
            "LV": "Latvija", "LT": "Lietuva", "PL": "Polska", "IS": "Ísland"}


@functools.cache
def country_search_text(code: str) -> str:
    names = {country_name(code, language) for language, _name in settings.LANGUAGES}
    return " ".join(sorted(names | {code, ENDONYMS.get(code, "")})).strip()


@functools.cache
def search_names_json() -> bytes:
    """{code: search text} for every country a picker may offer."""
    names = {country.alpha_2: country_search_text(country.alpha_2) for country in pycountry.countries}
    return json.dumps(names, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


@functools.cache
def search_names_url() -> str:
    """The names' address, changed by any change to them (so a browser may keep them for good)."""
    version = hashlib.sha256(search_names_json()).hexdigest()[:12]
    return f"{reverse('directory:country_search_names')}?v={version}"


class CountrySelect(LongSelect):
    """One country, searchable by its name in any of the interface languages."""

    allow_multiple_selected = False

    def __init__(self, attrs: dict[str, Any] | None = None, choices: Any = ()):
        super().__init__({"data-picker": "country", **(attrs or {})}, choices)

    def selected_values(self, value: Any) -> set[str]:
        if value is None:
            return set()
        values = value if isinstance(value, list | tuple) else [value]
        return {str(item) for item in values}

    def render_anew(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> Any:
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name,
                                                    "data-search-names": search_names_url()})
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        selected = self.selected_values(value)
        options = format_html_join("", '<option value="{}"{}>{}</option>', (
            (key, " selected" if str(key) in selected else "", label) for key, label in self.choices))
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)


class CountrySelectMultiple(CountrySelect):
    """Several countries; Tom Select shows them as removable chips."""

    allow_multiple_selected = True

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        getter = getattr(data, "getlist", None)
        return getter(name) if getter else data.get(name)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return False


class ThemePicker(forms.SelectMultiple):
    """Themes as a searchable multi-select (Tom Select); a plain multiple select without JavaScript."""

    def __init__(self, attrs: dict[str, Any] | None = None, choices: Any = ()):
        super().__init__({"data-picker": "theme", "size": 6, **(attrs or {})}, choices)

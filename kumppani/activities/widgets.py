"""Form widgets that find their choices by search, for links to large tables (the directory, public projects).

A select offers only a few known choices; a search box beside it asks the server for more (HTMX).
"""

from typing import Any

from django import forms


class SearchSelect(forms.Select):
    """A select with a search box that replaces its options with those the server finds at `search_url`."""

    template_name = "activities/widgets/search_select.html"

    def __init__(self, attrs: dict[str, Any] | None = None, search_url: str = ""):
        super().__init__(attrs)
        self.search_url = search_url

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["search_url"] = self.search_url
        return context


class SearchCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes of the chosen records and a few known ones; a search box adds the matches and keeps the ticked."""

    template_name = "activities/widgets/search_checkboxes.html"

    def __init__(self, attrs: dict[str, Any] | None = None, search_url: str = ""):
        super().__init__(attrs)
        self.search_url = search_url

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        chosen = {str(item) for item in (value or [])}
        context["widget"]["search_url"] = self.search_url
        context["widget"]["options"] = [(str(pk), label, str(pk) in chosen) for pk, label in self.choices if pk]
        return context

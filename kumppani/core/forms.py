from typing import Any, cast

from django import forms


class WorkspaceModelForm(forms.ModelForm):
    """A form of a workspace's record: choices are scoped to the workspace and its unique rules checked."""

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        if "workspace" in [field.name for field in self._meta.model._meta.fields]:
            self.instance.workspace = workspace

    def _get_validation_exclusions(self) -> Any:
        exclusions = super()._get_validation_exclusions()  # type: ignore[misc]
        exclusions.discard("workspace")
        return exclusions


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


def model_choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    return cast(forms.ModelChoiceField, form.fields[name])


class LongSelect(forms.Select):
    """A select of hundreds of fixed options (countries), rendered in Python: Django renders each option
    through a template, which for 250 countries costs more than the rest of a list page."""

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> Any:
        from django.forms.utils import flatatt
        from django.utils.html import format_html, format_html_join

        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        selected = "" if value is None else str(value)
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((key, " selected" if str(key) == selected else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)

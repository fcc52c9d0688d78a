import threading
from typing import Any, cast

from django import forms
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


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


def list_filters(form_class: type[forms.Form], request: HttpRequest) -> tuple[forms.Form, dict[str, Any]]:
    """A list page's filter form, built when first used, and the filters it gives ({} without query parameters).
    Building the form copies its fields (a country list of 250 choices): a list page kept rendered never needs it."""
    form = cast(forms.Form, SimpleLazyObject(lambda: form_class(request.GET or None)))
    if not request.GET:
        return form, {}
    return form, (form.cleaned_data if form.is_valid() else {})


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


def model_choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    return cast(forms.ModelChoiceField, form.fields[name])


class KeptChoices(forms.Select):
    """A select of a long fixed list (countries) whose HTML each process keeps for the last combinations of
    choices, name, value and attributes it was rendered with: the choices are in the key as text (so their
    language too), so a changed list is rendered anew. Lists with groups are rendered every time."""

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> Any:
        key = self.kept_key(name, value, attrs, renderer)
        if key is None:
            return self.render_anew(name, value, attrs, renderer)
        return _kept_render(key, lambda: self.render_anew(name, value, attrs, renderer))

    def render_anew(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> Any:
        return super().render(name, value, attrs, renderer)

    def kept_key(self, name: str, value: Any, attrs: dict[str, Any] | None, renderer: Any) -> tuple[Any, ...] | None:
        choices = []
        for key, label in self.choices:
            if isinstance(label, (list, tuple)):
                return None
            choices.append((str(key), str(label)))
        values = tuple(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        final_attrs = self.build_attrs(self.attrs, attrs)
        described = tuple(sorted((str(name), type(item).__name__, str(item)) for name, item in final_attrs.items()))
        return (type(self), self.template_name, self.option_template_name, id(renderer), name, type(value).__name__,
                values, described, tuple(choices))


class KeptChoicesMultiple(KeptChoices, forms.SelectMultiple):
    """KeptChoices for a select of several."""


_KEPT_SIZE = 64  # languages by forms by values; a posted form's odd value takes one place for a while
_kept: dict[tuple[Any, ...], str] = {}
_kept_lock = threading.Lock()


def _kept_render(key: tuple[Any, ...], render: Any) -> str:
    html = _kept.get(key)
    if html is None:
        html = render()
        with _kept_lock:
            if len(_kept) >= _KEPT_SIZE:
                del _kept[next(iter(_kept))]  # the oldest
            _kept[key] = html
    return html


class LongSelect(KeptChoices):
    """A select of hundreds of fixed options (countries), rendered in Python: Django renders each option
    through a template, which for 250 countries costs more than the rest of a list page; kept as KeptChoices."""

    def render_anew(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> Any:
        from django.forms.utils import flatatt
        from django.utils.html import format_html, format_html_join

        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        selected = "" if value is None else str(value)
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((key, " selected" if str(key) == selected else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)

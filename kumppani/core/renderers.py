"""The form renderer: choice widgets written out in Python, byte for byte as Django's own templates write them.

Django renders each option of a select, and each checkbox or radio button, through two or three included
templates; a page with a few long choice lists (the public page's subscription and partner request forms:
about 1,200 options) spent most of its time there. The Python below follows the templates of
django/forms/templates/django/forms/widgets/ (select.html, select_option.html, multiple_input.html,
input_option.html, input.html, attrs.html) step by step, with the same escaping and localisation, and is used
only while those templates are Django's own: a project template that overrides one of them is rendered as usual.
"""

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import django.forms
from django.forms.renderers import TemplatesSetting
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.safestring import SafeData

WIDGETS = "django/forms/widgets/"
DJANGO_FORM_TEMPLATES = Path(django.forms.__file__).resolve().parent / "templates"
PLAIN_CONTEXT = Context()  # as a widget template's: autoescape on, the active language's formats


def shown(value: Any) -> str:
    """`{{ value }}`: localised, then escaped unless already safe."""
    if type(value) is str:  # most labels and values: nothing to localise, and not marked safe
        return html.escape(value)
    return str(render_value_in_context(value, PLAIN_CONTEXT))


def formatted(value: Any) -> str:
    """`{{ value|stringformat:'s' }}`: the filter keeps a safe string safe."""
    return str(value) if isinstance(value, SafeData) else shown(str(value))


def attrs_html(attrs: dict[str, Any]) -> str:
    """attrs.html: ` name="value"`, a bare name for True, nothing for False."""
    return "".join(f" {shown(name)}" + ("" if value is True else f'="{formatted(value)}"')
                   for name, value in attrs.items() if value is not False)


def input_html(widget: dict[str, Any]) -> str:
    value = widget["value"]
    has_value = value != None  # noqa: E711 (the template's `!= None`)
    return (f'<input type="{shown(widget["type"])}" name="{shown(widget["name"])}"'
            + (f' value="{formatted(value)}"' if has_value else "") + f"{attrs_html(widget['attrs'])}>\n")


def input_option_html(option: dict[str, Any]) -> str:
    """checkbox_option.html and radio_option.html: input_option.html, which wraps input.html in its label."""
    if not option["wrap_label"]:
        return input_html(option) + "\n\n"
    label_for = option["attrs"].get("id")
    opening = f'<label for="{shown(label_for)}">' if label_for else "<label>"
    return f"{opening}{input_html(option)} {shown(option['label'])}</label>\n\n"


def select_option_html(option: dict[str, Any]) -> str:
    return (f'<option value="{formatted(option["value"])}"{attrs_html(option["attrs"])}>'
            f"{shown(option['label'])}</option>\n")


def select_html(widget: dict[str, Any]) -> str:
    parts = [f'<select name="{shown(widget["name"])}"{attrs_html(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{shown(group_name)}">')
        parts.extend(f"\n  {select_option_html(option)}" for option in options)
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


def multiple_input_html(widget: dict[str, Any]) -> str:
    """checkbox_select.html and radio.html: multiple_input.html, each option in a <div>."""
    element_id, css_class = widget["attrs"].get("id"), widget["attrs"].get("class")
    parts = ["<div" + (f' id="{shown(element_id)}"' if element_id else "")
             + (f' class="{shown(css_class)}"' if css_class else "") + ">"]
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f"\n  <div><label>{shown(group)}</label>")
        parts.extend(f"<div>\n    {input_option_html(option)}</div>" for option in options)
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>\n")
    return "".join(parts)


# A widget's template, the template of each of its options, and the templates these include.
PYTHON_RENDERED: dict[str, tuple[Callable[[dict[str, Any]], str], str, tuple[str, ...]]] = {
    WIDGETS + "select.html": (select_html, WIDGETS + "select_option.html", ("attrs.html",)),
    WIDGETS + "checkbox_select.html": (multiple_input_html, WIDGETS + "checkbox_option.html",
                                       ("multiple_input.html", "input_option.html", "input.html", "attrs.html")),
    WIDGETS + "radio.html": (multiple_input_html, WIDGETS + "radio_option.html",
                             ("multiple_input.html", "input_option.html", "input.html", "attrs.html")),
}


class ChoicesInPython(TemplatesSetting):
    """TemplatesSetting (the project's templates first, then Django's), with the choice widgets in Python."""

    def __init__(self) -> None:
        super().__init__()
        self._djangos_own: dict[str, bool] = {}

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        in_python = PYTHON_RENDERED.get(template_name)
        if in_python is not None:
            write, option_template, included = in_python
            widget = context["widget"]
            if self.uses_djangos_templates(template_name, option_template, included) and all(
                    option["template_name"] == option_template
                    for _group, options, _index in widget["optgroups"] for option in options):
                return write(widget).strip()  # as BaseRenderer.render
        return str(super().render(template_name, context, request))

    def uses_djangos_templates(self, template_name: str, option_template: str, included: tuple[str, ...]) -> bool:
        """Whether every template the widget's rendering would load is Django's own (not overridden)."""
        if template_name not in self._djangos_own:
            names = (template_name, option_template, *(WIDGETS + name for name in included))
            self._djangos_own[template_name] = all(self.is_djangos_own(name) for name in names)
        return self._djangos_own[template_name]

    def is_djangos_own(self, template_name: str) -> bool:
        template: Any = self.get_template(template_name)
        origin = Path(str(template.origin.name)).resolve()
        return origin.is_relative_to(DJANGO_FORM_TEMPLATES)

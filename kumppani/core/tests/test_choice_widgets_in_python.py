"""The project's form renderer writes choice widgets in Python exactly as Django's templates would."""

from typing import Any

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting, get_default_renderer
from django.forms.widgets import ChoiceWidget
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, override

from kumppani.core.renderers import PYTHON_RENDERED, ChoicesInPython
from kumppani.directory.forms import OrganisationForm
from kumppani.subscriptions.forms import SubscribeForm
from kumppani.subscriptions.forms_public import PartnerRequestForm

CHOICES: list[Any] = [
    (1, "One & <two>"), ("b", mark_safe("<em>safe</em>")), ("c", gettext_lazy("Themes")),
    ("Group \"A\"", [("a1", "First"), ("a2", 2026)]), ("", "---------"),
]


def both_renderings(widget: forms.Widget, value: Any, attrs: dict[str, Any] | None = None) -> tuple[str, str]:
    in_python = widget.render("field", value, attrs, renderer=ChoicesInPython())
    by_templates = widget.render("field", value, attrs, renderer=TemplatesSetting())
    return in_python, by_templates


@pytest.mark.parametrize("widget_class", [forms.Select, forms.SelectMultiple, forms.RadioSelect,
                                          forms.CheckboxSelectMultiple])
@pytest.mark.parametrize("value", [None, "b", ["a2", "1"], ""])
@pytest.mark.parametrize("attrs", [None, {"id": "id_field", "class": "wide", "required": True, "disabled": False,
                                          "data-x": 'quote "and" <tag>', "size": 6}])
def test_choice_widgets_match_djangos_templates(widget_class: type[ChoiceWidget], value: Any,
                                                attrs: dict[str, Any] | None) -> None:
    in_python, by_templates = both_renderings(widget_class(choices=CHOICES), value, attrs)
    assert in_python == by_templates


@pytest.mark.parametrize("value", [None, True, False])
def test_a_yes_no_select_matches_djangos_template(value: bool | None) -> None:
    in_python, by_templates = both_renderings(forms.NullBooleanSelect(), value)
    assert in_python == by_templates


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_public_page_forms_and_a_directory_form_match_djangos_templates(language: str, sepra: Any) -> None:
    with override(language):
        forms_to_render = [SubscribeForm(sepra, initial={"language": language}), PartnerRequestForm(),
                           OrganisationForm(workspace=sepra)]
        for form in forms_to_render:
            for field in form:
                attrs = field.build_widget_attrs({"id": field.auto_id} if field.auto_id else {})
                value = field.value()
                assert (field.field.widget.render(field.html_name, value, attrs, renderer=ChoicesInPython())
                        == field.field.widget.render(field.html_name, value, attrs, renderer=TemplatesSetting()))


def test_an_overridden_option_template_is_rendered_by_its_template() -> None:
    class OwnOption(forms.Select):
        option_template_name = "django/forms/widgets/attrs.html"

    in_python, by_templates = both_renderings(OwnOption(choices=[("a", "A")]), "a")
    assert in_python == by_templates


def test_the_project_renders_its_choice_widgets_in_python() -> None:
    renderer = get_default_renderer()
    assert isinstance(renderer, ChoicesInPython)
    assert all(renderer.uses_djangos_templates(name, option_template, included)
               for name, (_write, option_template, included) in PYTHON_RENDERED.items())

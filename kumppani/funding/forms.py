import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from kumppani.core.forms import model_choice_field
from kumppani.directory.forms import country_choices
from kumppani.directory.models import Theme, validate_country
from kumppani.directory.widgets import CountrySelect, ThemePicker
from kumppani.funding.models import Call, Programme
from kumppani.funding.selectors import CallState

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CountryListField(forms.CharField):
    """ISO 3166 codes typed as a list ("FI, SE, EE"), held as a sorted list without repeats."""

    def prepare_value(self, value: Any) -> Any:
        return ", ".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            return sorted({str(code).upper() for code in value})
        text = super().to_python(value)
        return sorted({code.upper() for code in re.split(r"[\s,;]+", text or "") if code})

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")

    def run_validators(self, value: Any) -> None:
        errors: list[ValidationError] = []
        for code in value:
            try:
                validate_country(code)
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)


class ProgrammeForm(forms.ModelForm):
    eligible_countries = CountryListField(
        label=_("Eligible countries"), required=False, max_length=2000,
        help_text=_("ISO 3166 codes separated by commas, e.g. FI, SE, EE."))

    class Meta:
        model = Programme
        fields = ["slug", "name", "short_name", "period_start", "period_end", "managing_body", "eligible_countries",
                  "themes", "url", "description"]
        widgets = {"themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "themes").queryset = Theme.objects.all()


class CallForm(forms.ModelForm):
    class Meta:
        model = Call
        fields = ["programme", "title", "opens_on", "closes_on", "url", "description"]
        widgets = {"opens_on": DATE_INPUT, "closes_on": DATE_INPUT}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "programme").queryset = Programme.objects.order_by("slug")


class ProgrammeFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    theme = forms.ModelChoiceField(label=_("Theme"), required=False, queryset=Theme.objects.all(),
                                   to_field_name="slug", empty_label=_("all themes"))
    country = forms.ChoiceField(label=_("Eligible country"), required=False, choices=(), widget=CountrySelect)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("all countries")), *country_choices()]  # type: ignore[attr-defined]


class CallFilterForm(forms.Form):
    programme = forms.ModelChoiceField(label=_("Programme"), required=False, queryset=Programme.objects.all(),
                                       to_field_name="slug", empty_label=_("all programmes"))
    state = forms.ChoiceField(label=_("State"), required=False, choices=[("", _("all calls")), *CallState.choices])
    closes_before = forms.DateField(label=_("Closes before"), required=False, widget=DATE_INPUT)

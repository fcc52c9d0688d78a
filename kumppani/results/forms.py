"""Forms of good practices, advocacy items, internships and applicants (pages and API share them), and filters."""

from typing import Any

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kumppani.activities.forms import DATE_INPUT, CountryField, offer_projects
from kumppani.activities.widgets import SearchSelect
from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.directory.forms import ListFilterForm, OrganisationChoiceField, country_choices, offer_organisations
from kumppani.directory.models import Organisation, Theme
from kumppani.directory.widgets import CountrySelect, ThemePicker
from kumppani.results.models import (
    AdvocacyItem,
    Applicant,
    GoodPractice,
    Internship,
    InternshipStatus,
    Uptake,
)


def offer_organisation_search(form: WorkspaceModelForm, name: str) -> None:
    """A select of the organisations the workspace knows, with a search box for any of the directory."""
    form.fields[name].widget = SearchSelect(
        search_url=reverse("directory:organisation_choices", args=[form.workspace.slug]))
    offer_organisations(form, name, form.workspace)


class GoodPracticeForm(WorkspaceModelForm):
    source_country = CountryField(label=_("Country of origin"), required=False)

    class Meta:
        model = GoodPractice
        fields = ["title", "learned", "source_organisation", "source_country", "source_project", "taken_up_at",
                  "uptake", "taken_up_on", "themes"]
        field_classes = {"source_organisation": OrganisationChoiceField}
        widgets = {"taken_up_on": DATE_INPUT, "themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisation_search(self, "source_organisation")
        offer_projects(self, "source_project", self.workspace)
        model_choice_field(self, "themes").queryset = Theme.objects.all()


class AdvocacyItemForm(WorkspaceModelForm):
    class Meta:
        model = AdvocacyItem
        fields = ["topic", "position", "channel", "dated", "outcome"]
        field_classes = {"channel": OrganisationChoiceField}
        widgets = {"dated": DATE_INPUT}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisation_search(self, "channel")


class InternshipForm(WorkspaceModelForm):
    class Meta:
        model = Internship
        fields = ["title", "task", "status", "apply_by", "starts_on", "ends_on"]
        widgets = {"apply_by": DATE_INPUT, "starts_on": DATE_INPUT, "ends_on": DATE_INPUT}


class ApplicantForm(forms.ModelForm):
    class Meta:
        model = Applicant
        fields = ["name", "email", "applied_on", "status", "notes"]
        widgets = {"applied_on": DATE_INPUT, "notes": forms.Textarea(attrs={"rows": 3})}


class GoodPracticeFilterForm(ListFilterForm):
    uptake = forms.ChoiceField(label=_("How far"), required=False, choices=[("", _("all")), *Uptake.choices])
    country = forms.ChoiceField(label=_("Country of origin"), required=False, widget=CountrySelect,
                                choices=lambda: [("", _("all countries")), *country_choices()])
    theme = forms.ModelChoiceField(label=_("Theme"), required=False, queryset=Theme.objects.all(),
                                   to_field_name="slug", empty_label=_("all themes"))


class AdvocacyFilterForm(ListFilterForm):
    channel = forms.ModelChoiceField(label=_("Channel"), required=False, queryset=Organisation.objects.none(),
                                     empty_label=_("all channels"))
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2100, widget=forms.Select)

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "channel").queryset = Organisation.objects.filter(
            advocacy_items__workspace=workspace).distinct().order_by("name")
        years = AdvocacyItem.objects.filter(workspace=workspace).dates("dated", "year", order="DESC")
        self.fields["year"].widget.choices = [("", _("all years")), *[(day.year, day.year) for day in years]]  # type: ignore[attr-defined]


class InternshipFilterForm(ListFilterForm):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("all")), *InternshipStatus.choices])

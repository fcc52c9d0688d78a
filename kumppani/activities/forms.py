"""The activity form (pages, API and tests share it) and the activity list's filters."""

from typing import Any

from django import forms
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kumppani.activities.models import Activity, ActivityType
from kumppani.activities.selectors import known_organisations
from kumppani.activities.widgets import SearchCheckboxes, SearchSelect
from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.directory.forms import ListFilterForm, country_choices
from kumppani.directory.models import Membership, Person, Theme
from kumppani.directory.widgets import CountrySelect, CountrySelectMultiple, ThemePicker
from kumppani.projects.models import Project
from kumppani.workspaces.models import FocusArea

UNKNOWN_COUNTRY = _("%(value)s is not an ISO 3166 country code.")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CountryField(forms.ChoiceField):
    """An ISO 3166 alpha-2 code, offered by name in the active language; "ee" is read as "EE"."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("error_messages", {"invalid_choice": UNKNOWN_COUNTRY})
        kwargs.setdefault("widget", CountrySelect)
        super().__init__(choices=lambda: [("", "---------"), *country_choices()], **kwargs)

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()


class CountriesField(forms.MultipleChoiceField):
    """Several ISO 3166 codes, each once, in alphabetical order."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("error_messages", {"invalid_choice": UNKNOWN_COUNTRY})
        kwargs.setdefault("widget", CountrySelectMultiple(attrs={"size": 8}))
        super().__init__(choices=country_choices, **kwargs)

    def to_python(self, value: Any) -> list[str]:
        return sorted({str(code).strip().upper() for code in super().to_python(value)})


def linkable_projects(workspace: Any) -> Any:
    """Projects a workspace's record may link to: its own, and the public records owned by no workspace."""
    return Project.objects.filter(Q(workspace=workspace) | Q(workspace__isnull=True))


def linkable_people(workspace: Any) -> Any:
    """People an activity may name as participants: the workspace's own people of the directory."""
    return Person.objects.filter(workspace=workspace)


def _current_ids(form: forms.BaseForm, name: str) -> list[str]:
    """The ids the field holds now: posted, suggested, or the record's."""
    if form.is_bound:
        data = form.data
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
    else:
        values = form.initial.get(name)
    if not isinstance(values, list | tuple):
        values = [values]
    return [str(getattr(value, "pk", value)) for value in values if str(getattr(value, "pk", value) or "").isdigit()]


def offer_projects(form: forms.ModelForm, name: str, workspace: Any) -> None:
    """Link any project of the workspace or any public record; the select offers the own ones, search finds more."""
    field = model_choice_field(form, name)
    field.queryset = linkable_projects(workspace)
    offered = field.queryset.filter(Q(workspace=workspace) | Q(pk__in=_current_ids(form, name)))
    field.widget = SearchSelect(search_url=reverse("activities:activity_project_choices", args=[workspace.slug]))
    field.widget.choices = [("", "---------")] + [(project.pk, str(project)) for project in offered]
    field.help_text = _("Your projects; type in the search box to find a public project record.")


def offer_organisers(form: forms.ModelForm, name: str, workspace: Any) -> None:
    field = form.fields[name]
    field.widget = SearchCheckboxes(search_url=reverse("activities:activity_organiser_choices",
                                                       args=[workspace.slug]))
    field.widget.choices = [(org.pk, org.display_name) for org in known_organisations(workspace,
                                                                                        _current_ids(form, name))]
    field.help_text = _("Tick the organisers; type in the search box to find any organisation of the directory.")


class ActivityForm(WorkspaceModelForm):
    country = CountryField(label=_("Country"))
    countries_represented = CountriesField(label=_("Countries represented"), required=False)

    class Meta:
        model = Activity
        fields = ["type", "title", "description", "starts_on", "ends_on", "country", "town", "organisers",
                  "project", "membership", "focus_area", "themes", "people", "participants", "young_participants",
                  "women", "men", "other_gender", "organisations_represented", "countries_represented", "international",
                  "youth_led", "crosses_area_types", "history_based"]
        widgets = {"starts_on": DATE_INPUT, "ends_on": DATE_INPUT, "themes": ThemePicker,
                   "people": forms.SelectMultiple(attrs={"data-picker": "person", "size": 6})}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisers(self, "organisers", self.workspace)
        offer_projects(self, "project", self.workspace)
        model_choice_field(self, "people").queryset = Person.objects.filter(workspace=self.workspace).order_by("name")
        memberships = Membership.objects.filter(workspace=self.workspace).select_related("network")
        model_choice_field(self, "membership").queryset = memberships
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=self.workspace)
        model_choice_field(self, "themes").queryset = Theme.objects.all()


class ActivityFilterForm(ListFilterForm):
    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("all types")), *ActivityType.choices])
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2100, widget=forms.Select)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=CountrySelect,
                                choices=lambda: [("", _("all countries")), *country_choices()])
    project = forms.ModelChoiceField(label=_("Project"), required=False, queryset=Project.objects.none(),
                                     empty_label=_("all projects"))
    network = forms.ModelChoiceField(label=_("Network"), required=False, queryset=Membership.objects.none(),
                                     empty_label=_("all networks"))
    focus_area = forms.ModelChoiceField(label=_("Focus area"), required=False, queryset=FocusArea.objects.none(),
                                        empty_label=_("all focus areas"))
    international = forms.BooleanField(label=_("International"), required=False)
    youth_led = forms.BooleanField(label=_("Carried out by young people"), required=False)
    crosses_area_types = forms.BooleanField(label=_("Crosses area types"), required=False)
    history_based = forms.BooleanField(label=_("Based on local history"), required=False)

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        years = Activity.objects.filter(workspace=workspace).dates("starts_on", "year", order="DESC")
        self.fields["year"].widget.choices = [("", _("all years")), *[(day.year, day.year) for day in years]]  # type: ignore[attr-defined]
        model_choice_field(self, "project").queryset = Project.objects.filter(
            Q(workspace=workspace) | Q(activities__workspace=workspace)).distinct()
        model_choice_field(self, "network").queryset = Membership.objects.filter(
            workspace=workspace).select_related("network")
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=workspace)

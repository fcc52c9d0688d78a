import functools
from collections.abc import Iterator
from typing import Any

import pycountry
from django import forms
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.directory.models import (
    Membership,
    Organisation,
    OrganisationNote,
    OrganisationType,
    Partnership,
    Person,
    Region,
    Representation,
    Theme,
    country_name,
)
from kumppani.directory.widgets import CountrySelect, ThemePicker


def country_choices() -> list[tuple[str, str]]:
    return list(_country_choices(get_language() or settings.LANGUAGE_CODE))


class CountryChoices(BaseChoiceIterator):
    """A country field's choices: the blank one, then the countries in the language active when they are read.

    Given to a field as they are: a list would be checked and copied choice by choice for every form built
    (Django normalises the choices set on a field and again on its widget), a tenth of a list page's CPU."""

    def __init__(self, blank_label: Any) -> None:
        self.blank_label = blank_label

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        yield "", self.blank_label
        yield from _country_choices(get_language() or settings.LANGUAGE_CODE)


@functools.cache
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """Sorted once per language: every organisation form (and each row of an import) needs them."""
    choices = [(country.alpha_2, country_name(country.alpha_2, language)) for country in pycountry.countries]
    return tuple(sorted(choices, key=lambda choice: choice[1]))


class OrganisationChoiceField(forms.ModelChoiceField):
    """Any directory organisation; the select offers those the workspace knows, a search box finds the rest."""

    def __init__(self, **kwargs: Any):
        kwargs["queryset"] = Organisation.objects.all()
        super().__init__(**kwargs)


def offer_organisations(form: forms.ModelForm, name: str, workspace: Any) -> None:
    """Offer the organisations the workspace knows, plus the current or suggested one."""
    field = form.fields[name]
    current = form.data.get(name) if form.is_bound else form.initial.get(name)
    current_pk = getattr(current, "pk", current)
    known = Organisation.objects.filter(
        Q(partnerships__workspace=workspace) | Q(network_memberships__workspace=workspace)
        | Q(people__workspace=workspace) | Q(pk=current_pk if str(current_pk or "").isdigit() else None)
    ).distinct().order_by("name")
    field.widget.choices = [("", "---------")] + [(org.pk, org.display_name) for org in known]
    field.widget.attrs["data-organisation-select"] = "1"
    field.help_text = _("Type in the search box to find any organisation of the directory.")


class OrganisationForm(WorkspaceModelForm):
    country = forms.ChoiceField(label=_("Country"), choices=CountryChoices("---------"), widget=CountrySelect)

    class Meta:
        model = Organisation
        fields = ["name", "short_name", "type", "country", "region", "business_id", "ee_registry_code", "pic",
                  "vat", "website", "description", "themes"]
        widgets = {"themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        country = (self.data.get("country") if self.is_bound else self.instance.country) or ""
        model_choice_field(self, "region").queryset = Region.objects.filter(country=str(country).upper())
        self.fields["region"].widget.attrs.update({"data-region-select": "1"})
        self.fields["country"].widget.attrs.update({
            "hx-get": reverse("directory:region_options", args=[self.workspace.slug]),
            "hx-target": "#id_region", "hx-trigger": "change",
        })
        model_choice_field(self, "themes").queryset = Theme.objects.all()

    def clean_vat(self) -> str:
        return str(self.cleaned_data["vat"]).upper().replace(" ", "")


class PersonForm(WorkspaceModelForm):
    class Meta:
        model = Person
        fields = ["name", "title", "kind", "organisation", "email", "phone", "consent_to_publish", "consent_date",
                  "notes"]
        field_classes = {"organisation": OrganisationChoiceField}
        widgets = {"consent_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisations(self, "organisation", self.workspace)


class MembershipForm(WorkspaceModelForm):
    class Meta:
        model = Membership
        fields = ["network", "since", "until", "status", "description", "notes"]
        field_classes = {"network": OrganisationChoiceField}
        widgets = {"since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisations(self, "network", self.workspace)
        networks = Organisation.objects.filter(
            type__in=[OrganisationType.NETWORK, OrganisationType.CHAMBER, OrganisationType.EU_BODY]
        ).order_by("name")[:500]
        self.fields["network"].widget.choices = list(self.fields["network"].widget.choices) + [
            (org.pk, org.display_name) for org in networks
        ]


class RepresentationForm(WorkspaceModelForm):
    class Meta:
        model = Representation
        fields = ["person", "role", "membership", "theme", "topic", "starts_on", "ends_on", "position"]
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "person").queryset = Person.objects.filter(workspace=self.workspace)
        memberships = Membership.objects.filter(workspace=self.workspace).select_related("network")
        model_choice_field(self, "membership").queryset = memberships
        model_choice_field(self, "theme").queryset = Theme.objects.all()


class PartnershipForm(WorkspaceModelForm):
    class Meta:
        model = Partnership
        fields = ["organisation", "since", "status", "themes", "description", "history"]
        field_classes = {"organisation": OrganisationChoiceField}
        widgets = {"since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        offer_organisations(self, "organisation", self.workspace)


class ThemeForm(forms.ModelForm):
    class Meta:
        model = Theme
        fields = ["slug", "name"]


class NoteForm(forms.ModelForm):
    class Meta:
        model = OrganisationNote
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class ListFilterForm(forms.Form):
    """The base of the list pages' filter forms: a search term and a whitelisted ordering."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    ordering_choices: list[tuple[str, Any]] = []

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if self.ordering_choices:
            self.fields["order"] = forms.ChoiceField(label=_("Order"), choices=self.ordering_choices,
                                                     required=False)


class OrganisationFilterForm(ListFilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False, choices=CountryChoices(_("all countries")),
                                widget=CountrySelect)
    type = forms.ChoiceField(label=_("Type"), required=False,
                             choices=[("", _("all types")), *OrganisationType.choices])
    theme = forms.ModelChoiceField(label=_("Theme"), required=False, queryset=Theme.objects.all(),
                                   to_field_name="slug", empty_label=_("all themes"))
    ordering_choices = [("name", _("Name")), ("country", _("Country")), ("-updated_at", _("Recently changed"))]


class PersonFilterForm(ListFilterForm):
    from kumppani.directory.models import PersonKind

    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("all kinds")), *PersonKind.choices])
    ordering_choices = [("name", _("Name")), ("-updated_at", _("Recently changed"))]


class ProposalReasonForm(forms.Form):
    reason = forms.CharField(label=_("Why"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("The steward reads this when deciding."))


class OverrideForm(forms.ModelForm):
    """A workspace's own name, short name, website and description of a shared organisation; empty ones show the
    shared value."""

    class Meta:
        from kumppani.directory.models import OrganisationOverride

        model = OrganisationOverride
        fields = ["name", "short_name", "website", "description"]

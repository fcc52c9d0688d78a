"""The partner search's input, shared by the search page, the API and the command: the form decides what a search
may be, the engine (search.py) what it finds."""

import re
from typing import Any

from django import forms
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from kumppani.activities.forms import CountriesField
from kumppani.directory.models import Organisation, OrganisationType
from kumppani.partners import results as shown
from kumppani.partners import search
from kumppani.partners.search import PartnerHit, QueryError, SearchFilters
from kumppani.projects.models import Project

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# The engine names the input it refuses; these are the form's names for it.
FIELD_OF_ENGINE_FIELD = {"query": "q", "q": "q", "text": "q", "countries": "country", "country": "country",
                         "regions": "region", "region": "region", "types": "type", "type": "type"}


def split_codes(text: str) -> list[str]:
    """"FI19, ee00 FI1B" → ["FI19", "EE00", "FI1B"]."""
    return [code.upper() for code in re.split(r"[\s,;]+", text) if code]


def engine_field(error: QueryError) -> str | None:
    return FIELD_OF_ENGINE_FIELD.get(str(getattr(error, "field", "") or ""))


class PartnerSearchFilterForm(forms.Form):
    """Where the partners should be, and what kind of organisation they should be."""

    country = CountriesField(label=_("Countries"), required=False)
    region = forms.CharField(label=_("NUTS regions"), required=False, max_length=200,
                             help_text=_("Codes such as FI19 or EE00, separated by spaces; a code includes its "
                                         "sub-regions."))
    type = forms.MultipleChoiceField(label=_("Organisation types"), required=False,
                                     choices=OrganisationType.choices, widget=forms.CheckboxSelectMultiple)
    limit = forms.IntegerField(label=_("Results"), required=False, min_value=1, max_value=MAX_LIMIT,
                               widget=forms.HiddenInput)
    # "Find partners" on a project: the project's partners are left out.
    project = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    new_only = forms.BooleanField(label=_("Only organisations new to us"), required=False,
                                  help_text=_("Leave out the organisations of our projects and partnerships."))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        try:
            cleaned["filters"] = search.validate_filters(
                cleaned.get("country") or [], split_codes(cleaned.get("region") or ""), cleaned.get("type") or [])
        except QueryError as error:
            self.add_error(engine_field(error), str(error))
        return cleaned

    @property
    def filters(self) -> SearchFilters:
        return self.cleaned_data.get("filters") or SearchFilters()

    @property
    def result_limit(self) -> int:
        return self.cleaned_data.get("limit") or DEFAULT_LIMIT

    def project_of(self, workspace: Any) -> Project | None:
        """The workspace's project whose partners are being searched for (none for another's)."""
        pk = self.cleaned_data.get("project") if self.is_valid() else None
        if not pk or workspace is None:
            return None
        return Project.objects.filter(workspace=workspace, pk=pk).first()

    def left_out(self, workspace: Any) -> shown.LeftOut:
        return shown.left_out(workspace, self.project_of(workspace), bool(self.cleaned_data.get("new_only")))

    def engine_limit(self, leave_out: set[int]) -> int:
        """Ask the engine for enough hits that the page keeps its number after the left-out ones go."""
        return self.result_limit + min(len(leave_out), 4 * MAX_LIMIT) + 10

    def results(self, workspace: Any, organisation: Organisation) -> list[PartnerHit]:
        """The organisations most like the given one; [] when the form is invalid."""
        if not self.is_valid():
            return []
        leave_out = self.left_out(workspace).organisation_ids
        try:
            hits = search.more_like(workspace, organisation, self.filters, limit=self.engine_limit(leave_out))
        except QueryError as error:
            self.add_error(engine_field(error), str(error))
            return []
        return with_regions(shown.actionable(hits, leave_out, self.result_limit))


class PartnerSearchForm(PartnerSearchFilterForm):
    """A project described in a few words or paragraphs, in any language, and where the partners should be."""

    q = forms.CharField(label=_("Project description"), required=False, strip=True,
                        widget=forms.Textarea(attrs={"rows": 4}),
                        help_text=_("A few words or paragraphs about the project, in any language."))
    field_order = ["q", "country", "region", "type", "new_only", "limit", "project"]

    def search(self, workspace: Any) -> list[PartnerHit]:
        """The organisations best placed for the project; [] with the engine's reason on the field when invalid."""
        if not self.is_valid():
            return []
        leave_out = self.left_out(workspace).organisation_ids
        try:
            hits = search.search_partners(workspace, self.cleaned_data["q"], self.filters,
                                          limit=self.engine_limit(leave_out))
        except QueryError as error:
            self.add_error(engine_field(error) or "q", str(error))
            return []
        return with_regions(shown.actionable(hits, leave_out, self.result_limit))


def with_regions(hits: list[PartnerHit]) -> list[PartnerHit]:
    """Every result shows its organisation's region: one query for all, whatever the engine loaded."""
    prefetch_related_objects([hit.organisation for hit in hits], "region")
    return hits

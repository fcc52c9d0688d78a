"""The staff's form of opportunities, and the filter of their list."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kumppani.activities.forms import CountriesField
from kumppani.activities.models import Activity
from kumppani.core.forms import WorkspaceModelForm, model_choice_field
from kumppani.directory.forms import ListFilterForm
from kumppani.directory.models import Theme
from kumppani.directory.widgets import ThemePicker
from kumppani.funding.models import Call
from kumppani.opportunities import sources
from kumppani.opportunities.models import Opportunity, OpportunityKind
from kumppani.results.models import Internship

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class OpportunityForm(WorkspaceModelForm):
    countries = CountriesField(label=_("Countries"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages"), required=False, choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple,
        help_text=_("Only subscribers who read one of these languages receive it; leave empty for everyone."))

    class Meta:
        model = Opportunity
        fields = ["kind", "title", "body", "link", "programme", "call", "activity", "internship", "deadline",
                  "starts_at", "ends_at", "location", "themes", "countries", "languages", "publish_on",
                  "expires_on"]
        widgets = {"deadline": DATETIME_INPUT, "starts_at": DATETIME_INPUT, "ends_at": DATETIME_INPUT,
                   "publish_on": DATETIME_INPUT, "expires_on": DATETIME_INPUT,
                   "themes": ThemePicker}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "call").queryset = Call.objects.select_related("programme")
        model_choice_field(self, "activity").queryset = Activity.objects.filter(workspace=self.workspace)
        model_choice_field(self, "internship").queryset = Internship.objects.filter(workspace=self.workspace)
        model_choice_field(self, "themes").queryset = Theme.objects.all()
        if not self.is_bound and self.instance.pk is None:
            # "Publish as opportunity" on a call, an activity or an internship: start from what it says.
            self.initial.update(sources.initial_from_source(self.workspace, self.initial))

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The end is before the start."))
        publish, expires = data.get("publish_on"), data.get("expires_on")
        if publish and expires and expires <= publish:
            self.add_error("expires_on", _("The opportunity expires before it is published."))
        kind = data.get("kind")
        if kind == OpportunityKind.CALL and not (data.get("deadline") or data.get("call")):
            self.add_error("deadline", _("A call needs a deadline, or a linked call that has one."))
        if kind == OpportunityKind.EVENT and not (starts or data.get("activity")):
            self.add_error("starts_at", _("An event needs a start, or a linked activity."))
        return data


class OpportunityFilterForm(ListFilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("all")), *OpportunityKind.choices])
    state = forms.ChoiceField(label=_("State"), required=False, choices=[
        ("", _("all")), ("current", _("current")), ("scheduled", _("scheduled")), ("expired", _("expired"))])

"""The strategy app's record types: generic create, edit and delete pages (detail pages are the app's own
for strategies and indicators; indicators have their own create and edit pages for the filter builder)."""

from django.db.models import Q, QuerySet

from kumppani.strategy import forms, services
from kumppani.strategy.models import Indicator, ManualValue, Measure, Source, Strategy
from kumppani.workspaces.records import RecordType


def _measures(workspace: object) -> QuerySet[Measure]:
    return Measure.objects.filter(Q(focus_area__workspace=workspace) | Q(strategy__workspace=workspace))


STRATEGY = RecordType(
    name="strategy", plural="strategy", model=Strategy, form_class=forms.StrategyForm, namespace="strategy",
    queryset=lambda workspace: Strategy.objects.filter(workspace=workspace), own_detail_view=True,
)
MEASURE = RecordType(
    name="measure", plural="strategy/measures", model=Measure, form_class=forms.MeasureForm, namespace="strategy",
    queryset=_measures,
    shown_fields=["focus_area", "strategy", "position", "title"], list_url_name="strategy_list",
)
INDICATOR = RecordType(
    name="indicator", plural="strategy/indicators", model=Indicator, form_class=forms.IndicatorForm,
    namespace="strategy", queryset=lambda workspace: Indicator.objects.filter(workspace=workspace),
    own_detail_view=True, list_url_name="strategy_list",
    fields=[*forms.IndicatorForm.Meta.fields, "strategy", "filters", "yearly_targets"],
    links={"measure": _measures}, rules=services.indicator_rules,
    normalise={"yearly_targets": services.json_targets},
)
MANUAL_VALUE = RecordType(
    name="manual_value", plural="strategy/values", model=ManualValue, form_class=forms.ManualValueForm,
    namespace="strategy", queryset=lambda workspace: ManualValue.objects.filter(indicator__workspace=workspace),
    shown_fields=["indicator", "year", "value", "source", "evidence_url"], list_url_name="strategy_list",
    links={"indicator": lambda workspace: Indicator.objects.filter(workspace=workspace, source=Source.MANUAL)},
)

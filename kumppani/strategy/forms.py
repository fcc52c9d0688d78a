"""Forms of the strategy pages: strategies, measures, indicators with their filter builder, manual values."""

import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from kumppani.core.forms import WorkspaceModelForm, choice_field, model_choice_field
from kumppani.strategy import definitions
from kumppani.strategy.models import Aggregate, Indicator, ManualValue, Measure, Source, Strategy
from kumppani.strategy.services import json_number, strategy_years
from kumppani.workspaces.models import FocusArea

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
FILTER_PREFIX = "filter__"
YEAR_TARGET_PREFIX = "target_"
EITHER, YES, NO = "", "yes", "no"
MANY_CHOICES = 12  # more choices than this: a multi-select instead of checkboxes


class StrategyForm(WorkspaceModelForm):
    class Meta:
        model = Strategy
        fields = ["name", "starts_on", "ends_on"]
        widgets = {"starts_on": DATE_INPUT, "ends_on": DATE_INPUT}


class MeasureForm(WorkspaceModelForm):
    class Meta:
        model = Measure
        fields = ["focus_area", "strategy", "position", "title"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=self.workspace)
        model_choice_field(self, "strategy").queryset = Strategy.objects.filter(workspace=self.workspace)


class ManualValueForm(WorkspaceModelForm):
    class Meta:
        model = ManualValue
        fields = ["indicator", "year", "value", "source", "evidence_url"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        model_choice_field(self, "indicator").queryset = Indicator.objects.filter(
            workspace=self.workspace, source=Source.MANUAL)


def filter_form_field(field: definitions.FilterField, workspace: Any) -> forms.Field | None:
    """The ordinary form field of one filterable field of the engine; None for a list with nothing to choose
    (a workspace without networks)."""
    label = capfirst(field.label)
    choices = field.choices_for(workspace)
    if field.kind == "choice":
        return forms.ChoiceField(label=label, required=False, choices=[("", _("Any")), *choices])
    if field.kind == "multi-choice" and not choices:
        return None
    if field.kind == "multi-choice":
        widget = forms.SelectMultiple(attrs={"size": 8}) if len(choices) > MANY_CHOICES \
            else forms.CheckboxSelectMultiple
        return forms.MultipleChoiceField(label=label, required=False, choices=choices, widget=widget,
                                         help_text=_("Hold Ctrl (⌘ on a Mac) to choose several.")
                                         if len(choices) > MANY_CHOICES else "")
    if field.kind == "bool":
        return forms.ChoiceField(label=label, required=False, widget=forms.RadioSelect,
                                 choices=[(EITHER, _("Either")), (YES, _("Yes")), (NO, _("No"))])
    if field.kind == "int":
        return forms.IntegerField(label=label, required=False, min_value=0)
    if field.kind == "date-range":
        return DateRangeField(label=label, required=False)
    raise ValueError(f"unknown filter kind {field.kind}")


class DateRangeWidget(forms.MultiWidget):
    def __init__(self) -> None:
        super().__init__([forms.DateInput(attrs={"type": "date", "aria-label": _("from")}, format="%Y-%m-%d"),
                          forms.DateInput(attrs={"type": "date", "aria-label": _("to")}, format="%Y-%m-%d")])

    def decompress(self, value: Any) -> list[Any]:
        return list(value) if value else [None, None]


class DateRangeField(forms.MultiValueField):
    """Two dates, either of which may be left open."""

    def __init__(self, **kwargs: Any):
        super().__init__([forms.DateField(required=False), forms.DateField(required=False)],
                         widget=DateRangeWidget(), require_all_fields=False, **kwargs)

    def compress(self, data_list: list[Any]) -> list[str | None] | None:
        if not data_list or not any(data_list):
            return None
        return [day.isoformat() if day else None for day in data_list]


def filter_value(kind: str, value: Any) -> Any:
    """A cleaned form value as the engine stores it in Indicator.filters; None when the field is unset."""
    if value in (None, "", [], EITHER):
        return None
    if kind == "bool":
        return value == YES
    return value


def form_value(kind: str, value: Any) -> Any:
    """A value of Indicator.filters as the form field shows it."""
    if kind == "bool":
        return YES if value else NO
    if kind == "date-range" and isinstance(value, dict):
        return [_as_date(value.get("from")), _as_date(value.get("to"))]
    if kind == "date-range" and isinstance(value, list | tuple):
        return [_as_date(day) for day in value]
    return value


def _as_date(value: Any) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if isinstance(value, str) and value else None


class IndicatorForm(WorkspaceModelForm):
    """An indicator: its names, its definition built from the source's filter fields, and its targets."""

    class Meta:
        model = Indicator
        fields = ["name", "unit", "focus_area", "measure", "position", "source", "aggregate", "target",
                  "target_is_example", "baseline_value", "baseline_year", "baseline_is_example", "direction",
                  "cumulative"]

    DEFINITION_FIELDS = ("source", "aggregate")
    TARGET_FIELDS = ("target", "target_is_example", "baseline_value", "baseline_year", "baseline_is_example",
                     "direction", "cumulative")

    def __init__(self, *args: Any, strategy: Strategy | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.strategy = strategy or (self.instance.strategy if self.instance.strategy_id else None)
        if strategy is not None and self.instance.pk is None:
            self.instance.strategy = strategy
        model_choice_field(self, "focus_area").queryset = FocusArea.objects.filter(workspace=self.workspace)
        model_choice_field(self, "measure").queryset = Measure.objects.filter(
            Q(focus_area__workspace=self.workspace) | Q(strategy__workspace=self.workspace)).select_related(
            "focus_area")
        self.source = self._chosen_source()
        aggregates = definitions.AGGREGATES.get(self.source, [])
        choice_field(self, "aggregate").choices = [(value, label) for value, label in Aggregate.choices
                                                   if value in aggregates]
        self.filter_fields = {}
        for field in definitions.FILTER_FIELDS.get(self.source, []):
            name, form_field = f"{FILTER_PREFIX}{field.name}", filter_form_field(field, self.workspace)
            if form_field is None:
                continue
            self.filter_fields[name] = field
            self.fields[name] = form_field
            if not self.is_bound and self.instance.source == self.source and field.name in self.instance.filters:
                self.initial[name] = form_value(field.kind, self.instance.filters[field.name])
        self.years = strategy_years(self.strategy)
        for year in self.years:
            self.fields[f"{YEAR_TARGET_PREFIX}{year}"] = forms.DecimalField(
                label=str(year), required=False, max_digits=16, decimal_places=2, min_value=0)
            if str(year) in (self.instance.yearly_targets or {}):
                self.initial[f"{YEAR_TARGET_PREFIX}{year}"] = Decimal(str(self.instance.yearly_targets[str(year)]))

    def _chosen_source(self) -> str:
        chosen = self.data.get("source") if self.is_bound else self.initial.get("source")
        return chosen if chosen in Source.values else self.instance.source

    def main_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self._meta.fields or []
                if name not in self.DEFINITION_FIELDS + self.TARGET_FIELDS]

    def definition_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.DEFINITION_FIELDS]

    def target_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.TARGET_FIELDS]

    def filter_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.filter_fields]

    def year_target_fields(self) -> list[forms.BoundField]:
        return [self[f"{YEAR_TARGET_PREFIX}{year}"] for year in self.years]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        cleaned["yearly_targets"] = self.instance.yearly_targets = {
            str(year): json_number(value) for year in self.years
            if (value := cleaned.get(f"{YEAR_TARGET_PREFIX}{year}")) is not None}
        self._clean_filters(cleaned)
        return cleaned

    def _clean_filters(self, cleaned: dict[str, Any]) -> None:
        filters = {}
        for name, field in self.filter_fields.items():
            value = filter_value(field.kind, cleaned.get(name))
            if value is not None:
                filters[field.name] = value
        try:
            cleaned["filters"] = self.instance.filters = definitions.clean_filters(
                self.source, cleaned.get("aggregate") or self.instance.aggregate, filters)
        except ValidationError as error:
            for key, messages in getattr(error, "message_dict", {"": error.messages}).items():
                self.add_error(self._error_field(key), messages)

    def _error_field(self, key: str) -> str | None:
        if f"{FILTER_PREFIX}{key}" in self.fields:
            return f"{FILTER_PREFIX}{key}"
        return key if key in ("aggregate", "source") else None

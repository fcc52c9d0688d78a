"""The strategy's indicators as the results of each IATI activity: baselines, targets and actuals.

The projects' IATI export (kumppani.projects.iati) leaves its results to the parts registered with it; this one is
registered when the strategy app is ready, so that projects need not import the strategy that measures them.
"""

import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import get_language
from lxml import etree

from kumppani.projects.iati import ExportContext, element, narrative, narratives
from kumppani.projects.models import Project
from kumppani.strategy import definitions, values
from kumppani.strategy.models import Strategy

# IATI ResultType 2 outcome; IndicatorMeasure 1 unit.
OUTCOME, UNIT_MEASURE = "2", "1"

Measured = tuple[Any, Any]  # (Indicator, values.IndicatorValues)


def amount(value: Decimal) -> str:
    return format(Decimal(value).normalize(), "f")


def workspace_indicators(workspace_id: int, context: ExportContext) -> list[Measured]:
    """Every indicator of the workspace's strategies with its values, computed once per export."""
    cache = context.extra.setdefault("indicators", {})
    if workspace_id not in cache:
        cache[workspace_id] = [measured for strategy in Strategy.objects.filter(workspace_id=workspace_id)
                               for measured in values.dashboard(strategy)]
    return cache[workspace_id]


def current_strategy_id(measured: list[Measured]) -> int | None:
    """The strategy whose period holds today, else the one that began last."""
    strategies = {indicator.strategy_id: indicator.strategy for indicator, _values in measured}
    today = timezone.localdate()
    running = [s for s in strategies.values() if s.starts_on <= today <= s.ends_on]
    chosen = running or sorted(strategies.values(), key=lambda strategy: strategy.starts_on)[-1:]
    return chosen[0].pk if chosen else None


def project_indicators(project: Project, context: ExportContext) -> list[Measured]:
    """The indicators of the project's focus area; without any, those of the workspace's current strategy."""
    if project.workspace_id is None:  # a public record is not measured against this workspace's strategy
        return []
    measured = workspace_indicators(project.workspace_id, context)
    of_focus_area = [pair for pair in measured
                     if project.focus_area_id is not None and pair[0].focus_area_id == project.focus_area_id]
    if of_focus_area:
        return of_focus_area
    strategy_id = current_strategy_id(measured)
    return [pair for pair in measured if pair[0].strategy_id == strategy_id]


def indicator_period(starts_on: datetime.date, ends_on: datetime.date, target: Decimal | None,
                     actual: Decimal | None) -> etree._Element:
    children = [element("period-start", {"iso-date": starts_on.isoformat()}),
                element("period-end", {"iso-date": ends_on.isoformat()})]
    if target is not None:
        children.append(element("target", {"value": amount(target)}))
    if actual is not None:
        children.append(element("actual", {"value": amount(actual)}))
    return element("period", children=children)


def indicator_periods(indicator: Any, computed: Any) -> list[etree._Element]:
    """One period per year of the strategy (its target, and its actual once the year has begun), and the whole
    strategy period with the period's target and value: the achieved values as of the export's day."""
    strategy, this_year = indicator.strategy, computed.as_of.year
    found = []
    for year in range(strategy.starts_on.year, strategy.ends_on.year + 1):
        target = (indicator.yearly_targets or {}).get(str(year))
        actual = computed.per_year.get(year, Decimal(0)) if year <= this_year else None
        if target in (None, "") and actual is None:
            continue
        found.append(indicator_period(max(strategy.starts_on, datetime.date(year, 1, 1)),
                                      min(strategy.ends_on, datetime.date(year, 12, 31)),
                                      None if target in (None, "") else Decimal(str(target)), actual))
    found.append(indicator_period(strategy.starts_on, strategy.ends_on, indicator.target, computed.total))
    return found


def result_indicator(indicator: Any, computed: Any) -> etree._Element:
    attributes = {"measure": UNIT_MEASURE, "ascending": "0" if indicator.direction == "down" else "1"}
    children = [element("title", children=narratives(indicator.name, fallback=str(indicator.pk))),
                element("description", children=[narrative(definitions.describe(indicator), get_language() or "")])]
    if indicator.baseline_year:
        value = "" if indicator.baseline_value is None else amount(indicator.baseline_value)
        children.append(element("baseline", {"year": str(indicator.baseline_year), "value": value}))
    children += indicator_periods(indicator, computed)
    return element("indicator", attributes, children)


def results(project: Project, context: ExportContext) -> list[etree._Element]:
    """One outcome per focus area (or strategy) whose indicators the project is measured by."""
    groups: dict[Any, list[Measured]] = {}
    for indicator, computed in project_indicators(project, context):
        groups.setdefault(indicator.focus_area or indicator.strategy, []).append((indicator, computed))
    found = []
    for heading, measured in groups.items():
        name = getattr(heading, "title", None) or heading.name
        node = element("result", {"type": OUTCOME}, [element("title", children=narratives(name, str(heading)))])
        node.extend(result_indicator(indicator, computed) for indicator, computed in measured)
        found.append(node)
    return found

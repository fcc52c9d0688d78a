"""What the strategy pages read beyond the engine: the strategy's outline, breakdown rows, drill-down links."""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from kumppani.core.translated import localized
from kumppani.directory.models import country_name
from kumppani.strategy.models import Indicator, Measure, Source, Strategy
from kumppani.workspaces.models import FocusArea

# Where each source's record is shown: (URL name, the attribute holding the pk of the page's record).
RECORD_PAGES: dict[str, tuple[str, str]] = {
    Source.ACTIVITIES: ("activities:activity_detail", "pk"),
    Source.PROJECTS: ("projects:project_detail", "pk"),
    Source.PARTNERSHIPS: ("directory:partnership_detail", "pk"),
    Source.MEMBERSHIPS: ("directory:membership_detail", "pk"),
    Source.OUTPUTS: ("projects:project_detail", "project_id"),
    Source.GOOD_PRACTICES: ("results:good_practice_detail", "pk"),
    Source.REPRESENTATIONS: ("directory:representation_detail", "pk"),
    Source.MANUAL: ("strategy:manual_value_detail", "pk"),
}

# What a record's name reads from another table: fetched with the records, not once per row.
NAMED_BY: dict[str, list[str]] = {Source.PARTNERSHIPS: ["organisation"], Source.MEMBERSHIPS: ["network"],
                                   Source.REPRESENTATIONS: ["person", "membership__network", "theme"]}


def outline(strategy: Strategy) -> dict[str, Any]:
    """The strategy's focus areas, each with its measures and their indicators, in three queries."""
    indicators = list(strategy.indicators.all())
    area_ids = {indicator.focus_area_id for indicator in indicators}
    areas = list(FocusArea.objects.filter(Q(strategy=strategy) | Q(pk__in=area_ids - {None}),
                                          workspace=strategy.workspace))
    measures = list(Measure.objects.filter(Q(focus_area__in=areas) | Q(strategy=strategy)))
    by_measure: dict[int | None, list[Indicator]] = defaultdict(list)
    by_area: dict[int | None, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        if indicator.measure_id:
            by_measure[indicator.measure_id].append(indicator)
        else:
            by_area[indicator.focus_area_id].append(indicator)
    return {
        "areas": [{"area": area,
                   "measures": [{"measure": measure, "indicators": by_measure[measure.pk]}
                                for measure in measures if measure.focus_area_id == area.pk],
                   "indicators": by_area[area.pk]} for area in areas],
        "strategy_measures": [{"measure": measure, "indicators": by_measure[measure.pk]}
                              for measure in measures if measure.focus_area_id is None],
        "unplaced": by_area[None],
    }


def year_rows(indicator: Indicator, indicator_values: Any, years: list[int]) -> list[dict[str, Any]]:
    targets = indicator.yearly_targets or {}
    return [{"year": year, "value": indicator_values.per_year.get(year, Decimal(0)),
             "planned": indicator_values.planned_per_year.get(year, Decimal(0)),
             "target": targets.get(str(year))} for year in years]


def country_rows(indicator_values: Any) -> list[dict[str, Any]]:
    rows = [{"code": code, "name": country_name(code) if code else _("No country"), "value": value}
            for code, value in indicator_values.by_country.items()]
    return sorted(rows, key=lambda row: (-row["value"], row["name"]))


def focus_area_rows(workspace: Any, indicator_values: Any) -> list[dict[str, Any]]:
    names = {area.pk: localized(area.title) for area in FocusArea.objects.filter(workspace=workspace)}
    rows = [{"pk": pk, "name": names.get(pk, _("No focus area")) if pk else _("No focus area"), "value": value}
            for pk, value in indicator_values.by_focus_area.items()]
    return sorted(rows, key=lambda row: (-row["value"], row["name"]))


def drill_down(query: QueryDict) -> dict[str, Any]:
    """The narrowing of a drill-down link (year, country, focus area); junk in any of them is ignored."""
    narrowing: dict[str, Any] = {}
    year, country, area = query.get("year", ""), query.get("country", ""), query.get("focus_area", "")
    if year.isdigit() and len(year) == 4:
        narrowing["year"] = int(year)
    if len(country) == 2 and country.isalpha():
        narrowing["country"] = country.upper()
    if area.isdigit() and len(area) < 10:
        narrowing["focus_area"] = int(area)
    return narrowing


def narrowing_words(workspace: Any, narrowing: dict[str, Any]) -> str:
    parts = []
    if "year" in narrowing:
        parts.append(_("year %(year)s") % {"year": narrowing["year"]})
    if "country" in narrowing:
        parts.append(country_name(narrowing["country"]))
    if "focus_area" in narrowing:
        area = FocusArea.objects.filter(workspace=workspace, pk=narrowing["focus_area"]).first()
        parts.append(_("focus area %(name)s") % {"name": area or "–"})
    return ", ".join(parts) or _("the whole period")


def record_url(workspace: Any, source: str, record: Any) -> str | None:
    url_name, attribute = RECORD_PAGES[source]
    pk = getattr(record, attribute, None)
    return reverse(url_name, args=[workspace.slug, pk]) if pk else None

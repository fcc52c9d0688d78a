"""The strategy of the token's workspace: strategies, measures, indicators with their definitions, values by hand,
and each indicator's values per year computed from the record.

Writes go through kumppani/workspaces/record_services.py; an indicator's `filters` are checked by
strategy/services.py (definitions.clean_filters and the workspace's own choices), and errors
name the key as "filters.<key>". Another workspace's records answer 404.
"""

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, P, PathEx, Query, Router, Schema

from kumppani.core.api_limits import RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import (
    MAX_ID,
    BodyBool,
    BodyInt,
    InputSchema,
    IsoDate,
    RecordId,
)
from kumppani.core.apitools import workspace_of as ws
from kumppani.core.dates import MAX_PERIOD_YEARS
from kumppani.strategy import definitions, services, values
from kumppani.strategy.models import (
    FIRST_YEAR,
    LAST_YEAR,
    Aggregate,
    Direction,
    Indicator,
    ManualValue,
    Measure,
    Source,
    Strategy,
)
from kumppani.strategy.records import INDICATOR, MANUAL_VALUE, MEASURE, STRATEGY
from kumppani.workspaces import record_services
from kumppani.workspaces.record_api import RecordRoutes, Writes, add_routes

router = Router(tags=["strategy"])

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
Translations = dict[str, str]
# A baseline's year or a value's entered by hand: the years the models' check_year accepts.
Year = Annotated[BodyInt, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
# What services.checked_targets accepts: a year of the strategy period (at most MAX_PERIOD_YEARS of them), each a
# number from 0 with at most two decimals.
YearlyTargets = Annotated[
    dict[Annotated[str, Field(pattern=r"^\d{4}$")],
         Annotated[Decimal, Field(ge=0, lt=services.MAX_TARGET + Decimal("0.01"), decimal_places=2)]],
    Field(max_length=MAX_PERIOD_YEARS)]


# --- Strategies and measures -------------------------------------------------------------------------------------

class StrategyOut(Schema):
    id: int
    name: Translations
    starts_on: IsoDate
    ends_on: IsoDate
    focus_areas: list[int]

    @staticmethod
    def resolve_focus_areas(obj: Any) -> list[int]:
        return [area.pk for area in obj.focus_areas.all()]


class StrategyIn(InputSchema):
    name: Annotated[Translated, text_limits(Strategy, "name")]
    starts_on: RecordDate
    ends_on: RecordDate


class StrategyChanges(StrategyIn):
    name: Annotated[Translated, text_limits(Strategy, "name", required=False)] | None = None  # type: ignore[assignment]
    starts_on: RecordDate | None = None  # type: ignore[assignment]
    ends_on: RecordDate | None = None  # type: ignore[assignment]


class MeasureOut(Schema):
    id: int
    focus_area: int | None = Field(None, alias="focus_area_id")
    strategy: int | None = Field(None, alias="strategy_id")
    position: int
    title: Translations


class MeasureIn(InputSchema):
    focus_area: RecordId | None = Field(None, description="A focus area of the workspace")
    strategy: RecordId | None = Field(None, description="A strategy of the workspace: a measure of it as a whole")
    position: Annotated[BodyInt, limited(Measure, "position")] | None = None
    title: Annotated[Translated, text_limits(Measure, "title")]


class MeasureChanges(MeasureIn):
    title: Annotated[Translated, text_limits(Measure, "title", required=False)] | None = None  # type: ignore[assignment]


add_routes(router, RecordRoutes(STRATEGY, "/strategies", StrategyIn, StrategyOut, StrategyChanges,
                                plural="strategies", module=__name__,
                                listed=lambda request, filters: STRATEGY.queryset(ws(request)).prefetch_related(
                                    "focus_areas")))
add_routes(router, RecordRoutes(MEASURE, "/measures", MeasureIn, MeasureOut, MeasureChanges, plural="measures",
                                module=__name__))


# --- Indicators --------------------------------------------------------------------------------------------------

class IndicatorOut(Schema):
    id: int
    strategy: int = Field(alias="strategy_id")
    focus_area: int | None = Field(None, alias="focus_area_id")
    measure: int | None = Field(None, alias="measure_id")
    position: int
    name: Translations
    unit: Translations
    baseline_value: Decimal | None
    baseline_year: int | None
    baseline_is_example: bool
    target: Decimal
    target_is_example: bool
    yearly_targets: dict[str, Any]
    direction: str
    cumulative: bool
    source: str
    aggregate: str
    filters: dict[str, Any]
    definition: str = Field(description="The definition in words, in the language asked for")

    @staticmethod
    def resolve_definition(obj: Any) -> str:
        return definitions.describe(obj)


class IndicatorIn(InputSchema):
    strategy: RecordId = Field(description="A strategy of the workspace")
    name: Annotated[Translated, text_limits(Indicator, "name")]
    unit: Annotated[Translated, text_limits(Indicator, "unit")] | None = None
    focus_area: RecordId | None = None
    measure: RecordId | None = None
    position: Annotated[BodyInt, limited(Indicator, "position")] | None = None
    source: Source = Source.ACTIVITIES
    aggregate: Aggregate = Aggregate.COUNT
    filters: dict[str, Any] | None = Field(None, description='e.g. {"type": ["workshop"], "international": true}')
    target: Annotated[Decimal, limited(Indicator, "target")]
    target_is_example: bool | None = Field(None, description="The target is an example, not an agreed figure")
    yearly_targets: YearlyTargets | None = Field(None, description='e.g. {"2024": 2, "2025": 4}')
    baseline_value: Annotated[Decimal, limited(Indicator, "baseline_value")] | None = None
    baseline_year: Year | None = None
    baseline_is_example: BodyBool | None = Field(None, description="The baseline is an example, not an agreed figure")
    direction: Direction | None = None
    cumulative: BodyBool | None = None


class IndicatorChanges(IndicatorIn):
    strategy: None = Field(None, description="An indicator stays in its strategy")  # type: ignore[assignment]
    name: Annotated[Translated, text_limits(Indicator, "name", required=False)] | None = None  # type: ignore[assignment]
    source: Source | None = None  # type: ignore[assignment]
    aggregate: Aggregate | None = None  # type: ignore[assignment]
    target: Annotated[Decimal, limited(Indicator, "target")] | None = None  # type: ignore[assignment]


class IndicatorFilters(Schema):
    strategy: int | None = Field(None, ge=1, le=MAX_ID)


def _indicators(request: HttpRequest, strategy: int | None) -> Any:
    found = INDICATOR.queryset(ws(request)).select_related("strategy", "workspace")
    return found.filter(strategy_id=strategy) if strategy else found


def _create_indicator(request: HttpRequest, payload: IndicatorIn) -> Any:
    strategy = get_object_or_404(Strategy, workspace=ws(request), pk=payload.strategy)
    return record_services.save_record(actor=request.user, workspace=ws(request), record_type=INDICATOR,
                                       values=payload, record=Indicator(strategy=strategy))


def _update_indicator(request: HttpRequest, indicator: Indicator, payload: IndicatorChanges) -> Any:
    """Filters left out are kept while the source stays; a new source starts from none."""
    values = payload.model_dump(exclude_unset=True)
    values.pop("strategy", None)
    if values.get("filters") is None:
        values["filters"] = indicator.filters if values.get("source", indicator.source) == indicator.source else {}
    if values.get("yearly_targets") is None:
        values["yearly_targets"] = indicator.yearly_targets
    return record_services.save_record(actor=request.user, workspace=ws(request), record_type=INDICATOR,
                                       values=values, record=indicator)


add_routes(router, RecordRoutes(
    INDICATOR, "/indicators", IndicatorIn, IndicatorOut, IndicatorChanges, plural="indicators", module=__name__,
    filters=IndicatorFilters, listed=lambda request, filters: _indicators(request, filters.strategy),
    docs={"update": "Change the fields given; `filters`, when given, replace the indicator's filters as a whole."},
    writes=Writes(create=_create_indicator, update=_update_indicator)))


# --- Values ------------------------------------------------------------------------------------------------------

class YearValue(Schema):
    year: int
    value: Decimal = Field(description="Achieved by the as-of date")
    planned: Decimal = Field(description="Planned: dated later or in a pipeline status; not in value")
    target: Decimal | None


class AreaValue(Schema):
    focus_area: int | None
    value: Decimal


class ValuesOut(Schema):
    indicator: int
    definition: str
    target: Decimal
    direction: str
    cumulative: bool
    as_of: date = Field(description="The day the values are counted up to")
    per_year: list[YearValue]
    total: Decimal = Field(description="Achieved. Cumulative: the sum of the years; else the latest year's value")
    planned_total: Decimal = Field(description="Planned records, counted as total is; never added to it")
    target_is_example: bool
    baseline_is_example: bool
    by_country: dict[str, Decimal]
    by_focus_area: list[AreaValue]
    by_age_and_gender: dict[str, Decimal] | None
    status: str = Field(description="reached, on_track or behind: decided by the achieved total alone")
    share_of_target: float
    share_of_period: float


def values_out(indicator: Indicator, computed: values.IndicatorValues) -> dict[str, Any]:
    targets = indicator.yearly_targets or {}
    return {
        "indicator": indicator.pk, "definition": definitions.describe(indicator), "target": indicator.target,
        "direction": indicator.direction, "cumulative": indicator.cumulative, "as_of": computed.as_of,
        "per_year": [{"year": year, "value": value, "planned": computed.planned_per_year.get(year, Decimal(0)),
                      "target": targets.get(str(year))} for year, value in computed.per_year.items()],
        "total": computed.total, "planned_total": computed.planned_total,
        "target_is_example": indicator.target_is_example, "baseline_is_example": indicator.baseline_is_example,
        "by_country": computed.by_country,
        "by_focus_area": [{"focus_area": area, "value": value} for area, value in computed.by_focus_area.items()],
        "by_age_and_gender": computed.by_age_and_gender, "status": computed.status,
        "share_of_target": computed.share_of_target, "share_of_period": computed.share_of_period,
    }


class AsOf(Schema):
    year: int | None = Field(None, ge=FIRST_YEAR, le=LAST_YEAR,
                             description="Values as of the end of this year (as that year's report gives them)")
    as_of: IsoDate | None = Field(None, description="Values as of this day; default today")


def _as_of(given: AsOf) -> date:
    if given.as_of is not None:
        return given.as_of
    return values.as_of_date(given.year)


@router.get("/indicators/{id}/values", response=ValuesOut)
def indicator_values(request: HttpRequest, id: Id, when: Query[AsOf]) -> Any:
    """The indicator's values per year of the strategy period and for the whole period, computed from the record:
    achieved by the as-of date, and planned beside them."""
    indicator = get_object_or_404(INDICATOR.queryset(ws(request)).select_related("strategy", "workspace"), pk=id)
    return values_out(indicator, values.indicator_values(indicator, _as_of(when)))


@router.get("/strategies/{id}/values", response=list[ValuesOut])
def strategy_values(request: HttpRequest, id: Id, when: Query[AsOf]) -> Any:
    """Every indicator of the strategy with its values (the dashboard), as of a day or the end of a year."""
    strategy = STRATEGY.get(ws(request), id)
    return [values_out(indicator, computed) for indicator, computed in values.dashboard(strategy, _as_of(when))]


class ManualValueOut(Schema):
    id: int
    indicator: int = Field(alias="indicator_id")
    year: int
    value: Decimal
    source: str
    evidence_url: str


class ManualValueIn(InputSchema):
    indicator: RecordId = Field(description="An indicator of the workspace entered by hand")
    year: Year
    value: Annotated[Decimal, limited(ManualValue, "value")]
    source: Annotated[str, limited(ManualValue, "source")]
    evidence_url: Annotated[str, limited(ManualValue, "evidence_url")] | None = None


class ManualValueChanges(ManualValueIn):
    indicator: RecordId | None = None  # type: ignore[assignment]
    year: Year | None = None  # type: ignore[assignment]
    value: Annotated[Decimal, limited(ManualValue, "value")] | None = None  # type: ignore[assignment]
    source: Annotated[str, limited(ManualValue, "source")] | None = None  # type: ignore[assignment]


add_routes(router, RecordRoutes(MANUAL_VALUE, "/manual-values", ManualValueIn, ManualValueOut, ManualValueChanges,
                                singular="manual_value", plural="manual_values", module=__name__))

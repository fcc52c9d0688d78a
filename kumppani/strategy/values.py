"""The values of indicators, computed in the database from the current cooperation record.

Nothing is stored: deleted records are gone and so not counted, another workspace's records never match. One grouped
query per source serves all of a strategy's indicators on that source (each indicator is a filtered aggregate column);
projects and outputs add one query per indicator for their countries (a project counts once in each partner country).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import connection, models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Cast, Coalesce, ExtractYear, Greatest, Substr
from django.utils import timezone

from kumppani.activities.models import Activity
from kumppani.directory.models import Membership, MembershipStatus, Partnership, Representation, Theme
from kumppani.funding.models import Programme
from kumppani.projects.models import Output, Project, ProjectPartner, Status
from kumppani.results.models import GoodPractice
from kumppani.strategy.definitions import DATE_FIELDS
from kumppani.strategy.models import Aggregate, Direction, Indicator, Source, Strategy

REACHED, ON_TRACK, BEHIND = "reached", "on_track", "behind"
ZERO = Decimal(0)
AGE_AND_GENDER = {"young": "young_participants", "women": "women", "men": "men", "other_gender": "other_gender"}
HOME_COUNTRY = "FI"  # a workspace without an organisation of its own is taken to be Finnish


@dataclass
class IndicatorValues:
    per_year: dict[int, Decimal]
    total: Decimal
    by_country: dict[str, Decimal] = field(default_factory=dict)
    by_focus_area: dict[int | None, Decimal] = field(default_factory=dict)
    by_age_and_gender: dict[str, Decimal] | None = None
    status: str = BEHIND
    share_of_target: float = 0.0
    share_of_period: float = 0.0
    # Records that have not happened by the as-of date (future dates, pipeline statuses): shown beside the achieved
    # values above, never added to them.
    planned_per_year: dict[int, Decimal] = field(default_factory=dict)
    planned_total: Decimal = ZERO
    as_of: date | None = None


@dataclass(frozen=True)
class SourceSpec:
    model: type[models.Model]
    workspace_path: str
    country_path: str | None  # None: the countries are the project partners' (many per record)
    focus_area_path: str | None
    # Partnerships, memberships and projects that began before the period and still run count in its first year,
    # unless the indicator asks for new ones only.
    ongoing: bool = False
    end_path: str | None = None


SPECS: dict[str, SourceSpec] = {
    Source.ACTIVITIES: SourceSpec(Activity, "workspace", "country", "focus_area_id"),
    Source.PROJECTS: SourceSpec(Project, "workspace", None, "focus_area_id", ongoing=True, end_path="ends_on"),
    Source.PARTNERSHIPS: SourceSpec(Partnership, "workspace", "organisation__country", None, ongoing=True),
    Source.MEMBERSHIPS: SourceSpec(Membership, "workspace", "network__country", None, ongoing=True, end_path="until"),
    Source.OUTPUTS: SourceSpec(Output, "project__workspace", None, "project__focus_area_id"),
    Source.GOOD_PRACTICES: SourceSpec(GoodPractice, "workspace", "source_country", None),
    Source.REPRESENTATIONS: SourceSpec(Representation, "workspace", "membership__network__country", None,
                                       ongoing=True, end_path="ends_on"),
}

# A record has happened once its date has come and, for these sources, it has one of these statuses (unless the
# definition names its statuses itself); the pipeline statuses are planned; the excluded ones never count.
HAPPENED_STATUSES: dict[str, list[str]] = {
    Source.PROJECTS: [Status.APPROVED, Status.RUNNING, Status.CLOSED],
    Source.MEMBERSHIPS: [MembershipStatus.ACTIVE, MembershipStatus.ENDED],
}
PIPELINE_STATUSES: dict[str, list[str]] = {
    Source.PROJECTS: [Status.IDEA, Status.PREPARING, Status.SUBMITTED],
    Source.MEMBERSHIPS: [MembershipStatus.APPLYING],
}

SUMMED_FIELDS: dict[str, str] = {
    Aggregate.PARTICIPANTS: "participants",
    Aggregate.YOUNG_PARTICIPANTS: "young_participants",
    Aggregate.TOTAL_BUDGET: "total_budget",
    Aggregate.GRANT: "grant",
}


# --- Filters -----------------------------------------------------------------------------------------------------

def _ids(values: Iterable[Any]) -> list[int]:
    return [int(v) for v in values]


# Multi-valued and linked fields filter through uncorrelated IN (subquery): the database runs each subquery once,
# where a join or a correlated EXISTS would cost something on every one of many rows.

def _theme_q(related_name: str, slugs: list[str]) -> Q:
    through = Theme._meta.get_field(related_name).through  # type: ignore[union-attr]
    owner = next(f.name for f in through._meta.fields if f.is_relation and f.name != "theme")
    return Q(pk__in=through.objects.filter(theme__slug__in=slugs).values(f"{owner}_id"))


def _partners_in(countries: list[str], project_ref: str = "pk") -> Q:
    projects = ProjectPartner.objects.filter(organisation__country__in=countries).values("project_id")
    return Q(**{f"{'project_id' if project_ref == 'project' else 'pk'}__in": projects})


def _min_partners_q(minimum: int) -> Q:
    if minimum <= 0:
        return Q()
    enough = (ProjectPartner.objects.order_by().values("project_id").annotate(n=Count("pk"))
              .filter(n__gte=minimum).values("project_id"))
    return Q(pk__in=enough)


def _projects_with_status(statuses: list[str]) -> Q:
    return Q(project_id__in=Project.objects.filter(status__in=statuses).values("pk"))


def _home_country(indicator: Indicator) -> str:
    organisation = indicator.workspace.organisation
    return organisation.country if organisation else HOME_COUNTRY


def _filter_q(indicator: Indicator, key: str, value: Any) -> Q:
    source = indicator.source
    if key == "theme":
        return _theme_q(source, value)  # each source is its model's related name on Theme
    if key == "focus_area":
        return Q(**{f"{SPECS[source].focus_area_path}__in": _ids(value)})
    if key == "new_in_period":
        return Q()  # handled by the period condition
    if source == Source.ACTIVITIES:
        if key == "project_status":
            return _projects_with_status(value)
        if key == "network":
            return Q(membership_id__in=Membership.objects.filter(network_id__in=_ids(value)).values("pk"))
    if source == Source.PROJECTS:
        if key == "programme":
            return Q(programme_id__in=Programme.objects.filter(slug__in=value).values("pk"))
        if key == "partner_country":
            return _partners_in(value)
        if key == "min_partners":
            return _min_partners_q(value)
    if source == Source.REPRESENTATIONS:
        if key == "person_kind":
            return Q(person__kind__in=value)
        if key == "network":
            return Q(membership__network_id__in=_ids(value))
    if source == Source.PARTNERSHIPS and key == "country":
        return Q(organisation__country__in=value)
    if source == Source.MEMBERSHIPS and key == "international":
        abroad = ~Q(network__country=_home_country(indicator))
        return abroad if value else ~abroad
    if source == Source.OUTPUTS and key == "project_status":
        return _projects_with_status(value)
    if source == Source.GOOD_PRACTICES and key == "country":
        return Q(source_country__in=value)
    return Q(**{f"{key}__in": value}) if isinstance(value, list) else Q(**{key: value})


def _period_q(indicator: Indicator) -> Q:
    spec, strategy = SPECS[indicator.source], indicator.strategy
    on = DATE_FIELDS[indicator.source]
    if not spec.ongoing or (indicator.filters or {}).get("new_in_period"):
        return Q(**{f"{on}__gte": strategy.starts_on, f"{on}__lte": strategy.ends_on})
    started = Q(**{f"{on}__lte": strategy.ends_on})
    if indicator.source != Source.PROJECTS:
        started |= Q(**{f"{on}__isnull": True})
    if spec.end_path:
        started &= Q(**{f"{spec.end_path}__isnull": True}) | Q(**{f"{spec.end_path}__gte": strategy.starts_on})
    return started


def as_of_date(year: int | None = None, today: date | None = None) -> date:
    """The day the values are counted up to: today, or the end of a year of the period when that is earlier."""
    today = today or timezone.localdate()
    return today if year is None else min(date(year, 12, 31), today)


def _names_statuses(indicator: Indicator) -> bool:
    return indicator.source in HAPPENED_STATUSES and "status" in (indicator.filters or {})


def _date_has_come(indicator: Indicator, as_of: date) -> Q:
    on = DATE_FIELDS[indicator.source]
    come = Q(**{f"{on}__lte": as_of})
    if SPECS[indicator.source].ongoing and indicator.source != Source.PROJECTS:
        come |= Q(**{f"{on}__isnull": True})  # a partnership or membership of unknown start runs already
    return come


def achieved_q(indicator: Indicator, as_of: date) -> Q:
    """The records that have happened by the as-of date: their date has come and their status is one that happened
    (approved, running or closed projects; active or ended memberships) unless the definition names statuses."""
    come = _date_has_come(indicator, as_of)
    if indicator.source in HAPPENED_STATUSES and not _names_statuses(indicator):
        come &= Q(status__in=HAPPENED_STATUSES[indicator.source])
    return come


def planned_q(indicator: Indicator, as_of: date) -> Q:
    """The records that are planned: dated after the as-of date, or in a pipeline status (idea, preparing,
    submitted; applying). Rejected projects are neither achieved nor planned unless the definition names them."""
    later = Q(**{f"{DATE_FIELDS[indicator.source]}__gt": as_of})
    if indicator.source not in HAPPENED_STATUSES or _names_statuses(indicator):
        return later
    statuses = HAPPENED_STATUSES[indicator.source]
    return Q(status__in=PIPELINE_STATUSES[indicator.source]) | (Q(status__in=statuses) & later)


def filters_q(indicator: Indicator) -> Q:
    q = Q()
    for key, value in (indicator.filters or {}).items():
        q &= _filter_q(indicator, key, value)
    return q


def matching_q(indicator: Indicator) -> Q:
    """The records an indicator counts, within its workspace and the strategy period."""
    return Q(**{SPECS[indicator.source].workspace_path: indicator.workspace_id}) & _period_q(indicator) \
        & filters_q(indicator)


def _year_of_date(on: str) -> Any:
    if connection.vendor == "sqlite":  # its ExtractYear is a Python function called per row: slow on many rows
        return Cast(Substr(Cast(F(on), models.CharField()), 1, 4), models.IntegerField())
    return ExtractYear(on)


def _year(indicator: Indicator) -> Any:
    on, first = DATE_FIELDS[indicator.source], indicator.strategy.starts_on.year
    if SPECS[indicator.source].ongoing:
        return Greatest(Coalesce(_year_of_date(on), Value(first)), Value(first))
    return _year_of_date(on)


def _aggregate(indicator: Indicator, q: Q, summed: str | None = None) -> Any:
    summed = summed or SUMMED_FIELDS.get(indicator.aggregate)
    return Sum(summed, filter=q) if summed else Count("pk", filter=q)


def _base(indicator: Indicator) -> QuerySet[Any]:
    spec = SPECS[indicator.source]
    return spec.model._default_manager.filter(**{spec.workspace_path: indicator.workspace_id}).order_by()


# --- Computing ---------------------------------------------------------------------------------------------------

def _decimal(value: Any) -> Decimal:
    if value is None:
        return ZERO
    return Decimal(str(value)) if isinstance(value, float) else Decimal(value)  # str: no binary float noise


def _column(indicator: Indicator, suffix: str = "") -> str:
    return f"i{indicator.pk}{suffix}"


def _status_q(indicator: Indicator, statuses: dict[str, list[str]]) -> Q:
    """The default status condition of the indicator's source (none when the definition names its statuses)."""
    if indicator.source in statuses and not _names_statuses(indicator):
        return Q(status__in=statuses[indicator.source])
    return Q()


def _has_pipeline(indicator: Indicator) -> bool:
    return indicator.source in PIPELINE_STATUSES and not _names_statuses(indicator)


def _columns(indicators: list[Indicator], shared: bool, breakdowns: bool) -> dict[str, Any]:
    """Per indicator: its records in a status that happened (achieved once their date has come, planned before),
    and its records in a pipeline status (planned whatever their date). The date splits the rows, not the columns."""
    columns: dict[str, Any] = {}
    for indicator in indicators:
        matching = filters_q(indicator) if shared else matching_q(indicator)
        q = matching & _status_q(indicator, HAPPENED_STATUSES)
        columns[_column(indicator)] = _aggregate(indicator, q)
        if _has_pipeline(indicator):
            columns[_column(indicator, "_pipeline")] = _aggregate(indicator, matching & _status_q(indicator,
                                                                                                  PIPELINE_STATUSES))
        if breakdowns and indicator.aggregate in (Aggregate.PARTICIPANTS, Aggregate.YOUNG_PARTICIPANTS):
            columns[_column(indicator, "_all")] = _aggregate(indicator, q, "participants")
            columns |= {_column(indicator, f"_{key}"): _aggregate(indicator, q, name)
                        for key, name in AGE_AND_GENDER.items()}
    return columns


def _come(indicator: Indicator, as_of: date) -> Any:
    """Whether a record's date has come by the as-of date, as a grouping column."""
    return Case(When(_date_has_come(indicator, as_of), then=Value(True)), default=Value(False),
                output_field=models.BooleanField())


def _year_of_day(indicator: Indicator, day: Any) -> int:
    """The year a record counts in; `day` as the database driver gives it (a date, or ISO text on SQLite)."""
    first = indicator.strategy.starts_on.year
    if day is None:
        return first
    year = int(str(day)[:4])
    return max(year, first) if SPECS[indicator.source].ongoing else year


def _summed_per_year(indicator: Indicator, records: QuerySet[Any], columns: dict[str, Any],
                     as_of: date) -> list[dict[str, Any]]:
    """The aggregates per year and per whether the date has come. PostgreSQL groups by both in a hash table. SQLite
    would sort every record to group by an expression, so it groups by the date (the order of its index) and the days
    are summed here, read straight from the cursor: Django's per-value converters would cost more than the query."""
    if connection.vendor != "sqlite":
        return list(records.values(year=_year(indicator), come=_come(indicator, as_of)).annotate(**columns)
                    .order_by())
    query = records.values(day=F(DATE_FIELDS[indicator.source])).annotate(**columns).order_by().query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column[0] for column in cursor.description]
        rows = cursor.fetchall()
    grouped: dict[tuple[int, bool], dict[str, Any]] = {}
    keys: dict[Any, tuple[int, bool]] = {}
    last_day = as_of.isoformat()
    for day, *sums in rows:
        key = keys.get(day) or keys.setdefault(day, (_year_of_day(indicator, day),
                                                     day is None or str(day)[:10] <= last_day))
        into = grouped.get(key) or grouped.setdefault(key, {"year": key[0], "come": key[1]}
                                                      | dict.fromkeys(names[1:], 0))
        for name, value in zip(names[1:], sums, strict=True):
            if value is not None:
                into[name] += value
    return list(grouped.values())


def _grouped_rows(indicators: list[Indicator], breakdowns: bool, as_of: date) -> list[dict[str, Any]]:
    """One query for several indicators of one source, each indicator a filtered aggregate column; the rows grouped
    by year, country and focus area, or without breakdowns by year alone."""
    first = indicators[0]
    spec = SPECS[first.source]
    periods = list(dict.fromkeys(_period_q(indicator) for indicator in indicators))
    shared = len(periods) == 1  # then the WHERE clause holds the period and each column only its filters
    columns = _columns(indicators, shared, breakdowns)
    union = Q()
    for period in periods:
        union |= period
    records = _base(first).filter(union)
    if not breakdowns:
        return _summed_per_year(first, records, columns, as_of)
    groups: dict[str, Any] = {"year": _year(first), "come": _come(first, as_of)}
    if spec.country_path:
        groups["g_country"] = F(spec.country_path)
    if spec.focus_area_path:
        groups["g_focus_area"] = F(spec.focus_area_path)
    return list(records.values(**groups).annotate(**columns).order_by())


def _years(strategy: Strategy) -> range:
    return range(strategy.starts_on.year, strategy.ends_on.year + 1)


def _add(into: dict[Any, Decimal], key: Any, value: Decimal) -> None:
    into[key] = into.get(key, ZERO) + value


def _per_year(indicator: Indicator, cells: Iterable[tuple[int, Any]]) -> tuple[dict[int, Decimal], int | None]:
    """The (year, value) cells summed per year of the period, and the latest year with a value."""
    per_year = {year: ZERO for year in _years(indicator.strategy)}
    years_with_data: set[int] = set()
    for year, raw in cells:
        value = _decimal(raw)
        if year in per_year and value:
            per_year[year] += value
            years_with_data.add(year)
    return per_year, max(years_with_data) if years_with_data else None


def _planned_cells(indicator: Indicator, rows: list[dict[str, Any]]) -> list[tuple[int, Any]]:
    """Planned: records in a status that happened but dated after the as-of date, and records in a pipeline
    status whatever their date."""
    column, pipeline = _column(indicator), _column(indicator, "_pipeline")
    later = [(row["year"], row[column]) for row in rows if not row["come"]]
    return later + [(row["year"], row[pipeline]) for row in rows if pipeline in row]


def _fold(indicator: Indicator, rows: list[dict[str, Any]], breakdowns: bool) -> tuple[IndicatorValues, int | None]:
    """An indicator's values from the grouped rows (aggregates, not records): achieved, the rows whose date has come
    in a status that happened; planned beside them."""
    column = _column(indicator)
    achieved = [row for row in rows if row["come"]]
    per_year, latest = _per_year(indicator, ((row["year"], row[column]) for row in achieved))
    planned, planned_latest = _per_year(indicator, _planned_cells(indicator, rows))
    chosen = [row for row in achieved if row["year"] in per_year and (indicator.cumulative or row["year"] == latest)]
    values = IndicatorValues(per_year=per_year, total=_total(indicator, per_year, latest), planned_per_year=planned,
                             planned_total=_total(indicator, planned, planned_latest))
    if not breakdowns:
        return values, latest
    if SPECS[indicator.source].country_path:
        for row in chosen:
            if row[column]:
                _add(values.by_country, row["g_country"] or "", _decimal(row[column]))
    if SPECS[indicator.source].focus_area_path:
        for row in chosen:
            if row[column]:
                _add(values.by_focus_area, row["g_focus_area"], _decimal(row[column]))
    if indicator.aggregate in (Aggregate.PARTICIPANTS, Aggregate.YOUNG_PARTICIPANTS):
        values.by_age_and_gender = _age_and_gender(indicator, chosen)
    return values, latest


def _age_and_gender(indicator: Indicator, rows: list[dict[str, Any]]) -> dict[str, Decimal]:
    sums = {key: sum((_decimal(row[_column(indicator, f"_{key}")]) for row in rows), ZERO)
            for key in ["all", *AGE_AND_GENDER]}
    return {"young": sums["young"], "others": sums["all"] - sums["young"], "women": sums["women"],
            "men": sums["men"], "other_gender": sums["other_gender"]}


def _total(indicator: Indicator, per_year: dict[int, Decimal], latest: int | None) -> Decimal:
    if indicator.cumulative:
        return sum(per_year.values(), ZERO)
    return per_year[latest] if latest is not None else ZERO


def _partner_countries(indicator: Indicator, latest: int | None, as_of: date) -> dict[str, Decimal]:
    """Projects (or outputs) per partner country, each counted once in each country it has partners in."""
    records = _base(indicator).filter(matching_q(indicator) & achieved_q(indicator, as_of))
    if not indicator.cumulative:
        records = records.alias(year=_year(indicator)).filter(year=latest)
    if indicator.source == Source.OUTPUTS:
        rows = (records.values(country=F("project__partners__organisation__country"))
                .annotate(v=Count("pk", distinct=True)))
    elif indicator.aggregate == Aggregate.COUNT:
        rows = records.values(country=F("partners__organisation__country")).annotate(v=Count("pk", distinct=True))
    else:
        earlier_in_country = ProjectPartner.objects.filter(project=OuterRef("project"), id__lt=OuterRef("id"),
                                                           organisation__country=OuterRef("organisation__country"))
        rows = (ProjectPartner.objects.filter(project__in=records.values("pk")).filter(~Exists(earlier_in_country))
                .order_by().values(country=F("organisation__country"))
                .annotate(v=Sum(f"project__{SUMMED_FIELDS[indicator.aggregate]}")))
    return {row["country"]: _decimal(row["v"]) for row in rows if row["country"] and row["v"]}


def _manual_values(indicator: Indicator, as_of: date) -> IndicatorValues:
    """Values entered by hand, for the years up to the as-of date's."""
    per_year = {year: ZERO for year in _years(indicator.strategy)}
    entered = {mv.year: mv.value for mv in indicator.manual_values.all()
               if mv.year in per_year and mv.year <= as_of.year}
    per_year |= entered
    latest = max(entered) if entered else None
    return IndicatorValues(per_year=per_year, total=_total(indicator, per_year, latest))


def share_of_period(strategy: Strategy, today: date | None = None) -> float:
    today = today or timezone.localdate()
    days = (strategy.ends_on - strategy.starts_on).days + 1
    gone = (min(today, strategy.ends_on) - strategy.starts_on).days + 1
    return max(0.0, min(1.0, gone / days))


def _with_status(indicator: Indicator, values: IndicatorValues, as_of: date) -> IndicatorValues:
    """Reached, on track or behind: decided by the achieved value alone, against the share of the period gone."""
    target, total = indicator.target, values.total
    values.as_of = as_of
    values.share_of_period = share_of_period(indicator.strategy, as_of)
    if indicator.direction == Direction.DOWN:
        reached = total <= target
        values.share_of_target = 1.0 if total <= 0 else float(target / total)
    else:
        reached = total >= target
        values.share_of_target = 1.0 if target <= 0 else float(total / target)
    if reached:
        values.status = REACHED
    elif values.share_of_target >= values.share_of_period:
        values.status = ON_TRACK
    else:
        values.status = BEHIND
    return values


def _compute(indicators: list[Indicator], as_of: date | None,
             breakdowns: bool = True) -> dict[int, IndicatorValues]:
    as_of = as_of or timezone.localdate()
    by_source: dict[str, list[Indicator]] = defaultdict(list)
    for indicator in indicators:
        by_source[indicator.source].append(indicator)
    computed: dict[int, IndicatorValues] = {}
    for source, group in by_source.items():
        if source == Source.MANUAL:
            computed |= {i.pk: _manual_values(i, as_of) for i in group}
            continue
        rows = _grouped_rows(group, breakdowns, as_of)
        for indicator in group:
            values, latest = _fold(indicator, rows, breakdowns)
            if breakdowns and SPECS[source].country_path is None:
                values.by_country = _partner_countries(indicator, latest, as_of)
            computed[indicator.pk] = values
    return {pk: _with_status(i, computed[pk], as_of) for i in indicators for pk in [i.pk]}


def _loaded(indicators: QuerySet[Indicator]) -> QuerySet[Indicator]:
    return indicators.select_related("strategy", "workspace__organisation", "focus_area", "measure").prefetch_related(
        "manual_values")


def indicator_values(indicator: Indicator, as_of: date | None = None) -> IndicatorValues:
    """One indicator's values as of a day (default today), with its breakdowns: the same numbers as dashboard()."""
    return _compute([indicator], as_of)[indicator.pk]


def dashboard(strategy: Strategy, as_of: date | None = None,
              breakdowns: bool = False) -> list[tuple[Indicator, IndicatorValues]]:
    """Every indicator of the strategy with its values per year, total and status as of a day (default today): one
    query per source. Every channel (pages, reports, API, IATI) reads its numbers from here or indicator_values().

    The breakdowns by country, focus area, age and gender (one more query per project or output indicator) come
    with breakdowns=True, as indicator_values() gives them; the dashboard page shows none of them.
    """
    indicators = list(_loaded(strategy.indicators.all()))
    computed = _compute(indicators, as_of, breakdowns)
    return [(indicator, computed[indicator.pk]) for indicator in indicators]


def records(indicator: Indicator, year: int | None = None, country: str | None = None,
            focus_area: int | None = None, as_of: date | None = None, planned: bool = False) -> QuerySet[Any]:
    """The records behind a number (drill-down): the achieved ones as of a day (default today), or the planned
    ones; empty for an indicator entered by hand."""
    if indicator.source == Source.MANUAL:
        return Indicator.objects.none()
    spec = SPECS[indicator.source]
    as_of = as_of or timezone.localdate()
    state = planned_q(indicator, as_of) if planned else achieved_q(indicator, as_of)
    found = spec.model._default_manager.filter(matching_q(indicator) & state)
    if year is not None:
        found = found.alias(year=_year(indicator)).filter(year=year)
    if country is not None:
        if spec.country_path:
            found = found.filter(**{spec.country_path: country})
        else:
            found = found.filter(_partners_in([country], "project" if indicator.source == Source.OUTPUTS else "pk"))
    if focus_area is not None and spec.focus_area_path:
        found = found.filter(**{spec.focus_area_path: focus_area})
    return found

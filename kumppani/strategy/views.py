"""Strategy pages: strategies with their focus areas, measures and indicators, the dashboard and drill-downs."""

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kumppani.audit.services import history_for
from kumppani.core.pages import paginate
from kumppani.strategy import definitions, forms, page_data, svg, values
from kumppani.strategy.models import Source, Strategy
from kumppani.strategy.records import INDICATOR, STRATEGY
from kumppani.workspaces.access import workspace_view


@workspace_view()
def strategy_list(request: HttpRequest) -> HttpResponse:
    strategies = Strategy.objects.filter(workspace=request.workspace)  # type: ignore[attr-defined]
    return render(request, "strategy/strategy_list.html", {"strategies": strategies})


@workspace_view()
def strategy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    strategy = STRATEGY.get(workspace, pk)
    return render(request, "strategy/strategy_detail.html", {
        "object": strategy, "outline": page_data.outline(strategy),
        "history": history_for(strategy).filter(workspace=workspace)[:50],
    })


def _as_of_year(request: HttpRequest, strategy: Strategy) -> int | None:
    """The ?as_of=<year> of the request when it is a year of the period (then the values are those of that year's
    report: as of its end); None (today) otherwise."""
    given = request.GET.get("as_of", "")
    return int(given) if given.isdigit() and int(given) in forms.strategy_years(strategy) else None


def _as_of_context(strategy: Strategy, year: int | None) -> dict[str, Any]:
    as_of = values.as_of_date(year)
    return {"as_of": as_of, "as_of_year": year, "period_years": forms.strategy_years(strategy),
            "as_of_query": f"as_of={year}" if year else ""}


@workspace_view()
def strategy_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    strategy = STRATEGY.get(workspace, pk)
    years = forms.strategy_years(strategy)
    context = _as_of_context(strategy, _as_of_year(request, strategy))
    rows = [{"indicator": indicator, "values": indicator_values,
             "chart": svg.yearly_bars(workspace, indicator, indicator_values, years),
             "year_links": svg.year_links(workspace, indicator, indicator_values, years),
             "bar": svg.progress(indicator, indicator_values)}
            for indicator, indicator_values in values.dashboard(strategy, context["as_of"])]
    return render(request, "strategy/dashboard.html", {"object": strategy, "rows": rows, **context})


@workspace_view(write=True)
def indicator_create(request: HttpRequest, pk: int) -> HttpResponse:
    strategy = STRATEGY.get(request.workspace, pk)  # type: ignore[attr-defined]
    return _indicator_form_page(request, strategy, None)


@workspace_view(write=True)
def indicator_edit(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = INDICATOR.get(request.workspace, pk)  # type: ignore[attr-defined]
    return _indicator_form_page(request, indicator.strategy, indicator)


def _indicator_form_page(request: HttpRequest, strategy: Strategy, indicator: Any) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    data = (request.POST,) if request.method == "POST" else ()
    initial = request.GET.dict() if indicator is None else None
    form = forms.IndicatorForm(*data, workspace=workspace, strategy=strategy, instance=indicator, initial=initial)
    saved = INDICATOR.save_form(request.user, workspace, form) if request.method == "POST" and form.is_valid() \
        else None
    if saved is not None:
        messages.success(request, _("Saved."))
        return redirect(INDICATOR.url("detail", workspace, saved.pk))
    title = str(indicator) if indicator else _("New indicator")
    cancel = INDICATOR.url("detail", workspace, indicator.pk) if indicator else STRATEGY.url(
        "detail", workspace, strategy.pk)
    return render(request, "strategy/indicator_form.html",
                  {"form": form, "title": title, "strategy": strategy, "object": indicator, "cancel_url": cancel},
                  status=400 if form.is_bound and form.errors else 200)


@workspace_view()
def indicator_definition_fields(request: HttpRequest) -> HttpResponse:
    """The source, value and filter fields of the chosen source: the form swaps them in when the source changes."""
    source = request.GET.get("source", "")
    form = forms.IndicatorForm(workspace=request.workspace,  # type: ignore[attr-defined]
                               initial={"source": source if source in Source.values else Source.ACTIVITIES})
    return render(request, "strategy/partials/definition_fields.html", {"form": form})


@workspace_view()
def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    indicator = INDICATOR.get(workspace, pk)
    context = _as_of_context(indicator.strategy, _as_of_year(request, indicator.strategy))
    indicator_values = values.indicator_values(indicator, context["as_of"])
    years = forms.strategy_years(indicator.strategy)
    return render(request, "strategy/indicator_detail.html", context | {
        "object": indicator, "strategy": indicator.strategy, "description": definitions.describe(indicator),
        "values": indicator_values,
        "chart": svg.yearly_bars(workspace, indicator, indicator_values, years),
        "bar": svg.progress(indicator, indicator_values),
        "years": page_data.year_rows(indicator, indicator_values, years),
        "countries": page_data.country_rows(indicator_values),
        "focus_areas": page_data.focus_area_rows(workspace, indicator_values),
        "manual_values": indicator.manual_values.all() if indicator.source == Source.MANUAL else None,
        "history": history_for(indicator).filter(workspace=workspace)[:50],
    })


def _records_behind(indicator: Any, narrowing: dict[str, Any], as_of: Any, planned: bool) -> Any:
    if indicator.source == Source.MANUAL:
        manual = indicator.manual_values.filter(year__lte=as_of.year)
        return manual.filter(year=narrowing["year"]) if "year" in narrowing else manual
    related = page_data.NAMED_BY.get(indicator.source, [])
    found = values.records(indicator, **narrowing, as_of=as_of, planned=planned)
    return found.select_related(*related).order_by("-pk")


@workspace_view()
def indicator_records(request: HttpRequest, pk: int) -> HttpResponse:
    """The records behind one number of an indicator: a year's, a country's, a focus area's, or the period's."""
    workspace = request.workspace  # type: ignore[attr-defined]
    indicator = INDICATOR.get(workspace, pk)
    narrowing = page_data.drill_down(request.GET)
    context = _as_of_context(indicator.strategy, _as_of_year(request, indicator.strategy))
    planned = request.GET.get("planned") == "1" and indicator.source != Source.MANUAL
    page = paginate(request, _records_behind(indicator, narrowing, context["as_of"], planned))
    links = [(record, page_data.record_url(workspace, indicator.source, record)) for record in page]
    other = request.GET.copy()
    other["planned"] = "0" if planned else "1"
    return render(request, "strategy/indicator_records.html", context | {
        "object": indicator, "page": page, "links": links, "narrowing": page_data.narrowing_words(workspace, narrowing),
        "querystring": request.GET.urlencode(), "planned": planned, "other_querystring": other.urlencode(),
        "description": definitions.describe(indicator),
    })

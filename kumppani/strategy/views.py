"""Strategy pages: strategies with their focus areas, measures and indicators, the dashboard and drill-downs."""

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kumppani.audit import writes
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


@workspace_view()
def strategy_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    strategy = STRATEGY.get(workspace, pk)
    years = forms.strategy_years(strategy)
    rows = [{"indicator": indicator, "values": indicator_values,
             "chart": svg.yearly_bars(workspace, indicator, indicator_values, years),
             "bar": svg.progress(indicator, indicator_values)}
            for indicator, indicator_values in values.dashboard(strategy)]
    return render(request, "strategy/dashboard.html", {"object": strategy, "rows": rows})


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
    if request.method == "POST" and form.is_valid():
        saved = writes.save_form(request.user, workspace, form)
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
    indicator_values = values.indicator_values(indicator)
    years = forms.strategy_years(indicator.strategy)
    return render(request, "strategy/indicator_detail.html", {
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


def _records_behind(indicator: Any, narrowing: dict[str, Any]) -> Any:
    if indicator.source == Source.MANUAL:
        manual = indicator.manual_values.all()
        return manual.filter(year=narrowing["year"]) if "year" in narrowing else manual
    related = page_data.NAMED_BY.get(indicator.source, [])
    return values.records(indicator, **narrowing).select_related(*related).order_by("-pk")


@workspace_view()
def indicator_records(request: HttpRequest, pk: int) -> HttpResponse:
    """The records behind one number of an indicator: a year's, a country's, a focus area's, or the period's."""
    workspace = request.workspace  # type: ignore[attr-defined]
    indicator = INDICATOR.get(workspace, pk)
    narrowing = page_data.drill_down(request.GET)
    page = paginate(request, _records_behind(indicator, narrowing))
    links = [(record, page_data.record_url(workspace, indicator.source, record)) for record in page]
    return render(request, "strategy/indicator_records.html", {
        "object": indicator, "page": page, "links": links, "narrowing": page_data.narrowing_words(workspace, narrowing),
        "querystring": request.GET.urlencode(),
    })

"""Pages of the programme catalogue and its calls; create, edit and delete come from the generic record pages."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kumppani.audit.services import history_for
from kumppani.core.pages import paginate
from kumppani.directory.models import country_name
from kumppani.funding import forms, selectors
from kumppani.funding.records import CALL, PROGRAMME
from kumppani.workspaces.access import workspace_view


def _list_page(request: HttpRequest, rows_template: str, queryset: QuerySet, filter_form: Any,
               **context: Any) -> HttpResponse:
    context.update({"page": paginate(request, queryset), "filter_form": filter_form, "rows_template": rows_template,
                    "querystring": request.GET.urlencode()})
    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return render(request, "directory/partials/results.html", context)
    return render(request, "directory/list.html", context)


@workspace_view()
def programme_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms.ProgrammeFilterForm(request.GET or None)
    filters = filter_form.cleaned_data if filter_form.is_valid() else {}
    return _list_page(request, "funding/partials/programme_rows.html", selectors.programmes(filters), filter_form,
                      title=_("Funding programmes"), create_url_name="funding:programme_create")


@workspace_view()
def call_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms.CallFilterForm(request.GET or None)
    filters = filter_form.cleaned_data if filter_form.is_valid() else {}
    return _list_page(request, "funding/partials/call_rows.html", selectors.calls(filters), filter_form,
                      title=_("Calls"), create_url_name="funding:call_create")


@workspace_view()
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    programme = PROGRAMME.get(workspace, pk)
    return render(request, "funding/programme_detail.html", {
        "object": programme, "record_type": PROGRAMME,
        "countries": [(code, country_name(code)) for code in programme.eligible_countries],
        "themes": programme.themes.all(),
        "calls": programme.calls.all(),
        "edit_url": PROGRAMME.url("edit", workspace, pk), "delete_url": PROGRAMME.url("delete", workspace, pk),
        "history": history_for(programme)[:50],
    })


@workspace_view()
def call_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    call = CALL.get(workspace, pk)
    return render(request, "funding/call_detail.html", {
        "object": call, "record_type": CALL,
        "edit_url": CALL.url("edit", workspace, pk), "delete_url": CALL.url("delete", workspace, pk),
        "history": history_for(call)[:50],
    })

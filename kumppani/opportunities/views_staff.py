"""Staff pages of opportunities; create, edit and delete come from the generic record pages."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.audit.services import history_for
from kumppani.core.pages import paginate
from kumppani.directory.models import country_name
from kumppani.opportunities import forms_staff, selectors_staff
from kumppani.opportunities.records import OPPORTUNITY
from kumppani.workspaces.access import workspace_view


def filters_of(form: Any) -> dict[str, Any]:
    return form.cleaned_data if form.is_valid() else {}


def list_page(request: HttpRequest, rows_template: str, queryset: Any, filter_form: Any,
              **context: Any) -> HttpResponse:
    context.update({"page": paginate(request, queryset), "filter_form": filter_form, "rows_template": rows_template,
                    "now": timezone.now()})
    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return render(request, "directory/partials/results.html", context)
    return render(request, "opportunities/staff/list.html", context)


@workspace_view()
def opportunity_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms_staff.OpportunityFilterForm(request.GET or None)
    queryset = selectors_staff.opportunities(request.workspace, filters_of(filter_form))  # type: ignore[attr-defined]
    return list_page(request, "opportunities/staff/partials/opportunity_rows.html", queryset, filter_form,
                     title=_("Opportunities"), create_url_name="opportunities:opportunity_create")


@workspace_view()
def opportunity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    opportunity = OPPORTUNITY.get(workspace, pk)
    return render(request, "opportunities/staff/opportunity_detail.html", {
        "object": opportunity, "record_type": OPPORTUNITY, "themes": opportunity.themes.all(),
        "countries": [(code, country_name(code)) for code in opportunity.countries],
        "state": selectors_staff.state_of(opportunity, timezone.now()),
        "edit_url": OPPORTUNITY.url("edit", workspace, pk), "delete_url": OPPORTUNITY.url("delete", workspace, pk),
        "public_url": reverse("opportunities:public_opportunity", args=[workspace.slug, pk]),
        "history": history_for(opportunity).filter(workspace=workspace)[:50],
    })

"""The partner search pages: results update as you type (HTMX asks for the results region only) and the same
form works as a plain GET without JavaScript."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kumppani.directory.records import ORGANISATION
from kumppani.jobs.services import start_job
from kumppani.partners import tasks
from kumppani.partners.forms import PartnerSearchFilterForm, PartnerSearchForm
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import Role

RESULTS_ID = "partner-results"


def _page(request: HttpRequest, context: dict[str, Any]) -> HttpResponse:
    context["results_id"] = RESULTS_ID
    if request.htmx and request.htmx.target == RESULTS_ID:  # type: ignore[attr-defined]
        return render(request, "partners/partials/results.html", {**context, "swap_errors": True})
    return render(request, "partners/search.html", context)


@workspace_view()
def partner_search(request: HttpRequest) -> HttpResponse:
    form = PartnerSearchForm(request.GET or None)
    hits = form.search(request.workspace) if form.is_bound else None  # type: ignore[attr-defined]
    return _page(request, {"form": form, "hits": hits})


@workspace_view()
def more_like_organisation(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = ORGANISATION.get(request.workspace, pk)  # type: ignore[attr-defined]
    form = PartnerSearchFilterForm(request.GET)
    hits = form.results(request.workspace, organisation)  # type: ignore[attr-defined]
    return _page(request, {"form": form, "hits": hits, "organisation": organisation})


@workspace_view(write=True)
@require_POST
def rebuild_index(request: HttpRequest) -> HttpResponse:
    """Administrators may rebuild the (shared) partner search index; the job page shows the progress."""
    if request.member.role != Role.ADMIN:  # type: ignore[attr-defined]
        raise PermissionDenied
    job = start_job(kind="rebuild_partner_index", workspace=request.workspace,  # type: ignore[attr-defined]
                    actor=request.user, run=tasks.rebuild_partner_index, resumable=True)
    return redirect("jobs:job_detail", request.workspace.slug, job.pk)  # type: ignore[attr-defined]

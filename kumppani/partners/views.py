"""The partner search pages: results update as you type (HTMX asks for the results region only) and the same
form works as a plain GET without JavaScript."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit.writes import ChangeRefused
from kumppani.directory.models import Organisation, Partnership
from kumppani.directory.records import ORGANISATION
from kumppani.jobs.services import start_job
from kumppani.partners import results, shortlists, tasks
from kumppani.partners.forms import PartnerSearchFilterForm, PartnerSearchForm
from kumppani.partners.models import Shortlist, ShortlistEntry
from kumppani.projects.models import Project, Status
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import Role

RESULTS_ID = "partner-results"
OPEN_STATUSES = [Status.IDEA, Status.PREPARING, Status.SUBMITTED, Status.APPROVED, Status.RUNNING]


def _actions(workspace: Any, form: Any, hits: list[Any] | None) -> dict[str, Any]:
    """What the page needs to act on the hits: projects to add a candidate to, shortlists, partnerships, the map."""
    if not hits:
        return {}
    return {
        "projects": Project.objects.filter(workspace=workspace, status__in=OPEN_STATUSES).order_by("-id")[:100],
        "shortlists": Shortlist.objects.filter(workspace=workspace, project__isnull=True),
        "partnership_ids": set(Partnership.objects.filter(
            workspace=workspace, organisation__in=[hit.organisation for hit in hits]).values_list(
            "organisation_id", flat=True)),
        "hit_map": results.hit_map(hits), "country_counts": results.country_counts(hits),
    }


def _page(request: HttpRequest, context: dict[str, Any]) -> HttpResponse:
    context["results_id"] = RESULTS_ID
    workspace = request.workspace  # type: ignore[attr-defined]
    form = context["form"]
    project = form.project_of(workspace) if form.is_bound else None
    context.update({"project": project, **_actions(workspace, form, context.get("hits"))})
    if project is not None:
        context["left_out_partners"] = results.left_out(workspace, project).project_partners
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


# Acting on a hit ------------------------------------------------------------------------------------------------------


def _back(request: HttpRequest, default: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(default)


def _organisation(request: HttpRequest) -> Organisation:
    value = request.POST.get("organisation", "")
    return get_object_or_404(Organisation, pk=int(value) if value.isdigit() else 0)


@workspace_view(write=True)
@require_POST
def add_candidate(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    organisation = _organisation(request)
    value = request.POST.get("project", "")
    project = get_object_or_404(Project, workspace=workspace, pk=int(value) if value.isdigit() else 0)
    shortlists.add_candidate(actor=request.user, workspace=workspace, project=project, organisation=organisation)
    messages.success(request, _("%(organisation)s is a candidate partner of %(project)s.") % {
        "organisation": organisation, "project": project})
    return _back(request, reverse("partners:shortlist_list", args=[workspace.slug]))


@workspace_view(write=True)
@require_POST
def add_to_shortlist(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    organisation = _organisation(request)
    value = request.POST.get("shortlist", "")
    shortlist = get_object_or_404(Shortlist, workspace=workspace, pk=int(value)) if value.isdigit() else None
    try:
        entry = shortlists.add_to_shortlist(actor=request.user, workspace=workspace, organisation=organisation,
                                            shortlist=shortlist, new_name=request.POST.get("new_name", ""))
    except ChangeRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("%(organisation)s is on the shortlist %(shortlist)s.") % {
            "organisation": organisation, "shortlist": entry.shortlist})
    return _back(request, reverse("partners:shortlist_list", args=[workspace.slug]))


@workspace_view()
def shortlist_list(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    lists = Shortlist.objects.filter(workspace=workspace).select_related("project").prefetch_related(
        "entries__organisation")
    return render(request, "partners/shortlists.html", {"shortlists": lists})


@workspace_view(write=True)
@require_POST
def shortlist_entry_delete(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    entry = get_object_or_404(ShortlistEntry, pk=pk, shortlist__workspace=workspace)
    shortlists.remove_entry(actor=request.user, workspace=workspace, entry=entry)
    messages.success(request, _("%(organisation)s is off the shortlist.") % {"organisation": entry.organisation})
    return redirect("partners:shortlist_list", workspace.slug)

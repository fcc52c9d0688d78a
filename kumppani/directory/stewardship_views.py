"""Pages of the stewardship of shared records: propose a change, the steward's queue, a workspace's own values,
and the instance administrators' page."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.accounts.models import is_instance_admin
from kumppani.audit.writes import ChangeRefused
from kumppani.core.pages import paginate
from kumppani.directory import forms, stewardship
from kumppani.directory.models import ChangeProposal, Organisation, Theme
from kumppani.directory.records import ORGANISATION, THEME
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import Workspace
from kumppani.workspaces.records import form_values, show_errors

RECORDS = {"organisation": (ORGANISATION, forms.OrganisationForm), "theme": (THEME, forms.ThemeForm)}


def _propose(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    record_type, form_class = RECORDS[kind]
    record = record_type.get(workspace, pk)
    kwargs: dict[str, Any] = {"instance": record}
    if form_class is forms.OrganisationForm:
        kwargs["workspace"] = workspace
    data = (request.POST,) if request.method == "POST" else ()
    form = form_class(*data, **kwargs)
    reason_form = forms.ProposalReasonForm(*data)
    if request.method == "POST" and form.is_valid() and reason_form.is_valid():
        try:
            changes = stewardship.proposed_changes(
                workspace=workspace, record=record, values=form_values(form, record_type.editable_fields()))
            stewardship.propose_change(actor=request.user, workspace=workspace, record=record, changes=changes,
                                       reason=reason_form.cleaned_data["reason"])
        except ValidationError as error:
            show_errors(form, error)
        except ChangeRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("Your proposal is sent to %(steward)s.") % {
                "steward": stewardship.steward_name(record)})
            return redirect(record_type.url("detail", workspace, pk))
    return render(request, "directory/propose.html", {
        "form": form, "reason_form": reason_form, "object": record,
        "steward": stewardship.steward_name(record), "cancel_url": record_type.url("detail", workspace, pk),
    }, status=400 if form.is_bound and (form.errors or reason_form.errors) else 200)


@workspace_view(write=True)
def organisation_propose(request: HttpRequest, pk: int) -> HttpResponse:
    return _propose(request, "organisation", pk)


@workspace_view(write=True)
def theme_propose(request: HttpRequest, pk: int) -> HttpResponse:
    return _propose(request, "theme", pk)


@workspace_view()
def proposal_list(request: HttpRequest) -> HttpResponse:
    """The steward's queue (proposals for the records the workspace looks after) and the workspace's own."""
    workspace = request.workspace  # type: ignore[attr-defined]
    incoming = stewardship.proposals_for_steward(actor=request.user, workspace=workspace)
    sent = ChangeProposal.objects.filter(workspace=workspace).select_related(
        "organisation__steward", "theme__steward")[:100]
    return render(request, "directory/proposals.html", {"incoming": incoming, "sent": sent,
                                                        "decision_labels": _decision_labels()})


def _decision_labels() -> list[tuple[str, str]]:
    return [("accept", _("Accept")), ("reject", _("Reject"))]


def _decide(request: HttpRequest, workspace: Workspace | None, proposal: ChangeProposal, decision: str) -> None:
    if decision not in {"accept", "reject"}:
        raise Http404
    try:
        if decision == "accept":
            stewardship.accept_proposal(actor=request.user, workspace=workspace, proposal=proposal)
            messages.success(request, _("The change is applied."))
        else:
            stewardship.reject_proposal(actor=request.user, workspace=workspace, proposal=proposal)
            messages.success(request, _("The proposal is rejected."))
    except ChangeRefused as refusal:
        messages.error(request, refusal.message)


@workspace_view(write=True)
@require_POST
def proposal_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    proposal = get_object_or_404(stewardship.proposals_for_steward(actor=request.user, workspace=workspace), pk=pk)
    _decide(request, workspace, proposal, decision)
    return redirect("directory:proposal_list", workspace.slug)


@workspace_view(write=True)
def organisation_own_values(request: HttpRequest, pk: int) -> HttpResponse:
    """The workspace's own name, short name, website and description of an organisation, for its pages only."""
    workspace = request.workspace  # type: ignore[attr-defined]
    organisation = ORGANISATION.get(workspace, pk)
    form = forms.OverrideForm(request.POST or None, instance=stewardship.override_of(workspace, organisation))
    if request.method == "POST" and form.is_valid():
        stewardship.save_override(actor=request.user, workspace=workspace, organisation=organisation,
                                  values=form.cleaned_data)
        messages.success(request, _("Saved. Only your workspace shows these values."))
        return redirect(ORGANISATION.url("detail", workspace, pk))
    return render(request, "directory/own_values.html", {
        "form": form, "object": organisation, "cancel_url": ORGANISATION.url("detail", workspace, pk),
    }, status=400 if form.is_bound and form.errors else 200)


# The instance administrators' page ------------------------------------------------------------------------------


def instance_admin_view(view: Any) -> Any:
    @login_required
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not is_instance_admin(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@instance_admin_view
def instance_home(request: HttpRequest) -> HttpResponse:
    """Public records (organisations and themes of no workspace), the proposals addressed to them, workspaces."""
    return render(request, "directory/instance.html", {
        "organisations": paginate(request, Organisation.objects.filter(steward__isnull=True).order_by("name", "id"),
                                  50),
        "themes": Theme.objects.filter(steward__isnull=True).order_by("slug"),
        "proposals": stewardship.proposals_for_steward(actor=request.user, workspace=None),
        "workspaces": Workspace.objects.order_by("name"), "decision_labels": _decision_labels(),
    })


@instance_admin_view
@require_POST
def instance_proposal_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    proposal = get_object_or_404(stewardship.proposals_for_steward(actor=request.user, workspace=None), pk=pk)
    _decide(request, None, proposal, decision)
    return redirect("directory:instance_home")


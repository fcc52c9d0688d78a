"""The projects of the token's workspace, with their partners, status changes and outputs.

A payload becomes the data the project page would post (the project form and its partner formset), so the API
refuses what the page refuses, with the messages per field ("partners.1.role" for the second partner's role).
Another workspace's project answers 404. Public records (owned by no workspace) are readable by every workspace
and writable through none: a write to one answers 404, as its edit page does.
"""

from typing import Any, cast

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import P, PathEx, Query, Router, Status
from ninja.pagination import paginate

from kumppani.audit import writes
from kumppani.core.apitools import MAX_ID, Pagination, raise_form_errors
from kumppani.core.apitools import workspace_of as ws
from kumppani.projects import forms, selectors, services
from kumppani.projects.api_schemas import (
    OutputIn,
    OutputOut,
    OutputPatch,
    ProjectFilters,
    ProjectIn,
    ProjectOut,
    ProjectPatch,
    StatusChangeIn,
)
from kumppani.projects.models import Output, PartnerRole, Project, ProjectPartner
from kumppani.workspaces.api_forms import bind_form

router = Router(tags=["projects"])

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The project's id")]
OutputId = PathEx[int, P(ge=1, le=MAX_ID, description="The output's id")]
DELETED = {204: None}


def _detailed(workspace: Any, pk: int) -> Project:
    return get_object_or_404(
        selectors.with_details(selectors.visible_projects(workspace)).prefetch_related("status_changes__author"),
        pk=pk)


def _partner_entries(payload: dict[str, Any], instance: Project) -> list[dict[str, Any]]:
    """The partners the payload asks for; without "partners", the current ones unchanged."""
    if payload.get("partners") is not None:
        return [entry if isinstance(entry, dict) else entry.model_dump(exclude_unset=True)
                for entry in payload["partners"]]
    if instance.pk is None:
        return []
    return [{"organisation": partner.organisation_id, "role": partner.role, "budget": partner.budget}
            for partner in ProjectPartner.objects.filter(project=instance)]


def _partner_data(entries: list[dict[str, Any]], instance: Project) -> tuple[dict[str, Any], dict[int, int]]:
    """The partner formset's data: an existing partner keeps its row when the entries name its organisation,
    else its row is deleted; the other entries are new rows. Also: the entry index of each form index."""
    existing = list(ProjectPartner.objects.filter(project=instance).order_by("role", "id")) if instance.pk else []
    unused = dict(enumerate(entries))
    data: dict[str, Any] = {}
    entry_of_form: dict[int, int] = {}
    for index, partner in enumerate(existing):
        match = next((number for number, entry in unused.items()
                      if entry.get("organisation") == partner.organisation_id), None)
        row: dict[str, Any] = {"id": partner.pk, "project": instance.pk}
        if match is None:
            row.update({"organisation": partner.organisation_id, "role": partner.role, "budget": partner.budget,
                        "DELETE": "on"})
        else:
            row.update(_row(unused.pop(match)))
            entry_of_form[index] = match
        data.update({f"partners-{index}-{name}": value for name, value in row.items()})
    for index, (number, entry) in enumerate(unused.items(), start=len(existing)):
        data.update({f"partners-{index}-{name}": value for name, value in _row(entry).items()})
        entry_of_form[index] = number
    data.update({"partners-TOTAL_FORMS": str(len(existing) + len(unused)),
                 "partners-INITIAL_FORMS": str(len(existing)), "partners-MIN_NUM_FORMS": "0",
                 "partners-MAX_NUM_FORMS": str(forms.MAX_PARTNERS)})
    return data, entry_of_form


def _row(entry: dict[str, Any]) -> dict[str, Any]:
    budget = entry.get("budget")
    return {"organisation": entry.get("organisation"), "role": entry.get("role") or PartnerRole.PARTNER,
            "budget": "" if budget is None else str(budget)}


def _partner_errors(formset: forms.BasePartnerFormSet, entry_of_form: dict[int, int]) -> dict[str, list[str]]:
    """The formset's messages under the payload's names: "partners.1.role" for the second entry's role."""
    errors: dict[str, list[str]] = {}
    if formset.non_form_errors():
        errors["partners"] = [str(message) for message in formset.non_form_errors()]
    for index, form in enumerate(formset.forms):
        if formset.is_removed(form):
            continue
        for name, messages in form.errors.items():
            key = "partners" if name == "__all__" else f"partners.{entry_of_form.get(index, index)}.{name}"
            errors.setdefault(key, []).extend(str(message) for message in messages)
    return errors


def _save(request: HttpRequest, payload: dict[str, Any], instance: Project) -> Project:
    workspace = ws(request)
    project_fields = {name: value for name, value in payload.items() if name != "partners"}
    form = bind_form(forms.ProjectForm, workspace, project_fields, instance if instance.pk else None)
    data, entry_of_form = _partner_data(_partner_entries(payload, instance), instance)
    partners = forms.partner_formset(data, instance=form.instance, workspace=workspace)
    form_valid, partners_valid = form.is_valid(), partners.is_valid()
    if not (form_valid and partners_valid):
        errors = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
        errors.update(_partner_errors(partners, entry_of_form))
        raise ValidationError(errors)  # type: ignore[arg-type]
    project = services.save_project(request.user, workspace, cast(forms.ProjectForm, form), partners)
    return _detailed(workspace, project.pk)


@router.get("/projects", response=list[ProjectOut])
@paginate(Pagination)
def list_projects(request: HttpRequest, filters: Query[ProjectFilters]) -> Any:
    """Your workspace's projects, filtered as on the projects page; with public=true the public records too."""
    filter_form = forms.ProjectFilterForm(filters.model_dump(exclude_none=True), workspace=ws(request))
    raise_form_errors(filter_form)
    return selectors.projects(ws(request), filter_form.cleaned_data).prefetch_related("status_changes__author")


@router.post("/projects", response={201: ProjectOut})
def create_project(request: HttpRequest, payload: ProjectIn) -> Any:
    """A new project with its partners, saved whole or not at all."""
    return Status(201, _save(request, payload.model_dump(exclude_unset=True), Project(workspace=ws(request))))


@router.get("/projects/{id}", response=ProjectOut)
def get_project(request: HttpRequest, id: Id) -> Any:
    """One of your projects, or a public record."""
    return _detailed(ws(request), id)


@router.patch("/projects/{id}", response=ProjectOut)
def update_project(request: HttpRequest, id: Id, payload: ProjectPatch) -> Any:
    """Change the fields given. "partners", when given, is the whole new list. A public record answers 404."""
    project = selectors.own_project(ws(request), id)
    return _save(request, payload.model_dump(exclude_unset=True), project)


@router.delete("/projects/{id}", response=DELETED)
def delete_project(request: HttpRequest, id: Id) -> Any:
    """Deletes the project with its partners, status changes, outputs and attachments; the history can undo it."""
    writes.delete_record(request.user, ws(request), selectors.own_project(ws(request), id))
    return Status(204, None)


@router.post("/projects/{id}/status", response=ProjectOut)
def change_project_status(request: HttpRequest, id: Id, payload: StatusChangeIn) -> Any:
    """Move the project to another status; the change is recorded with its date and your name."""
    workspace = ws(request)
    project = selectors.own_project(workspace, id)
    form = forms.StatusChangeForm({"status": payload.status, "on": payload.on, "note": payload.note or ""})
    raise_form_errors(form)
    services.change_status(request.user, workspace, project, form.cleaned_data["status"],
                           form.cleaned_data.get("on"), form.cleaned_data.get("note") or "")
    return _detailed(workspace, id)


@router.get("/projects/{id}/outputs", response=list[OutputOut])
@paginate(Pagination)
def list_outputs(request: HttpRequest, id: Id) -> Any:
    return selectors.outputs(selectors.visible_project(ws(request), id))


def _own_output(request: HttpRequest, project_id: int, output_id: int) -> Output:
    project = selectors.own_project(ws(request), project_id)
    return get_object_or_404(Output, pk=output_id, project=project)


@router.post("/projects/{id}/outputs", response={201: OutputOut})
def add_output(request: HttpRequest, id: Id, payload: OutputIn) -> Any:
    project = selectors.own_project(ws(request), id)
    form = bind_form(forms.OutputForm, ws(request), payload.model_dump(exclude_unset=True))
    raise_form_errors(form)
    return Status(201, services.save_output(request.user, ws(request), project, form))


@router.patch("/projects/{id}/outputs/{output_id}", response=OutputOut)
def update_output(request: HttpRequest, id: Id, output_id: OutputId, payload: OutputPatch) -> Any:
    output = _own_output(request, id, output_id)
    form = bind_form(forms.OutputForm, ws(request), payload.model_dump(exclude_unset=True), output)
    raise_form_errors(form)
    return services.save_output(request.user, ws(request), output.project, form)


@router.delete("/projects/{id}/outputs/{output_id}", response=DELETED)
def delete_output(request: HttpRequest, id: Id, output_id: OutputId) -> Any:
    services.delete_output(request.user, ws(request), _own_output(request, id, output_id))
    return Status(204, None)

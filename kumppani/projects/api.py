"""The projects of the token's workspace, with their partners, status changes and outputs.

A payload becomes the services' plain data (kumppani/projects/data.py), so the API refuses what the page refuses,
with the services' messages per field ("partners.1.role" for the second partner's role).
Another workspace's project answers 404. Public records (owned by no workspace) are readable by every workspace
and writable through none: a write to one answers 404, as its edit page does.
"""

import dataclasses
from typing import Any

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
from kumppani.projects.data import OutputData, PartnerData, ProjectData, merged_texts
from kumppani.projects.models import Output, PartnerRole, Project

router = Router(tags=["projects"])

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The project's id")]
OutputId = PathEx[int, P(ge=1, le=MAX_ID, description="The output's id")]
DELETED = {204: None}


def _detailed(workspace: Any, pk: int) -> Project:
    return get_object_or_404(
        selectors.with_details(selectors.visible_projects(workspace)).prefetch_related("status_changes__author"),
        pk=pk)


def _partners(entries: list[dict[str, Any]]) -> tuple[PartnerData, ...]:
    return tuple(PartnerData(organisation=entry["organisation"], role=entry.get("role") or PartnerRole.PARTNER,
                             budget=entry.get("budget")) for entry in entries)


def _project_data(payload: ProjectIn, current: ProjectData) -> ProjectData:
    """The project the payload asks for: the fields given change; a translated text changes in the languages
    given; "partners", when given, is the whole new list."""
    changes = payload.model_dump(exclude_unset=True)
    for name in ("title", "summary"):
        if name in changes:
            changes[name] = merged_texts(getattr(current, name), changes[name])
    if "themes" in changes:
        changes["themes"] = tuple(changes["themes"] or ())
    if "partners" in changes:
        changes["partners"] = _partners(changes["partners"]) if changes["partners"] is not None \
            else current.partners
    return dataclasses.replace(current, **changes)


def _output_data(payload: OutputIn, current: OutputData) -> OutputData:
    changes = payload.model_dump(exclude_unset=True)
    for name in ("title", "description"):
        if name in changes:
            changes[name] = merged_texts(getattr(current, name), changes[name])
    return dataclasses.replace(current, **changes)


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
    project = services.create_project(actor=request.user, workspace=ws(request),
                                      data=_project_data(payload, ProjectData(title={})))
    return Status(201, _detailed(ws(request), project.pk))


@router.get("/projects/{id}", response=ProjectOut)
def get_project(request: HttpRequest, id: Id) -> Any:
    """One of your projects, or a public record."""
    return _detailed(ws(request), id)


@router.patch("/projects/{id}", response=ProjectOut)
def update_project(request: HttpRequest, id: Id, payload: ProjectPatch) -> Any:
    """Change the fields given. "partners", when given, is the whole new list. A public record answers 404."""
    project = selectors.own_project(ws(request), id)
    services.update_project(actor=request.user, workspace=ws(request), project=project,
                            data=_project_data(payload, ProjectData.from_project(project)))
    return _detailed(ws(request), id)


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
    services.change_status(actor=request.user, workspace=workspace, project=project, status=payload.status,
                           on=payload.on, note=payload.note or "")
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
    data = _output_data(payload, OutputData(title={}))
    return Status(201, services.add_output(actor=request.user, workspace=ws(request), project=project, data=data))


@router.patch("/projects/{id}/outputs/{output_id}", response=OutputOut)
def update_output(request: HttpRequest, id: Id, output_id: OutputId, payload: OutputPatch) -> Any:
    output = _own_output(request, id, output_id)
    data = _output_data(payload, OutputData.from_output(output))
    return services.update_output(actor=request.user, workspace=ws(request), output=output, data=data)


@router.delete("/projects/{id}/outputs/{output_id}", response=DELETED)
def delete_output(request: HttpRequest, id: Id, output_id: OutputId) -> Any:
    services.delete_output(actor=request.user, workspace=ws(request), output=_own_output(request, id, output_id))
    return Status(204, None)

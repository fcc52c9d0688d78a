"""The projects of the token's workspace, with their partners, status changes and outputs: the routes of
projects and of their outputs come from their record types (kumppani/projects/records.py) through add_routes.

A payload becomes the services' plain data (kumppani/projects/data.py), so the API refuses what the page refuses,
with the services' messages per field ("partners.1.role" for the second partner's role).
Another workspace's project answers 404. Public records (owned by no workspace) are readable by every workspace
and writable through none: a write to one answers 404, as its edit page does.
"""

import dataclasses
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import P, PathEx, Router

from kumppani.core.apitools import MAX_ID, raise_form_errors
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
from kumppani.projects.records import OUTPUT, PROJECT
from kumppani.workspaces.record_api import Parent, RecordRoutes, Writes, add_routes

router = Router(tags=["projects"])

PROJECT_ID = "The project's id"
Id = PathEx[int, P(ge=1, le=MAX_ID, description=PROJECT_ID)]


def _detailed(workspace: Any, pk: int) -> Project:
    """A project the workspace may read, with everything ProjectOut shows."""
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


def _projects(request: HttpRequest, filters: ProjectFilters) -> Any:
    filter_form = forms.ProjectFilterForm(filters.model_dump(exclude_none=True), workspace=ws(request))
    raise_form_errors(filter_form)
    return selectors.projects(ws(request), filter_form.cleaned_data).prefetch_related("status_changes__author")


def _create_project(request: HttpRequest, payload: ProjectIn) -> Project:
    return services.create_project(actor=request.user, workspace=ws(request),
                                   data=_project_data(payload, ProjectData(title={})))


def _update_project(request: HttpRequest, project: Project, payload: ProjectPatch) -> Project:
    return services.update_project(actor=request.user, workspace=ws(request), project=project,
                                   data=_project_data(payload, ProjectData.from_project(project)))


add_routes(router, RecordRoutes(
    PROJECT, "/projects", ProjectIn, ProjectOut, ProjectPatch, filters=ProjectFilters, listed=_projects,
    fetch=_detailed, id_description=PROJECT_ID, module=__name__,
    writes=Writes(create=_create_project, update=_update_project), docs={
        "list": "Your workspace's projects, filtered as on the projects page; with public=true the public records "
                "too.",
        "create": "A new project with its partners, saved whole or not at all.",
        "get": "One of your projects, or a public record.",
        "update": 'Change the fields given. "partners", when given, is the whole new list. A public record answers '
                  "404.",
        "delete": "Deletes the project with its partners, status changes, outputs and attachments; the history can "
                  "undo it."}))


@router.post("/projects/{id}/status", response=ProjectOut)
def change_project_status(request: HttpRequest, id: Id, payload: StatusChangeIn) -> Any:
    """Move the project to another status; the change is recorded with its date and your name."""
    workspace = ws(request)
    project = PROJECT.get(workspace, id)
    services.change_status(actor=request.user, workspace=workspace, project=project, status=payload.status,
                           on=payload.on, note=payload.note or "")
    return _detailed(workspace, id)


def _add_output(request: HttpRequest, payload: OutputIn, project: Project) -> Output:
    return services.add_output(actor=request.user, workspace=ws(request), project=project,
                               data=_output_data(payload, OutputData(title={})))


def _update_output(request: HttpRequest, output: Output, payload: OutputPatch) -> Output:
    return services.update_output(actor=request.user, workspace=ws(request), output=output,
                                  data=_output_data(payload, OutputData.from_output(output)))


add_routes(router, RecordRoutes(
    OUTPUT, "/projects/{id}/outputs", OutputIn, OutputOut, OutputPatch, id_description="The output's id",
    parent=Parent(PROJECT, "project", selectors.outputs, id_description=PROJECT_ID),
    operations=("list", "create", "update", "delete"), names={"create": "add_output"}, module=__name__,
    writes=Writes(create=_add_output, update=_update_output)))

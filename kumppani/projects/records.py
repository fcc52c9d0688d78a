"""The record types of projects and their outputs: which records a workspace reads (its own and the public records)
and changes (its own). The pages are all the app's own and find a project or an output through these; the API's
routes come from them (kumppani/projects/api.py), and so do the exports' columns (kumppani/projects/exports.py)."""

from typing import Any

from kumppani.projects import exports, forms, selectors, services
from kumppani.projects.models import Output, Project
from kumppani.workspaces.records import RecordType


def _delete_output(*, actor: Any, workspace: Any, record: Output) -> None:
    services.delete_output(actor=actor, workspace=workspace, output=record)


PROJECT = RecordType(
    name="project", plural="projects", model=Project, form_class=forms.ProjectForm,
    queryset=selectors.own_projects, readable=selectors.visible_projects, namespace="projects", own_pages=True,
    fields=[],  # saved by the services from ProjectData (kumppani/projects/services.py), never by save_record
    columns=exports.COLUMNS,
)
OUTPUT = RecordType(
    name="output", plural="outputs", model=Output, form_class=forms.OutputForm,
    queryset=lambda workspace: Output.objects.filter(project__workspace=workspace).select_related("project"),
    namespace="projects", own_pages=True, delete=_delete_output, fields=[],  # saved by the services from OutputData
)

"""The record types of projects and their outputs: which records a workspace reads and changes, shared by the
pages (all the app's own), the exports and the API's routes (kumppani/projects/api.py)."""

from typing import Any

from kumppani.projects import forms, selectors, services
from kumppani.projects.models import Output, Project
from kumppani.workspaces.records import RecordType


def _delete_output(*, actor: Any, workspace: Any, record: Output) -> None:
    services.delete_output(actor=actor, workspace=workspace, output=record)


PROJECT = RecordType(
    name="project", plural="projects", model=Project, form_class=forms.ProjectForm,
    queryset=selectors.own_projects, readable=selectors.visible_projects, namespace="projects", own_pages=True,
)
OUTPUT = RecordType(
    name="output", plural="outputs", model=Output, form_class=forms.OutputForm,
    queryset=lambda workspace: Output.objects.filter(project__workspace=workspace).select_related("project"),
    namespace="projects", own_pages=True, delete=_delete_output,
)

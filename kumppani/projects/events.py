"""The events that writes of projects and their partners emit (registered in ProjectsConfig.ready)."""

from collections import defaultdict
from collections.abc import Sequence

from kumppani.core import events
from kumppani.directory.events import chunks
from kumppani.directory.models import Theme
from kumppani.projects.models import Project, ProjectPartner


def projects(records: Sequence[Project], action: str) -> list[events.Event]:
    """A project's texts and themes are terms of its partners' profiles (a new project has no partners yet)."""
    by_workspace: dict[int | None, list[int]] = defaultdict(list)
    for project in records:
        by_workspace[project.workspace_id].append(project.pk)
    return [events.ProjectChanged(action, workspace_id, frozenset(ids),
                                  frozenset() if action == events.CREATED else frozenset(_partners_of(ids)))
            for workspace_id, ids in by_workspace.items()]


def _partners_of(project_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(project_ids):
        found.update(ProjectPartner.objects.filter(project_id__in=chunk).values_list("organisation_id", flat=True))
    return found


def partners(records: Sequence[ProjectPartner], action: str) -> list[events.Event]:
    workspace_of: dict[int, int | None] = {}
    for chunk in chunks(list({partner.project_id for partner in records})):
        workspace_of.update(Project.objects.filter(pk__in=chunk).values_list("pk", "workspace_id"))
    by_workspace: dict[int | None, list[ProjectPartner]] = defaultdict(list)
    for partner in records:
        by_workspace[workspace_of.get(partner.project_id)].append(partner)
    return [events.ProjectPartnersChanged(action, workspace_id, frozenset(row.project_id for row in rows),
                                          frozenset(row.organisation_id for row in rows))
            for workspace_id, rows in by_workspace.items()]


def themes(records: Sequence[Theme], action: str) -> list[events.Event]:
    """A theme's names are terms of the profiles of the public projects' partners too."""
    ids = [record.pk for record in records]
    found: set[int] = set()
    if action != events.CREATED:
        for chunk in chunks(ids):
            found.update(ProjectPartner.objects.filter(
                project__themes__in=chunk, project__workspace__isnull=True).values_list("organisation_id", flat=True))
    return [events.ThemeChanged(action, None, frozenset(ids), frozenset(found))]


def register() -> None:
    events.describe(Project, events.ProjectChanged, projects)
    events.describe(ProjectPartner, events.ProjectPartnersChanged, partners)
    events.describe(Theme, events.ThemeChanged, themes)

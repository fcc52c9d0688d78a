"""Keep the partner-search index current: after each commit, reindex the organisations its events concern.

Every organisation is reindexed once per transaction however many of its records changed (the events of one
transaction reach `follow` together): its public part when a public record changed, a workspace's part when that
workspace's note or project did. A deleted organisation or workspace leaves the index.
"""

from collections import defaultdict

from django.db import transaction

from kumppani.core import events
from kumppani.partners import index
from kumppani.projects.models import ProjectPartner

FOLLOWED = (events.OrganisationChanged, events.NoteChanged, events.ThemeChanged, events.ProjectChanged,
            events.ProjectPartnersChanged, events.WorkspaceChanged)


def follow(changes: list[events.Event]) -> None:
    public: set[int] = set()
    private: dict[int, set[int]] = defaultdict(set)
    gone_organisations: set[int] = set()
    gone_workspaces: set[int] = set()
    for event in changes:
        if isinstance(event, events.WorkspaceChanged):
            if event.action == events.DELETED:
                gone_workspaces |= event.ids
            continue
        if isinstance(event, events.OrganisationChanged) and event.action == events.DELETED:
            gone_organisations |= event.ids
        if isinstance(event, events.ThemeChanged) and event.action != events.DELETED:
            for workspace_id, organisation_id in _workspace_partners_of_themes(event.ids):
                private[workspace_id].add(organisation_id)
        if event.workspace_id is None:
            public |= event.organisation_ids
        else:
            private[event.workspace_id] |= event.organisation_ids
    with transaction.atomic():
        for workspace_id in sorted(gone_workspaces):
            index.forget_workspace(workspace_id)
        for organisation_id in sorted(gone_organisations):
            index.forget_organisation(organisation_id)
        index.reindex_public(public - gone_organisations)
        for workspace_id, organisation_ids in sorted(private.items()):
            if workspace_id not in gone_workspaces and organisation_ids - gone_organisations:
                index.reindex_workspace(workspace_id, organisation_ids - gone_organisations)


def _workspace_partners_of_themes(theme_ids: frozenset[int]) -> list[tuple[int, int]]:
    """(workspace, organisation) of the workspaces' own projects about these themes."""
    return list(ProjectPartner.objects.filter(project__themes__in=theme_ids, project__workspace__isnull=False)
                .values_list("project__workspace_id", "organisation_id").distinct())


def subscribe() -> None:
    events.subscribe(follow, *FOLLOWED)

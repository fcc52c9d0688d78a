"""The partner index follows merges of organisations and their undoing (connected in apps.py).

A merge moves rows with bulk updates (no model signals), and an undo brings rows back raw, so neither reaches the
index's save handlers: these reindex the organisations involved, public part and every workspace's own part.
"""

from typing import Any

from django.db import transaction

from kumppani.audit.services import restored
from kumppani.directory.merging import organisations_merged
from kumppani.directory.models import Organisation, OrganisationNote
from kumppani.partners import index
from kumppani.projects.models import ProjectPartner


def _workspaces_of(organisation_ids: list[int]) -> set[int]:
    notes = OrganisationNote.objects.filter(organisation_id__in=organisation_ids).values_list("workspace_id",
                                                                                              flat=True)
    projects = ProjectPartner.objects.filter(organisation_id__in=organisation_ids,
                                             project__workspace__isnull=False).values_list("project__workspace_id",
                                                                                           flat=True)
    return set(notes) | set(projects)


def reindex_organisations(organisation_ids: list[int]) -> None:
    """Reindex these organisations everywhere: call after rows that make up their profiles moved in bulk."""
    index.reindex_public(organisation_ids)
    for workspace_id in sorted(_workspaces_of(organisation_ids)):
        index.reindex_workspace(workspace_id, organisation_ids)


def follow_merge(kept_id: int, removed_id: int, **_kwargs: Any) -> None:
    """Once the merge commits, the removed organisation leaves the index and the kept one is indexed with
    everything it received (nothing happens after a rollback)."""

    def reindex() -> None:
        index.forget_organisation(removed_id)
        reindex_organisations([kept_id])

    transaction.on_commit(reindex)


def follow_restore(instance: Any, entry: Any, **_kwargs: Any) -> None:
    if not isinstance(instance, Organisation):
        return
    involved = [instance.pk]
    kept_id = (entry.snapshot or {}).get("merged_into")
    if kept_id and Organisation.objects.filter(pk=kept_id).exists():
        involved.append(kept_id)
    reindex_organisations(involved)


def connect() -> None:
    organisations_merged.connect(follow_merge, sender=Organisation, dispatch_uid="partner_index_follow_merge")
    restored.connect(follow_restore, dispatch_uid="partner_index_follow_restore")

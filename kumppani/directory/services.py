"""Writes to the directory. Pages, the API and the importer all call these, so every write is audited."""

from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.audit.writes import DeletionRefused
from kumppani.directory.models import Organisation, OrganisationNote, Theme
from kumppani.workspaces.record_services import refuse_nul


def organisation_used_elsewhere(organisation: Organisation, workspace: Any) -> bool:
    """A shared organisation that another workspace refers to must not be deleted from under it."""
    other = ~models.Q(workspace=workspace)
    return (
        organisation.partnerships.filter(other).exists()
        or organisation.network_memberships.filter(other).exists()
        or organisation.people.filter(other).exists()
        or organisation.notes.filter(other).exists()
        or type(workspace).objects.filter(organisation=organisation).exclude(pk=workspace.pk).exists()
    )


def refuse_shared_deletion(organisation: Organisation, workspace: Any) -> None:
    if organisation_used_elsewhere(organisation, workspace):
        raise DeletionRefused(_("Other workspaces use this organisation, so it cannot be deleted."))


def refuse_shared_theme_deletion(theme: Theme, workspace: Any) -> None:
    other = ~models.Q(workspace=workspace)
    if theme.partnerships.filter(other).exists() or theme.representations.filter(other).exists():
        raise DeletionRefused(_("Other workspaces use this theme, so it cannot be deleted."))


def add_note(*, actor: Any, workspace: Any, organisation: Organisation, text: str) -> OrganisationNote:
    """The workspace's private note on an organisation, by the actor; an empty note is refused."""
    refuse_nul({"text": text})
    note = OrganisationNote(workspace=workspace, organisation=organisation, author=actor, text=(text or "").strip())
    note.full_clean(exclude=["workspace", "organisation", "author"])
    writes.create_record(actor, workspace, note)
    return note

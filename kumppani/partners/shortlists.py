"""Acting on a search hit: a named shortlist of the workspace, or a project's candidate partners (the project's own
shortlist). Every write goes through the audited path."""

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.directory.models import Organisation
from kumppani.partners.models import Shortlist, ShortlistEntry
from kumppani.projects.models import Project

MAX_NAME = 200


def _add(actor: Any, workspace: Any, shortlist: Shortlist, organisation: Organisation) -> ShortlistEntry:
    entry = ShortlistEntry.objects.filter(shortlist=shortlist, organisation=organisation).first()
    if entry is None:
        entry = writes.create_record(actor, workspace, ShortlistEntry(shortlist=shortlist, organisation=organisation,
                                                                      added_by=actor))  # type: ignore[assignment]
    return entry  # type: ignore[return-value]


@transaction.atomic
def add_to_shortlist(*, actor: Any, workspace: Any, organisation: Organisation, shortlist: Shortlist | None = None,
                     new_name: str = "") -> ShortlistEntry:
    """Add to one of the workspace's shortlists, or to a new one of that name (an existing name is reused)."""
    if shortlist is None:
        name = " ".join(new_name.split())[:MAX_NAME]
        if not name:
            raise writes.ChangeRefused(_("Choose a shortlist or name a new one."))
        shortlist = Shortlist.objects.filter(workspace=workspace, name=name).first()
        if shortlist is None:
            shortlist = writes.create_record(actor, workspace, Shortlist(name=name))  # type: ignore[assignment]
    elif shortlist.workspace_id != workspace.pk:
        raise writes.ChangeRefused(_("The shortlist is not this workspace's."))
    return _add(actor, workspace, shortlist, organisation)  # type: ignore[arg-type]


def candidate_list(*, actor: Any, workspace: Any, project: Project) -> Shortlist:
    """The project's candidate partners, a shortlist created the first time one is added."""
    existing = Shortlist.objects.filter(project=project).first()
    if existing is not None:
        return existing
    base = _("Candidate partners: %(project)s") % {"project": project}
    name, number = base[:MAX_NAME], 2
    while Shortlist.objects.filter(workspace=workspace, name=name).exists():
        name, number = f"{base[:MAX_NAME - 6]} ({number})", number + 1
    return writes.create_record(actor, workspace, Shortlist(name=name, project=project))  # type: ignore[return-value]


@transaction.atomic
def add_candidate(*, actor: Any, workspace: Any, project: Project, organisation: Organisation) -> ShortlistEntry:
    """Add the organisation as a candidate partner of the workspace's project."""
    if project.workspace_id != workspace.pk:
        raise writes.ChangeRefused(_("The project is not this workspace's."))
    return _add(actor, workspace, candidate_list(actor=actor, workspace=workspace, project=project), organisation)


def remove_entry(*, actor: Any, workspace: Any, entry: ShortlistEntry) -> None:
    if entry.shortlist.workspace_id != workspace.pk:
        raise writes.ChangeRefused(_("The shortlist is not this workspace's."))
    writes.delete_record(actor, workspace, entry)

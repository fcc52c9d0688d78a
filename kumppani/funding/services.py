"""Rules for changing the shared catalogue: a programme or call that others rely on is not deleted."""

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from kumppani.audit.writes import DeletionRefused
from kumppani.funding.models import Call, Programme


def refuse_programme_in_use(programme: Programme, workspace: Any) -> None:
    if programme.projects.exists() or programme.calls.filter(projects__isnull=False).exists():
        raise DeletionRefused(_("Projects refer to this programme, so it cannot be deleted."))


def refuse_call_used_elsewhere(call: Call, workspace: Any) -> None:
    if call.projects.filter(~Q(workspace=workspace) | Q(workspace__isnull=True)).exists():
        raise DeletionRefused(_("Other workspaces' projects refer to this call, so it cannot be deleted."))

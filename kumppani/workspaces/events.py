"""The events that writes of workspaces emit (registered in WorkspacesConfig.ready)."""

from collections.abc import Sequence

from kumppani.core import events
from kumppani.workspaces.models import Workspace


def workspaces(records: Sequence[Workspace], action: str) -> list[events.Event]:
    return [events.WorkspaceChanged(action, None, frozenset(record.pk for record in records))]


def register() -> None:
    events.describe(Workspace, events.WorkspaceChanged, workspaces)

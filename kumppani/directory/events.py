"""The events that writes of directory records emit (registered in DirectoryConfig.ready)."""

from collections import defaultdict
from collections.abc import Iterator, Sequence

from kumppani.core import events
from kumppani.directory.models import Organisation, OrganisationNote, Theme

CHUNK = 900  # ids per IN list (old SQLite builds allow 999 parameters)


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def organisations(records: Sequence[Organisation], action: str) -> list[events.Event]:
    ids = frozenset(record.pk for record in records)
    return [events.OrganisationChanged(action, None, ids, ids)]


def notes(records: Sequence[OrganisationNote], action: str) -> list[events.Event]:
    by_workspace: dict[int, list[OrganisationNote]] = defaultdict(list)
    for note in records:
        by_workspace[note.workspace_id].append(note)
    return [events.NoteChanged(action, workspace_id, frozenset(note.pk for note in notes),
                               frozenset(note.organisation_id for note in notes))
            for workspace_id, notes in by_workspace.items()]


def themes(records: Sequence[Theme], action: str) -> list[events.Event]:
    """A theme's names are terms of the profiles of the organisations holding it."""
    ids = [record.pk for record in records]
    holding: set[int] = set()
    if action != events.CREATED:
        for chunk in chunks(ids):
            holding.update(Organisation.themes.through.objects.filter(theme_id__in=chunk).values_list(
                "organisation_id", flat=True))
    return [events.ThemeChanged(action, None, frozenset(ids), frozenset(holding))]


def register() -> None:
    events.describe(Organisation, events.OrganisationChanged, organisations)
    events.describe(OrganisationNote, events.NoteChanged, notes)
    events.describe(Theme, events.ThemeChanged, themes)

"""Domain events: what changed, handled once the transaction that changed it has committed.

The audited write path (audit/writes.py) emits an event for every record it writes; the app that owns a model
says which event its records make (`describe`, in its AppConfig.ready()), and the apps that keep something derived
— the partner-search index — subscribe to the events they follow (`subscribe`, in ready() too).

`emit` queues the event on the current transaction: the events of one kind, action and workspace are merged into
one (their ids united), so an import of 20,000 rows hands the handlers one event per kind, and each handler is
called once per transaction with everything it follows. Nothing runs after a rollback. Outside a transaction the
handlers run at once (the write has committed already).
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from django.db import models, transaction

CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"


@dataclass(frozen=True)
class Event:
    """Records of one kind (`ids`) were created, changed, deleted or restored in a workspace (None: public records).

    `organisation_ids` are the directory organisations whose profile the change concerns (the organisation
    itself, a project's partners, a note's organisation), read while the records still exist."""

    kind: ClassVar[str] = "record"
    action: str
    workspace_id: int | None
    ids: frozenset[int] = frozenset()
    organisation_ids: frozenset[int] = frozenset()

    @property
    def name(self) -> str:
        return f"{self.kind}.{self.action}"

    def key(self) -> tuple[Any, ...]:
        return type(self), self.action, self.workspace_id

    def merged(self, other: "Event") -> "Event":
        return replace(self, ids=self.ids | other.ids, organisation_ids=self.organisation_ids | other.organisation_ids)


class OrganisationChanged(Event):
    kind = "organisation"


class NoteChanged(Event):
    kind = "organisation_note"


class ThemeChanged(Event):
    kind = "theme"


class ProjectChanged(Event):
    kind = "project"


class ProjectPartnersChanged(Event):
    """Partner rows of projects: `ids` are the projects, `organisation_ids` the partners added, changed or removed."""

    kind = "project_partner"


class WorkspaceChanged(Event):
    kind = "workspace"


Describer = Callable[[Sequence[Any], str], Iterable[Event]]
Handler = Callable[[list[Event]], None]

_describers: dict[type[models.Model], list[tuple[type[Event], Describer]]] = {}
_handlers: list[tuple[Handler, tuple[type[Event], ...]]] = []


def describe(model: type[models.Model], event: type[Event], describer: Describer) -> None:
    """Register what writes of `model` emit: describer(records, action) → events of the kind `event` (several apps
    may add theirs: a theme concerns the organisations holding it and the partners of the projects about it)."""
    if (event, describer) not in _describers.setdefault(model, []):
        _describers[model].append((event, describer))


def subscribe(handler: Handler, *kinds: type[Event]) -> None:
    """Call handler(events) after each commit that emitted events of these kinds (all of them in one call)."""
    if all(known is not handler for known, _kinds in _handlers):
        _handlers.append((handler, kinds))


def events_of(records: Sequence[models.Model], action: str) -> list[Event]:
    """The events that writing these records (all of one model) makes; read before a deletion removes them."""
    if not records:
        return []
    found: list[Event] = []
    for _event, describer in _describers.get(_concrete(type(records[0])), []):
        found.extend(describer(records, action))
    return found


def name_of(model: type[models.Model], action: str) -> str:
    """The event name the history shows for a write: the described kind, else the model's own name."""
    for event, _describer in _describers.get(_concrete(model), []):
        return f"{event.kind}.{action}"
    return f"{model._meta.model_name}.{action}"


def _concrete(model: type[models.Model]) -> type[models.Model]:
    return model._meta.concrete_model or model


@dataclass
class _Batch:
    """The events of one transaction, merged by key, waiting for its commit."""

    events: dict[tuple[Any, ...], Event] = field(default_factory=dict)
    done: bool = False

    def add(self, event: Event) -> None:
        known = self.events.get(event.key())
        self.events[event.key()] = event if known is None else known.merged(event)

    def dispatch(self) -> None:
        if self.done:  # run once (a test's nested on-commit captures may call it twice)
            return
        self.done = True
        _run_handlers(list(self.events.values()))


def emit(*events: Event, using: str | None = None) -> None:
    """Queue the events; their handlers run after the current transaction commits (at once outside one)."""
    if not events:
        return
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _run_handlers(list(events))
        return
    batch: _Batch | None = getattr(connection, "_kumppani_events", None)
    if batch is None or batch.done or not _still_queued(connection, batch):
        batch = _Batch()
        connection._kumppani_events = batch  # type: ignore[attr-defined]
        transaction.on_commit(batch.dispatch, using=connection.alias)
    for event in events:
        batch.add(event)


def _still_queued(connection: Any, batch: _Batch) -> bool:
    """False once a rollback has dropped the batch's on-commit callback (its events went with the rollback)."""
    return any(callback == batch.dispatch for _savepoints, callback, _robust in connection.run_on_commit)


def _run_handlers(events: list[Event]) -> None:
    for handler, kinds in _handlers:
        followed = [event for event in events if isinstance(event, kinds)]
        if followed:
            handler(followed)

"""A marker that moves with every change a page may show, for the pages kept rendered (the public page, the
directory's lists): the key of a kept copy includes it, so a change shows on the next request.

Every change goes through the audited write path, so the marker is the audit log's newest entries: the newest id,
and on PostgreSQL how many of the RECENT_IDS ids below it exist (there a transaction that took its ids earlier but
commits later changes the count), read from the database, so that another server process's change counts too. A save
outside the audited path in this process (a command, a test) moves this process's count of saved records, both when
saved and when committed.
"""

import itertools
from typing import Any

from django.db import connection, transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save

from kumppani.audit.models import AuditEntry

RECENT_IDS = 1000
# Saves of these apps' records never show on a page (sign-ins, rate limits, form tokens, jobs, the audit log itself,
# which the marker reads from the database).
UNSHOWN_APPS = frozenset({"sessions", "axes", "core", "audit", "jobs", "django_tasks_database", "contenttypes"})

_saves = itertools.count()
_generation = next(_saves)


def record_saved(sender: type[Model], **kwargs: Any) -> None:
    """post_save, post_delete and m2m_changed: a saved record may be on a page."""
    global _generation
    if sender._meta.app_label in UNSHOWN_APPS:
        return
    _generation = next(_saves)
    transaction.on_commit(_count_commit, robust=True)  # a page rendered before the commit is not kept as new


def _count_commit() -> None:
    global _generation
    _generation = next(_saves)


def audit_position() -> tuple[int, int]:
    """(the newest audit entry's id, how many entries the RECENT_IDS ids below it hold), in one query.

    Written as SQL: built by the ORM, the query cost more CPU than the rest of a kept page's answer. On SQLite the
    newest id is enough, and the count is left at 0: one transaction writes at a time and an AUTOINCREMENT id is never
    given twice, so ids become visible in the order they were taken. Counting a thousand ids cost a kept API answer
    ~30 of its ~330 µs of CPU."""
    table = connection.ops.quote_name(AuditEntry._meta.db_table)  # the model's own name, no input
    params: list[int] | None
    if connection.vendor == "sqlite":  # without parameters, which Django's SQLite cursor would convert
        sql, params = f"SELECT MAX(id), 0 FROM {table}", None  # noqa: S608
    else:
        sql = f"SELECT MAX(id), COUNT(*) FROM {table} WHERE id > (SELECT MAX(id) FROM {table}) - %s"  # noqa: S608
        params = [RECENT_IDS]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        newest, recent = cursor.fetchone()
    return newest or 0, recent


def marker() -> tuple[int, int, int]:
    """Read before the content it keys: a change committed meanwhile moves the next request's marker."""
    return (*audit_position(), _generation)


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(record_saved, dispatch_uid="kumppani.audit.changes")

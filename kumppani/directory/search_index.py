"""A substring index on Organisation.search_text, so that searching 100,000 organisations reads only the matches.

`LIKE '%term%'` cannot use a B-tree index: without help every search reads the whole table, and on SQLite the
planner even walks the name index row by row to avoid a sort, which for a rare term means every row again.
PostgreSQL gets a pg_trgm GIN index, which its planner uses for that LIKE as it stands. SQLite gets an FTS5
table with the trigram tokenizer, kept in step with the organisations by triggers; `matching` queries it for
terms of three or more characters (the trigram index finds no shorter ones).

Both are made by `ensure`, which runs after every migrate (post_migrate) rather than in a migration: on SQLite a
migration that rebuilds the organisation table drops the triggers with the old table, and `ensure` puts them back
and rebuilds the index. Where the database cannot (pg_trgm not installable, SQLite without FTS5 trigram), search
still works by scanning.
"""

import logging
from typing import Any, TypeVar

from django.db import DatabaseError, connections, models, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.expressions import RawSQL

logger = logging.getLogger(__name__)

FTS_TABLE = "directory_organisation_search"
SHORTEST_INDEXED_TERM = 3
SQLITE_SEARCH_TABLE = """CREATE VIRTUAL TABLE IF NOT EXISTS directory_organisation_search USING fts5(
    search_text, content='directory_organisation', content_rowid='id', tokenize='trigram')"""
SQLITE_TRIGGERS = {
    "directory_organisation_search_insert": """CREATE TRIGGER IF NOT EXISTS directory_organisation_search_insert
        AFTER INSERT ON directory_organisation BEGIN
        INSERT INTO directory_organisation_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
    "directory_organisation_search_delete": """CREATE TRIGGER IF NOT EXISTS directory_organisation_search_delete
        AFTER DELETE ON directory_organisation BEGIN
        INSERT INTO directory_organisation_search(directory_organisation_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text); END""",
    "directory_organisation_search_update": """CREATE TRIGGER IF NOT EXISTS directory_organisation_search_update
        AFTER UPDATE OF id, search_text ON directory_organisation BEGIN
        INSERT INTO directory_organisation_search(directory_organisation_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO directory_organisation_search(rowid, search_text) VALUES (new.id, new.search_text); END""",
}
SQLITE_REBUILD = "INSERT INTO directory_organisation_search(directory_organisation_search) VALUES ('rebuild')"
SQLITE_MATCHES = "SELECT rowid FROM directory_organisation_search WHERE directory_organisation_search MATCH %s"
POSTGRESQL_INDEX = """CREATE INDEX IF NOT EXISTS organisation_search_trgm_idx ON directory_organisation
    USING gin (search_text gin_trgm_ops)"""

Model = TypeVar("Model", bound=models.Model)


def matching(queryset: "models.QuerySet[Model]", term: str) -> "models.QuerySet[Model]":
    """The organisations whose search text contains the normalised term."""
    connection = connections[queryset.db]
    if connection.vendor == "sqlite" and len(term) >= SHORTEST_INDEXED_TERM and _sqlite_index_exists(connection):
        phrase = '"{}"'.format(term.replace('"', '""'))
        return queryset.filter(pk__in=RawSQL(SQLITE_MATCHES, [phrase]))  # noqa: S611 (the term is a parameter)
    return queryset.filter(search_text__contains=term)


def ensure(using: str = "default", **_kwargs: Any) -> None:
    """Create the index where it is missing (a post_migrate receiver)."""
    connection = connections[using]
    if "directory_organisation" not in connection.introspection.table_names():
        return
    if connection.vendor == "postgresql":
        _ensure_postgresql(connection)
    elif connection.vendor == "sqlite":
        _ensure_sqlite(connection)


def _ensure_postgresql(connection: BaseDatabaseWrapper) -> None:
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute(POSTGRESQL_INDEX)
    except DatabaseError as error:
        logger.warning("No trigram index on organisations (%s): search scans the table.", error)


def _ensure_sqlite(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name IN (%s, %s, %s, %s)", [FTS_TABLE, *SQLITE_TRIGGERS])
        if len(cursor.fetchall()) == 1 + len(SQLITE_TRIGGERS):
            return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(SQLITE_SEARCH_TABLE)
            for trigger in SQLITE_TRIGGERS.values():
                cursor.execute(trigger)
            cursor.execute(SQLITE_REBUILD)
    except DatabaseError as error:
        logger.warning("No FTS5 trigram index on organisations (%s): search scans the table.", error)


def _sqlite_index_exists(connection: BaseDatabaseWrapper) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE])
        return cursor.fetchone() is not None

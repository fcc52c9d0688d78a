"""The few reads every request makes (its session, its user, its workspace membership or API token), written as SQL.

Built by the ORM, each of these lookups costs 0.25 to 0.6 ms of CPU in building the query, against ~0.02 ms in the
database: on a signed-in page kept rendered that was half of the answer. So they select the models' own columns
(Columns), named from the models' metadata, and read the row back into model instances with the conversions the
ORM applies to each column's value, on SQLite and PostgreSQL alike. Only lookups by key whose SQL never changes
belong here; everything else goes through the ORM.
"""

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Field, Model
from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init

Converter = Callable[[Any, Any, Any], Any]


@dataclass(frozen=True)
class Columns:
    """A model's concrete fields under a table alias in a SELECT."""

    model: type[Model]
    alias: str
    # Fields not read: an instance loads one from the database only if someone asks for it (Django's deferred fields).
    left_out: tuple[str, ...] = ()

    @property
    def fields(self) -> Sequence[Field[Any, Any]]:
        every = self.model._meta.concrete_fields
        return [field for field in every if field.name not in self.left_out] if self.left_out else every

    def select(self) -> str:
        quote = connection.ops.quote_name
        return ", ".join(f"{self.alias}.{quote(str(field.column))}" for field in self.fields)

    def table(self) -> str:
        return f"{connection.ops.quote_name(self.model._meta.db_table)} {self.alias}"


@dataclass(frozen=True)
class _Reading:
    model: type[Model]
    attnames: list[str]
    conversions: list[tuple[int, list[tuple[Converter, Any]]]]  # (position, converters) of the fields that have any
    watched: bool  # someone hears pre_init or post_init of the model (an image's dimensions): through __init__

    def instance(self, values: Sequence[Any], db: BaseDatabaseWrapper) -> Model:
        """The record whose row holds `values`, read from `db`."""
        converted = list(values)
        for index, converters in self.conversions:
            value = converted[index]
            if value is not None:
                for converter, expression in converters:
                    value = converter(value, expression, db)
                converted[index] = value
        if self.watched:
            return self.model.from_db(db.alias, self.attnames, converted)
        # What from_db gives (a saved record of this database), without Model.__init__, which costs more than the
        # query here: it sets each field through its descriptor and sends pre_init and post_init, which no one hears.
        record = self.model.__new__(self.model)
        record.__dict__.update(zip(self.attnames, converted, strict=True))
        record._state = ModelState()
        record._state.adding, record._state.db = False, db.alias
        return record


@functools.cache
def _reading(columns: Columns, vendor: str) -> _Reading:
    """What the ORM's compiler applies to each value read from this kind of database (SQLite's booleans and
    datetimes, JSON text): the same for every connection to it."""
    conversions = []
    for index, field in enumerate(columns.fields):
        expression = field.get_col(columns.alias)
        converters = [*connection.ops.get_db_converters(expression), *field.get_db_converters(connection)]
        if converters:
            conversions.append((index, [(converter, expression) for converter in converters]))
    watched = pre_init.has_listeners(columns.model) or post_init.has_listeners(columns.model)
    return _Reading(columns.model, [field.attname for field in columns.fields], conversions, watched)


def one_row(sql: str, params: Sequence[Any], *parts: Columns) -> list[Model] | None:
    """The first row of `sql` (which selects each part's columns in turn) as one instance per part."""
    db = connections[DEFAULT_DB_ALIAS]  # once: each use of the `connection` proxy looks up this thread's anew
    with db.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    instances, start = [], 0
    for part in parts:
        reading = _reading(part, db.vendor)
        width = len(reading.attnames)
        instances.append(reading.instance(row[start:start + width], db))
        start += width
    return instances

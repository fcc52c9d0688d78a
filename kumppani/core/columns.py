"""The columns of a record type's exports: one typed definition per column, shared by the CSV and XLSX writers
(kumppani/core/spreadsheets.py), the record type (kumppani/workspaces/records.py) and, for the directory, the
import, which accepts the same columns. Adding a column to the list changes every export of the record type."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from django.conf import settings

ColumnKind = Literal["text", "number", "money", "date", "boolean"]
# The languages of translated texts in exports, Finnish and English first.
LANGUAGES = ["fi", "en", *[code for code in settings.LANGUAGE_CODES if code not in ("fi", "en")]]


@dataclass(frozen=True)
class Column:
    name: str  # the header cell, and the name an import reads the column by
    value: Callable[[Any], Any]  # the record's cell: text, a number, a Decimal, a date or a boolean
    kind: ColumnKind = "text"  # "money" cells get the reader's euro format in XLSX
    field: str = ""  # the model field it shows ("" for a derived value); an import also accepts its label


def attribute(name: str, kind: ColumnKind = "text") -> Column:
    """The model field of this name, as stored."""
    return Column(name, lambda record: getattr(record, name), kind, field=name)


def translated(name: str, languages: Sequence[str] = LANGUAGES) -> list[Column]:
    """A translated text (kumppani/core/translated.py): one column per language, "<name>_<code>"."""
    return [Column(f"{name}_{code}", _text_in(name, code), field=name) for code in languages]


def _text_in(name: str, code: str) -> Callable[[Any], str]:
    return lambda record: (getattr(record, name) or {}).get(code, "")


def slugs(name: str) -> Column:
    """A many-to-many link to records with slugs (themes): the slugs sorted, separated by ";"."""
    return Column(name, lambda record: ";".join(sorted(item.slug for item in getattr(record, name).all())),
                  field=name)


def names(columns: Iterable[Column | str]) -> list[str]:
    return [column.name if isinstance(column, Column) else column for column in columns]


def money_names(columns: Iterable[Column | str]) -> frozenset[str]:
    return frozenset(column.name for column in columns if isinstance(column, Column) and column.kind == "money")


def row(columns: Sequence[Column], record: Any) -> list[Any]:
    """The record's cells, in the columns' order."""
    return [column.value(record) for column in columns]

"""The one writer of every CSV and XLSX file the app hands out, safe against formula injection (OWASP "CSV
injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
that no spreadsheet evaluates user text. Numbers, dates and booleans stay typed cells in XLSX (and plain values
in CSV); the directory import strips the quote again, so an export reads back unchanged.
"""

import csv
import datetime
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(text: str) -> str:
    """The text as a spreadsheet shows it but never evaluates it."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def text_of(value: Any) -> str:
    """A value as the text a CSV file holds (and the directory import reads)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_cell(value: Any) -> str:
    """Text is neutralised; a number keeps its sign (a typed value is no formula)."""
    text = text_of(value)
    return neutralise(text) if isinstance(value, str) else text


def xlsx_cell(value: Any) -> Any:
    """Text becomes a neutralised text cell with the characters XML refuses removed; anything else is kept typed."""
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    if value is None or isinstance(value, bool | int | float | datetime.date | datetime.time):
        return value
    if hasattr(value, "as_tuple"):  # Decimal: openpyxl writes it as a number
        return value
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def xlsx_row(values: Iterable[Any]) -> list[Any]:
    return [xlsx_cell(value) for value in values]


class _Echo:
    def write(self, value: str) -> str:
        return value


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def csv_lines(columns: list[str], rows: Iterable[Iterable[Any]], rows_per_chunk: int = 500) -> Iterator[str]:
    """The CSV file in chunks of lines, with a byte order mark so that spreadsheets read it as UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([csv_cell(column) for column in columns])
    for chunk in _chunks(rows, rows_per_chunk):
        yield "".join(writer.writerow([csv_cell(value) for value in values]) for values in chunk)


def xlsx_file(columns: list[str], rows: Iterable[Iterable[Any]], title: str) -> IO[bytes]:
    """The XLSX workbook in a temporary file: openpyxl's write-only mode keeps memory flat."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.append(xlsx_row(columns))
    for values in rows:
        sheet.append(xlsx_row(values))
    output = tempfile.TemporaryFile()  # noqa: SIM115 (the response closes it)
    workbook.save(output)
    output.seek(0)
    return output

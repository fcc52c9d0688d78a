"""The one writer of every CSV and XLSX file the app hands out, safe against formula injection (OWASP "CSV
injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
that no spreadsheet evaluates user text. Numbers, dates and booleans stay typed cells in XLSX (and plain values
in CSV); the directory import strips the quote again, so an export reads back unchanged.
"""

import csv
import datetime
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import IO, Any

from django.utils import translation
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kumppani.core.columns import Column, money_names, names

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# XLSX cells keep their type and get the reader's display form (a CSV keeps ISO dates and plain numbers, for
# machines). In a number format "," and "." are placeholders the spreadsheet shows in its own locale's marks.
DATE_FORMATS = {"fi": "d.m.yyyy", "sv": "yyyy-mm-dd", "et": "dd.mm.yyyy", "en": "d mmm yyyy"}
DATETIME_FORMATS = {"fi": "d.m.yyyy h.mm", "sv": "yyyy-mm-dd hh:mm", "et": "dd.mm.yyyy hh:mm",
                    "en": "d mmm yyyy hh:mm"}
EURO_FORMATS = {"en": '"€"#,##0.00'}
EURO_FORMAT = '#,##0.00\\ "€"'


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


def csv_lines(columns: Sequence[Column | str], rows: Iterable[Iterable[Any]],
              rows_per_chunk: int = 500) -> Iterator[str]:
    """The CSV file in chunks of lines, with a byte order mark so that spreadsheets read it as UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([csv_cell(column) for column in names(columns)])
    for chunk in _chunks(rows, rows_per_chunk):
        yield "".join(writer.writerow([csv_cell(value) for value in values]) for values in chunk)


def _reader_language() -> str:
    return (translation.get_language() or "fi").split("-")[0]


def display_format(value: Any, money: bool = False, language: str | None = None) -> str | None:
    """The number format a typed cell is shown in, in the reader's language (None: the spreadsheet's own)."""
    language = language or _reader_language()
    if isinstance(value, datetime.datetime):
        return DATETIME_FORMATS.get(language, DATETIME_FORMATS["fi"])
    if isinstance(value, datetime.date):
        return DATE_FORMATS.get(language, DATE_FORMATS["fi"])
    if money and value is not None and not isinstance(value, str | bool):
        return EURO_FORMATS.get(language, EURO_FORMAT)
    return None


def formatted_row(sheet: Any, values: Iterable[Any], money_columns: frozenset[int] = frozenset()) -> list[Any]:
    """A write-only sheet's row: typed cells carry the reader's date and euro formats."""
    row: list[Any] = []
    language = _reader_language()
    for index, value in enumerate(xlsx_row(values)):
        number_format = display_format(value, index in money_columns, language)
        if number_format is None:
            row.append(value)
            continue
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        row.append(cell)
    return row


def xlsx_file(columns: Sequence[Column | str], rows: Iterable[Iterable[Any]], title: str,
              money_columns: Iterable[str] = ()) -> IO[bytes]:
    """The XLSX workbook in a temporary file: openpyxl's write-only mode keeps memory flat. Dates and the
    money columns (those of kind "money", and those named) are shown in the reader's form (the active language)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    headers = names(columns)
    sheet.append(xlsx_row(headers))
    money_headers = money_names(columns) | set(money_columns)
    money = frozenset(index for index, column in enumerate(headers) if column in money_headers)
    for values in rows:
        sheet.append(formatted_row(sheet, values, money))
    output = tempfile.TemporaryFile()  # noqa: SIM115 (the response closes it)
    workbook.save(output)
    output.seek(0)
    return output

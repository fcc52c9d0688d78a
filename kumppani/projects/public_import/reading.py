"""Opening a public data set (plain or gzip-compressed UTF-8) and reading its rows with their line numbers."""

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from typing import IO, Any, cast

from django.conf import settings
from django.utils.translation import gettext as _

GZIP_MAGIC = b"\x1f\x8b"
UNPACKED_FACTOR = 50  # how much larger than the upload limit a compressed file may unpack to

Cells = dict[str, str]
NumberedRows = Iterator[tuple[int, Cells]]
CELL_COUNT = "\x00cells"  # set on a row whose number of cells differs from the header's


class ImportRefused(Exception):
    """The file as a whole cannot be imported (format, encoding, size); the message says why."""


class _Limited(io.RawIOBase):
    """A binary stream that refuses to yield more than `limit` bytes (a compressed file may be a bomb)."""

    def __init__(self, stream: IO[bytes], limit: int):
        self.stream = stream
        self.left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self.stream.read(min(len(buffer), self.left + 1))
        except (OSError, EOFError, zlib.error) as error:
            raise ImportRefused(_("The compressed file is damaged (%(error)s).") % {"error": error}) from None
        if len(data) > self.left:
            raise ImportRefused(_("The file is too large once unpacked."))
        self.left -= len(data)
        buffer[:len(data)] = data
        return len(data)


def open_text(binary: IO[bytes]) -> IO[str]:
    """The file's text, unpacked when it is gzip-compressed (recognised by its content, not its name)."""
    magic = binary.read(2)
    binary.seek(0)
    limit = UNPACKED_FACTOR * settings.IMPORT_MAX_BYTES
    stream = cast(IO[bytes], gzip.GzipFile(fileobj=binary, mode="rb")) if magic == GZIP_MAGIC else binary
    buffered = io.BufferedReader(_Limited(stream, limit))
    return io.TextIOWrapper(buffered, encoding="utf-8-sig", newline="")


def not_text() -> ImportRefused:
    return ImportRefused(_("The file is not UTF-8 text: give the CSV or JSON file of the data set, plain or "
                           "gzip-compressed (.gz)."))


def csv_rows(text: IO[str], delimiter: str, required: list[str], format_name: str) -> NumberedRows:
    """Each row as cells by column name, with the line the row starts on; the header must name `required`."""
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader, [])]
        check_columns(header, required, format_name)
        line = reader.line_num + 1
        for values in reader:
            if any(value.strip() for value in values):
                cells = dict(zip(header, values, strict=False))
                if len(values) != len(header):
                    cells[CELL_COUNT] = f"{len(values)}/{len(header)}"
                yield line, cells
            line = reader.line_num + 1
    except UnicodeDecodeError:
        raise not_text() from None
    except csv.Error as error:
        raise ImportRefused(_("line %(line)s: %(reason)s") % {"line": reader.line_num, "reason": error}) from None


def json_rows(text: IO[str], required: list[str], format_name: str) -> NumberedRows:
    """The objects of a JSON array, each with the line it starts on."""
    try:
        content = text.read()
    except UnicodeDecodeError:
        raise not_text() from None
    decoder = json.JSONDecoder()
    position = _skip_space(content, 0)
    if content[position:position + 1] != "[":
        raise _wrong_format(format_name, required, [])
    position, line = position + 1, content.count("\n", 0, position + 1) + 1
    first = True
    while True:
        start = _skip_space(content, position)
        line += content.count("\n", position, start)
        if content[start:start + 1] == "]":
            return
        try:
            item, end = decoder.raw_decode(content, start)
        except json.JSONDecodeError as error:
            raise ImportRefused(_("line %(line)s: this is not JSON (%(reason)s).")
                                % {"line": error.lineno, "reason": error.msg}) from None
        if not isinstance(item, dict):
            raise _wrong_format(format_name, required, [])
        if first:
            check_columns(list(item), required, format_name)
            first = False
        yield line, {str(key): "" if value is None else str(value) for key, value in item.items()}
        line += content.count("\n", start, end)
        position = _skip_space(content, end)
        line += content.count("\n", end, position)
        if content[position:position + 1] == ",":
            position += 1


def _skip_space(content: str, position: int) -> int:
    while position < len(content) and content[position] in " \t\r\n":
        position += 1
    return position


def check_columns(header: list[str], required: list[str], format_name: str) -> None:
    missing = [column for column in required if column not in header]
    if missing:
        raise _wrong_format(format_name, required, missing)


def _wrong_format(format_name: str, required: list[str], missing: list[str]) -> ImportRefused:
    expected = ", ".join(f"“{column}”" for column in required)
    if missing and len(missing) < len(required):
        return ImportRefused(
            _("This is not a %(format)s file: it lacks the columns %(missing)s. A %(format)s file has the columns "
              "%(expected)s.") % {"format": format_name, "missing": ", ".join(f"“{c}”" for c in missing),
                                  "expected": expected})
    if missing:
        return ImportRefused(_("This is not a %(format)s file: a %(format)s file has the columns %(expected)s.")
                             % {"format": format_name, "expected": expected})
    return ImportRefused(_("This is not a %(format)s file: it should be a JSON array of objects with the keys "
                           "%(expected)s.") % {"format": format_name, "expected": expected})

"""Tables as published: CSV with any usual separator (`;`, `|`, `,`, tab), a JSON array of objects, or XLSX;
plain or gzip-compressed, alone or as the members of a ZIP archive. Each table is read as numbered rows."""

import csv
import io
import zipfile
from pathlib import PurePosixPath
from typing import IO, cast

from django.conf import settings
from django.utils.translation import gettext as _

from kumppani.projects.public_import.reading import (
    UNPACKED_FACTOR,
    Cells,
    ImportRefused,
    csv_rows,
    json_rows,
    open_text,
)

ZIP_MAGIC = b"PK\x03\x04"
XLSX_LIMIT_ROWS = 1_000_000
SEPARATORS = ";|,\t"

Table = tuple[list[str], list[tuple[int, Cells]]]  # the header and the numbered rows


def is_zip(binary: IO[bytes]) -> bool:
    magic = binary.read(4)
    binary.seek(0)
    return magic == ZIP_MAGIC


def members(binary: IO[bytes]) -> dict[str, tuple[str, bytes]]:
    """A ZIP archive's files (name, content) by lower-cased name without folders or extensions ("project")."""
    try:
        archive = zipfile.ZipFile(binary)
    except zipfile.BadZipFile:
        raise ImportRefused(_("The ZIP archive is damaged.")) from None
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if sum(info.file_size for info in infos) > UNPACKED_FACTOR * settings.IMPORT_MAX_BYTES:
        raise ImportRefused(_("The file is too large once unpacked."))
    found: dict[str, tuple[str, bytes]] = {}
    for info in infos:
        name = PurePosixPath(info.filename).name
        if name.startswith((".", "~$")) or "__MACOSX" in info.filename:
            continue
        stem = name.lower().split(".")[0]
        try:
            found[stem] = (name, archive.read(info))
        except (zipfile.BadZipFile, OSError, NotImplementedError) as error:
            raise ImportRefused(_("The compressed file is damaged (%(error)s).") % {"error": error}) from None
    return found


def read_table(data: bytes, filename: str = "") -> Table:
    """The table in `data` (recognised by its content: XLSX, JSON array or separated text)."""
    if data[:2] == b"\x1f\x8b":
        data = bytes(cast(io.TextIOWrapper, open_text(io.BytesIO(data))).buffer.read())
    if data[:4] == ZIP_MAGIC:
        return _xlsx_table(data)
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"[":
        rows = list(json_rows(text, [], filename or "JSON"))
        return (list(rows[0][1]) if rows else []), rows
    first_line = data.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    separator = max(SEPARATORS, key=first_line.count)
    rows = list(csv_rows(text, separator, [], filename or "CSV"))
    header_text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    return [cell.strip() for cell in next(csv.reader(header_text, delimiter=separator), [])], rows


def _xlsx_table(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportRefused(_("This is not an XLSX workbook (%(error)s).") % {"error": error}) from None
    sheet = workbook.worksheets[0]
    header: list[str] = []
    rows: list[tuple[int, Cells]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = ["" if value is None else _cell_text(value) for value in values]
        if not header:
            header = [cell.strip() for cell in cells]
            continue
        if number > XLSX_LIMIT_ROWS:
            raise ImportRefused(_("The file is too large once unpacked."))
        if any(cell.strip() for cell in cells):
            rows.append((number, dict(zip(header, cells, strict=False))))
    workbook.close()
    return header, rows


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return cast(str, value.isoformat())  # type: ignore[attr-defined]
    return str(value)

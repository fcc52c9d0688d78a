"""Import and export of the directory: organisations and a workspace's people, as CSV or XLSX.

Plain functions that the import page, the API and commands share:
read_upload / parse → preview (each row matched to an existing record, read into plain values and checked by the
record type's service, kumppani/workspaces/record_services.py, as the pages and the API are) → apply (checked
again, then written in one transaction through the same service: the new records in bulk, one history entry each).
The export writers stream their rows, so memory stays flat however large the directory is.
"""

import abc
import copy
import csv
import functools
import io
import json
import os
import re
import secrets
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from kumppani.core import columns as record_columns
from kumppani.core.columns import Column
from kumppani.core.spreadsheets import FORMULA_PREFIXES, text_of
from kumppani.core.translated import TranslatedField
from kumppani.directory import selectors, stewardship
from kumppani.directory.models import Organisation, Person, Region, Theme, validate_country
from kumppani.directory.normalise import normalise_name
from kumppani.directory.records import ORGANISATION, PERSON
from kumppani.workspaces import record_services
from kumppani.workspaces.record_services import Prepared
from kumppani.workspaces.records import RecordType

ORGANISATIONS = "organisations"
PEOPLE = "people"
WHAT_CHOICES = [(ORGANISATIONS, gettext_lazy("Organisations")), (PEOPLE, gettext_lazy("People"))]
FORMATS = ("csv", "xlsx")

LANGUAGES = record_columns.LANGUAGES
IDENTIFIERS = ["business_id", "pic", "vat", "ee_registry_code"]
# The record types' columns (kumppani/directory/records.py) are those of the export and those the import reads.
RECORD_TYPES: dict[str, RecordType] = {ORGANISATIONS: ORGANISATION, PEOPLE: PERSON}
COLUMNS = {what: record_type.column_names() for what, record_type in RECORD_TYPES.items()}
# A file must have one column that can name or find a record.
IDENTIFYING_COLUMNS = {ORGANISATIONS: ["id", "name", *IDENTIFIERS], PEOPLE: ["id", "name", "email"]}
MAX_ROWS = 20_000
XLSX_UNPACKED_FACTOR = 20  # how much larger than the upload limit an XLSX file may unpack to
UPLOAD_LIFETIME_SECONDS = 24 * 3600

_XLSX_MAGIC = b"PK\x03\x04"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32}")
_LIST_SEPARATOR = re.compile(r"[;,]")
_TRUE = {"true", "1", "yes", "y", "x", "kyllä", "k", "ja", "jah"}
_FALSE = {"", "false", "0", "no", "n", "ei", "nej"}
WRONG_FORMAT = gettext_lazy(
    "The file is neither a CSV file in UTF-8 nor an Excel workbook (.xlsx). Save it as “CSV UTF-8” or as .xlsx "
    "and upload it again."
)


class ImportRefused(Exception):
    """The file as a whole cannot be imported (format, size, columns); the message says why."""


# Reading a file ------------------------------------------------------------------------------------------------


@dataclass
class Table:
    """The rows of an uploaded file: cells by column name, with the line each row starts on."""

    what: str
    filename: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    ignored_columns: list[str] = field(default_factory=list)


def read_upload(upload: Any, what: str) -> Table:
    """Read an uploaded file (a Django UploadedFile, or any file object with a name), refusing one too large."""
    limit = settings.IMPORT_MAX_BYTES
    too_large = ImportRefused(_("The file is larger than %(size)s.") % {"size": filesizeformat(limit)})
    if (getattr(upload, "size", 0) or 0) > limit:
        raise too_large
    content = upload.read(limit + 1)
    if len(content) > limit:
        raise too_large
    return parse(content, what, filename=os.path.basename(getattr(upload, "name", "") or ""))


def parse(content: bytes, what: str, filename: str = "") -> Table:
    """The file's header and rows; an XLSX workbook is recognised by its content, anything else must be CSV."""
    if what not in COLUMNS:
        raise ValueError(what)
    numbered_rows = _xlsx_rows(content) if content.startswith(_XLSX_MAGIC) else _csv_rows(content)
    return _table(what, filename, numbered_rows)


def sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _csv_rows(content: bytes) -> Iterator[tuple[int, list[str]]]:
    if b"\x00" in content[:4096]:
        raise ImportRefused(WRONG_FORMAT)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(WRONG_FORMAT) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text.partition("\n")[0]))
    line = 1
    try:
        for values in reader:
            yield line, values
            line = reader.line_num + 1
    except csv.Error as error:
        raise ImportRefused(_("line %(line)s: %(reason)s") % {"line": line, "reason": error}) from None


def _xlsx_rows(content: bytes) -> Iterator[tuple[int, list[str]]]:
    _refuse_zip_bomb(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors for a damaged or foreign zip file
        raise ImportRefused(WRONG_FORMAT) from error
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [text_of(value) for value in values]
    except ImportRefused:
        raise
    except Exception as error:
        raise ImportRefused(WRONG_FORMAT) from error
    finally:
        workbook.close()


def _refuse_zip_bomb(content: bytes) -> None:
    """A workbook is a zip file: refuse one that would unpack to far more than the upload limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused(WRONG_FORMAT) from None
    if unpacked > XLSX_UNPACKED_FACTOR * settings.IMPORT_MAX_BYTES:
        raise ImportRefused(_("The workbook is too large once unpacked."))


def _table(what: str, filename: str, numbered_rows: Iterator[tuple[int, list[str]]]) -> Table:
    for _line, header in numbered_rows:
        if any(cell.strip() for cell in header):
            break
    else:
        raise ImportRefused(_("The file is empty."))
    positions, ignored = _columns(what, header)
    rows: list[tuple[int, dict[str, str]]] = []
    for line, values in numbered_rows:
        cells = {column: _cell(values[index]) if index < len(values) else ""
                 for index, column in enumerate(positions) if column}
        if not any(cells.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportRefused(_("The file has more than %(count)s rows: split it into smaller files.")
                                % {"count": MAX_ROWS})
        rows.append((line, cells))
    if not rows:
        raise ImportRefused(_("The file has no rows below its header."))
    return Table(what, filename, [column for column in positions if column], rows, ignored)


def _columns(what: str, header: list[str]) -> tuple[list[str | None], list[str]]:
    """Each header cell's column (None for an unknown one) and the unknown headers."""
    known = _header_names(what)
    positions: list[str | None] = []
    ignored: list[str] = []
    for title in header:
        column = known.get(_header_key(title))
        if column is None and title.strip():
            ignored.append(title.strip())
        if column is not None and column in positions:
            raise ImportRefused(_("The column “%(column)s” appears twice.") % {"column": column})
        positions.append(column)
    if not any(column in positions for column in IDENTIFYING_COLUMNS[what]):
        raise ImportRefused(
            _("The first row must name the columns, as in the export; it needs at least one of %(columns)s.")
            % {"columns": ", ".join(IDENTIFYING_COLUMNS[what])})
    return positions, ignored


def _header_key(title: str) -> str:
    return re.sub(r"[\s\-]+", "_", title.strip().strip("\"'").lower())


@functools.cache
def _header_names(what: str) -> dict[str, str]:
    """Header names accepted for each column: its own name and, for a column of a field, the field's English label,
    in any case."""
    record_type = RECORD_TYPES[what]
    names = {column: column for column in record_type.column_names()}
    with translation.override("en"):
        for column in record_type.columns:
            if column.field == column.name:
                label = record_type.model._meta.get_field(column.field).verbose_name  # type: ignore[union-attr]
                names.setdefault(_header_key(str(label)), column.name)
    return names


def _cell(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIXES:
        text = text[1:]  # the quote that our CSV export put before a formula-like cell
    return text.strip()


def _parse_bool(text: str) -> bool | None:
    text = text.lower()
    return True if text in _TRUE else False if text in _FALSE else None


# Keeping an upload between its preview and the confirmation ------------------------------------------------------


def _upload_dir() -> Path:
    directory = Path(settings.VAR_DIR) / "imports"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def store_table(table: Table, workspace: Any, user: Any) -> str:
    """Keep the parsed rows on the server for the confirmation; the token finds them again."""
    directory = _upload_dir()
    _remove_stale_uploads(directory)
    token = secrets.token_urlsafe(24)
    payload = {
        "workspace": workspace.pk, "user": user.pk, "what": table.what, "filename": table.filename,
        "columns": table.columns, "ignored": table.ignored_columns,
        "rows": [[line, [cells.get(column, "") for column in table.columns]] for line, cells in table.rows],
    }
    descriptor = os.open(directory / f"{token}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stored:
        json.dump(payload, stored)
    return token


def load_table(token: str, workspace: Any, user: Any) -> Table | None:
    """The rows kept under the token, only for the workspace and user who uploaded them."""
    if not _TOKEN.fullmatch(token):
        return None
    path = _upload_dir() / f"{token}.json"
    try:
        if time.time() - path.stat().st_mtime > UPLOAD_LIFETIME_SECONDS:
            return None
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if payload.get("workspace") != workspace.pk or payload.get("user") != user.pk:
        return None
    columns = payload["columns"]
    rows = [(line, dict(zip(columns, values, strict=True))) for line, values in payload["rows"]]
    return Table(payload["what"], payload["filename"], columns, rows, payload["ignored"])


def discard_table(token: str) -> None:
    if _TOKEN.fullmatch(token):
        (_upload_dir() / f"{token}.json").unlink(missing_ok=True)


def _remove_stale_uploads(directory: Path) -> None:
    for path in directory.glob("*.json"):
        try:
            if time.time() - path.stat().st_mtime > UPLOAD_LIFETIME_SECONDS:
                path.unlink()
        except OSError:
            continue


# Checking the rows ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    @property
    def reason(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def __str__(self) -> str:
        return _("line %(line)s: %(reason)s") % {"line": self.line, "reason": self.reason}


ACTION_LABELS = {"create": gettext_lazy("new"), "update": gettext_lazy("update"),
                 "unchanged": gettext_lazy("unchanged")}


@dataclass
class RowResult:
    """What one row of the file would do: create, update or leave a record unchanged, or why it cannot."""

    line: int
    label: str
    record: Any = None
    action: str = ""
    changed: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    prepared: Prepared | None = None  # the record with the row's values, checked and ready to be written
    changes: dict[str, Any] = field(default_factory=dict)
    m2m_changes: dict[str, Any] = field(default_factory=dict)

    @property
    def is_bad(self) -> bool:
        return bool(self.errors)

    @property
    def action_label(self) -> str:
        return _("error") if self.errors else str(ACTION_LABELS[self.action])


@dataclass
class ImportReport:
    what: str
    filename: str
    rows: list[RowResult]
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not any(row.errors for row in self.rows)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if not row.errors and row.action == action)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def bad(self) -> int:
        return sum(1 for row in self.rows if row.errors)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _filter_in(queryset: models.QuerySet, field_name: str, values: Iterable[Any]) -> Iterator[Any]:
    """The queryset's rows whose field is one of the values, queried in chunks the database accepts."""
    for chunk in _chunks(sorted(set(values)), 500):
        yield from queryset.filter(**{f"{field_name}__in": chunk})


def _column_values(rows: list[tuple[int, dict[str, str]]], column: str) -> set[str]:
    return {cells[column] for _line, cells in rows if cells.get(column)}


Problems = list[tuple[str, str]]  # (field, message)


class RowChecker(abc.ABC):
    """Matches each row to an existing record, reads its cells into plain values and checks them with the record
    type's service (record_services.prepare_record), which writes nothing."""

    record_type: RecordType
    defaults: dict[str, str] = {}
    keep_when_empty: tuple[str, ...] = ()  # an empty cell keeps the current value (or the default)
    translated: tuple[str, ...] = ()

    def __init__(self, workspace: Any, table: Table, actor: Any = None):
        self.workspace = workspace
        self.actor = actor
        self.columns = table.columns
        self.fields = list(dict.fromkeys(
            name for name in (self.field_of(column) for column in table.columns) if name))
        self.model: type[models.Model] = self.record_type.model
        self.load(table.rows)

    def field_of(self, column: str) -> str | None:
        """The form field a column fills."""
        for name in self.translated:
            if column.startswith(f"{name}_") and column.removeprefix(f"{name}_") in LANGUAGES:
                return name
        return None if column == "id" else column

    @abc.abstractmethod
    def load(self, rows: list[tuple[int, dict[str, str]]]) -> None:
        """Fetch every record the rows may refer to, in a few queries."""

    @abc.abstractmethod
    def match(self, cells: dict[str, str]) -> tuple[Any, Problems]:
        ...

    @abc.abstractmethod
    def new_keys(self, cells: dict[str, str]) -> list[tuple[Any, ...]]:
        """What makes a new record the same as another row's new record."""

    @abc.abstractmethod
    def base_cells(self, record: Any) -> dict[str, str]:
        ...

    @abc.abstractmethod
    def values(self, cells: dict[str, str], record: Any) -> tuple[dict[str, Any], dict[str, str]]:
        """The record's plain values from the cells (links as ids), and the errors found while reading them (by
        field)."""

    def check(self, line: int, cells: dict[str, str], seen: dict[tuple[Any, ...], int]) -> RowResult:
        result = RowResult(line=line, label=cells.get("name", ""))
        record, problems = self.match(cells)
        result.record = record
        problems += self._repeats(record, cells, seen, line) if not problems else []
        before = {name: self._stored(record, name) for name in self.fields} if record else {}
        result.prepared, refused = self._prepare(cells, record)
        problems += refused
        result.errors = [RowError(line, name, message) for name, message in problems]
        if result.errors or result.prepared is None:
            return result
        if record is None:
            result.action = "create"
        else:
            self._diff(result, before, result.prepared)
            if result.action == "update" and (refusal := self.refusal(record)):
                result.errors = [RowError(line, "", refusal)]
        return result

    def _prepare(self, cells: dict[str, str], record: Any) -> tuple[Prepared | None, Problems]:
        """The row's record checked by the service (None with the reasons when it refuses)."""
        values, unread = self.values(self._merge(cells, record), record)
        problems: Problems = list(unread.items())
        # A new record gets every value; a matched one only those of the file's columns (it keeps the rest).
        given = {name: value for name, value in values.items()
                 if name not in unread and (record is None or name in self.fields)}
        try:
            # The service applies the values to its record: give it a copy of the matched one.
            prepared = record_services.prepare_record(workspace=self.workspace, record_type=self.record_type,
                                                      values=given, record=copy.copy(record) if record else None)
        except ValidationError as error:
            return None, problems + [("" if name == NON_FIELD_ERRORS else name, str(message))
                                     for name, messages in error.message_dict.items() if name not in unread
                                     for message in messages]
        return prepared, problems

    def read_as_form(self, name: str, text: str, errors: dict[str, str]) -> Any:
        """A cell read as the edit page's field reads its input (a date in the local formats, a URL without its
        scheme); None with the field's message when it cannot."""
        try:
            return self._form_fields[name].to_python(text)
        except ValidationError as error:
            errors[name] = error.messages[0]
            return None

    @functools.cached_property
    def _form_fields(self) -> dict[str, Any]:
        return {model_field.name: model_field.formfield() for model_field in self.model._meta.concrete_fields}

    def refusal(self, record: Any) -> str:
        """Why the workspace may not change the matched record ("" when it may)."""
        return ""

    def _repeats(self, record: Any, cells: dict[str, str], seen: dict[tuple[Any, ...], int], line: int) -> Problems:
        keys = [("record", record.pk)] if record else self.new_keys(cells)
        problems: Problems = []
        for key in keys:
            if key in seen and not problems:
                message = (_("line %(other)s of the file matches the same record.") if record
                           else _("line %(other)s of the file describes the same new record."))
                problems.append(("", message % {"other": seen[key]}))
            seen.setdefault(key, line)
        return problems

    def _merge(self, cells: dict[str, str], record: Any) -> dict[str, str]:
        merged = self.base_cells(record) if record else dict(self.defaults)
        for column, value in cells.items():
            if column != "id" and (value or column not in self.keep_when_empty):
                merged[column] = value
        return merged

    def _stored(self, record: Any, name: str) -> Any:
        model_field = self.model._meta.get_field(name)
        if model_field.many_to_many:
            return frozenset(item.pk for item in getattr(record, name).all())
        if model_field.is_relation:
            return getattr(record, f"{name}_id")
        return self._comparable(model_field, getattr(record, name))

    def _cleaned(self, name: str, value: Any) -> Any:
        model_field = self.model._meta.get_field(name)
        if model_field.many_to_many:
            return frozenset(item.pk for item in value)
        if model_field.is_relation:
            return value.pk if value is not None else None
        return self._comparable(model_field, value)

    @staticmethod
    def _comparable(model_field: Any, value: Any) -> Any:
        if isinstance(model_field, TranslatedField):
            return {code: text for code, text in (value or {}).items() if text}
        return value

    def _diff(self, result: RowResult, before: dict[str, Any], prepared: Prepared) -> None:
        """Only the fields that the file has and that differ from the record are changed."""
        for name in self.fields:
            many = self.model._meta.get_field(name).many_to_many
            given = prepared.m2m if many else prepared.changes
            if name not in given or self._cleaned(name, given[name]) == before[name]:
                continue
            result.changed.append(name)
            (result.m2m_changes if many else result.changes)[name] = given[name]
        prepared.changes, prepared.m2m = result.changes, result.m2m_changes
        result.action = "update" if result.changed else "unchanged"


def _identifier(name: str, value: str) -> str:
    return value.upper().replace(" ", "") if name == "vat" else value.strip()


def _describe(organisations: Iterable[Organisation]) -> str:
    ordered = sorted(organisations, key=lambda organisation: organisation.pk)
    return ", ".join(f"{organisation.name} (id {organisation.pk})" for organisation in ordered)


class OrganisationChecker(RowChecker):
    record_type = ORGANISATION
    defaults = {"type": "other"}
    keep_when_empty = ("type",)
    translated = ("description",)

    def refusal(self, record: Any) -> str:
        if stewardship.may_change(actor=self.actor, workspace=self.workspace, record=record):
            return ""
        return stewardship.refusal_message(record)

    def load(self, rows: list[tuple[int, dict[str, str]]]) -> None:
        queryset = Organisation.objects.select_related("region").prefetch_related("themes")
        ids = {int(value) for value in _column_values(rows, "id") if value.isdigit()}
        self.by_id = {organisation.pk: organisation for organisation in _filter_in(queryset, "pk", ids)}
        self.by_identifier: dict[str, dict[str, list[Organisation]]] = {}
        for name in IDENTIFIERS:
            found = defaultdict(list)
            values = {_identifier(name, value) for value in _column_values(rows, name)}
            for organisation in _filter_in(queryset, name, values):
                found[getattr(organisation, name)].append(organisation)
            self.by_identifier[name] = found
        names = {normalise_name(value) for value in _column_values(rows, "name")}
        self.by_name: dict[tuple[str, str], list[Organisation]] = defaultdict(list)
        for organisation in _filter_in(queryset, "normalised_name", names):
            self.by_name[(organisation.normalised_name, organisation.country)].append(organisation)
        self.regions = {region.code: region for region in Region.objects.only("pk", "code", "country")}
        self.themes = dict(Theme.objects.values_list("slug", "pk"))

    def match(self, cells: dict[str, str]) -> tuple[Any, Problems]:
        """By id or identifiers; else by normalised name and country, unless an identifier differs."""
        candidates: dict[int, Organisation] = {}
        if record_id := cells.get("id"):
            if not record_id.isdigit() or int(record_id) not in self.by_id:
                return None, [("id", _("There is no organisation with id %(id)s.") % {"id": record_id})]
            candidates[int(record_id)] = self.by_id[int(record_id)]
        for name in IDENTIFIERS:
            for organisation in self.by_identifier[name].get(_identifier(name, cells.get(name, "")), []):
                candidates[organisation.pk] = organisation
        if len(candidates) > 1:
            return None, [("", _("The identifiers match different organisations: %(records)s.")
                           % {"records": _describe(candidates.values())})]
        if candidates:
            return next(iter(candidates.values())), []
        country = cells.get("country", "").upper()
        namesakes = [organisation for organisation in self.by_name[(normalise_name(cells.get("name", "")), country)]
                     if not self._identifiers_differ(organisation, cells)]
        if len(namesakes) > 1:
            return None, [("name", _("Several organisations of this name are in %(country)s: %(records)s. "
                                     "Add the id column or an identifier.")
                           % {"country": country, "records": _describe(namesakes)})]
        return (namesakes[0] if namesakes else None), []

    @staticmethod
    def _identifiers_differ(organisation: Organisation, cells: dict[str, str]) -> bool:
        for name in IDENTIFIERS:
            value = _identifier(name, cells.get(name, ""))
            if value and getattr(organisation, name) and getattr(organisation, name) != value:
                return True
        return False

    def new_keys(self, cells: dict[str, str]) -> list[tuple[Any, ...]]:
        keys = [(name, _identifier(name, cells[name])) for name in IDENTIFIERS if cells.get(name)]
        return keys or [("name", normalise_name(cells.get("name", "")), cells.get("country", "").upper())]

    def base_cells(self, record: Any) -> dict[str, str]:
        values = organisation_values(record)
        return {column: text_of(value) for column, value in zip(COLUMNS[ORGANISATIONS], values, strict=True)}

    def values(self, cells: dict[str, str], record: Any) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {name: cells.get(name, "") for name in ("name", "short_name", *IDENTIFIERS)}
        values["website"] = self.read_as_form("website", cells.get("website", ""), errors)
        values["type"] = cells.get("type", "").lower()
        values["country"] = country = cells.get("country", "").upper()
        values["description"] = {code: cells.get(f"description_{code}", "") for code in LANGUAGES}
        if country:
            try:
                validate_country(country)
            except ValidationError as error:
                errors["country"] = error.messages[0]
        values["region"] = self._region(cells.get("region", ""), country, errors)
        values["themes"] = self._themes(cells.get("themes", ""), errors)
        return values, errors

    def _region(self, code: str, country: str, errors: dict[str, str]) -> int | None:
        code = code.upper().replace(" ", "")
        if not code:
            return None
        region = self.regions.get(code)
        if region is None:
            errors["region"] = _("%(code)s is not a NUTS region code.") % {"code": code}
            return None
        if region.country != country:
            errors["region"] = _("%(code)s is not a region of %(country)s.") % {"code": code, "country": country}
            return None
        return region.pk

    def _themes(self, text: str, errors: dict[str, str]) -> list[int]:
        slugs = [slug.strip().lower() for slug in _LIST_SEPARATOR.split(text) if slug.strip()]
        unknown = [slug for slug in slugs if slug not in self.themes]
        if unknown:
            errors["themes"] = _("%(slugs)s: no such theme.") % {"slugs": ", ".join(unknown)}
        return [self.themes[slug] for slug in slugs if slug in self.themes]


class PersonChecker(RowChecker):
    record_type = PERSON
    defaults = {"kind": "staff"}
    keep_when_empty = ("kind",)
    translated = ("title",)

    def field_of(self, column: str) -> str | None:
        return "organisation" if column == "organisation_country" else super().field_of(column)

    def load(self, rows: list[tuple[int, dict[str, str]]]) -> None:
        people = Person.objects.filter(workspace=self.workspace).select_related("organisation")
        ids = {int(value) for value in _column_values(rows, "id") if value.isdigit()}
        self.by_id = {person.pk: person for person in _filter_in(people, "pk", ids)}
        self.by_email: dict[str, list[Person]] = defaultdict(list)
        emails = {value.lower() for value in _column_values(rows, "email")}
        for person in _filter_in(people.annotate(email_key=Lower("email")), "email_key", emails):
            self.by_email[person.email.lower()].append(person)
        self.by_name: dict[str, list[Person]] = defaultdict(list)
        names = {normalise_name(value) for value in _column_values(rows, "name")}
        for person in _filter_in(people, "normalised_name", names):
            self.by_name[person.normalised_name].append(person)
        organisations = Organisation.objects.values_list("pk", "country")
        organisation_ids = {int(value) for value in _column_values(rows, "organisation") if value.isdigit()}
        self.organisations_by_id = dict(_filter_in(organisations, "pk", organisation_ids))
        self.organisations_by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
        organisation_names = {normalise_name(value) for value in _column_values(rows, "organisation")}
        for pk, name, country in _filter_in(Organisation.objects.values_list("pk", "normalised_name", "country"),
                                            "normalised_name", organisation_names):
            self.organisations_by_name[name].append((pk, country))

    def match(self, cells: dict[str, str]) -> tuple[Any, Problems]:
        """By id within the workspace; else by e-mail; else by normalised name, unless the e-mails differ."""
        if record_id := cells.get("id"):
            if not record_id.isdigit() or int(record_id) not in self.by_id:
                return None, [("id", _("There is no person with id %(id)s in this workspace.") % {"id": record_id})]
            return self.by_id[int(record_id)], []
        email = cells.get("email", "").lower()
        if email and email in self.by_email:
            return self._only(self.by_email[email])
        namesakes = [person for person in self.by_name.get(normalise_name(cells.get("name", "")), [])
                     if not (email and person.email and person.email.lower() != email)]
        return self._only(namesakes) if namesakes else (None, [])

    @staticmethod
    def _only(people: list[Person]) -> tuple[Any, Problems]:
        if len(people) == 1:
            return people[0], []
        ids = ", ".join(str(person.pk) for person in people)
        return None, [("", _("Several people of this workspace match this row (ids %(ids)s); add the id column.")
                       % {"ids": ids})]

    def new_keys(self, cells: dict[str, str]) -> list[tuple[Any, ...]]:
        if email := cells.get("email", "").lower():
            return [("email", email)]
        return [("name", normalise_name(cells.get("name", "")))]

    def base_cells(self, record: Any) -> dict[str, str]:
        values = dict(zip(COLUMNS[PEOPLE], person_values(record), strict=True))
        return {column: text_of(value) for column, value in values.items()
                if column not in ("organisation", "organisation_country")}

    def values(self, cells: dict[str, str], record: Any) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {name: cells.get(name, "") for name in ("name", "email", "phone", "notes")}
        values["consent_date"] = self.read_as_form("consent_date", cells.get("consent_date", ""), errors)
        values["kind"] = cells.get("kind", "").lower()
        values["title"] = {code: cells.get(f"title_{code}", "") for code in LANGUAGES}
        consent = _parse_bool(cells.get("consent_to_publish", ""))
        if consent is None:
            errors["consent_to_publish"] = _("%(value)s is neither yes nor no.") % {
                "value": cells["consent_to_publish"]}
        values["consent_to_publish"] = bool(consent)
        if "organisation" in self.columns:
            values["organisation"] = self._organisation(cells.get("organisation", ""),
                                                        cells.get("organisation_country", ""), record, errors)
        else:
            values["organisation"] = record.organisation_id if record else None
        return values, errors

    def _organisation(self, value: str, country: str, record: Any, errors: dict[str, str]) -> int | None:
        """The organisation named by id, or by name (and country when given)."""
        if not value:
            return None
        if value.isdigit() and int(value) in self.organisations_by_id:
            return int(value)
        country = country.upper()
        candidates = [pk for pk, found_country in self.organisations_by_name.get(normalise_name(value), [])
                      if not country or found_country == country]
        current = record.organisation_id if record else None
        if current in candidates or len(candidates) == 1:
            return current if current in candidates else candidates[0]
        if candidates:
            errors["organisation"] = _("Several organisations are named %(name)s (ids %(ids)s); give the id or "
                                       "the country.") % {"name": value, "ids": ", ".join(map(str, candidates))}
        elif country:
            errors["organisation"] = _("There is no organisation %(name)s in %(country)s in the directory.") % {
                "name": value, "country": country}
        else:
            errors["organisation"] = _("There is no organisation %(name)s in the directory.") % {"name": value}
        return None


CHECKERS: dict[str, type[RowChecker]] = {ORGANISATIONS: OrganisationChecker, PEOPLE: PersonChecker}


def preview(table: Table, workspace: Any, actor: Any = None) -> ImportReport:
    """What importing the table would do, row by row; writes nothing. A row that would change an organisation
    another workspace looks after is an error."""
    checker = CHECKERS[table.what](workspace, table, actor)
    seen: dict[tuple[Any, ...], int] = {}
    rows = [checker.check(line, cells, seen) for line, cells in table.rows]
    return ImportReport(table.what, table.filename, rows, table.ignored_columns)


WRITE_BATCH = 500


def apply(table: Table, workspace: Any, actor: Any,
          on_row: Callable[[int], None] | None = None) -> ImportReport:
    """Check the rows again and, only when every one is good, write them all in one transaction through the record
    type's service, in batches (on_row is told how many rows are written; if it raises, nothing is)."""
    record_type = RECORD_TYPES[table.what]
    with transaction.atomic():
        report = preview(table, workspace, actor)
        if report.is_valid:
            done = 0
            for rows in _chunks(report.rows, WRITE_BATCH):
                prepared = [row.prepared for row in rows if row.action in ("create", "update") and row.prepared]
                record_services.save_prepared(actor=actor, workspace=workspace, record_type=record_type,
                                              prepared=prepared)
                done += len(rows)
                if on_row is not None:
                    on_row(done)
    return report


# Export --------------------------------------------------------------------------------------------------------


def export_columns(what: str) -> list[Column]:
    return RECORD_TYPES[what].columns


def organisation_values(organisation: Organisation) -> list[Any]:
    return record_columns.row(ORGANISATION.columns, organisation)


def person_values(person: Person) -> list[Any]:
    return record_columns.row(PERSON.columns, person)


def export_rows(what: str, workspace: Any, filters: dict[str, Any]) -> Iterator[list[Any]]:
    """The rows of an export, in its record type's columns: the directory's organisations that match the list's
    filters, or the workspace's people. Read in chunks."""
    if what == ORGANISATIONS:
        organisations = selectors.organisations(filters).prefetch_related(
            Prefetch("themes", queryset=Theme.objects.only("pk", "slug")))
        return (organisation_values(organisation) for organisation in organisations.iterator(chunk_size=2000))
    people = selectors.people(workspace, filters)
    return (person_values(person) for person in people.iterator(chunk_size=2000))

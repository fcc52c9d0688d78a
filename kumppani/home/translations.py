"""A workspace's texts in four languages: how much of them is translated, and a workbook for a translator.

Every translated field (core.translated.TranslatedField) of every model whose rows belong to a workspace is found
from the models' metadata, so a new model's texts are counted and exported without being listed here. A text
counts when it has content in any language; it is done in a language when that language has content.

The workbook has one row per text (record type, id, field, the record's name, then one column per language). Read
back, a filled cell sets that language's text and an empty cell keeps it: a translator cannot clear a text by
leaving a cell empty. Every row is checked before anything is written, and nothing is written unless all are good.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from kumppani.audit.writes import update_record
from kumppani.core.ownership import owner_path
from kumppani.core.spreadsheets import FORMULA_PREFIXES, xlsx_file
from kumppani.core.translated import TranslatedField

BASE_COLUMNS = ["record_type", "id", "field", "record"]
COLUMNS = [*BASE_COLUMNS, *settings.LANGUAGE_CODES]
MAX_ROWS = 50_000


@dataclass(frozen=True)
class TextField:
    model: type[models.Model]
    name: str
    owner: str  # the lookup from a row to its workspace's id

    @property
    def record_type(self) -> str:
        return self.model._meta.label

    @property
    def label(self) -> str:
        verbose = getattr(self.model._meta.get_field(self.name), "verbose_name", self.name)
        return f"{str(self.model._meta.verbose_name_plural).capitalize()}: {verbose}"

    @property
    def max_length(self) -> int | None:
        return getattr(self.model._meta.get_field(self.name), "text_max_length", None)

    def rows(self, workspace: Any) -> models.QuerySet:
        return self.model._default_manager.filter(**{self.owner: workspace.pk}).order_by("pk")


def text_fields() -> list[TextField]:
    """The translated fields of every model whose rows belong to a workspace."""
    found = []
    for model in apps.get_models():
        path = owner_path(model)
        if path is None:
            continue
        for model_field in model._meta.concrete_fields:
            if isinstance(model_field, TranslatedField):
                found.append(TextField(model, model_field.name, path))
    return sorted(found, key=lambda text_field: (text_field.record_type, text_field.name))


@dataclass
class FieldStatus:
    text_field: TextField
    total: int = 0
    done: dict[str, int] = field(default_factory=lambda: dict.fromkeys(settings.LANGUAGE_CODES, 0))


@dataclass(frozen=True)
class LanguageShare:
    code: str
    name: str
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


def _written(values: Iterable[dict[str, str] | None]) -> Iterator[dict[str, str]]:
    for value in values:
        if value and any(text for text in value.values() if text):
            yield value


def translation_status(workspace: Any) -> tuple[list[LanguageShare], list[FieldStatus]]:
    """The share of the workspace's texts done in each language, and per field."""
    statuses = []
    for text_field in text_fields():
        status = FieldStatus(text_field)
        for value in _written(text_field.rows(workspace).values_list(text_field.name, flat=True)):
            status.total += 1
            for code in settings.LANGUAGE_CODES:
                status.done[code] += bool(value.get(code))
        if status.total:
            statuses.append(status)
    total = sum(status.total for status in statuses)
    shares = [LanguageShare(code, str(name), sum(status.done[code] for status in statuses), total)
              for code, name in settings.LANGUAGES]
    return shares, statuses


def text_rows(workspace: Any) -> Iterator[list[Any]]:
    for text_field in text_fields():
        for record in text_field.rows(workspace).iterator(chunk_size=500):
            value = getattr(record, text_field.name) or {}
            if any(value.values()):
                yield [text_field.record_type, record.pk, text_field.name, str(record)[:200],
                       *[value.get(code, "") for code in settings.LANGUAGE_CODES]]


def workbook(workspace: Any) -> IO[bytes]:
    """Every text of the workspace, one row each, with a column per language."""
    return xlsx_file(COLUMNS, text_rows(workspace), title=_("Translations"))


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


@dataclass
class Checked:
    changes: dict[tuple[TextField, int], dict[str, str]] = field(default_factory=dict)  # (field, pk) → new texts
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0


def _cell(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIXES:
        text = text[1:]  # the quote our export put before a formula-like text
    return text


def read_rows(upload: IO[bytes]) -> tuple[list[str], list[tuple[Any, ...]]]:
    try:
        sheet = load_workbook(upload, read_only=True, data_only=True).worksheets[0]
    except Exception as error:
        raise ValueError(_("The file is not an XLSX workbook.")) from error
    rows = sheet.iter_rows(values_only=True)
    header = [_cell(value) for value in next(rows, ())]
    missing = [name for name in BASE_COLUMNS[:3] if name not in header]
    if missing:
        raise ValueError(_("The workbook lacks the columns %(columns)s.") % {"columns": ", ".join(missing)})
    body: list[tuple[Any, ...]] = []
    for row in rows:
        if len(body) >= MAX_ROWS:
            raise ValueError(_("The workbook has more than %(count)s rows.") % {"count": MAX_ROWS})
        body.append(row)
    return header, body


def check_workbook(workspace: Any, upload: IO[bytes]) -> Checked:
    """Every row of a translator's workbook checked against the workspace's texts; nothing is written."""
    checked = Checked()
    try:
        header, rows = read_rows(upload)
    except ValueError as error:
        checked.errors.append(RowError(1, str(error)))
        return checked
    fields = {(text_field.record_type, text_field.name): text_field for text_field in text_fields()}
    languages = [code for code in settings.LANGUAGE_CODES if code in header]
    for number, row in enumerate(rows, start=2):
        cells = {name: _cell(value) for name, value in zip(header, row, strict=False)}
        if not any(cells.values()):
            continue
        checked.rows += 1
        _check_row(workspace, checked, number, cells, fields, languages)
    return checked


def _check_row(workspace: Any, checked: Checked, number: int, cells: dict[str, str],
               fields: dict[tuple[str, str], TextField], languages: list[str]) -> None:
    text_field = fields.get((cells.get("record_type", ""), cells.get("field", "")))
    if text_field is None:
        checked.errors.append(RowError(number, _("Unknown record type or field: %(type)s %(field)s") % {
            "type": cells.get("record_type", ""), "field": cells.get("field", "")}))
        return
    pk = cells.get("id", "")
    if not pk.isdigit() or not text_field.rows(workspace).filter(pk=int(pk)).exists():
        checked.errors.append(RowError(number, _("No record %(id)s of this type in this workspace.") % {"id": pk}))
        return
    texts = {code: cells[code] for code in languages if cells.get(code)}
    too_long = [code for code, text in texts.items() if text_field.max_length and len(text) > text_field.max_length]
    if too_long:
        checked.errors.append(RowError(number, _("The text is longer than %(max)s characters: %(languages)s") % {
            "max": text_field.max_length, "languages": ", ".join(too_long)}))
        return
    checked.changes.setdefault((text_field, int(pk)), {}).update(texts)


@transaction.atomic
def write_translations(*, actor: Any, workspace: Any, checked: Checked) -> int:
    """Write a checked workbook's texts through the audited writes; the number of records changed."""
    if checked.errors:
        raise ValueError(_("The workbook has errors; nothing was written."))
    changed = 0
    for (text_field, pk), texts in checked.changes.items():
        record = text_field.rows(workspace).get(pk=pk)
        current = getattr(record, text_field.name) or {}
        new = {**current, **texts}
        if new != current:
            update_record(actor, workspace, record, {text_field.name: new})
            changed += 1
    return changed

"""Import of public project records (EU structural-fund lists, Norwegian H2020 participations).

`import_projects(file, format)` reads the file row by row, checks every row, matches organisations and projects
to what the directory holds, and — only when every row is good, unless skip_bad_rows — writes the differences in
one transaction. Importing the same file again changes nothing. The page, the command and bench/import.py call it.

Every record written gets its own history entry (inserted in bulk by the audited bulk writes), and the history
also gets one entry per import run that changed something (file, format, who, counts). The partner-search index
catches up after the commit from the writes' events, each organisation reindexed once.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _

from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.services import audit_actor
from kumppani.directory.identifiers import validate_vat
from kumppani.projects.models import Project
from kumppani.projects.public_import import labels, writer
from kumppani.projects.public_import.formats import FORMATS, Format
from kumppani.projects.public_import.reading import ImportRefused, csv_rows, json_rows, open_text
from kumppani.projects.public_import.rows import BadRow, ProjectRow

__all__ = ["FORMATS", "STEPS", "ImportRefused", "ImportReport", "import_projects"]

MAX_NAME = 300
MAX_TITLE = 500


@dataclass
class ImportReport:
    format: str
    filename: str
    projects: int = 0  # projects read from the file (good and bad)
    bad_rows: list[BadRow] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    organisations_created: int = 0
    partners_created: int = 0
    partners_updated: int = 0
    partners_removed: int = 0
    written: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.created or self.updated or self.organisations_created)

    def summary(self) -> str:
        return _("%(created)s projects created, %(updated)s updated, %(unchanged)s unchanged; %(organisations)s new "
                 "organisations; %(bad)s bad rows.") % {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "organisations": self.organisations_created, "bad": len(self.bad_rows)}


def format_of(name: str | Format) -> Format:
    if isinstance(name, Format):
        return name  # a format built at run time (a saved column mapping)
    if name not in FORMATS:
        raise ImportRefused(_("Unknown format “%(name)s”; the formats are %(formats)s.")
                            % {"name": name, "formats": ", ".join(FORMATS)})
    return FORMATS[name]


def read_rows(binary: IO[bytes], data_format: Format) -> list[ProjectRow | BadRow]:
    if data_format.read is not None:  # a format of several files or of XML reads the upload itself
        rows = data_format.read(binary)
        if not rows:
            raise ImportRefused(_("The file has no rows below its header."))
        return rows
    assert data_format.build is not None  # a format either reads its upload itself or builds rows from its columns
    text = open_text(binary)
    numbered = (json_rows(text, data_format.columns, data_format.name) if data_format.json
                else csv_rows(text, data_format.delimiter, data_format.columns, data_format.name))
    rows = list(data_format.build(numbered))
    if not rows:
        raise ImportRefused(_("The file has no rows below its header."))
    return rows


def checked(rows: list[ProjectRow | BadRow], programmes: dict[str, int]) -> tuple[list[ProjectRow], list[BadRow]]:
    """The good rows and the bad ones: the converters' rejects, repeated project codes, and values the
    directory cannot hold."""
    good: list[ProjectRow] = []
    bad: list[BadRow] = []
    first_line: dict[str, int] = {}
    for row in rows:
        if isinstance(row, BadRow):
            bad.append(row)
        elif row.source_id in first_line:
            bad.append(BadRow(row.line, _("The project %(id)s is already on line %(line)s.")
                              % {"id": row.source_id, "line": first_line[row.source_id]}))
        elif problem := _problem(row, programmes):
            bad.append(BadRow(row.line, problem))
        else:
            first_line[row.source_id] = row.line
            good.append(row)
    return good, sorted(bad, key=lambda item: item.line)


def _problem(row: ProjectRow, programmes: dict[str, int]) -> str:
    if row.programme and row.programme not in programmes:
        return _("The programme %(slug)s is not in the catalogue.") % {"slug": row.programme}
    if len(row.source_id) > Project._meta.get_field("source_id").max_length:  # type: ignore[operator]
        return _("The project code is too long.")
    if any(len(text) > MAX_TITLE for text in row.title.values()):
        return _("The title is longer than %(count)s characters.") % {"count": MAX_TITLE}
    for partner in row.partners:
        if len(partner.name) > MAX_NAME:
            return _("The organisation name %(name)s… is too long.") % {"name": partner.name[:40]}
        if partner.vat:
            try:
                validate_vat(partner.vat)
            except Exception as error:  # a ValidationError; its message says what is wrong
                return f"{partner.name}: {getattr(error, 'messages', [error])[0]}"
    return ""


Step = Callable[[int, str], None]
STEPS = 5  # reading, checking, writing, indexing, done: what on_step counts


def _no_step(number: int, text: str) -> None:
    return None


def import_projects(binary: IO[bytes], format_name: str | Format, *, filename: str = "", actor: Any = None,
                    workspace: Any = None, skip_bad_rows: bool = False, dry_run: bool = False,
                    on_step: Step = _no_step) -> ImportReport:
    """Import a data set file; with bad rows nothing is written unless skip_bad_rows (then the good rows are).
    on_step(number, text) is told each step (of STEPS); if it raises before the last, nothing is written."""
    data_format = format_of(format_name)
    on_step(0, _("Reading the file"))
    rows = read_rows(binary, data_format)
    report = ImportReport(data_format.name, filename, projects=len(rows))
    on_step(1, _("Checking %(count)s rows against the directory") % {"count": len(rows)})
    with transaction.atomic():
        good, report.bad_rows = checked(rows, writer.programme_ids())
        planned = writer.plan(data_format.name, good, writer.programme_ids())
        _count(report, planned)
        if dry_run or (report.bad_rows and not skip_bad_rows):
            return report
        on_step(2, _("Writing %(count)s changed projects") % {"count": report.created + report.updated})
        writer.apply(planned, actor)
        labels.attach_themes(data_format.name, good)
        on_step(3, _("Updating the partner search index"))
        report.written = True
        if report.changed_anything or report.partners_removed:
            _record_history(report, data_format, actor, workspace)
    return report


def _count(report: ImportReport, planned: writer.Plan) -> None:
    report.created = len(planned.new_projects)
    report.updated = len(planned.changed_projects)
    report.unchanged = planned.unchanged
    report.organisations_created = len(planned.organisations.new)
    report.partners_created = len(planned.partners.create)
    report.partners_updated = len(planned.partners.update)
    report.partners_removed = len(planned.partners.delete)


def _record_history(report: ImportReport, data_format: Format, actor: Any, workspace: Any) -> None:
    AuditEntry.objects.create(
        workspace=workspace, actor=audit_actor(actor),
        action=Action.CREATE if report.created else Action.UPDATE, event="projects.imported",
        content_type=ContentType.objects.get_for_model(Project), object_id=f"import:{data_format.name}",
        object_repr=(_("Import of public records: %(file)s (%(format)s)")
                     % {"file": report.filename or "–", "format": data_format.name})[:300],
        changes={"format": data_format.name, "file": report.filename, "projects_created": report.created,
                 "projects_updated": report.updated, "projects_unchanged": report.unchanged,
                 "organisations_created": report.organisations_created,
                 "partners_created": report.partners_created, "partners_updated": report.partners_updated,
                 "partners_removed": report.partners_removed, "bad_rows_skipped": len(report.bad_rows)},
    )

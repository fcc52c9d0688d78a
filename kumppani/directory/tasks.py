"""Directory work as background jobs: the import (after its preview) and large exports."""

import shutil
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.core import spreadsheets
from kumppani.core.columns import Column
from kumppani.directory import selectors, transfer
from kumppani.directory.forms import OrganisationFilterForm, PersonFilterForm
from kumppani.jobs.models import Job
from kumppani.jobs.services import JobFailed, job_task, progress, result_path, set_result

FILTER_FORMS = {transfer.ORGANISATIONS: OrganisationFilterForm, transfer.PEOPLE: PersonFilterForm}
LIST_URL_NAMES = {transfer.ORGANISATIONS: "directory:organisation_list", transfer.PEOPLE: "directory:person_list"}


def counted(job: Job, rows: Iterable[list[Any]], total: int) -> Iterator[list[Any]]:
    """The rows, telling the job how many have been written."""
    progress(job, done=0, total=total, text=_("Writing the rows"))
    for number, row in enumerate(rows, 1):
        yield row
        progress(job, done=number)


def write_export(job: Job, *, columns: Sequence[Column | str], rows: Iterable[list[Any]], total: int, file_format: str,
                 filename: str, title: str) -> None:
    """Write an export file as the job's result, with progress row by row."""
    path = result_path(job, filename)
    rows = counted(job, rows, total)
    if file_format == "xlsx":
        progress(job, text=_("Writing the workbook"))
        with spreadsheets.xlsx_file(columns, rows, title=title) as workbook, path.open("wb") as output:
            shutil.copyfileobj(workbook, output)
    else:
        with path.open("w", encoding="utf-8", newline="") as output:
            output.writelines(spreadsheets.csv_lines(columns, rows))
    set_result(job, file=path, name=filename, report={"summary": _("%(count)s rows") % {"count": total}})


def export_filters(what: str, query: str) -> dict[str, Any]:
    form = FILTER_FORMS[what](QueryDict(query))
    return form.cleaned_data if form.is_valid() else {}


def export_count(what: str, workspace: Any, filters: dict[str, Any]) -> int:
    if what == transfer.ORGANISATIONS:
        return selectors.organisations(filters).count()
    return selectors.people(workspace, filters).count()


@job_task
def export_directory(job: Job, *, what: str, file_format: str, query: str) -> None:
    filters = export_filters(what, query)
    progress(job, text=_("Counting the rows"))
    total = export_count(what, job.workspace, filters)
    filename = f"{job.workspace.slug}-{what}-{timezone.localdate():%Y-%m-%d}.{file_format}"  # type: ignore[union-attr]
    write_export(job, columns=transfer.export_columns(what), rows=transfer.export_rows(what, job.workspace, filters),
                 total=total, file_format=file_format, filename=filename, title=what)


@job_task
def import_directory(job: Job, *, token: str) -> None:
    workspace, actor = job.workspace, job.started_by
    progress(job, text=_("Reading the kept file"))
    table = transfer.load_table(token, workspace, actor)
    if table is None:
        raise JobFailed(_("The preview has expired. Upload the file again."))
    progress(job, done=0, total=len(table.rows), text=_("Checking and writing the rows"))
    report = transfer.apply(table, workspace, actor, on_row=lambda number: progress(job, done=number))
    if not report.is_valid:
        raise JobFailed(_("The directory has changed since the preview, and nothing was imported."))
    transfer.discard_table(token)
    set_result(job, report={
        "summary": _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.") % {
            "created": report.created, "updated": report.updated, "unchanged": report.unchanged},
        "created": report.created, "updated": report.updated, "unchanged": report.unchanged,
        "next_url": reverse(LIST_URL_NAMES[table.what], args=[workspace.slug])})  # type: ignore[union-attr]

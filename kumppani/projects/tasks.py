"""Project work as background jobs: the public-record import and large exports."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.directory.tasks import write_export
from kumppani.jobs.models import Job
from kumppani.jobs.services import JobFailed, job_task, progress, set_result
from kumppani.projects import exports, forms, selectors
from kumppani.projects.models import ColumnMapping
from kumppani.projects.public_import import STEPS, ImportRefused, import_projects, kept, mapped
from kumppani.projects.public_import.formats import Format
from kumppani.projects.records import PROJECT

SHOWN_BAD_ROWS = 500


@job_task
def import_public_records(job: Job, *, token: str, data_format: str, filename: str, skip_bad_rows: bool) -> None:
    """Safe to run again after a crash: importing the same file again changes nothing."""
    _import_kept_file(job, token=token, data_format=data_format, filename=filename, skip_bad_rows=skip_bad_rows)


@job_task
def import_mapped_records(job: Job, *, token: str, mapping_id: int, filename: str, skip_bad_rows: bool) -> None:
    """A CSV or XLSX list read through a saved column mapping of the job's workspace (public_import/mapped.py)."""
    saved = ColumnMapping.objects.filter(pk=mapping_id, workspace=job.workspace).select_related("programme").first()
    if saved is None:
        raise JobFailed(_("The column mapping no longer exists."))
    _import_kept_file(job, token=token, data_format=mapped.format_of(mapped.Mapping.of(saved)), filename=filename,
                      skip_bad_rows=skip_bad_rows)


def _import_kept_file(job: Job, *, token: str, data_format: str | Format, filename: str, skip_bad_rows: bool) -> None:
    path = kept.path_of(token)
    if path is None:
        raise JobFailed(_("The uploaded file is no longer kept. Upload it again."))
    try:
        with path.open("rb") as binary:
            report = import_projects(binary, data_format, filename=filename, actor=job.started_by,
                                     workspace=job.workspace, skip_bad_rows=skip_bad_rows,
                                     on_step=lambda number, text: progress(job, done=number, total=STEPS, text=text))
    except ImportRefused as refusal:
        raise JobFailed(str(refusal)) from refusal
    values = {"summary": report.summary(), "created": report.created, "updated": report.updated,
              "unchanged": report.unchanged, "organisations_created": report.organisations_created,
              "bad_rows": [str(bad) for bad in report.bad_rows[:SHOWN_BAD_ROWS]], "written": report.written}
    if job.workspace is not None:
        values["next_url"] = reverse("projects:project_list", args=[job.workspace.slug]) + "?public=on"
    set_result(job, report=values)
    if not report.written:
        raise JobFailed(_("%(count)s bad rows: nothing was imported. Correct them, or import again and choose to "
                          "skip the bad rows.") % {"count": len(report.bad_rows)})
    path.unlink(missing_ok=True)


@job_task
def export_projects(job: Job, *, file_format: str, query: str) -> None:
    workspace = job.workspace
    filters = forms.ProjectFilterForm(QueryDict(query) or None, workspace=workspace).filters()
    progress(job, text=_("Counting the projects"))
    total = selectors.projects(workspace, filters).count()
    filename = f"{workspace.slug}-projects-{timezone.localdate():%Y-%m-%d}.{file_format}"  # type: ignore[union-attr]
    write_export(job, columns=PROJECT.columns, rows=exports.export_rows(workspace, filters), total=total,
                 file_format=file_format, filename=filename, title="projects")

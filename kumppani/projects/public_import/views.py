"""The staff page that imports a public data set: upload and check (nothing written), then confirm.

The upload is kept on the server between the check and the confirmation, under a token held in the session.
"""

from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.jobs.services import start_job
from kumppani.projects import tasks
from kumppani.projects.public_import import FORMATS, ImportRefused, ImportReport, import_projects, kept
from kumppani.workspaces.access import workspace_view

SESSION_KEY = "public_records_import"
SHOWN_BAD_ROWS = 500


class PublicImportForm(forms.Form):
    data_format = forms.ChoiceField(label=gettext_lazy("Data set"),
                                    choices=[(name, f"{name}: {item.label}") for name, item in FORMATS.items()])
    file = forms.FileField(label=gettext_lazy("File"),
                           help_text=gettext_lazy("The data set's CSV, JSON or XML file, plain or gzip-compressed "
                                                  "(.gz); for CORDIS, the ZIP of its files."))


def _kept_path(request: HttpRequest) -> tuple[Path | None, dict[str, Any]]:
    stored = request.session.get(SESSION_KEY) or {}
    token = stored.get("token", "")
    if not token or request.POST.get("token") != token or stored.get("workspace") != request.workspace.pk:  # type: ignore[attr-defined]
        return None, stored
    return kept.path_of(token), stored


@workspace_view(write=True)
def import_view(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = PublicImportForm(request.POST, request.FILES) if request.method == "POST" else PublicImportForm()
    if form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", _("The file is larger than %(size)s.")
                           % {"size": filesizeformat(settings.IMPORT_MAX_BYTES)})
        else:
            try:
                report = import_projects(upload, form.cleaned_data["data_format"], filename=upload.name,
                                         dry_run=True)
            except ImportRefused as refusal:
                form.add_error("file", str(refusal))
            else:
                return _preview(request, upload, report)
    return render(request, "projects/public_import.html", {"form": form, "formats": FORMATS},
                  status=400 if form.is_bound else 200)


def _preview(request: HttpRequest, upload: Any, report: ImportReport) -> HttpResponse:
    upload.seek(0)
    token = kept.keep(upload.chunks())
    request.session[SESSION_KEY] = {"token": token, "format": report.format, "filename": report.filename,
                                    "workspace": request.workspace.pk,  # type: ignore[attr-defined]
                                    "bad_rows": len(report.bad_rows)}
    return render(request, "projects/public_import_preview.html", {
        "report": report, "token": token, "bad_rows": report.bad_rows[:SHOWN_BAD_ROWS],
        "more_bad_rows": max(0, len(report.bad_rows) - SHOWN_BAD_ROWS),
    })


def _confirm(request: HttpRequest) -> HttpResponse:
    """Queue the import; its job page shows the progress and, when done, the counts."""
    workspace = request.workspace  # type: ignore[attr-defined]
    path, stored = _kept_path(request)
    if path is None:
        messages.error(request, _("The check has expired. Upload the file again."))
        return redirect("public_records:import", workspace.slug)
    skip_bad_rows = request.POST.get("skip_bad_rows") == "1"
    if stored.get("bad_rows") and not skip_bad_rows:
        return _refuse_bad_rows(request, path, stored)
    del request.session[SESSION_KEY]
    job = start_job(kind="import_public_records", workspace=workspace, actor=request.user,
                    run=tasks.import_public_records, resumable=True, token=stored["token"],
                    data_format=stored["format"], filename=stored["filename"],
                    skip_bad_rows=skip_bad_rows)
    return redirect("jobs:job_detail", workspace.slug, job.pk)


def _refuse_bad_rows(request: HttpRequest, path: Path, stored: dict[str, Any]) -> HttpResponse:
    """With bad rows, only the explicit choice imports the good ones: show the check again."""
    with path.open("rb") as binary:
        report = import_projects(binary, stored["format"], filename=stored["filename"], dry_run=True)
    return render(request, "projects/public_import_preview.html", {
        "report": report, "token": request.POST["token"], "bad_rows": report.bad_rows[:SHOWN_BAD_ROWS],
        "more_bad_rows": max(0, len(report.bad_rows) - SHOWN_BAD_ROWS)}, status=409)

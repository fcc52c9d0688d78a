"""The staff page that imports a public data set: upload and check (nothing written), then confirm.

The upload is kept on the server between the check and the confirmation, under a token held in the session.
"""

import os
import secrets
import time
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.projects.public_import import FORMATS, ImportRefused, ImportReport, import_projects
from kumppani.workspaces.access import workspace_view

SESSION_KEY = "public_records_import"
LIFETIME_SECONDS = 24 * 3600
SHOWN_BAD_ROWS = 500


class PublicImportForm(forms.Form):
    data_format = forms.ChoiceField(label=gettext_lazy("Data set"),
                                    choices=[(name, f"{name}: {item.label}") for name, item in FORMATS.items()])
    file = forms.FileField(label=gettext_lazy("File"),
                           help_text=gettext_lazy("The data set's CSV or JSON file, plain or gzip-compressed (.gz)."))


def _upload_dir() -> Path:
    directory = Path(settings.VAR_DIR) / "imports"
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("public-*.data"):
        try:
            if time.time() - stale.stat().st_mtime > LIFETIME_SECONDS:
                stale.unlink()
        except OSError:
            continue
    return directory


def _keep(upload: Any) -> str:
    token = secrets.token_urlsafe(24)
    descriptor = os.open(_upload_dir() / f"public-{token}.data", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as kept:
        for chunk in upload.chunks():
            kept.write(chunk)
    return token


def _kept_path(request: HttpRequest) -> tuple[Path | None, dict[str, Any]]:
    stored = request.session.get(SESSION_KEY) or {}
    token = stored.get("token", "")
    if not token or request.POST.get("token") != token or stored.get("workspace") != request.workspace.pk:  # type: ignore[attr-defined]
        return None, stored
    path = _upload_dir() / f"public-{token}.data"
    return (path if path.exists() else None), stored


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
    token = _keep(upload)
    request.session[SESSION_KEY] = {"token": token, "format": report.format, "filename": report.filename,
                                    "workspace": request.workspace.pk}  # type: ignore[attr-defined]
    return render(request, "projects/public_import_preview.html", {
        "report": report, "token": token, "bad_rows": report.bad_rows[:SHOWN_BAD_ROWS],
        "more_bad_rows": max(0, len(report.bad_rows) - SHOWN_BAD_ROWS),
    })


def _confirm(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    path, stored = _kept_path(request)
    if path is None:
        messages.error(request, _("The check has expired. Upload the file again."))
        return redirect("public_records:import", workspace.slug)
    try:
        with path.open("rb") as binary:
            report = import_projects(binary, stored["format"], filename=stored["filename"], actor=request.user,
                                     workspace=workspace, skip_bad_rows=request.POST.get("skip_bad_rows") == "1")
    except ImportRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("public_records:import", workspace.slug)
    if not report.written:
        return render(request, "projects/public_import_preview.html", {
            "report": report, "token": request.POST["token"], "bad_rows": report.bad_rows[:SHOWN_BAD_ROWS],
            "more_bad_rows": max(0, len(report.bad_rows) - SHOWN_BAD_ROWS)}, status=409)
    path.unlink(missing_ok=True)
    del request.session[SESSION_KEY]
    messages.success(request, _("Imported: %(summary)s") % {"summary": report.summary()})
    return redirect(reverse("projects:project_list", args=[workspace.slug]) + "?public=on")

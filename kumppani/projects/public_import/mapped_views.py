"""The staff page that imports any CSV or XLSX list through chosen columns: upload, pick the columns (or a saved
mapping), check (nothing written), then confirm; the import runs as a background job with its progress."""

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

from kumppani.directory.models import validate_country
from kumppani.funding.models import Programme
from kumppani.jobs.services import start_job
from kumppani.projects import tasks
from kumppani.projects.models import ColumnMapping
from kumppani.projects.public_import import ImportRefused, ImportReport, import_projects, kept, mapped
from kumppani.workspaces.access import workspace_view

SESSION_KEY = "mapped_records_import"
SHOWN_BAD_ROWS = 500
LANGUAGES = [("fi", "suomi"), ("sv", "svenska"), ("en", "English"), ("et", "eesti"), ("da", "dansk"),
             ("no", "norsk"), ("de", "Deutsch"), ("fr", "français"), ("es", "español"), ("it", "italiano"),
             ("lv", "latviešu"), ("lt", "lietuvių"), ("pl", "polski")]


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"),
                           help_text=gettext_lazy("A CSV (any separator) or XLSX list, one row per organisation's "
                                                  "part in a project; plain or gzip-compressed."))
    mapping = forms.ModelChoiceField(label=gettext_lazy("Saved column mapping"), required=False,
                                     queryset=ColumnMapping.objects.none(),
                                     help_text=gettext_lazy("Leave empty to pick the columns of this file."))

    def __init__(self, *args: Any, workspace: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["mapping"].queryset = ColumnMapping.objects.filter(workspace=workspace)  # type: ignore[attr-defined]


class MappingForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Save the mapping as"), max_length=100)
    language = forms.ChoiceField(label=gettext_lazy("Language of the titles and summaries"), choices=LANGUAGES)
    default_country = forms.CharField(label=gettext_lazy("Country when a row names none"), max_length=2,
                                      required=False, validators=[validate_country])
    programme = forms.ModelChoiceField(label=gettext_lazy("Programme"), queryset=Programme.objects.all(),
                                       required=False)

    def __init__(self, *args: Any, headers: list[str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        choices = [("", "—"), *((header, header) for header in headers)]
        by_lower = {header.lower(): header for header in headers}
        for name, label in mapped.FIELDS.items():
            self.fields[f"column_{name}"] = forms.ChoiceField(
                label=label, choices=choices, required=name in mapped.REQUIRED,
                initial=by_lower.get(name.replace("_", " ")) or by_lower.get(name, ""))

    def columns(self) -> dict[str, str]:
        return {name: self.cleaned_data[f"column_{name}"] for name in mapped.FIELDS
                if self.cleaned_data.get(f"column_{name}")}


def _kept(request: HttpRequest) -> tuple[Path | None, dict[str, Any]]:
    stored = request.session.get(SESSION_KEY) or {}
    token = stored.get("token", "")
    if not token or request.POST.get("token") != token or stored.get("workspace") != request.workspace.pk:  # type: ignore[attr-defined]
        return None, stored
    return kept.path_of(token), stored


@workspace_view(write=True)
def mapped_import_view(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    if request.method == "POST" and "token" in request.POST:
        path, stored = _kept(request)
        if path is None:
            messages.error(request, _("The check has expired. Upload the file again."))
            return redirect("public_records:import_mapped", workspace.slug)
        if request.POST.get("step") == "map":
            return _map(request, path, stored)
        return _confirm(request, path, stored)
    form = UploadForm(request.POST or None, request.FILES or None, workspace=workspace)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", _("The file is larger than %(size)s.")
                           % {"size": filesizeformat(settings.IMPORT_MAX_BYTES)})
        else:
            token = kept.keep(upload.chunks())
            stored = {"token": token, "filename": upload.name, "workspace": workspace.pk}
            request.session[SESSION_KEY] = stored
            path = kept.path_of(token)
            assert path is not None
            saved = form.cleaned_data["mapping"]
            if saved is not None:
                return _check(request, path, stored, saved)
            return _map(request, path, stored, bound=False)
    return render(request, "projects/public_import_mapped.html", {"form": form, "step": "upload"},
                  status=400 if form.is_bound else 200)


def _headers(path: Path) -> list[str]:
    with path.open("rb") as binary:
        return mapped.headers_of(binary)


def _map(request: HttpRequest, path: Path, stored: dict[str, Any], bound: bool = True) -> HttpResponse:
    try:
        headers = _headers(path)
    except ImportRefused as refusal:
        upload_form = UploadForm(workspace=request.workspace)  # type: ignore[attr-defined]
        messages.error(request, str(refusal))
        return render(request, "projects/public_import_mapped.html", {"form": upload_form, "step": "upload"},
                      status=400)
    form = MappingForm(request.POST if bound else None, headers=headers,
                       initial={"name": Path(stored["filename"]).stem[:100], "language": "en"})
    if bound and form.is_valid():
        saved = mapped.save_mapping(
            actor=request.user, workspace=request.workspace, name=form.cleaned_data["name"],  # type: ignore[attr-defined]
            columns=form.columns(), language=form.cleaned_data["language"],
            default_country=form.cleaned_data["default_country"], programme=form.cleaned_data["programme"])
        return _check(request, path, stored, saved)
    return render(request, "projects/public_import_mapped.html",
                  {"form": form, "step": "map", "token": stored["token"], "filename": stored["filename"]},
                  status=400 if bound else 200)


def _report(path: Path, stored: dict[str, Any], saved: ColumnMapping) -> ImportReport:
    with path.open("rb") as binary:
        return import_projects(binary, mapped.format_of(mapped.Mapping.of(saved)), filename=stored["filename"],
                               dry_run=True)


def _check(request: HttpRequest, path: Path, stored: dict[str, Any], saved: ColumnMapping,
           status: int = 200) -> HttpResponse:
    try:
        report = _report(path, stored, saved)
    except ImportRefused as refusal:
        messages.error(request, str(refusal))
        return _map(request, path, stored, bound=False)
    request.session[SESSION_KEY] = {**stored, "mapping": saved.pk, "bad_rows": len(report.bad_rows)}
    return render(request, "projects/public_import_preview.html", {
        "report": report, "token": stored["token"], "bad_rows": report.bad_rows[:SHOWN_BAD_ROWS],
        "more_bad_rows": max(0, len(report.bad_rows) - SHOWN_BAD_ROWS), "mapping": saved}, status=status)


def _confirm(request: HttpRequest, path: Path, stored: dict[str, Any]) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    saved = ColumnMapping.objects.filter(pk=stored.get("mapping", 0), workspace=workspace).first()
    if saved is None:
        return _map(request, path, stored, bound=False)
    skip_bad_rows = request.POST.get("skip_bad_rows") == "1"
    if stored.get("bad_rows") and not skip_bad_rows:
        return _check(request, path, stored, saved, status=409)
    del request.session[SESSION_KEY]
    job = start_job(kind="import_public_records", workspace=workspace, actor=request.user,
                    run=tasks.import_mapped_records, resumable=True, token=stored["token"], mapping_id=saved.pk,
                    filename=stored["filename"], skip_bad_rows=skip_bad_rows)
    return redirect("jobs:job_detail", workspace.slug, job.pk)

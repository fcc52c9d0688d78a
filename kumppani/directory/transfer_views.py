"""Import and export pages of the directory (CSV and XLSX); the work is done in transfer.py."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.core import spreadsheets
from kumppani.directory import tasks, transfer
from kumppani.jobs.services import start_job
from kumppani.workspaces.access import workspace_view

SESSION_KEY = "directory_import_token"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ImportForm(forms.Form):
    what = forms.ChoiceField(label=gettext_lazy("What to import"), choices=transfer.WHAT_CHOICES)
    file = forms.FileField(label=gettext_lazy("File"),
                           help_text=gettext_lazy("A CSV file in UTF-8 (separated by commas or semicolons) or an "
                                                  "Excel workbook (.xlsx), its first row naming the columns."))


@workspace_view(write=True)
def import_view(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm(
        initial={"what": request.GET.get("what", transfer.ORGANISATIONS)})
    if form.is_valid():
        try:
            table = transfer.read_upload(form.cleaned_data["file"], form.cleaned_data["what"])
        except transfer.ImportRefused as refusal:
            form.add_error("file", str(refusal))
        else:
            return _preview(request, table)
    return render(request, "directory/import.html", {"form": form, "columns": transfer.COLUMNS},
                  status=400 if form.is_bound else 200)


def _preview(request: HttpRequest, table: transfer.Table) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    report = transfer.preview(table, workspace, request.user)
    token = transfer.store_table(table, workspace, request.user) if report.is_valid else ""
    request.session[SESSION_KEY] = token
    return render(request, "directory/import_preview.html", {"report": report, "token": token})


def _confirm(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    token = request.POST["token"]
    table = transfer.load_table(token, workspace, request.user) if token == request.session.get(SESSION_KEY) \
        else None
    if table is None:
        messages.error(request, _("The preview has expired. Upload the file again."))
        return redirect("directory:import", workspace.slug)
    del request.session[SESSION_KEY]
    job = start_job(kind="import_directory", workspace=workspace, actor=request.user, run=tasks.import_directory,
                    resumable=True, token=token)
    return redirect("jobs:job_detail", workspace.slug, job.pk)


@workspace_view()
def export_view(request: HttpRequest) -> HttpResponse:
    """Export the organisations that match the organisation list's filters, or the workspace's people."""
    workspace = request.workspace  # type: ignore[attr-defined]
    what = request.GET.get("what", transfer.ORGANISATIONS)
    file_format = request.GET.get("format", "csv")
    if what not in transfer.COLUMNS or file_format not in transfer.FORMATS:
        return HttpResponseBadRequest(_("Unknown export."))
    filters = tasks.export_filters(what, request.GET.urlencode())
    if request.GET.get("background") or tasks.export_count(what, workspace, filters) > \
            settings.EXPORT_IN_BACKGROUND_ABOVE:
        job = start_job(kind="export_directory", workspace=workspace, actor=request.user, run=tasks.export_directory,
                        resumable=True, what=what, file_format=file_format, query=request.GET.urlencode())
        return redirect("jobs:job_detail", workspace.slug, job.pk)
    columns = transfer.export_columns(what)
    rows = transfer.export_rows(what, workspace, filters)
    filename = f"{workspace.slug}-{what}-{timezone.localdate():%Y-%m-%d}.{file_format}"
    if file_format == "xlsx":
        workbook = spreadsheets.xlsx_file(columns, rows, title=what)
        response: Any = FileResponse(workbook, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    else:
        response = StreamingHttpResponse(spreadsheets.csv_lines(columns, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response  # typed Any: workspace_view expects HttpResponse, and these two responses stream

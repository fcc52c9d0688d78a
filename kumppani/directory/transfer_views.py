"""Import and export pages of the directory (CSV and XLSX); the work is done in transfer.py."""

from typing import Any

from django import forms
from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.directory import transfer
from kumppani.directory.forms import OrganisationFilterForm, PersonFilterForm
from kumppani.workspaces.access import workspace_view

SESSION_KEY = "directory_import_token"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIST_URL_NAMES = {transfer.ORGANISATIONS: "directory:organisation_list", transfer.PEOPLE: "directory:person_list"}
FILTER_FORMS = {transfer.ORGANISATIONS: OrganisationFilterForm, transfer.PEOPLE: PersonFilterForm}


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
    report = transfer.apply(table, workspace, request.user)
    if not report.is_valid:
        messages.error(request, _("The directory has changed since the preview, and nothing was imported."))
        return render(request, "directory/import_preview.html", {"report": report, "token": ""}, status=409)
    transfer.discard_table(token)
    del request.session[SESSION_KEY]
    messages.success(request, _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.") % {
        "created": report.created, "updated": report.updated, "unchanged": report.unchanged})
    return redirect(LIST_URL_NAMES[table.what], workspace.slug)


@workspace_view()
def export_view(request: HttpRequest) -> HttpResponse:
    """Export the organisations that match the organisation list's filters, or the workspace's people."""
    workspace = request.workspace  # type: ignore[attr-defined]
    what = request.GET.get("what", transfer.ORGANISATIONS)
    file_format = request.GET.get("format", "csv")
    if what not in transfer.COLUMNS or file_format not in transfer.FORMATS:
        return HttpResponseBadRequest(_("Unknown export."))
    filter_form = FILTER_FORMS[what](request.GET)
    filters = filter_form.cleaned_data if filter_form.is_valid() else {}
    columns = transfer.COLUMNS[what]
    rows = transfer.export_rows(what, workspace, filters)
    filename = f"{workspace.slug}-{what}-{timezone.localdate():%Y-%m-%d}.{file_format}"
    if file_format == "xlsx":
        workbook = transfer.xlsx_file(columns, rows, title=what)
        response: Any = FileResponse(workbook, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    else:
        response = StreamingHttpResponse(transfer.csv_lines(columns, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response  # typed Any: workspace_view expects HttpResponse, and these two responses stream

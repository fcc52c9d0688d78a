"""Project pages: board, list, detail with the timeline, the form with its partners, outputs, attachments, exports.

Public records (workspace=None) are shown to every workspace but changed by none: their edit URLs answer 404.
"""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit.services import history_for
from kumppani.core import spreadsheets
from kumppani.core.pages import paginate
from kumppani.funding.models import Call
from kumppani.jobs.services import start_job
from kumppani.projects import exports, forms, iati, selectors, services, tasks
from kumppani.projects.data import OutputData, ProjectData
from kumppani.projects.models import Attachment, Output, Project, Status
from kumppani.projects.records import OUTPUT, PROJECT
from kumppani.workspaces.access import workspace_view

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXPORT_FORMATS = ("csv", "xlsx", "iati")
MAX_EXTRA_ROWS = 20


def _workspace(request: HttpRequest) -> Any:
    return request.workspace  # type: ignore[attr-defined]


def _filter_form(request: HttpRequest) -> forms.ProjectFilterForm:
    return forms.ProjectFilterForm(request.GET or None, workspace=_workspace(request))


@workspace_view()
def project_list(request: HttpRequest) -> HttpResponse:
    filter_form = _filter_form(request)
    page = paginate(request, selectors.projects(_workspace(request), filter_form.filters()))
    context = {"page": page, "filter_form": filter_form, "querystring": request.GET.urlencode()}
    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return render(request, "projects/partials/results.html", context)
    return render(request, "projects/list.html", context)


@workspace_view()
def project_board(request: HttpRequest) -> HttpResponse:
    context = {"columns": selectors.board(_workspace(request)), "statuses": Status.choices}
    if request.htmx and request.htmx.target == "board":  # type: ignore[attr-defined]
        return render(request, "projects/partials/board.html", context)
    return render(request, "projects/board.html", context)


@workspace_view()
def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    project = selectors.project_detail(workspace, pk)
    changes = list(selectors.status_changes(project))
    outputs = list(selectors.outputs(project))
    activities = list(selectors.linked_activities(workspace, project))
    attachments = list(selectors.attachments(project))
    own = project.workspace_id == workspace.pk
    return render(request, "projects/project_detail.html", {
        "object": project, "own": own, "partners": project.partners.all(), "themes": project.themes.all(),
        "status_changes": changes, "outputs": outputs, "activities": activities, "attachments": attachments,
        "timeline": selectors.timeline(changes, outputs, activities, attachments),
        "partner_budget_total": selectors.partner_budget_total(project),
        "budget_warning": services.partner_budget_warning(
            total_budget=project.total_budget, partner_budgets=[partner.budget for partner in project.partners.all()]),
        "status_form": forms.StatusChangeForm(initial={"status": project.status}) if own else None,
        "attachment_form": forms.AttachmentForm() if own else None,
        "history": history_for(project).filter(workspace=workspace)[:50] if own else [],
    })


def _extra_rows(request: HttpRequest, default: int) -> int:
    requested = request.GET.get("rows", "")
    return min(int(requested), MAX_EXTRA_ROWS) if requested.isdigit() and len(requested) < 4 else default


def _save(request: HttpRequest, project: Project | None, data: ProjectData) -> Project:
    if project is None:
        return services.create_project(actor=request.user, workspace=_workspace(request), data=data)
    return services.update_project(actor=request.user, workspace=_workspace(request), project=project, data=data)


def _budget_warning(data: ProjectData | None) -> str:
    if data is None:
        return ""
    return services.partner_budget_warning(total_budget=data.total_budget,
                                           partner_budgets=[partner.budget for partner in data.partners])


def _edit(request: HttpRequest, project: Project | None) -> HttpResponse:
    """The project form. "Add a partner row" (without JavaScript: with it the row comes from partner_row) shows
    the form again with one more row and what was typed, saving nothing."""
    workspace = _workspace(request)
    data = request.POST if request.method == "POST" else None
    adding_row = data is not None and "add_partner_row" in data
    if adding_row:
        data = forms.with_another_partner_row(data)
    stored = ProjectData.from_project(project) if project is not None else None
    form = forms.ProjectForm(data, workspace=workspace, stored=stored)
    partners = forms.partner_formset(data, stored=stored, workspace=workspace,
                                     extra=_extra_rows(request, 2 if project else 3))
    # The stored project's, or what was sent once it reads as a project: a warning, never a refusal.
    project_data = stored if data is None else None
    if adding_row:
        forms.not_judged_yet(form, partners)
    elif data is not None and form.is_valid() and partners.is_valid():
        project_data = form.project_data(partners.partner_data())
        try:
            saved = _save(request, project, project_data)
        except ValidationError as refusal:
            forms.show_refusal(refusal, form, partners)
        else:
            messages.success(request, _("Saved."))
            if warning := _budget_warning(project_data):
                messages.warning(request, warning)
            return redirect("projects:project_detail", workspace.slug, saved.pk)
    title = str(project) if project else _("New project")
    cancel = (redirect("projects:project_detail", workspace.slug, project.pk) if project
              else redirect("projects:project_list", workspace.slug)).url
    return render(request, "projects/project_form.html", {
        "form": form, "partners": partners, "title": title, "object": project, "cancel_url": cancel,
        "budget_warning": _budget_warning(project_data),
    }, status=400 if data is not None and not adding_row else 200)


@workspace_view(write=True)
def partner_row(request: HttpRequest) -> HttpResponse:
    """One more blank partner row for the project form (HTMX), numbered after the rows it has, with the form's
    new row count swapped in out of band."""
    rows = request.GET.get("partners-TOTAL_FORMS", "0")  # the rows the form has: the new one's number
    index = int(rows) if rows.isdigit() and len(rows) < 4 else -1
    if not 0 <= index < forms.MAX_PARTNERS:
        return HttpResponseBadRequest(_("No more partner rows can be added."))
    partners = forms.partner_formset(stored=None, workspace=_workspace(request))
    return render(request, "projects/partials/new_partner_row.html", {
        "partner_form": partners.blank_row(index), "index": index, "rows": index + 1})


@workspace_view(write=True)
def project_create(request: HttpRequest) -> HttpResponse:
    return _edit(request, None)


@workspace_view(write=True)
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, PROJECT.get(_workspace(request), pk))


@workspace_view(write=True)
def project_delete(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    project = PROJECT.get(workspace, pk)
    if request.method == "POST":
        PROJECT.delete_object(request.user, workspace, project)
        messages.success(request, _("Deleted. You can undo this in the history."))
        return redirect("projects:project_list", workspace.slug)
    return render(request, "core/record_delete.html", {
        "object": project, "cancel_url": redirect("projects:project_detail", workspace.slug, pk).url})


@workspace_view(write=True)
@require_POST
def project_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a project to another status, from the board (HTMX: answers the board) or the detail page."""
    workspace = _workspace(request)
    project = PROJECT.get(workspace, pk)
    form = forms.StatusChangeForm(request.POST)
    if form.is_valid():
        services.change_status(actor=request.user, workspace=workspace, project=project,
                               status=form.cleaned_data["status"], on=form.cleaned_data.get("on"),
                               note=form.cleaned_data.get("note") or "")
    elif not request.htmx:  # type: ignore[attr-defined]
        messages.error(request, _("Choose one of the statuses."))
    if request.htmx:  # type: ignore[attr-defined]
        response = render(request, "projects/partials/board.html",
                          {"columns": selectors.board(workspace), "statuses": Status.choices},
                          status=200 if form.is_valid() else 400)
        return response
    if form.is_valid():
        messages.success(request, _("Status changed to %(status)s.") % {"status": project.get_status_display()})
    if request.POST.get("from") == "board":
        return redirect("projects:project_board", workspace.slug)
    return redirect("projects:project_detail", workspace.slug, pk)


# Outputs --------------------------------------------------------------------------------------------------------


def _output_form_page(request: HttpRequest, project: Project, form: Any, output: Output | None) -> HttpResponse:
    title = str(output) if output else _("New output of %(project)s") % {"project": project}
    return render(request, "core/record_form.html", {
        "form": form, "title": title, "project": project, "object": output,
        "cancel_url": redirect("projects:project_detail", _workspace(request).slug, project.pk).url,
    }, status=400 if form.is_bound else 200)


def _output_saved(form: forms.OutputForm, save: Callable[[OutputData], Any]) -> bool:
    """Save the valid form's output; a refusal of the service is shown next to its field."""
    try:
        save(form.output_data())
    except ValidationError as refusal:
        forms.show_errors(refusal, form)
        return False
    return True


@workspace_view(write=True)
def project_output_create(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    project = PROJECT.get(workspace, pk)
    form = forms.OutputForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _output_saved(form, lambda data: services.add_output(
            actor=request.user, workspace=workspace, project=project, data=data)):
        messages.success(request, _("Output added."))
        return redirect("projects:project_detail", workspace.slug, project.pk)
    return _output_form_page(request, project, form, None)


@workspace_view(write=True)
def output_edit(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    output = OUTPUT.get(workspace, pk)
    form = forms.OutputForm(request.POST or None, instance=output)
    if request.method == "POST" and form.is_valid() and _output_saved(form, lambda data: services.update_output(
            actor=request.user, workspace=workspace, output=output, data=data)):
        messages.success(request, _("Saved."))
        return redirect("projects:project_detail", workspace.slug, output.project_id)
    return _output_form_page(request, output.project, form, output)


@workspace_view(write=True)
def output_delete(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    output = OUTPUT.get(workspace, pk)
    detail_url = redirect("projects:project_detail", workspace.slug, output.project_id).url
    if request.method == "POST":
        services.delete_output(actor=request.user, workspace=workspace, output=output)
        messages.success(request, _("Deleted. You can undo this in the history."))
        return redirect(detail_url)
    return render(request, "core/record_delete.html", {"object": output, "cancel_url": detail_url})


# Attachments ----------------------------------------------------------------------------------------------------


@workspace_view(write=True)
@require_POST
def project_upload(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    project = PROJECT.get(workspace, pk)
    form = forms.AttachmentForm(request.POST, request.FILES)
    refusals: list[Any] = list(form.errors.get("file", []))
    if form.is_valid():
        try:
            services.add_attachment(actor=request.user, workspace=workspace, project=project,
                                    upload=form.cleaned_data["file"])
        except ValidationError as refusal:
            refusals = refusal.messages
        else:
            messages.success(request, _("File attached."))
    for error in refusals:
        messages.error(request, str(error))
    return redirect("projects:project_detail", workspace.slug, pk)


def _visible_attachment(workspace: Any, pk: int) -> Attachment:
    return get_object_or_404(Attachment.objects.filter(project__in=selectors.visible_projects(workspace)), pk=pk)


@workspace_view()
def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    """The file, only to the workspace that sees its project; always as a download, never rendered."""
    attachment = _visible_attachment(_workspace(request), pk)
    try:
        file = attachment.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response: Any = FileResponse(file, as_attachment=True, filename=attachment.name,
                                 content_type=attachment.content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response  # typed Any: workspace_view expects HttpResponse, and a FileResponse streams


@workspace_view(write=True)
def attachment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = _workspace(request)
    attachment = get_object_or_404(Attachment.objects.select_related("project"), pk=pk,
                                   project__workspace=workspace)
    detail_url = redirect("projects:project_detail", workspace.slug, attachment.project_id).url
    if request.method == "POST":
        services.delete_attachment(actor=request.user, workspace=workspace, attachment=attachment)
        messages.success(request, _("Deleted. You can undo this in the history."))
        return redirect(detail_url)
    return render(request, "core/record_delete.html", {"object": attachment, "cancel_url": detail_url})


# Exports and choices ---------------------------------------------------------------------------------------------


@workspace_view()
def project_export(request: HttpRequest) -> HttpResponse:
    """The projects the list shows with the same filters: CSV (streamed), XLSX, or IATI 2.03 XML (streamed)."""
    workspace = _workspace(request)
    file_format = request.GET.get("format", "csv")
    if file_format not in EXPORT_FORMATS:
        return HttpResponseBadRequest(_("Unknown export."))
    filters = _filter_form(request).filters()
    if file_format != "iati" and (request.GET.get("background") or selectors.projects(workspace, filters).count()
                                  > settings.EXPORT_IN_BACKGROUND_ABOVE):
        job = start_job(kind="export_projects", workspace=workspace, actor=request.user, run=tasks.export_projects,
                        resumable=True, file_format=file_format, query=request.GET.urlencode())
        return redirect("jobs:job_detail", workspace.slug, job.pk)
    extension = "xml" if file_format == "iati" else file_format
    filename = f"{workspace.slug}-projects-{timezone.localdate():%Y-%m-%d}.{extension}"
    response: Any
    if file_format == "iati":
        projects = selectors.projects(workspace, filters).prefetch_related("status_changes").iterator(chunk_size=500)
        try:
            context = iati.ExportContext(iati.reporter_for(workspace))
        except iati.MissingIdentifier as refusal:
            messages.error(request, str(refusal))
            filters = request.GET.copy()
            filters.pop("format", None)
            return redirect(f"{reverse('projects:project_list', args=[workspace.slug])}?{filters.urlencode()}")
        response = StreamingHttpResponse(iati.export_chunks(projects, context), content_type="application/xml")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    elif file_format == "xlsx":
        workbook = spreadsheets.xlsx_file(PROJECT.columns, exports.export_rows(workspace, filters), title="projects")
        response = FileResponse(workbook, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    else:
        lines = spreadsheets.csv_lines(PROJECT.columns, exports.export_rows(workspace, filters))
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response  # typed Any: workspace_view expects HttpResponse, and these responses stream


@workspace_view()
def call_options(request: HttpRequest) -> HttpResponse:
    """The calls of the chosen programme, for the project form's call select."""
    programme = request.GET.get("programme", "")
    calls = Call.objects.filter(programme_id=int(programme)).select_related("programme") \
        if programme.isdigit() and len(programme) < 19 else Call.objects.none()
    return render(request, "projects/partials/call_options.html", {"calls": calls})

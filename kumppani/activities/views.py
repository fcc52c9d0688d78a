from typing import Any

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kumppani.activities import forms, selectors, services
from kumppani.activities.records import ACTIVITY
from kumppani.audit.services import history_for
from kumppani.core import spreadsheets
from kumppani.core.pages import paginate
from kumppani.directory import transfer
from kumppani.workspaces.access import workspace_view

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filters(request: HttpRequest) -> tuple[forms.ActivityFilterForm, dict[str, Any]]:
    filter_form = forms.ActivityFilterForm(request.GET or None, workspace=request.workspace)  # type: ignore[attr-defined]
    return filter_form, filter_form.cleaned_data if filter_form.is_valid() else {}


@workspace_view()
def activity_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = _filters(request)
    page = paginate(request, selectors.activities(request.workspace, filters))  # type: ignore[attr-defined]
    context = {"page": page, "filter_form": filter_form, "title": _("Activities"),
               "querystring": request.GET.urlencode()}
    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return render(request, "activities/partials/results.html", context)
    return render(request, "activities/list.html", context)


@workspace_view()
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    activity = ACTIVITY.get(workspace, pk)
    return render(request, "activities/activity_detail.html", {
        "object": activity,
        "organisers": activity.organisers.order_by("name"),
        "people": activity.people.order_by("name"),
        "themes": activity.themes.all(),
        "history": history_for(activity).filter(workspace=workspace)[:50],
    })


@workspace_view()
def activity_calendar(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    month = selectors.parse_month(request.GET.get("month"), today)
    month_calendar = selectors.month_calendar(request.workspace, month, today)  # type: ignore[attr-defined]
    context = {"calendar": month_calendar, "today": today}
    if request.htmx and request.htmx.target == "calendar":  # type: ignore[attr-defined]
        return render(request, "activities/partials/calendar.html", context)
    return render(request, "activities/calendar.html", context)


@workspace_view()
def activity_export(request: HttpRequest) -> HttpResponse:
    """The activities that match the list's filters, as CSV (streamed) or XLSX."""
    workspace = request.workspace  # type: ignore[attr-defined]
    file_format = request.GET.get("format", "csv")
    if file_format not in transfer.FORMATS:
        return HttpResponseBadRequest(_("Unknown export."))
    _form, filters = _filters(request)
    rows = services.export_rows(workspace, filters)
    filename = services.export_filename(workspace, file_format)
    if file_format == "xlsx":
        workbook = spreadsheets.xlsx_file(ACTIVITY.columns, rows, title="activities")
        response: Any = FileResponse(workbook, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    else:
        response = StreamingHttpResponse(spreadsheets.csv_lines(ACTIVITY.columns, rows),
                                         content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response  # typed Any: workspace_view expects HttpResponse, and these two responses stream


@workspace_view(personal=True)
def activity_feed_link(request: HttpRequest) -> HttpResponse:
    """The member's secret address of the workspace's activities feed, for calendar apps. Only its hash is kept,
    so the address is shown once, when made; "New link" makes one and the old address stops working."""
    workspace, member = request.workspace, request.member  # type: ignore[attr-defined]
    links = []
    if request.method == "POST":
        token = services.issue_feed_token(member=member)
        links = [(code, name, request.build_absolute_uri(services.feed_path(workspace, token, code)))
                 for code, name in settings.LANGUAGES]
    return render(request, "activities/feed_link.html",
                  {"links": links, "current": services.feed_token_of(member)})


@require_safe
def activity_feed(request: HttpRequest, workspace: str, token: str) -> HttpResponse:
    """The iCalendar feed: no sign-in, a member's token in the address is the key; any other answers 404."""
    found = services.workspace_of_feed(slug=workspace, token=token)
    if found is None:
        raise Http404
    language = request.GET.get("lang", "")
    if language not in settings.LANGUAGE_CODES:
        language = settings.LANGUAGE_CODE
    body = services.ical_feed(found, language, request.build_absolute_uri("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{found.slug}-activities.ics"'
    return response


@workspace_view()
def activity_project_choices(request: HttpRequest) -> HttpResponse:
    """Options for the project select, found by title: the workspace's projects and public records."""
    projects = selectors.project_choices(request.workspace, request.GET.get("q", ""))  # type: ignore[attr-defined]
    return render(request, "activities/partials/project_options.html", {"projects": projects})


@workspace_view()
def activity_organiser_choices(request: HttpRequest) -> HttpResponse:
    """Checkboxes for the organisers: the ticked ones stay, the directory's matches for the search join them."""
    found = selectors.organisation_choices(request.workspace, request.GET.get("q", ""),  # type: ignore[attr-defined]
                                           request.GET.getlist("organisers"))
    options = [(str(org.pk), org.display_name, ticked) for org, ticked in found]
    return render(request, "activities/partials/checkbox_options.html", {"name": "organisers", "options": options})

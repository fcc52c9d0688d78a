"""Import and export pages of the directory (CSV and XLSX)."""

from django.http import Http404, HttpRequest, HttpResponse

from kumppani.workspaces.access import workspace_view


@workspace_view(write=True)
def import_view(request: HttpRequest) -> HttpResponse:
    raise Http404


@workspace_view()
def export_view(request: HttpRequest) -> HttpResponse:
    raise Http404

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from kumppani.workspaces.models import Workspace


def public_page(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    page_workspace = get_object_or_404(Workspace, slug=workspace, public=True)
    if language is not None and language not in ("fi", "sv", "en", "et"):
        raise Http404
    return render(request, "public/page.html", {"page_workspace": page_workspace})

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kumppani.audit.writes import update_record
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.forms import PublicPageForm
from kumppani.workspaces.models import FocusArea


@workspace_view(write=True)
def public_page_settings(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    form = PublicPageForm(request.POST or None, instance=workspace)
    if request.method == "POST" and form.is_valid():
        update_record(request.user, workspace, workspace, {}, None)
        messages.success(request, _("Saved."))
        return redirect("workspaces:public_page_settings", workspace.slug)
    return render(request, "workspaces/public_page_settings.html", {
        "form": form, "focus_areas": FocusArea.objects.filter(workspace=workspace)},
        status=400 if form.errors else 200)

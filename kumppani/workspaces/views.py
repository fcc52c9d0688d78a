from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kumppani.accounts.models import is_instance_admin
from kumppani.core.writes import update_record
from kumppani.directory.models import Membership, Partnership, Person
from kumppani.directory.stewardship import proposals_for_steward
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.forms import PublicPageForm
from kumppani.workspaces.models import FocusArea, WorkspaceMember


@login_required
def home(request: HttpRequest) -> HttpResponse:
    members = WorkspaceMember.objects.filter(user=cast(User, request.user)).select_related("workspace")
    if len(members) == 1:
        return redirect("workspaces:dashboard", members[0].workspace.slug)
    return render(request, "workspaces/home.html", {"members": members})


@workspace_view()
def dashboard(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    return render(request, "workspaces/dashboard.html", {
        "counts": {
            "partners": Partnership.objects.filter(workspace=workspace).count(),
            "networks": Membership.objects.filter(workspace=workspace).count(),
            "people": Person.objects.filter(workspace=workspace).count(),
        },
        "focus_areas": FocusArea.objects.filter(workspace=workspace),
        "pending_proposals": proposals_for_steward(actor=request.user, workspace=workspace).count(),
        "instance_admin": is_instance_admin(request.user),
    })


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

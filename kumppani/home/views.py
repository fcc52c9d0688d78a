"""The signed-in user's start: their workspace's home page, or a choice of workspaces."""

from typing import cast

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from kumppani.accounts.models import is_instance_admin
from kumppani.directory.models import Membership, Partnership, Person
from kumppani.directory.stewardship import proposals_for_steward
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import FocusArea, WorkspaceMember


@login_required
def choose(request: HttpRequest) -> HttpResponse:
    members = WorkspaceMember.objects.filter(user=cast(User, request.user)).select_related("workspace")
    if len(members) == 1:
        return redirect("home:dashboard", members[0].workspace.slug)
    return render(request, "home/choose.html", {"members": members})


@workspace_view()
def dashboard(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    return render(request, "home/dashboard.html", {
        "counts": {
            "partners": Partnership.objects.filter(workspace=workspace).count(),
            "networks": Membership.objects.filter(workspace=workspace).count(),
            "people": Person.objects.filter(workspace=workspace).count(),
        },
        "focus_areas": FocusArea.objects.filter(workspace=workspace),
        "pending_proposals": proposals_for_steward(actor=request.user, workspace=workspace).count(),
        "instance_admin": is_instance_admin(request.user),
    })

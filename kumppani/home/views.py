"""The signed-in user's start: their workspace's home page, or a choice of workspaces."""

from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy, ngettext

from kumppani.accounts.models import is_instance_admin
from kumppani.core.spreadsheets import XLSX_TYPE
from kumppani.directory.models import Membership, Partnership, Person
from kumppani.directory.stewardship import proposals_for_steward
from kumppani.home import selectors, translations
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import FocusArea, WorkspaceMember


class TranslationUploadForm(forms.Form):
    workbook = forms.FileField(label=gettext_lazy("Translated workbook (XLSX)"),
                               widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}))


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
        "deadlines": selectors.upcoming_deadlines(workspace),
        "reports": selectors.indicator_reports(workspace),
        "partner_requests": selectors.waiting_partner_requests(workspace)[:5],
        "partner_request_count": selectors.waiting_partner_requests(workspace).count(),
        "recent_changes": selectors.recent_changes(workspace),
    })


@workspace_view()
def translation_status(request: HttpRequest) -> HttpResponse:
    """How much of the workspace's texts is translated into each language; the workbook for a translator."""
    shares, fields = translations.translation_status(request.workspace)  # type: ignore[attr-defined]
    return render(request, "home/translations.html", {"shares": shares, "fields": fields,
                                                      "form": TranslationUploadForm()})


@workspace_view()
def translation_workbook(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    response: Any = FileResponse(translations.workbook(workspace), as_attachment=True, content_type=XLSX_TYPE,
                                 filename=f"{workspace.slug}-translations.xlsx")
    return response  # typed Any: workspace_view expects HttpResponse, and a FileResponse streams


@workspace_view(write=True)
def translation_upload(request: HttpRequest) -> HttpResponse:
    """Check a translator's workbook; with "write", save it when every row is good (else nothing)."""
    workspace = request.workspace  # type: ignore[attr-defined]
    form = TranslationUploadForm(request.POST, request.FILES)
    if request.method != "POST" or not form.is_valid():
        shares, fields = translations.translation_status(workspace)
        return render(request, "home/translations.html", {"shares": shares, "fields": fields, "form": form},
                      status=400 if request.method == "POST" else 200)
    checked = translations.check_workbook(workspace, form.cleaned_data["workbook"])
    if "write" in request.POST and not checked.errors:
        changed = translations.write_translations(actor=request.user, workspace=workspace, checked=checked)
        messages.success(request, ngettext("%(count)s record's texts were updated.",
                                           "%(count)s records' texts were updated.", changed) % {"count": changed})
        return redirect("home:translations", workspace.slug)
    shares, fields = translations.translation_status(workspace)
    return render(request, "home/translations.html", {"shares": shares, "fields": fields, "form": form,
                                                      "checked": checked, "written": False},
                  status=400 if checked.errors else 200)

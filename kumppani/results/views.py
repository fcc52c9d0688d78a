from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit import writes
from kumppani.audit.services import history_for
from kumppani.core.pages import paginate
from kumppani.results import forms, selectors
from kumppani.results.models import Applicant
from kumppani.results.records import ADVOCACY_ITEM, APPLICANT, GOOD_PRACTICE, INTERNSHIP
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.records import RecordType


def _list_page(request: HttpRequest, record_type: RecordType, queryset: Any, filter_form: Any,
               rows_template: str) -> HttpResponse:
    context = {"page": paginate(request, queryset), "filter_form": filter_form, "rows_template": rows_template,
               "title": capfirst(record_type.model._meta.verbose_name_plural),
               "create_url": record_type.url("create", request.workspace)}  # type: ignore[attr-defined]
    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return render(request, "results/partials/results.html", context)
    return render(request, "results/list.html", context)


def _filters(form: Any) -> dict[str, Any]:
    return form.cleaned_data if form.is_valid() else {}


def _detail(request: HttpRequest, record_type: RecordType, pk: int, template: str, **context: Any) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    obj = context.pop("object", None) or record_type.get(workspace, pk)
    return render(request, template, {
        "object": obj, "record_type": record_type, "list_url": record_type.list_url(workspace),
        "edit_url": record_type.url("edit", workspace, obj.pk), "delete_url": record_type.url("delete", workspace,
                                                                                               obj.pk),
        "history": history_for(obj).filter(workspace=workspace)[:50], **context,
    })


@workspace_view()
def good_practice_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms.GoodPracticeFilterForm(request.GET or None)
    queryset = selectors.good_practices(request.workspace, _filters(filter_form))  # type: ignore[attr-defined]
    return _list_page(request, GOOD_PRACTICE, queryset, filter_form, "results/partials/good_practice_rows.html")


@workspace_view()
def good_practice_detail(request: HttpRequest, pk: int) -> HttpResponse:
    practice = GOOD_PRACTICE.get(request.workspace, pk)  # type: ignore[attr-defined]
    return _detail(request, GOOD_PRACTICE, pk, "results/good_practice_detail.html", object=practice,
                   themes=practice.themes.all())


@workspace_view()
def advocacy_item_list(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    filter_form = forms.AdvocacyFilterForm(request.GET or None, workspace=workspace)
    queryset = selectors.advocacy_items(workspace, _filters(filter_form))
    return _list_page(request, ADVOCACY_ITEM, queryset, filter_form, "results/partials/advocacy_item_rows.html")


@workspace_view()
def advocacy_item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, ADVOCACY_ITEM, pk, "results/advocacy_item_detail.html")


@workspace_view()
def internship_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms.InternshipFilterForm(request.GET or None)
    queryset = selectors.internships(request.workspace, _filters(filter_form))  # type: ignore[attr-defined]
    return _list_page(request, INTERNSHIP, queryset, filter_form, "results/partials/internship_rows.html")


def _internship_page(request: HttpRequest, pk: int, applicant_form: forms.ApplicantForm | None = None,
                     status: int = 200) -> HttpResponse:
    internship = INTERNSHIP.get(request.workspace, pk)  # type: ignore[attr-defined]
    response = _detail(request, INTERNSHIP, pk, "results/internship_detail.html", object=internship,
                       applicants=selectors.applicants(internship),
                       sees_details=selectors.sees_applicant_details(request.member),  # type: ignore[attr-defined]
                       applicant_form=applicant_form or forms.ApplicantForm(
                           initial={"applied_on": timezone.localdate()}))
    response.status_code = status
    return response


@workspace_view()
def internship_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _internship_page(request, pk)


@workspace_view(write=True)
@require_POST
def internship_applicant_add(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    internship = INTERNSHIP.get(workspace, pk)
    form = forms.ApplicantForm(request.POST)
    form.instance.internship = internship
    if not form.is_valid() or APPLICANT.save_form(request.user, workspace, form) is None:
        return _internship_page(request, pk, form, status=400)
    messages.success(request, _("Applicant added."))
    return redirect(INTERNSHIP.url("detail", workspace, pk) + "#applicants")


@workspace_view(write=True)
def applicant_edit(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    applicant = _applicant(workspace, pk)
    form = forms.ApplicantForm(request.POST or None, instance=applicant)
    back = INTERNSHIP.url("detail", workspace, applicant.internship_id) + "#applicants"
    if request.method == "POST" and form.is_valid() and APPLICANT.save_form(request.user, workspace, form):
        messages.success(request, _("Saved."))
        return redirect(back)
    return render(request, "core/record_form.html", {"form": form, "title": applicant.name, "object": applicant,
                                                     "cancel_url": back},
                  status=400 if form.is_bound and form.errors else 200)


@workspace_view(write=True)
def applicant_delete(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    applicant = _applicant(workspace, pk)
    back = INTERNSHIP.url("detail", workspace, applicant.internship_id)
    if request.method == "POST":
        writes.delete_record(request.user, workspace, applicant)
        messages.success(request, _("Deleted. You can undo this in the history."))
        return redirect(back + "#applicants")
    return render(request, "core/record_delete.html", {"object": applicant, "cancel_url": back})


def _applicant(workspace: Any, pk: int) -> Applicant:
    return get_object_or_404(selectors.applicant_records(workspace), pk=pk)

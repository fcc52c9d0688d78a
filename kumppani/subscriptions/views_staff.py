"""Staff pages of partner inquiries, followed programmes, and the operator's view of subscribers and digests."""

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit.services import history_for
from kumppani.core.pages import paginate
from kumppani.directory.models import country_name
from kumppani.funding.models import Programme
from kumppani.opportunities.views_staff import filters_of, list_page
from kumppani.subscriptions import delivery, forms_staff, inquiries, selectors_staff, services
from kumppani.subscriptions.models import PartnerInquiry, SubscriberStatus
from kumppani.workspaces.access import workspace_view


@workspace_view()
def inquiry_list(request: HttpRequest) -> HttpResponse:
    filter_form = forms_staff.InquiryFilterForm(request.GET or None)
    queryset = selectors_staff.inquiries(request.workspace, filters_of(filter_form))  # type: ignore[attr-defined]
    return list_page(request, "subscriptions/staff/partials/inquiry_rows.html", queryset, filter_form,
                     title=_("Partner inquiries"), create_url_name="")


def _inquiry_page(request: HttpRequest, pk: int, form: Any = None, status: int = 200) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    inquiry = _inquiry(workspace, pk)
    return render(request, "subscriptions/staff/inquiry_detail.html", {
        "object": inquiry, "themes": inquiry.themes.all(), "country": country_name(inquiry.country),
        "status_form": form or forms_staff.InquiryStatusForm(initial={"status": inquiry.status}),
        "history": history_for(inquiry).filter(workspace=workspace)[:50],
    }, status=status)


@workspace_view()
def inquiry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _inquiry_page(request, pk)


@workspace_view(write=True)
@require_POST
def inquiry_status(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    inquiry = _inquiry(workspace, pk)
    form = forms_staff.InquiryStatusForm(request.POST)
    if not form.is_valid():
        return _inquiry_page(request, pk, form, status=400)
    inquiries.set_status(request.user, workspace, inquiry, form.cleaned_data["status"])
    messages.success(request, _("Saved."))
    return redirect("subscriptions:inquiry_detail", workspace.slug, pk)


@workspace_view(personal=True)
@require_POST
def programme_follow(request: HttpRequest, pk: int) -> HttpResponse:
    """Follow a programme, or stop following it: reminders before its calls close go to the member."""
    workspace = request.workspace  # type: ignore[attr-defined]
    programme = get_object_or_404(Programme, pk=pk)
    if request.POST.get("follow") == "1":
        services.follow_programme(workspace, request.user, programme)
        messages.success(request, _("You will get a reminder 14 and 3 days before a call of %(programme)s closes.")
                         % {"programme": programme})
    else:
        services.unfollow_programme(workspace, request.user, programme)
        messages.success(request, _("You no longer follow %(programme)s.") % {"programme": programme})
    return redirect("funding:programme_detail", workspace.slug, pk)


def _inquiry(workspace: Any, pk: int) -> PartnerInquiry:
    return get_object_or_404(selectors_staff.inquiry_records(workspace), pk=pk)


# Subscribers and digests: the operator's view ---------------------------------------------------------------------


@workspace_view()
def subscriber_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in SubscriberStatus.values else ""
    queryset = selectors_staff.subscribers(request.workspace, status, request.GET.get("q", ""))  # type: ignore[attr-defined]
    return render(request, "subscriptions/staff/subscribers.html", {
        "page": paginate(request, queryset, per_page=50), "statuses": SubscriberStatus.choices, "status": status,
        "q": request.GET.get("q", ""),
    })


@workspace_view()
def subscriber_preview(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    subscriber = selectors_staff.subscriber(workspace, pk)
    message = delivery.next_digest(workspace=workspace, subscriber=subscriber)
    html = next((content for content, kind in message.alternatives if kind == "text/html"), "") if message else ""
    return render(request, "subscriptions/staff/digest_preview.html", {
        "subscriber": subscriber, "message": message, "html": html,
    })


@workspace_view()
def digest_run_list(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    return render(request, "subscriptions/staff/digest_runs.html", {
        "page": paginate(request, selectors_staff.digest_runs(workspace)),
        "active_subscribers": workspace.subscribers.filter(status=SubscriberStatus.ACTIVE).count(),
    })


@workspace_view()
def digest_run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = selectors_staff.digest_run(request.workspace, pk)  # type: ignore[attr-defined]
    return render(request, "subscriptions/staff/digest_run_detail.html", {
        "run": run, "page": paginate(request, selectors_staff.run_recipients(run), per_page=100),
    })


@workspace_view(write=True)
@require_POST
def send_digests_now(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    report = delivery.send_due_digests(workspace=workspace, actor=request.user)
    if report.stopped:
        messages.warning(request, _("%(count)d messages sent; stopped early: %(reason)s. The rest goes with the next "
                                    "run.") % {"count": report.messages_sent, "reason": report.stopped})
    else:
        messages.success(request, _("%(count)d messages sent, %(failed)d items to retry, %(bounced)d bounced.") % {
            "count": report.messages_sent, "failed": report.failed, "bounced": report.bounced})
    return redirect("subscriptions:digest_run_list", workspace.slug)

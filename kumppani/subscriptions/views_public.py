"""The public "looking for a partner?" form: no sign-in; one language per URL."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from kumppani.core import ratelimit
from kumppani.core.public_pages import in_language, language_links, page_language
from kumppani.subscriptions import inquiries
from kumppani.subscriptions.forms_public import PartnerRequestForm
from kumppani.workspaces.public import public_workspace


@cache_control(private=True)
@require_http_methods(["GET", "POST"])
def partner_request(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    """The "looking for a partner?" form: a valid one opens a case for staff and tells them by e-mail."""
    language = page_language(language)
    page_workspace = public_workspace(workspace)
    status = 200
    with translation.override(language):
        form = PartnerRequestForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            data = form.cleaned_data
            if not ratelimit.allow("partner-request", target=data["email"], client=ratelimit.client_address(request)):
                form.add_error(None, _("Several inquiries were sent from here just now. Please try again later."))
                status = 429
            else:
                inquiry = inquiries.open_inquiry(page_workspace, data)
                case_url = request.build_absolute_uri(
                    reverse("subscriptions:inquiry_detail", args=[workspace, inquiry.pk]))
                inquiries.notify_staff(page_workspace, inquiry, case_url)
                return redirect(f"{request.path}?sent=1")
    return in_language(language, request, "subscriptions/public/partner_request.html", {
        "page_workspace": page_workspace, "partner_form": form,
        "sent": request.method == "GET" and request.GET.get("sent") == "1",
        "page_url": reverse("public:page_in_language", args=[workspace, language]),
        "language_links": language_links(request, "subscriptions:partner_request_in_language", language,
                                         workspace=workspace),
    }, status=400 if form.errors and status == 200 else status)

"""The organisation's public international page and its contact form: no sign-in, one language per URL."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from kumppani.core import ratelimit
from kumppani.core.public_pages import in_language, language_links, page_language
from kumppani.opportunities import public_sections as opportunity_sections
from kumppani.public import pagecache, selectors, services
from kumppani.public.forms import ContactForm
from kumppani.subscriptions import public_sections as subscription_sections
from kumppani.workspaces.models import Workspace
from kumppani.workspaces.public import public_workspace


@cache_control(private=True)  # its forms carry one-time start tokens: no shared cache may keep it
def public_page(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    language = page_language(language)
    page_workspace = public_workspace(workspace)
    if pagecache.may_keep(request):
        return pagecache.kept_page(request, page_workspace, language, "public/page.html",
                                   lambda: page_context(request, page_workspace, language))
    return in_language(language, request, "public/page.html", page_context(request, page_workspace, language))


def page_context(request: HttpRequest, page_workspace: Workspace, language: str) -> dict[str, Any]:
    with translation.override(language):
        content = selectors.page_content(page_workspace)
        partner_map = selectors.partner_map(content.partners_by_country)
        sections = {**opportunity_sections.page_sections(page_workspace, language),
                    **subscription_sections.page_sections(page_workspace, language)}
    return {
        "page_workspace": page_workspace,
        "page_language": language,
        "content": content,
        "partner_map": partner_map,
        **sections,
        "language_links": language_links(request, "public:page_in_language", language,
                                         workspace=page_workspace.slug),
        "default_url": request.build_absolute_uri(reverse("public:page", args=[page_workspace.slug])),
    }


@cache_control(private=True)
def contact_person(request: HttpRequest, workspace: str, person: int, language: str | None = None) -> HttpResponse:
    language = page_language(language)
    page_workspace = public_workspace(workspace)
    recipient = selectors.contactable_person(page_workspace, person)
    status = 200
    with translation.override(language):
        form = ContactForm(request.POST if request.method == "POST" else None)
        # The target is the person written to: their inbox is what a flood would fill.
        if form.is_valid() and not ratelimit.allow("contact", target=recipient.email,
                                                   client=ratelimit.client_address(request)):
            form.add_error(None, ratelimit.refused_message())
            status = 429
        elif form.is_valid():
            sent = services.relay_message(page_workspace, recipient, form.cleaned_data["name"],
                                          form.cleaned_data["email"], form.cleaned_data["message"])
            if sent:
                return redirect(f"{request.path}?sent=1")
            form.add_error(None, _("The message could not be sent just now. Please try again later."))
    with translation.override(language):
        contact = selectors.public_contact(recipient)
    return in_language(language, request, "public/contact.html", {
        "page_workspace": page_workspace,
        "contact": contact,
        "form": form,
        "sent": request.GET.get("sent") == "1" and request.method == "GET",
        "page_url": reverse("public:page_in_language", args=[workspace, language]),
        "language_links": language_links(request, "public:contact_in_language", language, workspace=workspace,
                                         person=person),
    }, status=400 if form.errors and status == 200 else status)

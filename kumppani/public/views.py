"""The organisation's public international page and its contact form: no sign-in, one language per URL."""

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kumppani.core import ratelimit
from kumppani.opportunities.public_sections import page_sections
from kumppani.public import pagecache, selectors, services
from kumppani.public.forms import ContactForm
from kumppani.workspaces.models import Workspace


def page_language(language: str | None) -> str:
    """The URL's language, or the visitor's (negotiated by LocaleMiddleware) when the URL names none."""
    if language is None:
        current = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
        return current if current in settings.LANGUAGE_CODES else settings.LANGUAGE_CODE
    if language not in settings.LANGUAGE_CODES:
        raise Http404
    return language


def language_links(request: HttpRequest, url_name: str, current: str, **kwargs: Any) -> list[dict[str, Any]]:
    links = []
    for code in settings.LANGUAGE_CODES:
        path = reverse(url_name, kwargs={**kwargs, "language": code})
        info = translation.get_language_info(code)
        links.append({"code": code, "name": info["name_local"], "path": path,
                      "url": request.build_absolute_uri(path), "current": code == current})
    return links


def in_language(language: str, request: HttpRequest, template: str, context: dict[str, Any],
                status: int = 200) -> HttpResponse:
    with translation.override(language):
        response = render(request, template, {**context, "page_language": language}, status=status)
    response.headers["Content-Language"] = language
    return response


def public_page(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    language = page_language(language)
    page_workspace = selectors.public_workspace(workspace)
    if pagecache.may_keep(request):
        return pagecache.kept_page(request, page_workspace, language, "public/page.html",
                                   lambda: page_context(request, page_workspace, language))
    return in_language(language, request, "public/page.html", page_context(request, page_workspace, language))


def page_context(request: HttpRequest, page_workspace: Workspace, language: str) -> dict[str, Any]:
    with translation.override(language):
        content = selectors.page_content(page_workspace)
        opportunity_sections = page_sections(page_workspace, language)
    return {
        "page_workspace": page_workspace,
        "page_language": language,
        "content": content,
        **opportunity_sections,
        "language_links": language_links(request, "public:page_in_language", language,
                                         workspace=page_workspace.slug),
        "default_url": request.build_absolute_uri(reverse("public:page", args=[page_workspace.slug])),
    }


def contact_person(request: HttpRequest, workspace: str, person: int, language: str | None = None) -> HttpResponse:
    language = page_language(language)
    page_workspace = selectors.public_workspace(workspace)
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

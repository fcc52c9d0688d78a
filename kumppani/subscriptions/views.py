"""The subscriber's side, with no sign-in: subscribe, confirm, see and change choices, unsubscribe, erase.

Links carry signed tokens; a tampered, expired or voided one gets a clear page (400 or 404), never an error.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kumppani.core import ratelimit
from kumppani.core.public_pages import in_language, page_language
from kumppani.subscriptions import services, tokens
from kumppani.subscriptions.forms import ChoicesForm, SubscribeForm, consent_wording
from kumppani.subscriptions.models import Subscriber, SubscriberStatus
from kumppani.workspaces.models import Workspace
from kumppani.workspaces.public import public_workspace


def page_url(workspace: Workspace, language: str) -> str:
    return reverse("public:page_in_language", args=[workspace.slug, language])


def render_page(request: HttpRequest, workspace: Workspace, language: str, template: str,
                context: dict[str, Any], status: int = 200) -> HttpResponse:
    response = in_language(language, request, template, {
        "page_workspace": workspace, "page_url": page_url(workspace, language), **context}, status=status)
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@cache_control(private=True)
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest, workspace: str) -> HttpResponse:
    page_workspace = public_workspace(workspace)
    language = form_language(request)
    status = 200
    with translation.override(language):
        form = SubscribeForm(page_workspace, request.POST if request.method == "POST" else None,
                             initial={"language": language})
        if request.method == "POST" and form.is_valid() and not ratelimit.allow(
                "subscribe", target=form.cleaned_data["email"], client=ratelimit.client_address(request)):
            form.add_error(None, ratelimit.refused_message())
            status = 429
        elif request.method == "POST" and form.is_valid():
            sent = services.subscribe(page_workspace, form.cleaned_data["email"],
                                      services.Choices.from_form(form.cleaned_data), consent_wording(page_workspace))
            if sent:
                return redirect(f"{request.path}?sent=1&language={language}")
            form.add_error(None, _("The message could not be sent just now. Please try again later."))
    return render_page(request, page_workspace, language, "subscriptions/subscribe.html", {
        "subscribe_form": form, "sent": request.method == "GET" and request.GET.get("sent") == "1",
    }, status=400 if form.errors and status == 200 else status)


def form_language(request: HttpRequest) -> str:
    """The language of the page the form was on (a hidden field), else the visitor's."""
    requested = request.POST.get("page_language") or request.GET.get("language")
    return requested if requested in settings.LANGUAGE_CODES else page_language(None)


def invalid_link(request: HttpRequest, workspace: Workspace, token: str, expired: bool = False) -> HttpResponse:
    language = page_language(None)
    return render_page(request, workspace, language, "subscriptions/invalid_link.html", {"expired": expired},
                       status=400)


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, workspace: str, token: str) -> HttpResponse:
    """GET shows a button (mail scanners open links); the POST confirms."""
    page_workspace = public_workspace(workspace)
    try:
        subscriber = tokens.subscriber_from_confirm_token(page_workspace.pk, token)
    except tokens.InvalidToken:
        return invalid_link(request, page_workspace, token, expired=tokens.is_expired(token))
    if request.method == "POST":
        services.confirm(subscriber)
    return render_page(request, page_workspace, subscriber.language, "subscriptions/confirm.html", {
        "subscriber": subscriber, "confirmed": subscriber.status == SubscriberStatus.ACTIVE,
        "manage_url": reverse("subscriptions:manage", args=[workspace, tokens.subscriber_token(subscriber)]),
    })


def subscriber_or_none(workspace: Workspace, token: str) -> Subscriber | None:
    try:
        return tokens.subscriber_from_token(workspace.pk, token)
    except tokens.InvalidToken:
        return None


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, workspace: str, token: str) -> HttpResponse:
    page_workspace = public_workspace(workspace)
    subscriber = subscriber_or_none(page_workspace, token)
    if subscriber is None:
        return invalid_link(request, page_workspace, token)
    action = request.POST.get("action", "save")
    if request.method == "POST" and action == "erase":
        services.erase(subscriber)
        return render_page(request, page_workspace, subscriber.language, "subscriptions/erased.html", {})
    if request.method == "POST" and action == "resubscribe":
        services.resubscribe(subscriber)
        return redirect(f"{request.path}?saved=1")
    with translation.override(subscriber.language):
        form = ChoicesForm(request.POST if request.method == "POST" else None, initial={
            "language": subscriber.language, "rhythm": subscriber.rhythm, "themes": list(subscriber.themes.all()),
            "countries": subscriber.countries, "programmes": list(subscriber.programmes.all())})
        if request.method == "POST" and form.is_valid():
            services.change_choices(subscriber, services.Choices.from_form(form.cleaned_data))
            return redirect(f"{request.path}?saved=1")
    return render_page(request, page_workspace, subscriber.language, "subscriptions/manage.html", {
        "subscriber": subscriber, "form": form, "saved": request.GET.get("saved") == "1",
        "unsubscribe_url": reverse("subscriptions:unsubscribe", args=[workspace, token]),
    }, status=400 if form.errors else 200)


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" with no cookie or CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, workspace: str, token: str) -> HttpResponse:
    """GET shows a button, so that link scanners unsubscribe nobody; a POST unsubscribes at once."""
    page_workspace = public_workspace(workspace)
    subscriber = subscriber_or_none(page_workspace, token)
    if subscriber is None:
        return invalid_link(request, page_workspace, token)
    if request.method == "POST":
        services.unsubscribe(subscriber)
    return render_page(request, page_workspace, subscriber.language, "subscriptions/unsubscribe.html", {
        "subscriber": subscriber, "unsubscribed": subscriber.status == SubscriberStatus.UNSUBSCRIBED,
        "manage_url": reverse("subscriptions:manage", args=[workspace, token]),
    })

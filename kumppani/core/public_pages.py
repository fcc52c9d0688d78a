"""What every public page (no sign-in, one language per URL) does with its language, whichever app it belongs to."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation


def page_language(language: str | None) -> str:
    """The URL's language (only settings.LANGUAGE_CODES match `<lang:...>`, kumppani/core/converters.py), or the
    visitor's (negotiated by LocaleMiddleware) when the URL names none."""
    if language is not None:
        return language
    current = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return current if current in settings.LANGUAGE_CODES else settings.LANGUAGE_CODE


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

"""Django's page middleware, passed by for the JSON API.

The API authenticates each request by its bearer token, sets no cookie and renders no form. Sessions, CSRF, the
signed-in user, messages and HTMX's details do nothing for it, yet cost every call ~0.03 ms of CPU, 5% of a
kept list's answer (bench/serve_profile.py). These are Django's and django-htmx's own classes, for every path
outside `/api/`; settings.MIDDLEWARE names them where Django's stood, so the system checks that look for them
still find them.
"""

from collections.abc import Callable
from typing import Any

from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware as DjangoMessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.http import HttpRequest, HttpResponseForbidden
from django.middleware.csrf import CsrfViewMiddleware as DjangoCsrfViewMiddleware
from django_htmx.middleware import HtmxMiddleware as DjangoHtmxMiddleware

API_PATH = "/api/"


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PATH)


class ForPagesOnly:
    def __call__(self, request: HttpRequest) -> Any:
        if is_api(request):
            return self.get_response(request)  # type: ignore[attr-defined]
        return super().__call__(request)  # type: ignore[misc]


class SessionMiddleware(ForPagesOnly, DjangoSessionMiddleware):
    pass


class CsrfViewMiddleware(ForPagesOnly, DjangoCsrfViewMiddleware):
    def process_view(self, request: HttpRequest, callback: Callable[..., Any], callback_args: Any,
                     callback_kwargs: Any) -> HttpResponseForbidden | None:
        if is_api(request):
            return None
        return super().process_view(request, callback, callback_args, callback_kwargs)


class AuthenticationMiddleware(ForPagesOnly, DjangoAuthenticationMiddleware):
    pass


class MessageMiddleware(ForPagesOnly, DjangoMessageMiddleware):
    pass


class HtmxMiddleware(ForPagesOnly, DjangoHtmxMiddleware):
    pass

"""A database too busy to take a write answers 503 with Retry-After instead of a 500.

SQLite takes one writer at a time: the others wait in the busy timeout (SQLITE_BUSY_TIMEOUT) for the lock. One
that still cannot get it raises OperationalError "database is locked"; the API answers it as JSON, a page as a
short page saying that the service is busy. Nothing was written, so the client may simply try again.
"""

import sys
from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.defaults import server_error

from kumppani.core.lanes import is_api

RETRY_AFTER_SECONDS = 5
BUSY_MESSAGES = ("database is locked", "database is busy", "database table is locked")


def is_database_busy(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError) and any(message in str(error) for message in BUSY_MESSAGES)


def busy_response(request: HttpRequest) -> HttpResponse:
    message = _("The service is busy. Nothing was saved; please try again in a moment.")
    response: HttpResponse
    if is_api(request):
        response = JsonResponse({"detail": message}, status=503)
    else:
        response = HttpResponse(render_to_string("core/busy.html", {"message": message}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class BusyDatabaseMiddleware:
    """Answers a view that found the database locked; `handle_server_error` covers the other middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return busy_response(request) if is_database_busy(exception) else None


def handle_server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a lock that a middleware met (a session saved after the view) is a 503 too."""
    if is_database_busy(sys.exc_info()[1]):
        return busy_response(request)
    return server_error(request)

"""The JSON API at /api/v1/: personal-token authentication and errors that always answer JSON, never 500.

Every error body has a "detail"; invalid input adds "errors", a list of messages per field, e.g.
{"detail": "Invalid input", "errors": {"country": ["XX is not an ISO 3166 country code."]}}.
"""

import functools
import re
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError

from kumppani.accounts.api_auth import ApiTokenAuth, authenticated_member, bearer_token
from kumppani.activities.api import router as activities_router
from kumppani.audit.writes import ChangeRefused, DeletionRefused
from kumppani.core.api_limits import error_message, keep_input_lengths
from kumppani.core.apitools import StrictJSONParser, document_errors
from kumppani.core.busy import busy_response, is_database_busy
from kumppani.directory.api import router as directory_router
from kumppani.funding.api import router as funding_router
from kumppani.partners.api import router as partners_router
from kumppani.projects.api import router as projects_router
from kumppani.results.api import router as results_router
from kumppani.strategy.api import router as strategy_router
from kumppani.workspaces.kept import keep_json_answer, kept_json_answer


class KumppaniAPI(NinjaAPI):
    """The API whose published schema documents, once for every operation, the errors it can answer."""

    def get_openapi_schema(self, *, path_prefix: str | None = None,
                           path_params: dict[str, Any] | None = None) -> Any:
        return document_errors(super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params))

    def create_response(self, request: HttpRequest, data: Any, *, status: int | None = None,
                        temporal_response: HttpResponse | None = None) -> HttpResponse:
        response = super().create_response(request, data, status=status, temporal_response=temporal_response)
        keep_json_answer(request, response)  # a list's answer, kept until a record changes
        return response

    def validation_error_from_error_contexts(self, error_contexts: list[Any]) -> ValidationError:
        error = super().validation_error_from_error_contexts(error_contexts)
        keep_input_lengths(error.errors, [item for context in error_contexts
                                          for item in context.pydantic_validation_error.errors(include_url=False)])
        return error


@functools.cache
def _query_parameters() -> list[tuple[re.Pattern[str], str, frozenset[str]]]:
    """Each operation's path (as a pattern), method and the query parameters its published schema declares."""
    operations = []
    for path, methods in api.get_openapi_schema()["paths"].items():
        pattern = re.compile("^" + "[^/]+".join(re.escape(part) for part in re.split(r"\{[^/}]+\}", path)) + "$")
        for method, operation in methods.items():
            names = frozenset(parameter["name"] for parameter in operation.get("parameters", [])
                              if parameter["in"] == "query")
            operations.append((pattern, method.upper(), names))
    return operations


def declared_query_parameters(method: str, path: str) -> frozenset[str] | None:
    return next((names for pattern, verb, names in _query_parameters() if verb == method and pattern.match(path)),
                None)


class UnknownQueryParametersMiddleware:
    """A query parameter the operation does not declare is refused (422), as the published schema says, rather
    than silently ignored: a misspelt filter must not look like an empty one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.GET and request.path.startswith(API_PREFIX):
            declared = declared_query_parameters(request.method or "GET", request.path)
            unknown = sorted(set(request.GET) - declared) if declared is not None else []
            if unknown:
                return invalid_input(request, {name or "?": [_("This parameter is not known.")] for name in unknown})
        return self.get_response(request)


class KeptAnswersMiddleware:
    """A list's kept JSON answer (kumppani/workspaces/kept.py), found before the URL is resolved and the operation
    parses its parameters, as Django's FetchFromCacheMiddleware finds a cached page; the API keeps an answer when it
    renders one (KumppaniAPI.create_response). The token lets the request in first, once: the operation's own
    authentication reuses what it found. Kept answers are only ever stored for parameters the operation accepted."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD") and request.path_info.startswith(API_PREFIX):
            token = bearer_token(request)
            if token is not None and authenticated_member(request, token) is not None:
                answer = kept_json_answer(request)
                if answer is not None:
                    return answer
        return self.get_response(request)


API_PREFIX = "/api/v1/"

api = KumppaniAPI(
    title="kumppani API",
    version="1",
    urls_namespace="api",
    auth=ApiTokenAuth(),
    parser=StrictJSONParser(),
    description=(
        "The partner directory of your workspace. Authenticate with a personal API token "
        "(`Authorization: Bearer kmp_…`), created on your API tokens page; it acts with your role in the "
        "token's workspace. Translated texts are objects such as `{\"fi\": \"…\", \"en\": \"…\"}`. "
        "Invalid input answers 422 with the messages per field: "
        "`{\"detail\": \"Invalid input\", \"errors\": {\"country\": [\"…\"]}}`; send `Accept-Language` "
        "to choose their language."
    ),
)
api.add_router("/", directory_router)
api.add_router("/", funding_router)
api.add_router("/", projects_router)
api.add_router("/", activities_router)
api.add_router("/", results_router)
api.add_router("/", strategy_router)
api.add_router("/", partners_router)

SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}
# The names of the views' schema parameters, which are no field of the request.
PARAMETERS = {"payload", "filters", "ninja_pagination"}


def _field_name(location: tuple[Any, ...] | list[Any]) -> str:
    """("body", "payload", "description", "en") → "description.en"; ("query", "country") → "country"."""
    parts = [str(part) for part in location]
    source = parts.pop(0) if parts and parts[0] in SOURCES else "body"
    if parts and parts[0] in PARAMETERS:
        parts.pop(0)
    return ".".join(parts) or source


def invalid_input(request: HttpRequest, errors: dict[str, list[str]]) -> HttpResponse:
    return api.create_response(request, {"detail": _("Invalid input"), "errors": errors}, status=422)


@api.exception_handler(ValidationError)
def schema_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_name(error.get("loc", ())), []).append(error_message(error))
    return invalid_input(request, errors)


@api.exception_handler(DjangoValidationError)
def form_error(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        return invalid_input(request, exc.message_dict)
    return invalid_input(request, {"__all__": exc.messages})


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = api.create_response(request, {"detail": _("A valid API token is required.")}, status=401)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": _("Your role in this workspace allows reading only.")},
                               status=403)


@api.exception_handler(ChangeRefused)
def change_refused(request: HttpRequest, exc: ChangeRefused) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=403)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


def api_root(request: HttpRequest) -> HttpResponse:
    """/api/v1/ itself: where the documentation and the schema are."""
    return api.create_response(request, {"documentation": f"{API_PREFIX}docs", "openapi": f"{API_PREFIX}openapi.json"},
                               status=200)


def unknown_path(request: HttpRequest) -> HttpResponse:
    """A path under /api/ that no operation serves answers JSON too, as every other API error."""
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


@api.exception_handler(DeletionRefused)
def deletion_refused(request: HttpRequest, exc: DeletionRefused) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(OperationalError)
def database_busy(request: HttpRequest, exc: OperationalError) -> HttpResponse:
    if not is_database_busy(exc):
        raise exc
    return busy_response(request)


@api.exception_handler(IntegrityError)
def conflict(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    # The forms check unique rules first; this answers the rare write that loses a race to another.
    return api.create_response(request, {"detail": _("The record conflicts with another one.")}, status=409)


@api.exception_handler(OperationalError)
def unavailable(request: HttpRequest, exc: OperationalError) -> HttpResponse:
    # A database that is busy (SQLite locked) or unreachable: worth a retry, never a 500.
    response = api.create_response(request, {"detail": _("The service is busy; try again shortly.")}, status=503)
    response["Retry-After"] = "5"
    return response

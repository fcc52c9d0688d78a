"""A record type's JSON routes from one definition: list, read, create, change (PATCH) and delete, onto the app's
ninja Router, each a thin adapter over the record type's queryset and kumppani/workspaces/record_services.py.

The published schema documents every status a route can answer: its success (200, 201 or 204) here, and the
errors (400, 401, 403, 404, 409, 422, 503 with the ErrorOut body) through core/apitools.document_errors.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from ninja import P, PatchDict, PathEx, Query, Router, Status
from ninja.pagination import paginate
from pydantic import BaseModel

from kumppani.core.apitools import MAX_ID, Pagination, workspace_of
from kumppani.workspaces import record_services
from kumppani.workspaces.records import RecordType

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
# Every generated route as (method, path under the API's prefix): the tests check what the schema says of each.
GENERATED: list[tuple[str, str]] = []


@dataclass
class Writes:
    """A record type's own adapters for a create or a change, where the payload needs more than save_record (an
    indicator's strategy comes from the payload; its filters are kept while its source stays)."""

    create: Callable[[HttpRequest, Any], Any] | None = None  # (request, payload) → the new record
    update: Callable[[HttpRequest, Any, Any], Any] | None = None  # (request, record, payload) → the record


@dataclass
class RecordRoutes:
    """What a record type's routes need beyond the type itself: where, the shapes in and out, and names."""

    record_type: RecordType
    path: str  # "/people"
    schema_in: type[BaseModel]
    schema_out: type[Any]
    schema_patch: type[BaseModel] | None = None  # default: PatchDict of schema_in
    singular: str = ""  # in operation names: create_<singular>; default the record type's name
    plural: str = ""  # list_<plural>; default the record type's plural
    tags: list[str] | None = None
    filters: type[Any] | None = None  # the list's query parameters
    # (request, filters or None) → the list's queryset; default: the record type's queryset
    listed: Callable[[HttpRequest, Any], Any] | None = None
    docs: dict[str, str] | None = None  # operation ("list", "create", "get", "update", "delete") → description
    module: str = ""  # the app's api module, in operation ids (kumppani_directory_api_create_person)
    writes: Writes | None = None
    operations: tuple[str, ...] = ("list", "create", "get", "update", "delete")


def _named(view: Callable[..., Any], name: str, spec: RecordRoutes) -> Callable[..., Any]:
    """Name the generated view as a hand-written one would be, so operation ids and summaries stay as published."""
    view.__name__ = view.__qualname__ = name
    view.__module__ = spec.module or view.__module__
    view.__doc__ = (spec.docs or {}).get(name.split("_", 1)[0])
    return view


def add_routes(router: Router, spec: RecordRoutes) -> None:
    """Add the record type's five routes to the router."""
    kind = spec.record_type
    singular = spec.singular or kind.name
    plural = spec.plural or kind.plural.replace("-", "_")
    options: dict[str, Any] = {"tags": spec.tags} if spec.tags else {}
    if "list" in spec.operations:
        _add_list(router, spec, plural, options)

    own = spec.writes or Writes()

    def create(request: HttpRequest, payload: spec.schema_in) -> Any:  # type: ignore[name-defined]
        if own.create is not None:
            return Status(201, own.create(request, payload))
        return Status(201, record_services.save_record(actor=request.user, workspace=workspace_of(request),
                                                       record_type=kind, values=payload))

    def get(request: HttpRequest, id: Id) -> Any:
        return kind.get(workspace_of(request), id)

    patch_schema: Any = spec.schema_patch or PatchDict[spec.schema_in]  # type: ignore[valid-type,name-defined]

    def update(request: HttpRequest, id: Id, payload: patch_schema) -> Any:  # type: ignore[valid-type]
        record = kind.get(workspace_of(request), id)
        if own.update is not None:
            kind.check_change(request.user, workspace_of(request), record)
            return own.update(request, record, payload)
        return record_services.save_record(actor=request.user, workspace=workspace_of(request), record_type=kind,
                                           values=payload, record=record)

    def delete(request: HttpRequest, id: Id) -> Any:
        record_services.delete_record(actor=request.user, workspace=workspace_of(request), record_type=kind,
                                      record=kind.get(workspace_of(request), id))
        return Status(204, None)

    one = f"{spec.path}/{{id}}"
    routes: dict[str, tuple[Any, str, Any, Callable[..., Any]]] = {
        "create": (router.post, spec.path, {201: spec.schema_out}, create),
        "get": (router.get, one, spec.schema_out, get),
        "update": (router.patch, one, spec.schema_out, update),
        "delete": (router.delete, one, {204: None}, delete)}
    for operation, (method, path, response, view) in routes.items():
        if operation in spec.operations:
            method(path, response=response, **options)(_named(view, f"{operation}_{singular}", spec))
            GENERATED.append((method.__name__, path))


def _add_list(router: Router, spec: RecordRoutes, plural: str, options: dict[str, Any]) -> None:
    kind, listed = spec.record_type, spec.listed

    def queryset(request: HttpRequest, filters: Any) -> Any:
        return listed(request, filters) if listed is not None else kind.queryset(workspace_of(request))

    view: Callable[..., Any]
    if spec.filters is not None:
        def list_filtered(request: HttpRequest, filters: Query[spec.filters]) -> Any:  # type: ignore[name-defined]
            return queryset(request, filters)
        view = list_filtered
    else:
        def list_all(request: HttpRequest) -> Any:
            return queryset(request, None)
        view = list_all
    named = _named(view, f"list_{plural}", spec)
    listed_out: Any = list[spec.schema_out]  # type: ignore[name-defined]
    router.get(spec.path, response=listed_out, **options)(paginate(Pagination)(named))
    GENERATED.append(("get", spec.path))

"""A record type's JSON routes from one definition: list, read, create, change (PATCH) and delete, onto the app's
ninja Router, each a thin adapter over the record type's queryset and kumppani/workspaces/record_services.py.

A record type whose records belong to another's (a project's outputs) has its routes under the parent's:
"/projects/{id}/outputs" and "/projects/{id}/outputs/{output_id}". A read finds the parent among the records the
workspace may read, a write among those it may change (404 otherwise), and the child among the parent's.

The published schema documents every status a route can answer: its success (200, 201 or 204) here, and the
errors (400, 401, 403, 404, 409, 422, 503 with the ErrorOut body) through core/apitools.document_errors.
"""

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import P, PatchDict, PathEx, Query, Router, Status
from ninja.pagination import paginate
from pydantic import BaseModel

from kumppani.core.apitools import MAX_ID, Pagination, workspace_of
from kumppani.workspaces import record_services
from kumppani.workspaces.kept import kept_json
from kumppani.workspaces.records import RecordType

# Every generated route as (method, path under the API's prefix): the tests check what the schema says of each.
GENERATED: list[tuple[str, str]] = []


@dataclass
class Writes:
    """A record type's own adapters for a create or a change, where the payload needs more than save_record (an
    indicator's strategy comes from the payload; a project is saved by its services from ProjectData)."""

    # (request, payload) → the new record; under a parent: (request, payload, parent)
    create: Callable[..., Any] | None = None
    update: Callable[[HttpRequest, Any, Any], Any] | None = None  # (request, record, payload) → the record


@dataclass
class Parent:
    """The record type whose records hold a child record type's: the child's routes are under one of them."""

    record_type: RecordType  # its get_readable finds the parent for a read, its get for a write
    link: str  # the child's field naming its parent ("project")
    children: Callable[[Any], Any]  # a parent → its records of the child type, in order: the list
    id_description: str = "The parent's id"


@dataclass
class RecordRoutes:
    """What a record type's routes need beyond the type itself: where, the shapes in and out, and names."""

    record_type: RecordType
    path: str  # "/people"; a child's: "/projects/{id}/outputs"
    schema_in: type[BaseModel]
    schema_out: type[Any]
    schema_patch: type[BaseModel] | None = None  # default: PatchDict of schema_in
    singular: str = ""  # in operation names: create_<singular>; default the record type's name
    plural: str = ""  # list_<plural>; default the record type's plural
    tags: list[str] | None = None
    filters: type[Any] | None = None  # the list's query parameters
    # (request, filters or None) → the list's queryset; default: the record type's queryset (a child's list is
    # its parent's children)
    listed: Callable[[HttpRequest, Any], Any] | None = None
    docs: dict[str, str] | None = None  # operation ("list", "create", "get", "update", "delete") → description
    module: str = ""  # the app's api module, in operation ids (kumppani_directory_api_create_person)
    writes: Writes | None = None
    operations: tuple[str, ...] = ("list", "create", "get", "update", "delete")
    # (workspace, pk) → the record as answered (its details prefetched): what a read answers, and a create or a
    # change once saved. Default: the record type's get_readable, and a write answers the record it saved.
    fetch: Callable[[Any, int], Any] | None = None
    id_description: str = "The record's id"
    names: dict[str, str] | None = None  # operation → its view's name, where not <operation>_<singular>
    parent: Parent | None = None


def _id(description: str) -> Any:
    return PathEx[int, P(ge=1, le=MAX_ID, description=description)]  # type: ignore[valid-type]


class _Located:
    """How a spec's routes find their records from the ids in the path."""

    def __init__(self, spec: RecordRoutes, singular: str):
        self.spec, self.kind, self.parent_spec = spec, spec.record_type, spec.parent
        own_id = ("id" if spec.parent is None else f"{singular}_id", _id(spec.id_description))
        self.parent_ids = [("id", _id(spec.parent.id_description))] if spec.parent is not None else []
        self.record_ids = [*self.parent_ids, own_id]

    def parent(self, request: HttpRequest, ids: list[int], *, writing: bool) -> Any:
        """The parent named by the path (None without one): one the workspace may change for a write."""
        if self.parent_spec is None:
            return None
        kind = self.parent_spec.record_type
        return (kind.get if writing else kind.get_readable)(workspace_of(request), ids[0])

    def record(self, request: HttpRequest, ids: list[int], *, writing: bool) -> Any:
        if self.parent_spec is not None:
            parent = self.parent(request, ids, writing=writing)
            return get_object_or_404(self.parent_spec.children(parent), pk=ids[-1])
        if writing:
            return self.kind.get(workspace_of(request), ids[-1])
        return self.answer(request, ids[-1])

    def answer(self, request: HttpRequest, pk: int) -> Any:
        fetch = self.spec.fetch or self.kind.get_readable
        return fetch(workspace_of(request), pk)

    def listed(self, request: HttpRequest, ids: list[int], filters: Any) -> Any:
        if self.parent_spec is not None:
            return self.parent_spec.children(self.parent(request, ids, writing=False))
        if self.spec.listed is not None:
            return self.spec.listed(request, filters)
        return self.kind.queryset(workspace_of(request))

    def new(self, parent: Any) -> Any:
        """The unsaved record a create starts from: None (a new one of the workspace), or one of the parent."""
        return self.kind.model(**{self.parent_spec.link: parent}) if self.parent_spec is not None else None


def add_routes(router: Router, spec: RecordRoutes) -> None:
    """Add the record type's routes (its five, or those spec.operations names) to the router."""
    kind, own = spec.record_type, spec.writes or Writes()
    singular = spec.singular or kind.name
    located = _Located(spec, singular)

    def answer(request: HttpRequest, saved: Any) -> Any:
        return located.answer(request, saved.pk) if spec.fetch is not None else saved

    def create(request: HttpRequest, ids: list[int], payload: Any) -> Any:
        parent = located.parent(request, ids, writing=True)
        if own.create is not None:
            saved = own.create(request, payload) if parent is None else own.create(request, payload, parent)
        else:
            saved = record_services.save_record(actor=request.user, workspace=workspace_of(request),
                                                record_type=kind, values=payload, record=located.new(parent))
        return Status(201, answer(request, saved))

    def get(request: HttpRequest, ids: list[int]) -> Any:
        return located.record(request, ids, writing=False)

    def update(request: HttpRequest, ids: list[int], payload: Any) -> Any:
        record = located.record(request, ids, writing=True)
        if own.update is not None:
            kind.check_change(request.user, workspace_of(request), record)
            return answer(request, own.update(request, record, payload))
        return answer(request, record_services.save_record(actor=request.user, workspace=workspace_of(request),
                                                           record_type=kind, values=payload, record=record))

    def delete(request: HttpRequest, ids: list[int]) -> Any:
        record_services.delete_record(actor=request.user, workspace=workspace_of(request), record_type=kind,
                                      record=located.record(request, ids, writing=True))
        return Status(204, None)

    patch_schema: Any = spec.schema_patch or PatchDict[spec.schema_in]  # type: ignore[name-defined]
    one = f"{spec.path}/{{{located.record_ids[-1][0]}}}"
    routes: dict[str, tuple[Any, str, Any, Callable[..., Any], dict[str, Any]]] = {
        "create": (router.post, spec.path, {201: spec.schema_out}, create, {"payload": spec.schema_in}),
        "get": (router.get, one, spec.schema_out, get, {}),
        "update": (router.patch, one, spec.schema_out, update, {"payload": patch_schema}),
        "delete": (router.delete, one, {204: None}, delete, {})}
    options: dict[str, Any] = {"tags": spec.tags} if spec.tags else {}
    if "list" in spec.operations:
        _add_list(router, spec, located, options)
    for operation, (method, path, response, body, parameters) in routes.items():
        if operation in spec.operations:
            ids = located.record_ids if path == one else located.parent_ids
            method(path, response=response, **options)(_view(spec, operation, singular, body, ids, parameters))
            GENERATED.append((method.__name__, path))


def _add_list(router: Router, spec: RecordRoutes, located: _Located, options: dict[str, Any]) -> None:
    plural = spec.plural or spec.record_type.plural.replace("-", "_")

    def list_records(request: HttpRequest, ids: list[int], filters: Any = None) -> Any:
        return located.listed(request, ids, filters)

    parameters = {"filters": Query[spec.filters]} if spec.filters is not None else {}  # type: ignore[misc,name-defined]
    view = _view(spec, "list", plural, list_records, located.parent_ids, parameters)
    listed_out: Any = list[spec.schema_out]  # type: ignore[name-defined]
    router.get(spec.path, response=listed_out, **options)(kept_json(paginate(Pagination)(view)))
    GENERATED.append(("get", spec.path))


def _view(spec: RecordRoutes, operation: str, noun: str, body: Callable[..., Any], ids: list[tuple[str, Any]],
          parameters: dict[str, Any]) -> Callable[..., Any]:
    """The ninja view of an operation: it takes the path's ids and the parameters (payload, filters) as published
    and passes them to body(request, ids, ...). It is named as a hand-written one would be, so operation ids and
    summaries stay as published (create_person, list_people; add_output where spec.names says so)."""

    def view(request: HttpRequest, **values: Any) -> Any:
        return body(request, [values.pop(name) for name, _ in ids], **values)

    keyword = inspect.Parameter.KEYWORD_ONLY
    view.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=HttpRequest),
        *(inspect.Parameter(name, keyword, annotation=annotation) for name, annotation in ids),
        *(inspect.Parameter(name, keyword, annotation=annotation) for name, annotation in parameters.items())])
    name = (spec.names or {}).get(operation) or f"{operation}_{noun}"
    view.__name__ = view.__qualname__ = name
    view.__module__ = spec.module or view.__module__
    view.__doc__ = (spec.docs or {}).get(operation)
    return view

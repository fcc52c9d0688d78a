"""Whose is a row: the workspace it belongs to, found from the models' metadata, for any model.

A deletion walks Django's deletion Collector (the rows it would delete, the fast deletes, the foreign keys it
would clear, the many-to-many links among them) and refuses when one of them belongs to a workspace other than
the deleter's. `None` stands for public records: rows of no workspace (imports, the shared catalogue).
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.db import models
from django.db.models.deletion import Collector

WORKSPACE_MODEL = "workspaces.Workspace"
# The fields that name a row's workspace: a private record's own, a shared record's steward.
OWNER_FIELDS = ("workspace", "steward")


def _concrete_field(model: type[models.Model], name: str) -> models.Field | None:
    try:
        field = model._meta.get_field(name)
    except Exception:
        return None
    return field if getattr(field, "concrete", False) else None  # type: ignore[return-value]


def owner_path(model: type[models.Model]) -> str | None:
    """The lookup from a row of the model to its workspace's id, or None when its rows belong to no workspace."""
    if model._meta.label == WORKSPACE_MODEL:
        return "pk"
    for name in OWNER_FIELDS:
        if _concrete_field(model, name) is not None:
            return name
    auto_source = model._meta.auto_created
    for field in model._meta.concrete_fields:
        if not field.is_relation or field.related_model is None:
            continue
        related = field.related_model
        # A many-to-many link belongs to its owner's side; another row to the parent that has a workspace.
        is_parent = related is auto_source if auto_source else (
            related._meta.label == WORKSPACE_MODEL or _concrete_field(related, "workspace") is not None)
        if is_parent:
            parent = owner_path(related)
            if parent is None:
                return None
            return field.name if parent == "pk" else f"{field.name}__{parent}"
    return None


def owners(queryset: models.QuerySet) -> set[Any]:
    """The workspace ids (None for public records) of the rows of a queryset."""
    path = owner_path(queryset.model)
    if path is None:
        return {None} if queryset.exists() else set()
    return set(queryset.order_by().values_list(path, flat=True).distinct())


def _as_queryset(objs: Any) -> models.QuerySet:
    if isinstance(objs, models.QuerySet):
        return objs
    objs = list(objs)
    if not objs:
        return models.QuerySet().none()
    model = type(objs[0])
    return model._base_manager.filter(pk__in=[obj.pk for obj in objs])


def affected_rows(collector: Collector) -> Iterator[models.QuerySet]:
    """Every group of rows a collected deletion would delete or change."""
    for _model, instances in collector.data.items():
        yield _as_queryset(instances)
    yield from collector.fast_deletes
    for batches in collector.field_updates.values():
        for objs in batches:
            yield _as_queryset(objs)


def foreign_rows(collector: Collector, own: set[Any], target: models.Model) -> dict[Any, set[str]]:
    """The rows the deletion would touch that belong to no workspace in `own`: {workspace id: {kinds of rows}}."""
    found: dict[Any, set[str]] = {}
    for queryset in affected_rows(collector):
        if queryset.model is type(target):
            queryset = queryset.exclude(pk=target.pk)
        for owner in owners(queryset) - own:
            found.setdefault(owner, set()).add(_kind(queryset.model))
    return found


def foreign_objects(objects: Iterable[models.Model], own: set[Any]) -> dict[Any, set[str]]:
    found: dict[Any, set[str]] = {}
    for obj in objects:
        for owner in owners(_as_queryset([obj])) - own:
            found.setdefault(owner, set()).add(_kind(type(obj)))
    return found


def _kind(model: type[models.Model]) -> str:
    """A row's kind in words: a many-to-many link is named by the field that links it."""
    source: Any = model._meta.auto_created
    if source:
        field = next(f for f in source._meta.many_to_many if f.remote_field.through is model)
        return f"{source._meta.verbose_name}: {field.verbose_name}"
    return str(model._meta.verbose_name)


def shared_models() -> list[type[models.Model]]:
    """The models of records shared by every workspace and looked after by one (those with a steward)."""
    from django.apps import apps

    return [model for model in apps.get_models() if _concrete_field(model, "steward") is not None]


def shared_records_used_by(model: type[models.Model], workspace_id: int) -> models.QuerySet:
    """The pks of the shared records the workspace looks after or refers to through any relation, as text.

    One semi-join per relation (rather than one join across all of them, whose rows would multiply)."""
    from django.db.models.functions import Cast

    used = models.Q(steward=workspace_id)
    for relation in model._meta.related_objects:
        path = owner_path(relation.related_model)  # type: ignore[arg-type]
        if path is not None and path != "pk":
            referring = model._default_manager.filter(**{f"{relation.name}__{path}": workspace_id}).values("pk")
            used |= models.Q(pk__in=referring)
    return model._default_manager.filter(used).order_by().values_list(
        Cast("pk", models.CharField(max_length=40)), flat=True)

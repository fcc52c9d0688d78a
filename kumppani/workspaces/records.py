"""Create, show, edit and delete pages for the records of a workspace, shared by every record type.

A RecordType is the one definition of a kind of record: which records a workspace sees, which fields are edited,
which records its links may point to, its rules beyond the model's, who may change it, the columns of its exports
(kumppani/core/columns.py); its pages come from here, its API routes from kumppani/workspaces/record_api.py.
Each view fetches its object through RecordType.get, which scopes it to the workspace (404 otherwise); the form
only adapts what was posted to plain data for the service (kumppani/workspaces/record_services.py), which checks
every rule and writes through the audited writes.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.audit.services import history_for
from kumppani.core.columns import Column
from kumppani.core.forms import WorkspaceModelForm
from kumppani.core.pages import display_value
from kumppani.workspaces import record_services
from kumppani.workspaces.access import workspace_view


def refused(request: HttpRequest, refusal: "writes.ChangeRefused") -> HttpResponse:
    """The 403 page of a refused change: who looks after the record, and a link to propose the change."""
    return render(request, "core/change_refused.html", {"message": refusal.message,
                                                        "propose_url": refusal.propose_url}, status=403)


def form_values(form: Any, names: list[str]) -> dict[str, Any]:
    """A valid form's values as plain data: links as ids."""
    values: dict[str, Any] = {}
    many = {field.name for field in form.instance._meta.many_to_many}
    for name in names:
        if name not in form.cleaned_data:
            continue
        value = form.cleaned_data[name]
        if name in many and value is not None:
            value = [getattr(item, "pk", item) for item in value]
        values[name] = getattr(value, "pk", value) if isinstance(value, models.Model) else value
    return values


def show_errors(form: Any, error: ValidationError) -> None:
    """The service's refusals on the form's fields (on the form as a whole for a field it does not show)."""
    for name, messages_ in getattr(error, "message_dict", {NON_FIELD_ERRORS: error.messages}).items():
        form.add_error(name if name in form.fields else None, messages_)


@dataclass
class RecordType:
    name: str  # used in URL names: "<name>_detail", "<name>_edit", …
    plural: str  # the URL segment
    model: type[models.Model]
    form_class: type[Any]
    queryset: Callable[[Any], models.QuerySet]  # the workspace's records of this type
    shown_fields: list[str] = field(default_factory=list)
    detail_template: str = "core/record_detail.html"
    list_url_name: str = ""
    before_delete: Callable[[Any, Any], None] | None = None  # raises writes.DeletionRefused to refuse
    # (actor, workspace, record) before an edit or a deletion; raises writes.ChangeRefused to refuse (403).
    guard: Callable[[Any, Any, Any], None] | None = None
    # (actor, workspace, valid form): a form saved its own way instead of through record_services.save_record.
    save: Callable[[Any, Any, Any], Any] | None = None
    delete: Callable[..., Any] | None = None  # (actor=, workspace=, record=) instead of writes.delete_record
    # (actor=, workspace=, record=, changes=, m2m=) instead of writes.update_record for a change
    update: Callable[..., Any] | None = None
    namespace: str = "directory"
    own_detail_view: bool = False  # the app routes its own detail page
    own_pages: bool = False  # the app routes every page of its own (projects): urls() gives none
    fields: list[str] | None = None  # the fields a page or the API edits; default: the form's
    # The records a link may point to, per field: workspace → queryset. Default: the linked model's records of the
    # workspace when it has a workspace, else all of them (the shared directory).
    links: dict[str, Callable[[Any], models.QuerySet]] = field(default_factory=dict)
    normalise: dict[str, Callable[[Any], Any]] = field(default_factory=dict)  # a value as the form would read it
    # (workspace, record with the values applied, many-to-many values) → raises ValidationError keyed by field:
    # the rules that need more than the record itself (the model's clean() holds those between its own fields).
    rules: Callable[[Any, Any, dict[str, list[Any]]], None] | None = None
    # The records the workspace may read where they are more than those it may change (queryset): a project's
    # public records. Default: queryset.
    readable: Callable[[Any], models.QuerySet] | None = None
    # The columns of its CSV and XLSX exports, in order (for the directory also those its import reads).
    columns: list[Column] = field(default_factory=list)

    def get(self, workspace: Any, pk: int) -> Any:
        """One of the workspace's records of this type (404 otherwise): those it may change."""
        return get_object_or_404(self.queryset(workspace), pk=pk)

    def get_readable(self, workspace: Any, pk: int) -> Any:
        """One of the records the workspace may read (404 otherwise)."""
        return get_object_or_404((self.readable or self.queryset)(workspace), pk=pk)

    def editable_fields(self) -> list[str]:
        return list(self.fields if self.fields is not None else self.form_class._meta.fields or [])

    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def linkable(self, workspace: Any, name: str) -> models.QuerySet:
        """The records the field may link to from the workspace."""
        if name in self.links:
            return self.links[name](workspace)
        related: Any = self.model._meta.get_field(name).related_model
        has_workspace = any(item.name == "workspace" and item.concrete for item in related._meta.fields)
        found = related._default_manager.all()
        return found.filter(workspace=workspace) if has_workspace else found

    def url(self, view: str, workspace: Any, *args: Any) -> str:
        return reverse(f"{self.namespace}:{self.name}_{view}", args=[workspace.slug, *args])

    def list_url(self, workspace: Any) -> str:
        name = self.list_url_name or self.name + "_list"
        return reverse(name if ":" in name else f"{self.namespace}:{name}", args=[workspace.slug])

    def form(self, request: HttpRequest, instance: Any = None) -> Any:
        kwargs: dict[str, Any] = {"instance": instance}
        if issubclass(self.form_class, WorkspaceModelForm):
            kwargs["workspace"] = request.workspace  # type: ignore[attr-defined]
        if instance is None and request.method != "POST":
            kwargs["initial"] = request.GET.dict()  # "Add as partner" links prefill the organisation
        data = (request.POST, request.FILES) if request.method == "POST" else ()
        return self.form_class(*data, **kwargs)

    def detail_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = self.get(request.workspace, pk)  # type: ignore[attr-defined]
        rows = [(obj._meta.get_field(name).verbose_name, display_value(obj, name)) for name in self.shown_fields]
        return render(request, self.detail_template, {
            "object": obj, "record_type": self, "rows": rows,
            "history": history_for(obj).filter(workspace=request.workspace)[:50],  # type: ignore[attr-defined]
            "edit_url": self.url("edit", request.workspace, obj.pk),  # type: ignore[attr-defined]
            "delete_url": self.url("delete", request.workspace, obj.pk),  # type: ignore[attr-defined]
            "list_url": self.list_url(request.workspace),  # type: ignore[attr-defined]
        })

    def check_change(self, actor: Any, workspace: Any, obj: Any) -> None:
        if self.guard is not None:
            self.guard(actor, workspace, obj)

    def delete_object(self, actor: Any, workspace: Any, obj: Any) -> None:
        self.check_change(actor, workspace, obj)
        if self.before_delete:
            self.before_delete(obj, workspace)
        if self.delete is not None:
            self.delete(actor=actor, workspace=workspace, record=obj)
        else:
            writes.delete_record(actor, workspace, obj)

    def edit_view(self, request: HttpRequest, pk: int | None = None) -> HttpResponse:
        workspace = request.workspace  # type: ignore[attr-defined]
        instance = self.get(workspace, pk) if pk is not None else None
        try:
            if instance is not None:
                self.check_change(request.user, workspace, instance)
            return self._edit(request, workspace, instance)
        except writes.ChangeRefused as refusal:
            return refused(request, refusal)

    def _edit(self, request: HttpRequest, workspace: Any, instance: Any) -> HttpResponse:
        form = self.form(request, instance)
        if request.method == "POST" and form.is_valid():
            obj = self.save_form(request.user, workspace, form)
            if obj is not None:
                messages.success(request, _("Saved."))
                return redirect(self.url("detail", workspace, obj.pk))
        title = str(instance) if instance else _("New %(record)s") % {"record": self.model._meta.verbose_name}
        cancel = self.url("detail", workspace, instance.pk) if instance else self.list_url(workspace)
        return render(request, "core/record_form.html", {"form": form, "title": title, "object": instance,
                                                         "cancel_url": cancel},
                      status=400 if form.is_bound and form.errors else 200)

    def save_form(self, actor: Any, workspace: Any, form: Any) -> Any:
        """Save a valid form through the service; its refusals are shown on the form's fields (None then)."""
        if self.save is not None:
            return self.save(actor, workspace, form)
        try:
            return record_services.save_record(actor=actor, workspace=workspace, record_type=self,
                                               values=form_values(form, self.editable_fields()), record=form.instance)
        except ValidationError as error:
            show_errors(form, error)
            return None

    def delete_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        workspace = request.workspace  # type: ignore[attr-defined]
        obj = self.get(workspace, pk)
        try:
            self.check_change(request.user, workspace, obj)
        except writes.ChangeRefused as refusal:
            return refused(request, refusal)
        if request.method == "POST":
            try:
                self.delete_object(request.user, workspace, obj)
            except writes.DeletionRefused as refusal:
                messages.error(request, str(refusal))
                return redirect(self.url("detail", workspace, pk))
            messages.success(request, _("Deleted. You can undo this in the history."))
            return redirect(self.list_url(workspace))
        return render(request, "core/record_delete.html", {"object": obj,
                                                           "cancel_url": self.url("detail", workspace, pk)})

    def urls(self) -> list[Any]:
        if self.own_pages:
            return []
        read = workspace_view()
        write = workspace_view(write=True)
        detail = [] if self.own_detail_view else [
            path(f"w/<slug:workspace>/{self.plural}/<int:pk>/", read(self.detail_view), name=f"{self.name}_detail"),
        ]
        return [
            path(f"w/<slug:workspace>/{self.plural}/new/", write(self.edit_view), name=f"{self.name}_create"),
            *detail,
            path(f"w/<slug:workspace>/{self.plural}/<int:pk>/edit/", write(self.edit_view), name=f"{self.name}_edit"),
            path(f"w/<slug:workspace>/{self.plural}/<int:pk>/delete/", write(self.delete_view),
                 name=f"{self.name}_delete"),
        ]

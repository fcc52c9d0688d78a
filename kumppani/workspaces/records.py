"""Create, show, edit and delete pages for the records of a workspace, shared by every record type.

Each view fetches its object through RecordType.get, which scopes it to the workspace (404 otherwise),
and writes through the audited services.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.audit.services import history_for
from kumppani.core.forms import WorkspaceModelForm
from kumppani.core.pages import display_value
from kumppani.workspaces.access import workspace_view


def refused(request: HttpRequest, refusal: "writes.ChangeRefused") -> HttpResponse:
    """The 403 page of a refused change: who looks after the record, and a link to propose the change."""
    return render(request, "core/change_refused.html", {"message": refusal.message,
                                                        "propose_url": refusal.propose_url}, status=403)


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
    save: Callable[[Any, Any, Any], Any] = writes.save_form  # (actor, workspace, valid form)
    delete: Callable[..., Any] | None = None  # (actor=, workspace=, record=) instead of writes.delete_record
    namespace: str = "directory"
    own_detail_view: bool = False  # the app routes its own detail page

    def get(self, workspace: Any, pk: int) -> Any:
        return get_object_or_404(self.queryset(workspace), pk=pk)

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
            obj = self.save(request.user, workspace, form)
            messages.success(request, _("Saved."))
            return redirect(self.url("detail", workspace, obj.pk))
        title = str(instance) if instance else _("New %(record)s") % {"record": self.model._meta.verbose_name}
        cancel = self.url("detail", workspace, instance.pk) if instance else self.list_url(workspace)
        return render(request, "core/record_form.html", {"form": form, "title": title, "object": instance,
                                                         "cancel_url": cancel},
                      status=400 if form.is_bound and form.errors else 200)

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

"""The workspace's history: who changed what, and undoing a deletion."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit.models import Action, AuditEntry
from kumppani.audit.services import RestoreError, restore
from kumppani.core import ownership
from kumppani.core.pages import paginate
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.models import Workspace


def workspace_history(workspace: Workspace) -> Q:
    """The workspace's own entries, and the changes to the shared records it uses, whoever made them."""
    shown = Q(workspace=workspace)
    for model in ownership.shared_models():
        shown |= Q(content_type=ContentType.objects.get_for_model(model), action__in=[Action.UPDATE, Action.DELETE],
                   object_id__in=ownership.shared_records_used_by(model, workspace.pk))
    return shown


@workspace_view()
def history(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.filter(workspace_history(request.workspace)).select_related(  # type: ignore[attr-defined]
        "actor", "content_type")
    if request.GET.get("deleted"):
        entries = entries.filter(action=Action.DELETE, restored_at__isnull=True)
    return render(request, "audit/history.html", {"page": paginate(request, entries, 50),
                                                  "deleted_only": bool(request.GET.get("deleted"))})


@workspace_view(write=True)
@require_POST
def restore_deleted(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(AuditEntry, pk=pk, workspace=request.workspace)  # type: ignore[attr-defined]
    try:
        restore(entry, request.user)
        messages.success(request, _("%(record)s is restored.") % {"record": entry.object_repr})
    except RestoreError as error:
        messages.error(request, str(error))
    return redirect("audit:history", request.workspace.slug)  # type: ignore[attr-defined]

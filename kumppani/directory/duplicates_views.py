"""The duplicates page: organisations sharing an identifier, and pairs proposed on their names, for staff to merge
or to mark as not the same."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kumppani.audit.writes import ChangeRefused
from kumppani.directory import matching, merging, stewardship
from kumppani.directory.models import Organisation
from kumppani.workspaces.access import workspace_view

SHOWN = 50  # groups and pairs shown at once; the next ones appear as these are decided


@workspace_view()
def duplicate_list(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    found = matching.find_duplicates(Organisation.objects.filter(matching.visible_to(workspace)))
    for group in [*found.by_identifier, *found.by_name]:
        for organisation in group:
            organisation.steward_label = stewardship.steward_name(organisation)  # type: ignore[attr-defined]
    return render(request, "directory/duplicates.html", {
        "by_identifier": found.by_identifier[:SHOWN], "by_name": found.by_name[:SHOWN],
        "identifier_count": len(found.by_identifier), "name_count": len(found.by_name)})


def _pair(request: HttpRequest) -> tuple[Organisation, Organisation]:
    workspace = request.workspace  # type: ignore[attr-defined]
    visible = Organisation.objects.filter(matching.visible_to(workspace))
    kept_pk = request.POST.get("kept", "")
    other_pk = request.POST.get("duplicate", "")
    pair = request.POST.get("pair", "").split()
    if not other_pk and len(pair) == 2 and kept_pk in pair:  # the pair's form names the one to keep
        other_pk = pair[1] if pair[0] == kept_pk else pair[0]
    if not kept_pk.isdigit() or not other_pk.isdigit():
        raise Http404
    return get_object_or_404(visible, pk=kept_pk), get_object_or_404(visible, pk=other_pk)


@workspace_view(write=True)
@require_POST
def duplicate_merge(request: HttpRequest) -> HttpResponse:
    kept, duplicate = _pair(request)
    name = str(duplicate)
    try:
        merging.merge_organisations(actor=request.user, workspace=request.workspace,  # type: ignore[attr-defined]
                                    kept=kept, duplicate=duplicate)
    except ChangeRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("%(duplicate)s is merged into %(kept)s. The history can undo it.") % {
            "duplicate": name, "kept": kept})
    return redirect("directory:duplicate_list", request.workspace.slug)  # type: ignore[attr-defined]


@workspace_view(write=True)
@require_POST
def duplicate_distinct(request: HttpRequest) -> HttpResponse:
    first, second = _pair(request)
    merging.mark_distinct(actor=request.user, first=first, second=second)
    messages.success(request, _("%(first)s and %(second)s are no longer proposed as the same organisation.") % {
        "first": first, "second": second})
    return redirect("directory:duplicate_list", request.workspace.slug)  # type: ignore[attr-defined]

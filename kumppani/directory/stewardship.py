"""Who may change the shared directory: every organisation and theme has a steward.

The steward is the workspace that created the record, or public records (no workspace) for one that came from
a public import. Only the steward's staff or an instance administrator change its shared facts or delete it;
any other workspace keeps its own values for what it shows (OrganisationOverride) or proposes a change to the
steward (ChangeProposal). Pages, the API and the importer all call these functions.

A change to the shared facts (an accepted proposal, or the steward's own edit) is written once, in the history
of the workspace that made it; the history page of every workspace that uses the record shows it too
(`ownership.shared_records_used_by`, read when the page is shown), with the author hidden as "another
workspace". One entry per change keeps the record's own history free of copies, and a workspace that starts
using a record later still sees what changed before.
"""

from typing import Any

from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.accounts.models import is_instance_admin
from kumppani.audit import writes
from kumppani.directory.models import (
    ChangeProposal,
    Organisation,
    OrganisationOverride,
    ProposalStatus,
    Theme,
)

SharedRecord = Organisation | Theme
# What a workspace may show its own way without touching what others see.
OVERRIDE_FIELDS = ["name", "short_name", "website", "description"]


def steward_name(record: SharedRecord) -> str:
    return str(record.steward) if record.steward_id else str(_("public records"))


def may_change(*, actor: Any, workspace: Any, record: SharedRecord) -> bool:
    if is_instance_admin(actor):
        return True
    return workspace is not None and record.steward_id is not None and record.steward_id == workspace.pk


def _kind(record: SharedRecord) -> str:
    return "organisation" if isinstance(record, Organisation) else "theme"


def propose_url(workspace: Any, record: SharedRecord) -> str:
    if workspace is None:
        return ""
    return reverse(f"directory:{_kind(record)}_propose", args=[workspace.slug, record.pk])


def refusal_message(record: SharedRecord) -> str:
    return _("%(record)s is looked after by %(steward)s. Propose the change to them instead, or keep your own "
             "values for what your workspace shows.") % {"record": record, "steward": steward_name(record)}


def require_steward(*, actor: Any, workspace: Any, record: SharedRecord) -> None:
    """Raise ChangeRefused (403) unless the actor may change the record's shared facts or delete it."""
    if not may_change(actor=actor, workspace=workspace, record=record):
        raise writes.ChangeRefused(refusal_message(record), propose_url(workspace, record))


def check_change(actor: Any, workspace: Any, record: SharedRecord) -> None:
    """The record types' guard before an edit or a deletion."""
    require_steward(actor=actor, workspace=workspace, record=record)


@transaction.atomic
def update_shared(*, actor: Any, workspace: Any, record: SharedRecord, changes: dict[str, Any],
                  m2m: dict[str, Any] | None = None) -> SharedRecord:
    """Change the shared facts through the audited write path, as the steward or an instance administrator."""
    require_steward(actor=actor, workspace=workspace, record=record)
    writes.update_record(actor, workspace, record, changes, m2m)
    return record


def save_shared_form(actor: Any, workspace: Any, form: Any) -> SharedRecord:
    """The record types' save: a new record is the creator's; a change goes through update_shared."""
    record = form.instance
    if record.pk is None:
        return writes.save_form(actor, workspace, form)  # type: ignore[return-value]
    m2m = {field.name: form.cleaned_data[field.name] for field in record._meta.many_to_many
           if field.name in form.cleaned_data}
    changes = {name: getattr(record, name) for name in form.cleaned_data if name not in m2m and hasattr(record, name)}
    return update_shared(actor=actor, workspace=workspace, record=record, changes=changes, m2m=m2m)


def delete_shared(*, actor: Any, workspace: Any, record: SharedRecord) -> Any:
    """Delete as the steward; refused (409) when it would remove or change a row of another workspace."""
    require_steward(actor=actor, workspace=workspace, record=record)
    also_own = {None} if is_instance_admin(actor) else set()
    return writes.delete_record(actor, workspace, record, also_own=also_own, with_target_owner=False)


# Proposals ------------------------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet | list | tuple | set):
        return sorted(getattr(item, "pk", item) for item in value)
    return value


def proposed_changes(form: Any) -> dict[str, Any]:
    """The fields of a valid form whose values differ from the record's, as JSON (links as ids)."""
    record = type(form.instance)._default_manager.get(pk=form.instance.pk)
    changes: dict[str, Any] = {}
    for name in form.changed_data:
        if name not in form.cleaned_data:
            continue
        value = _json_value(form.cleaned_data[name])
        field = record._meta.get_field(name)
        current = (sorted(item.pk for item in getattr(record, name).all()) if field.many_to_many
                   else _json_value(getattr(record, name)))
        if value != current:
            changes[name] = value
    return changes


def propose_change(*, actor: Any, workspace: Any, record: SharedRecord, changes: dict[str, Any],
                   reason: str) -> ChangeProposal:
    """Ask the steward to change the record; nothing changes until the steward accepts."""
    if not changes:
        raise writes.ChangeRefused(_("The proposal changes nothing."))
    proposal = ChangeProposal(workspace=workspace, changes=changes, reason=reason, author=actor,
                              **{_kind(record): record})
    writes.create_record(actor, workspace, proposal)
    return proposal


def proposals_for_steward(*, actor: Any, workspace: Any) -> models.QuerySet[ChangeProposal]:
    """The pending proposals the workspace (or, with None, the instance administrators) decides."""
    pending = ChangeProposal.objects.filter(status=ProposalStatus.PENDING).select_related(
        "workspace", "author", "organisation__steward", "theme__steward")
    if workspace is None:
        return pending.filter(models.Q(organisation__isnull=False, organisation__steward__isnull=True)
                              | models.Q(theme__isnull=False, theme__steward__isnull=True))
    return pending.filter(models.Q(organisation__steward=workspace) | models.Q(theme__steward=workspace))


def _decide(*, actor: Any, workspace: Any, proposal: ChangeProposal, status: str) -> None:
    require_steward(actor=actor, workspace=workspace, record=proposal.record)
    if proposal.status != ProposalStatus.PENDING:
        raise writes.ChangeRefused(_("The proposal has already been decided."))
    writes.update_record(actor, workspace, proposal, {"status": status, "decided_by": actor,
                                                      "decided_at": timezone.now()})


@transaction.atomic
def accept_proposal(*, actor: Any, workspace: Any, proposal: ChangeProposal) -> SharedRecord:
    """Apply the proposed values through the record's form (so they are valid today) and the audited path."""
    from kumppani.directory import forms
    from kumppani.workspaces.api_forms import bind_form

    record = proposal.record
    form_class = forms.OrganisationForm if isinstance(record, Organisation) else forms.ThemeForm
    form = bind_form(form_class, workspace or proposal.workspace, proposal.changes, record)
    if not form.is_valid():
        problems = [f"{name}: {' '.join(str(error) for error in errors)}" for name, errors in form.errors.items()]
        raise writes.ChangeRefused(_("The proposal is no longer valid: %(errors)s") % {"errors": "; ".join(problems)})
    _decide(actor=actor, workspace=workspace, proposal=proposal, status=ProposalStatus.ACCEPTED)
    return save_shared_form(actor, workspace, form)


def reject_proposal(*, actor: Any, workspace: Any, proposal: ChangeProposal) -> None:
    _decide(actor=actor, workspace=workspace, proposal=proposal, status=ProposalStatus.REJECTED)


# A workspace's own values -----------------------------------------------------------------------------------------


def override_of(workspace: Any, organisation: Organisation) -> OrganisationOverride | None:
    return OrganisationOverride.objects.filter(workspace=workspace, organisation=organisation).first()


def save_override(*, actor: Any, workspace: Any, organisation: Organisation,
                  values: dict[str, Any]) -> OrganisationOverride | None:
    """Keep the workspace's own name, short name, website and description; all empty removes them."""
    values = {name: values.get(name) or ("" if name != "description" else {}) for name in OVERRIDE_FIELDS}
    current = override_of(workspace, organisation)
    empty = not any(values[name] for name in OVERRIDE_FIELDS[:3]) and not any((values["description"] or {}).values())
    if current is None:
        if empty:
            return None
        return writes.create_record(actor, workspace, OrganisationOverride(organisation=organisation, **values))  # type: ignore[return-value]
    if empty:
        writes.delete_record(actor, workspace, current)
        return None
    return writes.update_record(actor, workspace, current, values)  # type: ignore[return-value]


def apply_overrides(workspace: Any, organisations: Any) -> None:
    """Show the organisations (instances in memory) with the workspace's own values; nothing is saved."""
    by_pk: dict[int, list[Organisation]] = {}
    for organisation in organisations:
        if organisation is not None:
            by_pk.setdefault(organisation.pk, []).append(organisation)
    if not by_pk or workspace is None:
        return
    for override in OrganisationOverride.objects.filter(workspace=workspace, organisation_id__in=list(by_pk)):
        for organisation in by_pk[override.organisation_id]:
            organisation.shared_name = organisation.name  # type: ignore[attr-defined]
            for name in OVERRIDE_FIELDS:
                value = getattr(override, name)
                if name == "description":
                    value = value if any((value or {}).values()) else None
                if value:
                    setattr(organisation, name, value)


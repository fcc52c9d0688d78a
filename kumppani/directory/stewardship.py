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

from django.core.exceptions import ValidationError
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
from kumppani.workspaces import record_services

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


def proposed_changes(*, workspace: Any, record: SharedRecord, values: dict[str, Any]) -> dict[str, Any]:
    """The values that differ from the record's, checked as the steward would save them, as JSON (links as ids);
    raises ValidationError keyed by field for a value the record could not take."""
    from kumppani.directory.records import record_type_of

    stored = type(record)._default_manager.get(pk=record.pk)
    candidate = type(record)._default_manager.get(pk=record.pk)
    prepared = record_services.prepare_record(workspace=workspace, record_type=record_type_of(record),
                                              values=values, record=candidate)
    changes: dict[str, Any] = {}
    for name in values:
        many = record._meta.get_field(name).many_to_many
        value = _json_value(prepared.m2m[name] if many else getattr(candidate, name))
        current = (sorted(item.pk for item in getattr(stored, name).all()) if many
                   else _json_value(getattr(stored, name)))
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
    """Apply the proposed values through the record type's rules (so they are valid today) and the audited path."""
    from kumppani.directory.records import record_type_of

    record = proposal.record
    try:
        prepared = record_services.prepare_record(workspace=workspace or proposal.workspace,
                                                  record_type=record_type_of(record), values=proposal.changes,
                                                  record=record)
    except ValidationError as error:
        problems = [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
        message = _("The proposal is no longer valid: %(errors)s") % {"errors": "; ".join(problems)}
        raise writes.ChangeRefused(message) from None
    _decide(actor=actor, workspace=workspace, proposal=proposal, status=ProposalStatus.ACCEPTED)
    return update_shared(actor=actor, workspace=workspace, record=record, changes=prepared.changes,
                         m2m=prepared.m2m)


def reject_proposal(*, actor: Any, workspace: Any, proposal: ChangeProposal) -> None:
    _decide(actor=actor, workspace=workspace, proposal=proposal, status=ProposalStatus.REJECTED)


# A workspace's own values -----------------------------------------------------------------------------------------


def override_of(workspace: Any, organisation: Organisation) -> OrganisationOverride | None:
    return OrganisationOverride.objects.filter(workspace=workspace, organisation=organisation).first()


def save_override(*, actor: Any, workspace: Any, organisation: Organisation,
                  values: dict[str, Any]) -> OrganisationOverride | None:
    """Keep the workspace's own name, short name, website and description; all empty removes them."""
    values = {name: str(values.get(name) or "").strip() for name in OVERRIDE_FIELDS[:3]} | {
        "description": {code: str(text).strip() for code, text in (values.get("description") or {}).items()
                        if text and str(text).strip()}}
    current = override_of(workspace, organisation)
    record_services.refuse_nul(values)
    OrganisationOverride(workspace=workspace, organisation=organisation, **values).full_clean(
        exclude=["workspace", "organisation"], validate_unique=False)
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


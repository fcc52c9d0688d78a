"""Writes of projects, over plain data (kumppani/projects/data.py): the pages, the API and commands call these.

Each service checks every rule of what it is given and refuses with a ValidationError whose messages are keyed by
field ("partners.1.role" for the second partner's role); every write goes through audit.writes, so the history
records it. A project and its partners are saved in one transaction, so a failure leaves nothing half-saved. Each
change of status (and the first status of a new project) is recorded as a StatusChange with its date and author.
"""

import dataclasses
import datetime
import os
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import DecimalValidator, MaxLengthValidator
from django.db import transaction
from django.forms import ChoiceField, Field, ModelChoiceField, ModelMultipleChoiceField
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.audit.services import User
from kumppani.core.dates import validate_record_date
from kumppani.core.money import euros
from kumppani.directory.models import Organisation, Theme
from kumppani.funding.models import Call, Programme
from kumppani.projects.attachments import check_upload
from kumppani.projects.data import MAX_PARTNERS, OutputData, PartnerData, ProjectData, Texts
from kumppani.projects.models import (
    Attachment,
    Output,
    OutputKind,
    PartnerRole,
    Project,
    ProjectPartner,
    Status,
    StatusChange,
)
from kumppani.workspaces.models import FocusArea

# The messages people already know from the forms, in Django's own words and translations.
REQUIRED = Field.default_error_messages["required"]
UNKNOWN_RECORD = ModelChoiceField.default_error_messages["invalid_choice"]
UNKNOWN_RECORDS = ModelMultipleChoiceField.default_error_messages["invalid_choice"]
UNKNOWN_CHOICE = ChoiceField.default_error_messages["invalid_choice"]
MONEY = DecimalValidator(max_digits=14, decimal_places=2)
MONEY_FIELDS = ("total_budget", "grant", "own_share")
TITLE_LENGTH, OUTPUT_TITLE_LENGTH, NOTE_LENGTH = 500, 300, 300


def signed_in(actor: User) -> Any:
    """The user to name as author, or None for the system (an import, a command)."""
    return actor if actor is not None and actor.is_authenticated else None


class Refusals:
    """The messages of a refusal, per field, raised together once every rule has been checked."""

    def __init__(self) -> None:
        self.messages: dict[str, list[str]] = {}

    def add(self, key: str, *messages: Any) -> None:
        self.messages.setdefault(key, []).extend(str(message) for message in messages)

    def check(self, key: str, validate: Any, value: Any) -> bool:
        """Run a Django validator on the value; False (with its messages kept) when it refuses."""
        try:
            validate(value)
        except ValidationError as error:
            self.add(key, *error.messages)
            return False
        return True

    def __contains__(self, key: str) -> bool:
        return key in self.messages

    def raise_any(self) -> None:
        if self.messages:
            raise ValidationError(self.messages)  # type: ignore[arg-type]


# Checks -----------------------------------------------------------------------------------------------------------


def _texts(refusals: Refusals, key: str, texts: Texts | None, *, required: bool = False,
           max_length: int | None = None) -> Texts:
    """The texts of the UI languages, trimmed, empty ones left out; the Finnish one when required."""
    kept = {code: text.strip() for code, text in (texts or {}).items()
            if code in settings.LANGUAGE_CODES and isinstance(text, str) and text.strip()}
    if required and not kept.get(settings.LANGUAGE_CODE):
        refusals.add(key, REQUIRED)
    for text in kept.values():
        if max_length is not None:
            refusals.check(key, MaxLengthValidator(max_length), text)
    return kept


def _choice(refusals: Refusals, key: str, value: Any, choices: Any) -> None:
    if value is None or value == "":
        refusals.add(key, REQUIRED)
    elif value not in choices.values:
        refusals.add(key, UNKNOWN_CHOICE % {"value": value})


def _amount(refusals: Refusals, key: str, value: Decimal | None) -> None:
    """Money in euros: at most 12 digits before the point and 2 after it, never negative."""
    if value is not None and refusals.check(key, MONEY, value) and value < 0:
        refusals.add(key, _("An amount cannot be negative."))


def _date(refusals: Refusals, key: str, value: datetime.date | None) -> bool:
    return refusals.check(key, validate_record_date, value)


def _check_project(refusals: Refusals, workspace: Any, data: ProjectData) -> None:
    _choice(refusals, "status", data.status, Status)
    starts_ok, ends_ok = _date(refusals, "starts_on", data.starts_on), _date(refusals, "ends_on", data.ends_on)
    if starts_ok and ends_ok and data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        refusals.add("ends_on", _("The end (%(ends)s) is before the start (%(starts)s).")
                     % {"ends": data.ends_on.isoformat(), "starts": data.starts_on.isoformat()})
    _check_budget(refusals, data)
    _check_programme_and_call(refusals, data)
    found = set(Theme.objects.filter(pk__in=data.themes).values_list("pk", flat=True))
    if missing := [pk for pk in data.themes if pk not in found]:
        refusals.add("themes", UNKNOWN_RECORDS % {"value": missing[0]})
    if data.focus_area is not None and not FocusArea.objects.filter(workspace=workspace, pk=data.focus_area).exists():
        refusals.add("focus_area", UNKNOWN_RECORD)


def _check_budget(refusals: Refusals, data: ProjectData) -> None:
    for name in MONEY_FIELDS:
        _amount(refusals, name, getattr(data, name))
    if data.total_budget is None or any(name in refusals for name in MONEY_FIELDS):
        return
    funded = (data.grant or Decimal(0)) + (data.own_share or Decimal(0))
    if funded > data.total_budget:
        refusals.add("total_budget", _("The grant and own share together (%(funded)s) exceed the total budget "
                                       "(%(total)s).") % {"funded": euros(funded), "total": euros(data.total_budget)})


def _check_programme_and_call(refusals: Refusals, data: ProjectData) -> None:
    programme = Programme.objects.filter(pk=data.programme).first() if data.programme is not None else None
    if data.programme is not None and programme is None:
        refusals.add("programme", UNKNOWN_RECORD)
        return
    if data.call is None:
        return
    call = Call.objects.select_related("programme").filter(pk=data.call).first()
    if call is None:
        refusals.add("call", UNKNOWN_RECORD)
    elif programme is None:
        refusals.add("call", _("Choose the call's programme (%(programme)s) too.") % {"programme": call.programme})
    elif call.programme_id != programme.pk:
        refusals.add("call", _("The call “%(call)s” belongs to %(other)s, not to %(programme)s.")
                     % {"call": call, "other": call.programme, "programme": programme})


def _check_partners(refusals: Refusals, partners: tuple[PartnerData, ...]) -> None:
    """Known organisations, each once; one lead at most; budgets as money."""
    if len(partners) > MAX_PARTNERS:
        refusals.add("partners", _("A project has at most %(count)s partners.") % {"count": MAX_PARTNERS})
        return
    organisations = Organisation.objects.in_bulk([partner.organisation for partner in partners])
    first_row: dict[int, int] = {}
    leads = 0
    for index, partner in enumerate(partners):
        key = f"partners.{index}."
        organisation = organisations.get(partner.organisation)
        if organisation is None:
            refusals.add(key + "organisation", UNKNOWN_RECORD)
        elif partner.organisation in first_row:
            refusals.add(key + "organisation", _("%(organisation)s is already a partner (row %(row)s).")
                         % {"organisation": organisation, "row": first_row[partner.organisation] + 1})
        first_row.setdefault(partner.organisation, index)
        _choice(refusals, key + "role", partner.role, PartnerRole)
        if partner.role == PartnerRole.LEAD:
            leads += 1
            if leads > 1:
                refusals.add(key + "role", _("A project has one lead partner at most."))
        _amount(refusals, key + "budget", partner.budget)


def checked_project(workspace: Any, data: ProjectData) -> ProjectData:
    """The data with its texts trimmed and its themes once each, or a ValidationError naming every refusal."""
    refusals = Refusals()
    title = _texts(refusals, "title", data.title, required=True, max_length=TITLE_LENGTH)
    summary = _texts(refusals, "summary", data.summary)
    _check_project(refusals, workspace, data)
    _check_partners(refusals, data.partners)
    refusals.raise_any()
    return dataclasses.replace(data, title=title, summary=summary, themes=tuple(dict.fromkeys(data.themes)))


def partner_budget_warning(*, total_budget: Decimal | None, partner_budgets: Iterable[Decimal | None]) -> str:
    """A warning, not a refusal: the partners' budgets add up to more than the project's total ("" when not)."""
    budgets = [budget for budget in partner_budgets if budget is not None]
    if total_budget is None or not budgets or sum(budgets) <= total_budget:
        return ""
    return _("The partners' budgets add up to %(partners)s, more than the project's total budget "
             "(%(total)s).") % {"partners": euros(sum(budgets)), "total": euros(total_budget)}


# Projects ---------------------------------------------------------------------------------------------------------


def _project_fields(data: ProjectData) -> dict[str, Any]:
    return {"title": data.title, "summary": data.summary, "status": Status(data.status),
            "programme_id": data.programme, "call_id": data.call, "starts_on": data.starts_on,
            "ends_on": data.ends_on, "total_budget": data.total_budget, "grant": data.grant,
            "own_share": data.own_share, "focus_area_id": data.focus_area}


@transaction.atomic
def create_project(*, actor: User, workspace: Any, data: ProjectData) -> Project:
    """A new project of the workspace with its partners and its first status."""
    data = checked_project(workspace, data)
    project = Project(workspace=workspace, **_project_fields(data))
    writes.create_record(actor, workspace, project, {"themes": list(data.themes)})
    _save_partners(actor, workspace, project, data.partners)
    record_status(actor, workspace, project, project.status)
    return project


@transaction.atomic
def update_project(*, actor: User, workspace: Any, project: Project, data: ProjectData) -> Project:
    """Change the project to `data`, partners included (its partners are the whole new list): to change a few
    fields, `dataclasses.replace(ProjectData.from_project(project), **changes)`."""
    data = checked_project(workspace, data)
    previous_status = Project.objects.filter(pk=project.pk).values_list("status", flat=True).first()
    writes.update_record(actor, workspace, project, _project_fields(data), {"themes": list(data.themes)})
    _save_partners(actor, workspace, project, data.partners)
    if project.status != previous_status:
        record_status(actor, workspace, project, project.status)
    return project


def _save_partners(actor: User, workspace: Any, project: Project, partners: tuple[PartnerData, ...]) -> None:
    """An organisation's existing partnership is kept (and changed); the others are removed or added."""
    existing = {partner.organisation_id: partner for partner in ProjectPartner.objects.filter(project=project)}
    wanted = {partner.organisation: partner for partner in partners}
    for organisation_id, partner in existing.items():
        if organisation_id not in wanted:  # as stored: the deletion's snapshot restores it so
            writes.delete_record(actor, workspace, partner)
    for data in partners:
        values = {"role": PartnerRole(data.role), "budget": data.budget}
        stored = existing.get(data.organisation)
        if stored is None:
            writes.create_record(actor, workspace, ProjectPartner(project=project, organisation_id=data.organisation,
                                                                  **values))
        elif (stored.role, stored.budget) != (values["role"], values["budget"]):
            writes.update_record(actor, workspace, stored, values)


# Status -----------------------------------------------------------------------------------------------------------


def record_status(actor: User, workspace: Any, project: Project, status: str, on: datetime.date | None = None,
                  note: str = "") -> StatusChange:
    """Record a status the project has been given (the project itself is saved by the caller)."""
    change = StatusChange(project=project, status=status, on=on or timezone.localdate(), note=note,
                          author=signed_in(actor))
    writes.create_record(actor, workspace, change)
    return change


@transaction.atomic
def change_status(*, actor: User, workspace: Any, project: Project, status: Status,
                  on: datetime.date | None = None, note: str = "") -> Project:
    """Move a project to another status; the change is recorded with its date and author (no change, no record)."""
    refusals = Refusals()
    _choice(refusals, "status", status, Status)
    _date(refusals, "on", on)
    refusals.check("note", MaxLengthValidator(NOTE_LENGTH), note or "")
    refusals.raise_any()
    if project.status == status:
        return project
    writes.update_record(actor, workspace, project, {"status": Status(status)})
    record_status(actor, workspace, project, status, on, note or "")
    return project


# Outputs ----------------------------------------------------------------------------------------------------------


def _output_fields(data: OutputData) -> dict[str, Any]:
    refusals = Refusals()
    title = _texts(refusals, "title", data.title, required=True, max_length=OUTPUT_TITLE_LENGTH)
    description = _texts(refusals, "description", data.description)
    _choice(refusals, "kind", data.kind, OutputKind)
    _date(refusals, "delivered_on", data.delivered_on)
    refusals.raise_any()
    return {"title": title, "description": description, "kind": OutputKind(data.kind),
            "delivered_on": data.delivered_on}


def add_output(*, actor: User, workspace: Any, project: Project, data: OutputData) -> Output:
    output = Output(project=project, **_output_fields(data))
    writes.create_record(actor, workspace, output)
    return output


def update_output(*, actor: User, workspace: Any, output: Output, data: OutputData) -> Output:
    writes.update_record(actor, workspace, output, _output_fields(data))
    return output


def delete_output(*, actor: User, workspace: Any, output: Output) -> None:
    writes.delete_record(actor, workspace, output)


# Attachments ------------------------------------------------------------------------------------------------------


def add_attachment(*, actor: User, workspace: Any, project: Project, upload: UploadedFile) -> Attachment:
    """Store an upload that passes the checks (attachments.check_upload) under MEDIA_ROOT with a random name; the
    original name is kept for downloads."""
    refusals = Refusals()
    content_type = ""
    try:
        content_type = check_upload(upload)
    except ValidationError as error:
        refusals.add("file", *error.messages)
    refusals.raise_any()
    attachment = Attachment(project=project, name=os.path.basename(upload.name or "file")[:200],
                            size=upload.size or 0, content_type=content_type, uploaded_by=signed_in(actor))
    extension = os.path.splitext(upload.name or "")[1].lower()
    attachment.file.save(f"{uuid.uuid4().hex}{extension}", upload, save=False)
    try:
        writes.create_record(actor, workspace, attachment)
    except Exception:
        attachment.file.delete(save=False)
        raise
    return attachment


def delete_attachment(*, actor: User, workspace: Any, attachment: Attachment) -> None:
    """Delete the record; its file stays on disk so that the deletion can be undone from the history."""
    writes.delete_record(actor, workspace, attachment)

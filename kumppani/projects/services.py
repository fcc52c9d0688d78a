"""Writes of projects: pages, the API and the importer call these; every write goes through core.writes.

A project and its partners are saved in one transaction, so a failure leaves nothing half-saved. Each change of
status (and the first status of a new project) is recorded as a StatusChange with its date and author.
"""

import datetime
import os
import uuid
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from kumppani.audit import writes
from kumppani.audit.services import User
from kumppani.projects.forms import BasePartnerFormSet, ProjectForm
from kumppani.projects.models import Attachment, Output, Project, ProjectPartner, StatusChange


def signed_in(actor: User) -> Any:
    """The user to name as author, or None for the system (an import, a command)."""
    return actor if actor is not None and actor.is_authenticated else None


@transaction.atomic
def save_project(actor: User, workspace: Any, form: ProjectForm, partners: BasePartnerFormSet) -> Project:
    """Create or update a project and its partners from valid forms."""
    previous_status = Project.objects.filter(pk=form.instance.pk).values_list("status", flat=True).first() \
        if form.instance.pk else None
    project: Project = writes.save_form(actor, workspace, form)  # type: ignore[assignment]
    _save_partners(actor, workspace, project, partners)
    if project.status != previous_status:
        record_status(actor, workspace, project, project.status)
    return project


def _save_partners(actor: User, workspace: Any, project: Project, partners: BasePartnerFormSet) -> None:
    for partner_form in partners.forms:
        partner: ProjectPartner = partner_form.instance
        if partners.is_removed(partner_form):
            if partner.pk is not None:  # as stored: the deletion's snapshot restores it so
                writes.delete_record(actor, workspace, ProjectPartner.objects.get(pk=partner.pk))
            continue
        if partner.pk is None and not partner_form.has_changed():
            continue
        partner.project = project
        if partner.pk is None:
            writes.create_record(actor, workspace, partner)
        elif partner_form.has_changed():
            values = {name: partner_form.cleaned_data[name] for name in ("organisation", "role", "budget")}
            writes.update_record(actor, workspace, partner, values)


def record_status(actor: User, workspace: Any, project: Project, status: str, on: datetime.date | None = None,
                  note: str = "") -> StatusChange:
    change = StatusChange(project=project, status=status, on=on or timezone.localdate(), note=note,
                          author=signed_in(actor))
    writes.create_record(actor, workspace, change)
    return change


@transaction.atomic
def change_status(actor: User, workspace: Any, project: Project, status: str, on: datetime.date | None = None,
                  note: str = "") -> Project:
    """Move a project to another status; the change is recorded with its date and author (no change, no record)."""
    if project.status == status:
        return project
    writes.update_record(actor, workspace, project, {"status": status})
    record_status(actor, workspace, project, status, on, note)
    return project


def save_output(actor: User, workspace: Any, project: Project, form: Any) -> Output:
    form.instance.project = project
    return writes.save_form(actor, workspace, form)  # type: ignore[return-value]


def delete_output(actor: User, workspace: Any, output: Output) -> None:
    writes.delete_record(actor, workspace, output)


def add_attachment(actor: User, workspace: Any, project: Project, upload: UploadedFile,
                   content_type: str) -> Attachment:
    """Store a checked upload under MEDIA_ROOT with a random name (the original name is kept for downloads)."""
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


def delete_attachment(actor: User, workspace: Any, attachment: Attachment) -> None:
    """Delete the record; its file stays on disk so that the deletion can be undone from the history."""
    writes.delete_record(actor, workspace, attachment)

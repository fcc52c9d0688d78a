"""Partner inquiries: the public form opens a case for staff, who get an e-mail notice and work it through."""

import logging
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from kumppani.audit import writes
from kumppani.core.mail import send_one
from kumppani.core.validators import validate_single_line
from kumppani.subscriptions.models import PartnerInquiry
from kumppani.workspaces.models import WRITE_ROLES, WorkspaceMember

logger = logging.getLogger(__name__)

def open_inquiry(workspace: Any, data: dict[str, Any]) -> PartnerInquiry:
    """Save the visitor's inquiry (history records it as made by no one signed in). The names reach the staff
    notice's subject: a line break in them is refused (ValidationError) before anything is saved."""
    inquiry = PartnerInquiry(workspace=workspace, organisation_name=data["organisation_name"],
                             contact_name=data["contact_name"], email=data["email"], country=data["country"],
                             message=data["message"])
    validate_single_line(inquiry.organisation_name)
    validate_single_line(inquiry.contact_name)
    writes.create_record(None, workspace, inquiry, {"themes": list(data.get("themes") or [])})
    return inquiry


def staff_addresses(workspace: Any) -> list[str]:
    return sorted(set(WorkspaceMember.objects.filter(workspace=workspace, role__in=WRITE_ROLES)
                      .exclude(user__email="").values_list("user__email", flat=True)))


def notify_staff(workspace: Any, inquiry: PartnerInquiry, case_url: str) -> bool:
    """E-mail the workspace's staff about a new inquiry; False if the mail server failed (the case is saved)."""
    recipients = staff_addresses(workspace)
    if not recipients:
        return True
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New partner inquiry: %(organisation)s") % {"organisation": inquiry.organisation_name}
        intro = _("%(name)s (%(email)s) of %(organisation)s is looking for a partner through the public page "
                  "of %(workspace)s.") % {"name": inquiry.contact_name, "email": inquiry.email,
                                         "organisation": inquiry.organisation_name, "workspace": workspace.name}
        link = _("Open the case: %(url)s") % {"url": case_url}
    email = EmailMessage(subject, f"{intro}\n\n{inquiry.message}\n\n{link}\n", settings.DEFAULT_FROM_EMAIL,
                         recipients, reply_to=[inquiry.email])
    return send_one(email, f"the notice of partner inquiry {inquiry.pk}")


def set_status(actor: Any, workspace: Any, inquiry: PartnerInquiry, status: str) -> PartnerInquiry:
    writes.update_record(actor, workspace, inquiry, {"status": status})
    return inquiry

"""Partner inquiries: the public form opens a case for staff, who get an e-mail notice and work it through."""

import logging
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from kumppani.core import writes
from kumppani.core.mail import send_one
from kumppani.opportunities.models import PartnerInquiry
from kumppani.workspaces.models import WRITE_ROLES, WorkspaceMember

logger = logging.getLogger(__name__)

# How many inquiries one e-mail address, or one network address, may open in a window.
RATE_LIMIT = 3
RATE_WINDOW_SECONDS = 60 * 60


def _rate_keys(workspace: Any, email: str, client_address: str) -> list[str]:
    keys = [f"partner-inquiry:{workspace.pk}:email:{email.strip().lower()}"]
    if client_address:
        keys.append(f"partner-inquiry:{workspace.pk}:ip:{client_address}")
    return keys


def over_rate_limit(workspace: Any, email: str, client_address: str) -> bool:
    return any((cache.get(key) or 0) >= RATE_LIMIT for key in _rate_keys(workspace, email, client_address))


def _count_inquiry(workspace: Any, email: str, client_address: str) -> None:
    for key in _rate_keys(workspace, email, client_address):
        if cache.add(key, 1, RATE_WINDOW_SECONDS):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, RATE_WINDOW_SECONDS)


def open_inquiry(workspace: Any, data: dict[str, Any], client_address: str = "") -> PartnerInquiry:
    """Save the visitor's inquiry (history records it as made by no one signed in) and count it for the limit."""
    inquiry = PartnerInquiry(workspace=workspace, organisation_name=data["organisation_name"],
                             contact_name=data["contact_name"], email=data["email"], country=data["country"],
                             message=data["message"])
    writes.create_record(None, workspace, inquiry, {"themes": list(data.get("themes") or [])})
    _count_inquiry(workspace, data["email"], client_address)
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

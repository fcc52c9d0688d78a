"""Writes of the public side: relaying a visitor's message to a published person."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.translation import gettext as _

from kumppani.core.mail import send_one
from kumppani.directory.models import Person
from kumppani.workspaces.models import Workspace

logger = logging.getLogger(__name__)


def relay_message(workspace: Workspace, person: Person, sender_name: str, sender_email: str, message: str) -> bool:
    """E-mail the visitor's message to the person, replying to the visitor; False if the mail server failed."""
    subject = _("A message through the public page of %(workspace)s") % {"workspace": workspace.name}
    body = _("%(name)s (%(email)s) sent you this message through the public page of %(workspace)s. "
             "Reply to this e-mail to answer.") % {
        "name": sender_name, "email": sender_email, "workspace": workspace.name}
    email = EmailMessage(subject, f"{body}\n\n{message}\n", settings.DEFAULT_FROM_EMAIL, [person.email],
                         reply_to=[sender_email])
    return send_one(email, f"a public contact message to person {person.pk}")

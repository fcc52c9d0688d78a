"""Two cheap traps for bots on the public forms: a honeypot field and a signed start-time token.

The token records when the form was first shown and carries a nonce: it may be submitted once (the nonces used are
kept in the database, which every server process sees). A form shown again after an error carries a fresh token
with the same start time, so a person who corrects a mistake and sends at once is not taken for a robot.
"""

from __future__ import annotations

import datetime
import secrets
import time
from typing import Any

from django import forms
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kumppani.core.models import UsedFormToken

STARTED_SALT = "kumppani.public.contact-started"
MIN_SECONDS_TO_SUBMIT = 3  # a person needs longer than this to fill in a form; a bot does not
MAX_SECONDS_TO_SUBMIT = 24 * 60 * 60


def issue_started_token(at: float | None = None) -> str:
    """A signed record of when the form was shown, with a nonce of its own."""
    return signing.dumps({"t": round(time.time() if at is None else at, 3), "n": secrets.token_urlsafe(15)},
                         salt=STARTED_SALT)


def read_token(token: str) -> tuple[float, str] | None:
    """(when the form was shown, nonce), or None for a forged or garbled token."""
    try:
        value = signing.loads(token, salt=STARTED_SALT)
        return float(value["t"]), str(value["n"])
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        return None


def seconds_since(token: str) -> float | None:
    read = read_token(token)
    return None if read is None else time.time() - read[0]


def use_nonce(nonce: str) -> bool:
    """Record the nonce as used; False if it already was."""
    now = timezone.now()
    UsedFormToken.objects.filter(used_at__lt=now - datetime.timedelta(seconds=MAX_SECONDS_TO_SUBMIT)).delete()
    try:
        with transaction.atomic():
            UsedFormToken.objects.create(nonce=nonce[:40], used_at=now)
    except IntegrityError:
        return False
    return True


class BotTraps:
    """For a form with a `website` honeypot field and a hidden `started` token: `new_started_token` for the page,
    `check_bot_traps()` from clean()."""

    data: Any
    is_bound: bool

    def issue_next_token(self) -> None:
        """For the page: a new token, keeping the start time of the one submitted when it was valid."""
        read = read_token(self.data.get("started", "")) if self.is_bound else None
        shown_at = read[0] if read and time.time() - read[0] <= MAX_SECONDS_TO_SUBMIT else None
        self.new_started_token = issue_started_token(shown_at)

    def check_bot_traps(self, cleaned: dict[str, Any]) -> None:
        if cleaned.get("website"):
            raise forms.ValidationError(_("The form was not sent: leave the last field empty."))
        read = read_token(self.data.get("started", ""))
        if read is None or time.time() - read[0] > MAX_SECONDS_TO_SUBMIT:
            raise forms.ValidationError(_("The form has expired. Please send it again."))
        if not use_nonce(read[1]):
            raise forms.ValidationError(_("This form was already sent once. Please check it and send it again."))
        if time.time() - read[0] < MIN_SECONDS_TO_SUBMIT:
            raise forms.ValidationError(_("That was very quick. Please check the form and send it again."))

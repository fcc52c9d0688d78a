"""Sending mail through Django's mail API, whatever backend the settings name (SMTP, console, file, locmem).

A Mailer keeps one connection of the backend open for a batch of messages and tells each outcome apart:
accepted, a transient failure (retry later), a permanent refusal (a bounce: the server answered 5xx), or a message
that cannot be built at all (Django's classes refuse a header with a line break: BadHeaderError). A server that
cannot be reached raises StopSending: nothing was attempted, everything waits for the next run.
"""

from __future__ import annotations

import contextlib
import logging
import random
import smtplib
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection

logger = logging.getLogger(__name__)

BATCH_SIZE = 200  # messages per connection, then a fresh one


class StopSending(Exception):
    """The mail server cannot be reached: everything not yet sent stays for the next run."""


@dataclass(frozen=True)
class Sent:
    ok: bool
    bounced: bool = False  # refused for good by the server (5xx)
    final: bool = False  # not worth another attempt: the message itself is invalid
    error: str = ""


class BulkMessage(EmailMultiAlternatives):
    """EmailMultiAlternatives with its MIME boundary chosen up front: otherwise the email package searches the whole
    text for a string that does not occur in it, a quarter of the cost of building a 25 KB digest. 96 random bits
    after "=_" do not occur in a message by chance."""

    def message(self, *args: Any, **kwargs: Any) -> Any:
        mime = super().message(*args, **kwargs)
        if mime.is_multipart():
            mime.set_boundary(f"=_{random.getrandbits(96):024x}")
        return mime


def refusal(error: smtplib.SMTPException) -> Sent:
    """What an exception of Django's SMTP backend (fail_silently=False) means for the message."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
        return Sent(ok=False, bounced=bool(codes) and all(code >= 500 for code in codes),
                    error=f"refused: {error.recipients}")
    if isinstance(error, smtplib.SMTPResponseException):
        # A refused sender is our configuration, not the recipient: retried like a transient failure.
        permanent = error.smtp_code >= 500 and not isinstance(error, smtplib.SMTPSenderRefused)
        return Sent(ok=False, bounced=permanent, error=f"{error.smtp_code} {error.smtp_error!r}")
    return Sent(ok=False, error=repr(error))


class Mailer:
    """One connection of the configured backend, reused for `batch_size` messages."""

    def __init__(self, batch_size: int = BATCH_SIZE):
        self.batch_size = max(batch_size, 1)
        self.backend: Any = get_connection(fail_silently=False)
        self.is_open = False
        self.in_connection = 0

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def send(self, message: EmailMessage) -> Sent:
        self._open()
        self.in_connection += 1
        try:
            accepted = self.backend.send_messages([message])
        except ValueError as error:  # BadHeaderError and addresses the classes cannot encode
            return Sent(ok=False, final=True, error=f"invalid message: {error}")
        except smtplib.SMTPException as error:
            sent = refusal(error)
            if not sent.bounced:
                self.close()  # a 4xx may come with the server closing the connection: start a fresh one
            return sent
        except OSError as error:
            self.close()
            return Sent(ok=False, error=repr(error))
        return Sent(ok=True) if accepted else Sent(ok=False, error="the backend did not accept the message")

    def _open(self) -> None:
        if self.is_open and self.in_connection >= self.batch_size:
            self.close()
        if not self.is_open:
            try:
                self.backend.open()
            except (smtplib.SMTPException, OSError) as error:
                self.close()
                raise StopSending(f"cannot connect to the mail server: {error!r}") from error
            self.is_open, self.in_connection = True, 0

    def close(self) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self.backend.close()
        self.is_open = False


def send_one(message: EmailMessage, what: str = "a message") -> bool:
    """Send a single message (a confirmation, a relayed contact message, a notice); False when it did not go.
    Never raises for a mail problem: the caller tells the visitor and the log keeps the reason."""
    try:
        with Mailer() as mailer:
            sent = mailer.send(message)
    except StopSending as error:
        sent = Sent(ok=False, error=str(error))
    if not sent.ok:
        logger.error("Could not send %s: %s", what, sent.error)
    return sent.ok

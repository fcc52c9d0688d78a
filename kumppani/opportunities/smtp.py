"""Handing messages to the SMTP server: connections opened by Django's SMTP backend (its settings, TLS, sign-in),
a batch of messages per connection, several connections at once, and each outcome told apart:
accepted, a transient failure (retry later) or a permanent refusal (a bounce).
"""

from __future__ import annotations

import binascii
import contextlib
import random
import smtplib
import threading
import types
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from email.header import Header
from email.utils import formatdate, make_msgid
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.message import sanitize_address

BATCH_SIZE = 200  # messages per SMTP connection
MAX_LINE = 990  # bytes: SMTP allows 998 and a CRLF
CONNECTIONS = 4  # SMTP connections at once


class StopSending(Exception):
    """The SMTP server cannot be reached: everything not yet sent stays for the next run."""


@dataclass
class Alternative:
    """Plain text and HTML, encoded when the connection tells whether the server takes 8-bit data."""

    head: bytes
    boundary: str
    text: str
    html: str

    def encode(self, eight_bit: bool) -> bytes:
        parts = [self.head]
        for kind, body in (("text/plain", self.text), ("text/html", self.html)):
            data = (body.replace("\r\n", "\n").replace("\r", "\n") if "\r" in body else body).encode()
            if eight_bit and max(map(len, data.split(b"\n"))) <= MAX_LINE:
                encoding, data = "8bit", data.replace(b"\n", b"\r\n") + b"\r\n"
            else:
                encoding, data = "base64", base64_lines(body)
            parts.append(f'--{self.boundary}\r\nContent-Type: {kind}; charset="utf-8"\r\n'
                         f"Content-Transfer-Encoding: {encoding}\r\n\r\n".encode())
            parts.append(data)
        parts.append(f"--{self.boundary}--\r\n".encode())
        return b"".join(parts)


@dataclass
class Outgoing:
    """A message for the wire: its bytes, or its parts still to encode."""

    sender: str
    recipient: str
    message_id: str
    data: bytes = b""
    alternative: Alternative | None = None

    def encode(self, eight_bit: bool) -> bytes:
        return self.alternative.encode(eight_bit) if self.alternative else self.data


@dataclass
class Sent:
    ok: bool
    bounced: bool = False
    error: str = ""


def from_django(message: EmailMessage) -> Outgoing:
    encoding = message.encoding or settings.DEFAULT_CHARSET
    mime = message.message()
    data = mime.as_bytes(linesep="\r\n")  # type: ignore[call-arg]
    return Outgoing(sanitize_address(message.from_email, encoding), sanitize_address(message.to[0], encoding),
                    str(mime["Message-ID"]), data=data)


def base64_lines(text: str) -> bytes:
    """Base64 in lines of 76: seven-bit safe for any server, and done in C (quoted-printable costs 20 times more)."""
    encoded = binascii.b2a_base64(text.encode(), newline=False)
    return b"".join([encoded[start:start + 76] + b"\r\n" for start in range(0, len(encoded), 76)])


def encoded_header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def alternative(sender: str, recipient: str, subject: str, text: str, html: str, headers: Iterable[tuple[str, str]],
                message_id: str) -> Outgoing:
    """A multipart/alternative message of plain text and HTML, assembled directly: the email package's generator
    costs ten times more, and a digest run builds tens of thousands of these. Headers must be ASCII or encoded.
    The parts go as 8-bit text to a server that accepts it (RFC 6152; smaller, and cheaper for both sides),
    else in base64."""
    boundary = f"=_{random.getrandbits(96):024x}"  # unique enough for a boundary; os.urandom is slower
    lines = [f"From: {sender}", f"To: {recipient}", f"Subject: {subject}", f"Date: {formatdate(usegmt=True)}",
             f"Message-ID: {message_id}", "MIME-Version: 1.0",
             f'Content-Type: multipart/alternative; boundary="{boundary}"',
             *(f"{name}: {value}" for name, value in headers)]
    head = "\r\n".join(lines).encode() + b"\r\n\r\n"
    return Outgoing(sender, recipient, message_id, alternative=Alternative(head, boundary, text, html))


def recipient_address(email: str) -> str:
    """An address for the To header and the envelope; the parser is only needed for non-ASCII ones."""
    return email if email.isascii() and "<" not in email and "," not in email else sanitize_address(email, "utf-8")


def new_message_id(domain: str) -> str:
    return make_msgid(domain=domain)


def data_quoting_if_needed(connection: smtplib.SMTP, msg: bytes | str) -> tuple[int, bytes]:
    """smtplib's SMTP.data() for a message already in bytes with CRLF line ends, which runs the dot-stuffing regex
    only when a line starts with a dot: on a 25 KB digest the regex alone costs about 0.3 ms."""
    if isinstance(msg, str) or msg.startswith(b".") or b"\n." in msg:
        return smtplib.SMTP.data(connection, msg)
    code, reply = connection.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    connection.send(msg + (b"." if msg.endswith(b"\r\n") else b"\r\n.") + b"\r\n")
    return connection.getreply()


class Sender:
    """One SMTP connection, renewed after each batch of messages."""

    def __init__(self, batch_size: int = BATCH_SIZE):
        self.batch_size = batch_size
        self.backend: Any = get_connection(fail_silently=False)
        self.in_connection = 0

    def send(self, message: Outgoing) -> Sent:
        try:
            self._open()
        except (smtplib.SMTPException, OSError) as error:
            self.close()
            raise StopSending(f"cannot connect to the SMTP server: {error!r}") from error
        self.in_connection += 1
        try:
            connection = self.backend.connection
            eight_bit = message.alternative is not None and connection.has_extn("8bitmime")
            connection.sendmail(message.sender, [message.recipient], message.encode(eight_bit),
                                mail_options=["BODY=8BITMIME"] if eight_bit else [])
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _text in error.recipients.values()]
            return Sent(ok=False, bounced=all(code >= 500 for code in codes), error=f"refused: {error.recipients}")
        except smtplib.SMTPResponseException as error:
            permanent = error.smtp_code >= 500 and not isinstance(error, smtplib.SMTPSenderRefused)
            if not permanent:
                self.close()  # a 4xx may come with the server closing the connection: start a fresh one
            return Sent(ok=False, bounced=permanent, error=f"{error.smtp_code} {error.smtp_error!r}")
        except (smtplib.SMTPException, OSError) as error:
            self.close()
            return Sent(ok=False, error=repr(error))
        return Sent(ok=True)

    def _open(self) -> None:
        if self.backend.connection is not None and self.in_connection >= self.batch_size:
            self.close()
        if self.backend.connection is None:
            self.backend.open()
            self.in_connection = 0
            if isinstance(self.backend.connection, smtplib.SMTP):
                self.backend.connection.data = types.MethodType(data_quoting_if_needed, self.backend.connection)

    def close(self) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self.backend.close()
        self.backend.connection = None


class SenderPool:
    """Several connections at once, each in a thread of its own; the database stays with the caller's thread."""

    def __init__(self, connections: int = CONNECTIONS, batch_size: int = BATCH_SIZE):
        self.executor = ThreadPoolExecutor(max_workers=connections, thread_name_prefix="smtp")
        self.local = threading.local()
        self.senders: list[Sender] = []
        self.lock = threading.Lock()
        self.batch_size = batch_size

    def submit(self, message: Outgoing) -> Future[Sent]:
        return self.executor.submit(self._send, message)

    def _send(self, message: Outgoing) -> Sent:
        sender = getattr(self.local, "sender", None)
        if sender is None:
            sender = self.local.sender = Sender(self.batch_size)
            with self.lock:
                self.senders.append(sender)
        return sender.send(message)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        for sender in self.senders:
            sender.close()

"""The mailer sends through whatever backend the settings name and tells each outcome apart, as Django's SMTP
backend reports it (fail_silently=False): accepted, transient (retry), permanent (bounce), invalid (never retried)."""

import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMessage

from kumppani.core.mail import Mailer, StopSending, refusal, send_one


def message(to="maris@example.ee", subject="Tere"):
    return EmailMessage(subject, "Body", "noreply@kumppani.example", [to])


@pytest.mark.parametrize(("error", "bounced"), [
    (smtplib.SMTPRecipientsRefused({"a@example.ee": (550, b"No such user")}), True),
    (smtplib.SMTPRecipientsRefused({"a@example.ee": (450, b"Mailbox busy")}), False),
    (smtplib.SMTPDataError(554, b"Rejected"), True),
    (smtplib.SMTPDataError(451, b"Try again later"), False),
    (smtplib.SMTPSenderRefused(553, b"Sender refused", "noreply@kumppani.example"), False),
    (smtplib.SMTPServerDisconnected("gone"), False),
])
def test_smtp_errors_map_to_a_bounce_only_when_permanent(error, bounced):
    sent = refusal(error)
    assert not sent.ok and sent.bounced is bounced and sent.error


def test_the_locmem_backend_receives_the_messages_over_one_connection(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with Mailer(batch_size=2) as mailer:
        assert all(mailer.send(message(f"reader{index}@example.fi")).ok for index in range(3))
    assert [item.to for item in mail.outbox] == [[f"reader{index}@example.fi"] for index in range(3)]


def test_a_header_with_a_line_break_is_an_invalid_message_not_an_error(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with Mailer() as mailer:
        sent = mailer.send(message(subject="Sepra\r\nBcc: victim@example.com"))
    assert (sent.ok, sent.final) == (False, True)
    assert mail.outbox == []


def test_a_server_that_cannot_be_reached_stops_the_sending(smtp_down_settings):
    with Mailer() as mailer, pytest.raises(StopSending):
        mailer.send(message())
    assert send_one(message()) is False


def test_a_real_smtp_server_accepts_through_the_mailer(smtp_server):
    with Mailer() as mailer:
        assert mailer.send(message()).ok
    assert len(smtp_server.messages) == 1


@pytest.fixture
def smtp_down_settings(settings):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_TIMEOUT = 2

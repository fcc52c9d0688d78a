"""Subscribers and SMTP servers that misbehave on purpose; the opportunities' fixtures are the catalogue's."""

import datetime
import socket
import time

import pytest

from kumppani.funding.models import Call
from kumppani.opportunities.tests.conftest import NOW, erasmus, make_opportunity, now, youth  # noqa: F401 (fixtures)
from kumppani.public.forms import issue_started_token
from kumppani.subscriptions.models import Subscriber, SubscriberStatus


@pytest.fixture
def make_subscriber(sepra):
    def make(email="maris@example.ee", language="en", rhythm="weekly", themes=(), countries=(), programmes=(),
             status=SubscriberStatus.ACTIVE, **fields):
        fields.setdefault("confirmed_at", NOW - datetime.timedelta(days=30))
        subscriber = Subscriber.objects.create(
            workspace=fields.pop("workspace", sepra), email=email, language=language, rhythm=rhythm,
            countries=list(countries), status=status, consent_text="I agree.",
            consent_given_at=NOW - datetime.timedelta(days=30), **fields)
        subscriber.themes.set(themes)
        subscriber.programmes.set(programmes)
        return subscriber
    return make


@pytest.fixture
def call_closing(erasmus):  # noqa: F811 (the catalogue's fixture, imported above)
    def make(days: int) -> Call:
        return Call.objects.create(programme=erasmus, title={"en": "KA2 cooperation partnerships"},
                                   closes_on=(NOW + datetime.timedelta(days=days)).date())
    return make


def subscribe_data(**changes):
    return {"email": "maris@example.ee", "language": "en", "rhythm": "weekly", "consent": "on", "website": "",
            "page_language": "en", "started": issue_started_token(time.time() - 60), **changes}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ScriptedInbox:
    """An SMTP handler that accepts `accept` messages, then answers `then` (e.g. a 4xx) to every other one,
    and refuses the recipients in `refuse` with a permanent 550."""

    def __init__(self, accept: int | None = None, then: str = "451 4.3.0 Try again later", refuse=()):
        from email import message_from_bytes, policy

        self._parse = lambda content: message_from_bytes(content, policy=policy.default)
        self.accept, self.then, self.refuse = accept, then, set(refuse)
        self.messages: list = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.accept is not None and len(self.messages) >= self.accept:
            return self.then
        self.messages.append(self._parse(envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def scripted_smtp(settings):
    """Start a scripted SMTP server: scripted_smtp(ScriptedInbox(...)) → the inbox."""
    from aiosmtpd.controller import Controller

    controllers = []

    def start(inbox: ScriptedInbox) -> ScriptedInbox:
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
        return inbox

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_down(settings):
    """Nobody listens on the configured SMTP port."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", free_port(), False
    settings.EMAIL_TIMEOUT = 2

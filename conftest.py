"""The same few people in every test.

alice is the administrator of Sepra; bob is Sepra's staff; vera views Sepra; eero is one of Sepra's elected
officials; charlie is staff of the Regional Council of Central Finland and an outsider to Sepra.
"""

import pytest
from django.contrib.auth import get_user_model

from kumppani.directory.models import Organisation, Theme
from kumppani.workspaces.models import Role, Workspace, WorkspaceMember

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Background jobs run inside the request in tests (django-tasks' immediate backend); the tests of the worker
    itself switch back to the database backend (the `queue` fixture of kumppani/jobs/tests)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _no_dense_profiles_unless_asked(settings):
    """Writes do not start embedding the texts with the real model (seconds of CPU per test, and every profile a
    near neighbour in a tiny database); the tests of the dense search compute their profiles themselves."""
    settings.PARTNER_DENSE_PROFILES = False


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    """Tests run with DEBUG off but without `collectstatic`: the manifest storage would find no manifest."""
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


@pytest.fixture(autouse=True)
def _empty_page_caches():
    """A test's database rolls back, and SQLite hands out its ids again: no page kept from an earlier test."""
    from django.core.cache import caches

    from kumppani.partners import reasons

    for cache in caches.all():
        cache.clear()
    reasons.kept_recent_projects.clear()


def _user(username: str, first_name: str):
    return get_user_model().objects.create_user(username, f"{username}@example.test", PASSWORD,
                                                first_name=first_name)


@pytest.fixture
def sepra(db):
    return Workspace.objects.create(slug="sepra", name="Sepra", intro={"fi": "Kansainvälinen toiminta",
                                                                       "en": "International work"})


@pytest.fixture
def ksl(db):
    return Workspace.objects.create(slug="keski-suomi", name="Keski-Suomen liitto")


@pytest.fixture
def alice(sepra):
    user = _user("alice", "Alice")
    WorkspaceMember.objects.create(workspace=sepra, user=user, role=Role.ADMIN)
    return user


@pytest.fixture
def bob(sepra):
    user = _user("bob", "Bob")
    WorkspaceMember.objects.create(workspace=sepra, user=user, role=Role.STAFF)
    return user


@pytest.fixture
def vera(sepra):
    user = _user("vera", "Vera")
    WorkspaceMember.objects.create(workspace=sepra, user=user, role=Role.VIEWER)
    return user


@pytest.fixture
def eero(sepra):
    user = _user("eero", "Eero")
    WorkspaceMember.objects.create(workspace=sepra, user=user, role=Role.ELECTED)
    return user


@pytest.fixture
def charlie(ksl):
    user = _user("charlie", "Charlie")
    WorkspaceMember.objects.create(workspace=ksl, user=user, role=Role.STAFF)
    return user


@pytest.fixture
def tourism(sepra):
    """A theme Sepra looks after."""
    return Theme.objects.create(slug="tourism", name={"fi": "Matkailu", "en": "Tourism"}, steward=sepra)


@pytest.fixture
def kodukant(sepra):
    """An organisation Sepra looks after."""
    return Organisation.objects.create(name="Kodukant", type="association", country="EE",
                                       ee_registry_code="80042937", steward=sepra)


class _Inbox:
    """Messages a real local SMTP server (aiosmtpd) received."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on the loopback; Django sends to it through its SMTP backend."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    yield inbox
    controller.stop()

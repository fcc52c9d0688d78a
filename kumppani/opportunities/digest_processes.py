"""The side of a digest run that happens in the processes send_digests starts (see delivery.send_in_processes).

Kept apart from delivery.py, which imports models: a spawned process loads this module before Django is set up.
"""

from __future__ import annotations

import datetime
from typing import Any

# What a process needs as the parent has it: a test or the bench points e-mail at its own server and the database
# at its own, at run time, and a fresh process would otherwise read only the settings module.
INHERITED_SETTINGS = (
    "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS",
    "EMAIL_USE_SSL", "EMAIL_TIMEOUT", "EMAIL_SSL_CERTFILE", "EMAIL_SSL_KEYFILE", "DEFAULT_FROM_EMAIL", "SITE_URL",
    "UNSUBSCRIBE_MAILTO", "SECRET_KEY", "SECRET_KEY_FALLBACKS", "LANGUAGE_CODE", "TIME_ZONE",
)


def settings_for_children() -> dict[str, Any]:
    from django.conf import settings

    return {name: getattr(settings, name) for name in INHERITED_SETTINGS if hasattr(settings, name)}


def set_up(child_settings: dict[str, Any]) -> None:
    import django
    from django.conf import settings

    for name, value in child_settings.items():  # before setup, so that the database connections see them
        setattr(settings, name, value)
    django.setup()


def send_share(rhythms: list[str], workspace_id: int | None, now: datetime.datetime, batch_size: int,
               connections: int, share: tuple[int, int]) -> Any:
    from django.db import connections as databases

    from kumppani.opportunities.delivery import send_digests
    from kumppani.workspaces.models import Workspace

    try:
        workspace = Workspace.objects.get(pk=workspace_id) if workspace_id else None
        return send_digests(set(rhythms), workspace, now, batch_size, connections, share=share)
    finally:
        databases.close_all()

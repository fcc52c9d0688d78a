"""Files kept on the server between the check and the import (which a background job may run later)."""

import os
import re
import secrets
import time
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings

LIFETIME_SECONDS = 24 * 3600
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32}")


def upload_dir() -> Path:
    directory = Path(settings.VAR_DIR) / "imports"
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("public-*.data"):
        try:
            if time.time() - stale.stat().st_mtime > LIFETIME_SECONDS:
                stale.unlink()
        except OSError:
            continue
    return directory


def keep(chunks: Iterable[bytes]) -> str:
    """Store the file's bytes under a new token (readable by this user only)."""
    token = secrets.token_urlsafe(24)
    descriptor = os.open(upload_dir() / f"public-{token}.data", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as kept:
        for chunk in chunks:
            kept.write(chunk)
    return token


def path_of(token: str) -> Path | None:
    if not _TOKEN.fullmatch(token):
        return None
    path = upload_dir() / f"public-{token}.data"
    return path if path.exists() else None

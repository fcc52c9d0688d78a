"""The secret key of an instance that sets none: generated once into a file only its owner can read."""

import os
import secrets
from pathlib import Path


def read_or_create_secret_key(path: Path) -> str:
    """The key in `path`; when there is none, a new random key written there with mode 0600.

    Several processes may start at once (gunicorn's workers, the worker, a command): the key is written to a
    private temporary file and linked into place, so exactly one key wins and nobody reads a half-written file.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(50) + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process was first: use its key
        finally:
            temporary.unlink()
    key = path.read_text().strip()
    if not key:
        raise RuntimeError(f"{path} is empty: delete it to have a new secret key generated.")
    return key

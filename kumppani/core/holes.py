"""Pages kept rendered with holes: what differs per response (the CSRF token, a form's signed start time) is
rendered as a placeholder, the kept copy is cut at the placeholders once, and each response fills them anew.

The placeholders hold a secret of this process (as the caches that keep the copies are per process), so no text
a page shows can name one.
"""

import re
import secrets
from collections.abc import Callable, Iterable

from django.http import HttpRequest
from django.middleware.csrf import get_token

_SECRET = secrets.token_hex(12)
CSRF_HOLE = f"kumppani-csrf-{_SECRET}"


def hole(name: str) -> str:
    return f"kumppani-{name}-{_SECRET}"


def cut(html: str, holes: Iterable[str]) -> list[str]:
    """The page's pieces; those at odd indexes are the placeholders. Cut once when kept: replacing each placeholder
    in the whole page, for every response, cost a tenth of it."""
    return re.split("(" + "|".join(re.escape(placeholder) for placeholder in holes) + ")", html)


def filled(pieces: list[str], value: Callable[[str], str]) -> str:
    """The page with each placeholder replaced by value(placeholder), asked once per placeholder."""
    page = list(pieces)
    values: dict[str, str] = {}
    for index in range(1, len(page), 2):
        placeholder = page[index]
        if placeholder not in values:
            values[placeholder] = value(placeholder)
        page[index] = values[placeholder]
    return "".join(page)


def csrf_token(request: HttpRequest) -> Callable[[str], str]:
    """value() for a page whose only holes are the CSRF token's (its cookie is set as on any page)."""
    return lambda placeholder: get_token(request)

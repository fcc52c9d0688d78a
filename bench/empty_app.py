"""An application that does no work: every request gets the same 8 kB of JSON, about the size of the API's
organisation list. `bench/serve.py --pages empty` serves it with both servers, so that their ratio shows what the
servers themselves allow: the ceiling a page's ratio approaches as the app's work for it shrinks."""

from collections.abc import Callable, Iterable
from typing import Any

BODY = b'{"items": "' + b"x" * 7987 + b'"}'
HEADERS = [("Content-Type", "application/json"), ("Content-Length", str(len(BODY)))]


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    start_response("200 OK", HEADERS)
    return [BODY]

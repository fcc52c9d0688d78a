"""What a workspace's lists show, kept rendered: a list page (the page, and its rows and filters on their own for
HTMX), and a list's JSON answer in the API. Rendering them costs most of a request's CPU (tens of template nodes per
row, a country list of 250 choices, a schema check per record), and they change only when a record does.

A kept copy's key holds the workspace, the member's role, the language, the request's path and query string, the day
(a list may go by date: the open calls) and the change marker of kumppani/audit/changes.py, which moves with every
committed change (whichever process makes it): a change shows on the next request. A JSON answer is kept with its
marker beside it rather than in its key, so that a request the API keeps nothing for need not read the marker. A
kept page's key also holds the signed-in user's row, and the page's CSRF tokens are holes filled anew in each
response (kumppani/core/holes.py); a request with messages to show gets its page rendered anew. Each server process
keeps its own copies, for at most LIST_CACHE_SECONDS (0 renders them anew for every request). Who may read the list
is decided before, for every request: a kept copy is only ever found by a request already let in.
"""

import functools
import hashlib
import pickle
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation

from kumppani.audit import changes
from kumppani.core import holes

CACHE = "pages"


def _keeping(request: HttpRequest) -> bool:
    return settings.LIST_CACHE_SECONDS > 0 and request.method in ("GET", "HEAD")


def _marker(request: HttpRequest) -> tuple[int, int, int]:
    """The change marker, read once per request, before anything it keys."""
    marker: tuple[int, int, int] | None = getattr(request, "_kept_marker", None)
    if marker is None:
        marker = changes.marker()
        request._kept_marker = marker  # type: ignore[attr-defined]
    return marker


def row_digest(record: Model) -> str:
    """A digest of the record's row, for a key that must change with any of its values. Pickled, which keeps every
    value apart as repr does, in a quarter of its time for a workspace's introduction in four languages (10 against
    37 µs: repr looks at each letter of a text that is not ASCII)."""
    values = [getattr(record, field.attname) for field in record._meta.concrete_fields]
    return hashlib.sha256(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()[:32]


def _key(request: HttpRequest, name: str, *varies: Any, marked: bool = True) -> str:
    """Where a copy is kept; with `marked`, the change marker is in the key (else the copy carries it)."""
    parts = (name, request.workspace.pk, translation.get_language(),  # type: ignore[attr-defined]
             request.get_full_path(), timezone.localdate().isoformat(), *varies,
             *(_marker(request) if marked else ()))
    return "kept:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def kept_html(request: HttpRequest, name: str, render: Callable[[], str]) -> str:
    """The part as `render` (render_to_string) makes it, from this process's cache when nothing it may show has
    changed since; the cache keeps it a SafeString. Only parts that are the same for every member of the workspace
    are kept this way (no forms with a CSRF token, nothing that depends on the member's role)."""
    if not _keeping(request):
        return render()
    key, cache = _key(request, f"part:{name}"), caches[CACHE]
    html: str | None = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, settings.LIST_CACHE_SECONDS)
    return html


def kept_page(request: HttpRequest, template: str, context: Callable[[], dict[str, Any]]) -> HttpResponse:
    """render(request, template, context()), from this process's cache when nothing the page shows has changed."""
    if not _keeping(request) or len(get_messages(request)):  # counting them leaves them to show
        return HttpResponse(render_to_string(template, context(), request))
    member = request.member  # type: ignore[attr-defined]
    key = _key(request, f"page:{template}", member.role, row_digest(request.user),  # type: ignore[arg-type]
               row_digest(request.workspace))  # type: ignore[attr-defined]
    cache = caches[CACHE]
    pieces: list[bytes | str] | None = cache.get(key)
    if pieces is None:
        pieces = holes.cut(render_to_string(template, {**context(), "csrf_token": holes.CSRF_HOLE}, request),
                           [holes.CSRF_HOLE])
        cache.set(key, pieces, settings.LIST_CACHE_SECONDS)
    return HttpResponse(holes.filled(pieces, holes.csrf_token(request)))


View = Callable[..., Any]


def _answer_key(request: HttpRequest) -> str:
    """Where a list's JSON answer to this request is kept, with the change marker it was rendered at."""
    return _key(request, "json", request.member.role, marked=False)  # type: ignore[attr-defined]


def kept_json_answer(request: HttpRequest) -> HttpResponse | None:
    """The kept answer to an API request whose token has let it in (request.member), if it is a list's and nothing
    it shows has changed since. The role is in the key: an answer may show more to some roles (an internship
    applicant's contact details). A request the API keeps no answer for costs a lookup, not the marker's query."""
    if not _keeping(request):
        return None
    found: tuple[tuple[int, int, int], str, bytes] | None = caches[CACHE].get(_answer_key(request))
    if found is None:
        return None
    marker, content_type, body = found
    if marker != _marker(request):
        return None
    return HttpResponse(body, content_type=content_type)


def kept_json(view: View) -> View:
    """Marks a list operation whose JSON answer the API keeps (keep_json_answer), to be found before the operation
    runs (kept_json_answer). Wraps the ninja view outside its pagination."""

    @functools.wraps(view)
    def kept(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if _keeping(request):  # the key and the marker before the answer they keep (a change, midnight)
            request._kept_json = (_answer_key(request), _marker(request))  # type: ignore[attr-defined]
        return view(request, *args, **kwargs)

    return kept


def keep_json_answer(request: HttpRequest, response: HttpResponse) -> None:
    """Called with every JSON answer the API renders: keeps a kept_json operation's successful one."""
    kept: tuple[str, tuple[int, int, int]] | None = getattr(request, "_kept_json", None)
    if kept is not None and response.status_code == 200:
        key, marker = kept
        caches[CACHE].set(key, (marker, response["Content-Type"], response.content), settings.LIST_CACHE_SECONDS)

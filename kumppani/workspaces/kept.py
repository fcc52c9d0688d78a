"""Parts of a workspace's pages kept rendered: a list's rows and filters, which cost most of its CPU (tens of
template nodes per row, a country list of 250 choices) and change only when a record does.

A kept part's key holds its name, the workspace, the language, the request's query string and the change marker
of kumppani/audit/changes.py, which moves with every committed change (whichever process makes it): a change shows
on the next request. Only parts that are the same for every member of the workspace are kept (no forms with a CSRF
token, nothing that depends on the member's role); each server process keeps its own, for at most
LIST_CACHE_SECONDS (0 renders them anew for every request).
"""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from django.utils import translation

from kumppani.audit import changes

CACHE = "pages"


def kept_html(request: HttpRequest, name: str, render: Callable[[], str]) -> str:
    """The part as `render` (render_to_string) makes it, from this process's cache when nothing it may show has
    changed since; the cache keeps it a SafeString."""
    seconds = settings.LIST_CACHE_SECONDS
    if seconds <= 0 or request.method not in ("GET", "HEAD"):
        return render()
    parts = (name, request.workspace.pk, translation.get_language(),  # type: ignore[attr-defined]
             request.GET.urlencode(), *changes.marker())
    key = "kept-part:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    cache = caches[CACHE]
    html: str | None = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, seconds)
    return html

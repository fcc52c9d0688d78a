"""The public page kept rendered, per language, for readers who are not signed in.

Rendering the page takes tens of milliseconds of CPU (the partners, the forms' long choice lists), while what it
shows changes only when someone changes a record, and every change goes through the audited write path. So each
server process keeps the rendered page (Django's cache framework, the `pages` cache) under a key that changes
with anything the page shows:

- the workspace's own row (name, introduction, published or not);
- the marker of kumppani/audit/changes.py, which moves with every committed change (the audit log's newest
  entries, and this process's saves outside the audited path);
- the language, and the request's scheme and host (the page's language links are absolute).

A kept page also lapses when the page would change by time alone: a shown deadline passes, an opportunity is
published or expires, midnight comes (the current strategy and contact persons go by date), and in any case after
PUBLIC_PAGE_CACHE_SECONDS (0 turns the keeping off). What differs per visitor is left as holes in the kept copy and
filled anew in every response: the CSRF token (its cookie set as on any page) and the forms' signed start times.

Only GET and HEAD requests without a session cookie use it; signed-in readers get the page rendered anew. Only a
rendered page is kept: the 404 of an unknown or unpublished workspace is raised before.
"""

import datetime
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db.models import Min, Q
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone, translation

from kumppani.audit import changes
from kumppani.core import holes
from kumppani.core.antibot import BotTraps, issue_started_token
from kumppani.opportunities.models import Opportunity
from kumppani.workspaces.kept import row_digest
from kumppani.workspaces.models import Workspace

CACHE = "pages"


def may_keep(request: HttpRequest) -> bool:
    return (settings.PUBLIC_PAGE_CACHE_SECONDS > 0 and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES)


def page_key(request: HttpRequest, workspace: Workspace, language: str) -> str:
    """Read before the page's content: a change committed meanwhile changes the next request's key."""
    parts = (workspace.pk, row_digest(workspace), language, request.scheme, request.get_host(),
             *changes.marker())
    return "public-page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def next_change_by_time(workspace: Workspace, now: datetime.datetime) -> datetime.datetime:
    """When the page would change with no record changed: the next deadline, publication or expiry, midnight."""
    times = Opportunity.objects.filter(workspace=workspace).aggregate(
        deadline=Min("deadline", filter=Q(deadline__gte=now)), publish=Min("publish_on", filter=Q(publish_on__gt=now)),
        expiry=Min("expires_on", filter=Q(expires_on__gt=now)))
    tomorrow = timezone.localtime(now).date() + datetime.timedelta(days=1)
    midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    # A deadline shows until it has passed: the page changes just after it.
    deadline = times["deadline"] + datetime.timedelta(microseconds=1) if times["deadline"] else None
    return min(moment for moment in (deadline, times["publish"], times["expiry"], midnight) if moment is not None)


def render_with_holes(request: HttpRequest, template: str, context: dict[str, Any], language: str
                      ) -> tuple[list[bytes | str], dict[str, str]]:
    """The page cut at the placeholders for the CSRF token and each form's start token (kumppani/core/holes.py),
    and {placeholder: form name}."""
    forms = {}
    for name, value in context.items():
        if isinstance(value, BotTraps):
            value.new_started_token = holes.hole(f"started-{name}")
            forms[value.new_started_token] = name
    with translation.override(language):
        html = render_to_string(template, {**context, "csrf_token": holes.CSRF_HOLE}, request)
    return holes.cut(html, [holes.CSRF_HOLE, *forms]), forms


def fill_holes(pieces: list[bytes | str], forms: dict[str, str], request: HttpRequest) -> bytes:
    """The page with every placeholder filled: the CSRF token, and a new start token for each form."""
    return holes.filled(pieces, lambda hole: get_token(request) if hole == holes.CSRF_HOLE else issue_started_token())


def kept_page(request: HttpRequest, workspace: Workspace, language: str, template: str,
              context_for: Callable[[], dict[str, Any]]) -> HttpResponse:
    """The page from this process's cache, rendered and kept first when the cache holds no current copy."""
    cache = caches[CACHE]
    key = page_key(request, workspace, language)
    kept = cache.get(key)
    if kept is None:
        now = timezone.now()
        kept = render_with_holes(request, template, context_for(), language)
        lasts = min(float(settings.PUBLIC_PAGE_CACHE_SECONDS),
                    (next_change_by_time(workspace, now) - now).total_seconds())
        if lasts > 0:
            cache.set(key, kept, lasts)
    pieces, forms = kept
    response = HttpResponse(fill_holes(pieces, forms, request))
    response.headers["Content-Language"] = language
    return response

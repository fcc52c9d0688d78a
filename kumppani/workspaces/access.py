"""Every workspace page gets its workspace through here: 404 for outsiders, 403 for read-only roles on writes."""

import functools
from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse

from kumppani.core.rows import Columns, one_row
from kumppani.workspaces.models import Workspace, WorkspaceMember


@functools.cache
def _member_sql(vendor: str) -> tuple[str, Columns, Columns]:
    """The user's membership of the workspace with the slug, with its workspace: every workspace page asks it."""
    members, workspaces = Columns(WorkspaceMember, "m"), Columns(Workspace, "w")
    return (f"SELECT {members.select()}, {workspaces.select()} FROM {members.table()}"  # noqa: S608 -- the models' own names
            f" JOIN {workspaces.table()} ON w.id = m.workspace_id WHERE w.slug = %s AND m.user_id = %s",
            members, workspaces)


def member_or_404(user: Any, slug: str) -> WorkspaceMember:
    sql, members, workspaces = _member_sql(connection.vendor)
    found = one_row(sql, [slug, user.pk], members, workspaces)
    if found is None:
        raise Http404
    member, workspace = found
    member.workspace = workspace  # type: ignore[attr-defined]
    return member  # type: ignore[return-value]


View = Callable[..., HttpResponse]


def workspace_view(*, write: bool = False, personal: bool = False) -> Callable[[View], View]:
    """Decorate a view under /w/<workspace>/: sets request.workspace and request.member.

    With write=True, or on any POST, the member's role must allow changes; personal=True marks a view
    whose POSTs change only the user's own things (API tokens), which every role may do.
    """

    def decorator(view: View) -> View:
        @login_required
        @functools.wraps(view)
        def wrapper(request: HttpRequest, workspace: str, *args: Any, **kwargs: Any) -> HttpResponse:
            member = member_or_404(request.user, workspace)
            if (write or (request.method == "POST" and not personal)) and not member.can_write:
                raise PermissionDenied
            request.workspace = member.workspace  # type: ignore[attr-defined]
            request.member = member  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        return wrapper

    return decorator

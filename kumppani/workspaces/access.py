"""Every workspace page gets its workspace through here: 404 for outsiders, 403 for read-only roles on writes."""

import functools
from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from kumppani.workspaces.models import WorkspaceMember


def member_or_404(user: Any, slug: str) -> WorkspaceMember:
    try:
        return WorkspaceMember.objects.select_related("workspace").get(workspace__slug=slug, user=user)
    except WorkspaceMember.DoesNotExist:
        raise Http404 from None


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

"""Bearer authentication of the JSON API with personal tokens (`Authorization: Bearer kmp_…`).

A token acts for its user in its workspace, with the role the user has there now: a user who left the workspace
or was deactivated is refused, and read-only roles may not write.
"""

import functools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from kumppani.accounts.models import TOKEN_PREFIX, ApiToken, hash_token
from kumppani.core.rows import Columns, one_row
from kumppani.workspaces.models import Workspace, WorkspaceMember

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Recording every use would turn each read into a write; a minute is precise enough for "last used".
LAST_USED_PRECISION = timedelta(minutes=1)


@functools.cache
def _token_sql(vendor: str) -> tuple[str, tuple[Columns, ...]]:
    # Without what no API request reads: the token's own name and hash, the workspace's introduction in four
    # languages (a JSON text whose decoding cost a twentieth of a kept answer), the user's password hash and dates.
    tokens = Columns(ApiToken, "t", left_out=("name", "key_hash", "prefix", "created_at"))
    members = Columns(WorkspaceMember, "m")
    workspaces = Columns(Workspace, "w", left_out=("intro", "created_at"))
    users = Columns(get_user_model(), "u", left_out=("password", "last_login", "date_joined"))
    parts = (tokens, members, workspaces, users)
    return (f"SELECT {', '.join(part.select() for part in parts)} FROM {tokens.table()}"  # noqa: S608 -- the models' own names
            f" JOIN {members.table()} ON m.workspace_id = t.workspace_id AND m.user_id = t.user_id"
            f" JOIN {workspaces.table()} ON w.id = t.workspace_id JOIN {users.table()} ON u.id = t.user_id"
            " WHERE t.key_hash = %s AND u.is_active = %s", parts)


def member_for_token(raw: str) -> tuple[ApiToken, WorkspaceMember] | None:
    """The token and its user's current membership in the token's workspace, if both still hold.

    One query, the token joined to the membership, written as SQL (kumppani/core/rows.py): every API call asks
    this first."""
    if not raw.startswith(TOKEN_PREFIX):
        return None
    sql, parts = _token_sql(connection.vendor)
    found = one_row(sql, [hash_token(raw), True], *parts)
    if found is None:
        return None
    token, member, workspace, user = found
    member.workspace, member.user = workspace, user  # type: ignore[attr-defined]
    return token, member  # type: ignore[return-value]


def record_use(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)


def authenticated_member(request: HttpRequest, raw: str) -> WorkspaceMember | None:
    """The member the token `raw` acts as, with request.user, request.workspace and request.member set; looked up
    once per request, whichever asks first (the kept answers' middleware or the operation's authentication)."""
    memo: tuple[str, WorkspaceMember | None] | None = getattr(request, "_token_member", None)
    if memo is not None and memo[0] == raw:
        return memo[1]
    found = member_for_token(raw.strip())
    member = None
    if found is not None:
        api_token, member = found
        record_use(api_token)
        request.user = member.user  # type: ignore[attr-defined]
        request.workspace = member.workspace  # type: ignore[attr-defined]
        request.member = member  # type: ignore[attr-defined]
    request._token_member = (raw, member)  # type: ignore[attr-defined]
    return member


def bearer_token(request: HttpRequest) -> str | None:
    """The token of an `Authorization: Bearer …` header, read as ninja's HttpBearer reads it (from META: building
    request.headers, every header of the request, cost a kept answer more than reading the token)."""
    scheme, _, token = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    return token if scheme.lower() == "bearer" and token else None


class ApiTokenAuth(HttpBearer):
    """`read_only=True` marks an operation that changes nothing although it is a POST (a search with a JSON
    body): every member role may call it."""

    def __init__(self, *, read_only: bool = False) -> None:
        super().__init__()
        self.read_only = read_only

    def authenticate(self, request: HttpRequest, token: str) -> WorkspaceMember | None:
        member = authenticated_member(request, token)
        if member is None:
            return None
        if request.method not in SAFE_METHODS and not self.read_only and not member.can_write:
            raise PermissionDenied
        return member

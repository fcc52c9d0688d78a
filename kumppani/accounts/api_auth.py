"""Bearer authentication of the JSON API with personal tokens (`Authorization: Bearer kmp_…`).

A token acts for its user in its workspace, with the role the user has there now: a user who left the workspace
or was deactivated is refused, and read-only roles may not write.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from kumppani.accounts.models import TOKEN_PREFIX, ApiToken, hash_token
from kumppani.workspaces.models import WorkspaceMember

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Recording every use would turn each read into a write; a minute is precise enough for "last used".
LAST_USED_PRECISION = timedelta(minutes=1)


def member_for_token(raw: str) -> tuple[ApiToken, WorkspaceMember] | None:
    """The token and its user's current membership in the token's workspace, if both still hold.

    One query, the token joined to the membership: every API call asks this first."""
    if not raw.startswith(TOKEN_PREFIX):
        return None
    members = WorkspaceMember.objects.select_related("workspace", "user").filter(
        workspace__api_tokens__key_hash=hash_token(raw), workspace__api_tokens__user=F("user"),
        user__is_active=True).annotate(
        token_pk=F("workspace__api_tokens__pk"), token_last_used_at=F("workspace__api_tokens__last_used_at"),
    ).order_by()[:1]  # the token's hash is unique: no ordering to compute
    member = next(iter(members), None)
    if member is None:
        return None
    token = ApiToken(pk=member.token_pk, user_id=member.user_id, workspace_id=member.workspace_id,  # type: ignore[attr-defined]
                     last_used_at=member.token_last_used_at)  # type: ignore[attr-defined]
    return token, member


def record_use(token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)


class ApiTokenAuth(HttpBearer):
    """`read_only=True` marks an operation that changes nothing although it is a POST (a search with a JSON
    body): every member role may call it."""

    def __init__(self, *, read_only: bool = False) -> None:
        super().__init__()
        self.read_only = read_only

    def authenticate(self, request: HttpRequest, token: str) -> WorkspaceMember | None:
        found = member_for_token(token.strip())
        if found is None:
            return None
        api_token, member = found
        if request.method not in SAFE_METHODS and not self.read_only and not member.can_write:
            raise PermissionDenied
        record_use(api_token)
        request.user = member.user
        request.workspace = member.workspace  # type: ignore[attr-defined]
        request.member = member  # type: ignore[attr-defined]
        return member

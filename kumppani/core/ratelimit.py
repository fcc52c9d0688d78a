"""Rate limits of what a visitor can make the site send (confirmations, relayed messages, password resets, partner
requests), counted per target address and per client address in the database, so that every server process sees the
same counts. Addresses are stored only as keyed hashes.

    if not ratelimit.allow("subscribe", target=email, client=client_address(request)):
        ... answer 429, send nothing

allow() counts the request when it lets it through; a refused one is not counted (a flood does not extend itself).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from kumppani.core.models import RateLimitHit


@dataclass(frozen=True)
class Limit:
    count: int
    window: datetime.timedelta


MINUTES, HOUR = datetime.timedelta(minutes=1), datetime.timedelta(hours=1)
# (per target address, per client address). A person rarely needs more than a few of each; a flood needs many.
# The target: the address subscribed, the published person written to, the account's address, the requester.
LIMITS: dict[str, tuple[Limit, Limit]] = {
    "subscribe": (Limit(3, 10 * MINUTES), Limit(20, HOUR)),
    "contact": (Limit(5, 10 * MINUTES), Limit(20, HOUR)),
    "password-reset": (Limit(3, 10 * MINUTES), Limit(20, HOUR)),
    "partner-request": (Limit(3, HOUR), Limit(3, HOUR)),
}


def client_address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "")


def refused_message() -> str:
    return _("Too many requests from here or for this address just now. Nothing was sent: please try again later.")


def hashed_key(action: str, kind: str, value: str) -> str:
    digest = salted_hmac("kumppani.ratelimit", f"{action}:{kind}:{value.strip().lower()}",
                         algorithm="sha256").hexdigest()
    return f"{action}:{kind}:{digest[:48]}"


def allow(action: str, *, target: str, client: str, now: datetime.datetime | None = None) -> bool:
    """True, and the request is counted, when neither its target address nor its client is over the limit."""
    now = now or timezone.now()
    per_target, per_client = LIMITS[action]
    checks = [(hashed_key(action, "to", target), per_target)]
    if client:
        checks.append((hashed_key(action, "from", client), per_client))
    with transaction.atomic():
        longest = max(limit.window for _key, limit in checks)
        RateLimitHit.objects.filter(key__in=[key for key, _limit in checks], at__lt=now - longest).delete()
        for key, limit in checks:
            if RateLimitHit.objects.filter(key=key, at__gt=now - limit.window).count() >= limit.count:
                return False
        RateLimitHit.objects.bulk_create([RateLimitHit(key=key, at=now) for key, _limit in checks])
    return True

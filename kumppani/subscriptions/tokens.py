"""Signed links for subscribers: a confirmation link that expires, and a lasting link to manage or unsubscribe.

A token names the subscriber's id and their token key; changing the key (or erasing the row) voids every link.
"""

import datetime

from django.core import signing

from kumppani.subscriptions.models import Subscriber

CONFIRM_SALT = "kumppani.opportunities.confirm"
SUBSCRIBER_SALT = "kumppani.opportunities.subscriber"
CONFIRM_MAX_AGE = datetime.timedelta(days=7)


class InvalidToken(Exception):
    """The link was tampered with, has expired or no longer names a subscriber."""


def confirm_token(subscriber: Subscriber) -> str:
    return signing.dumps([subscriber.pk, subscriber.token_key], salt=CONFIRM_SALT)


def subscriber_token(subscriber: Subscriber) -> str:
    return subscriber_token_for(subscriber.pk, subscriber.token_key)


def subscriber_token_for(subscriber_id: int, token_key: str) -> str:
    return signing.dumps([subscriber_id, token_key], salt=SUBSCRIBER_SALT)


def subscriber_from_confirm_token(workspace_id: int, token: str) -> Subscriber:
    return _subscriber(workspace_id, token, CONFIRM_SALT, CONFIRM_MAX_AGE)


def subscriber_from_token(workspace_id: int, token: str) -> Subscriber:
    return _subscriber(workspace_id, token, SUBSCRIBER_SALT, None)


def _subscriber(workspace_id: int, token: str, salt: str, max_age: datetime.timedelta | None) -> Subscriber:
    try:
        pk, key = signing.loads(token, salt=salt, max_age=max_age)
        subscriber = Subscriber.objects.get(workspace_id=workspace_id, pk=int(pk), token_key=str(key))
    except (signing.BadSignature, ValueError, TypeError, Subscriber.DoesNotExist) as error:
        raise InvalidToken from error
    return subscriber


def is_expired(token: str) -> bool:
    """Whether a confirmation token is genuine but too old: the page then says so instead of "not valid"."""
    try:
        signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        return True
    except signing.BadSignature:
        return False
    return False

"""Writes of subscriptions: subscribe with double opt-in, confirm, change choices, unsubscribe, erase.

Subscriber rows are not written through the audit log on purpose: erasure must leave nothing personal behind,
and the log would keep the address in its snapshots.
"""

import datetime
import logging
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kumppani.core.mail import send_one
from kumppani.subscriptions import tokens
from kumppani.subscriptions.models import ProgrammeFollow, Subscriber, SubscriberStatus, new_token_key
from kumppani.workspaces.models import Workspace

logger = logging.getLogger(__name__)


@dataclass
class Choices:
    language: str
    rhythm: str
    themes: list[Any] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    programmes: list[Any] = field(default_factory=list)

    @classmethod
    def from_form(cls, cleaned: dict[str, Any]) -> "Choices":
        return cls(language=cleaned["language"], rhythm=cleaned["rhythm"], themes=list(cleaned.get("themes") or []),
                   countries=sorted(cleaned.get("countries") or []),
                   programmes=list(cleaned.get("programmes") or []))


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def manage_url(subscriber: Subscriber) -> str:
    return absolute_url(reverse("subscriptions:manage", args=[subscriber.workspace.slug,
                                                            tokens.subscriber_token(subscriber)]))


def unsubscribe_url(subscriber: Subscriber) -> str:
    return absolute_url(reverse("subscriptions:unsubscribe", args=[subscriber.workspace.slug,
                                                                 tokens.subscriber_token(subscriber)]))


def confirm_url(subscriber: Subscriber) -> str:
    return absolute_url(reverse("subscriptions:confirm", args=[subscriber.workspace.slug,
                                                             tokens.confirm_token(subscriber)]))


def subscribe(workspace: Workspace, email: str, choices: Choices, consent_text: str,
              now: datetime.datetime | None = None) -> bool:
    """Start a subscription, or tell an existing subscriber by e-mail that they already are one.

    The answer to the visitor is the same either way, so the form does not reveal who subscribes.
    Returns False when the mail server could not take the message.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    existing = Subscriber.objects.filter(workspace=workspace, email__iexact=email).first()
    if existing is not None and existing.status == SubscriberStatus.ACTIVE:
        return send_already_subscribed(existing)
    try:
        subscriber = _pending_subscriber(workspace, existing, email, choices, consent_text, now)
    except IntegrityError:  # the same address sent twice at the same moment: the first one stands
        subscriber = Subscriber.objects.get(workspace=workspace, email__iexact=email)
    return send_confirmation(subscriber)


@transaction.atomic
def _pending_subscriber(workspace: Workspace, existing: Subscriber | None, email: str, choices: Choices,
                        consent_text: str, now: datetime.datetime) -> Subscriber:
    subscriber = existing or Subscriber(workspace=workspace, email=email)
    subscriber.status = SubscriberStatus.PENDING
    subscriber.consent_text = consent_text
    subscriber.consent_given_at = now
    subscriber.confirmed_at = None
    _apply_choices(subscriber, choices)
    return subscriber


def _apply_choices(subscriber: Subscriber, choices: Choices) -> None:
    subscriber.language = choices.language
    subscriber.rhythm = choices.rhythm
    subscriber.countries = choices.countries
    subscriber.save()
    subscriber.themes.set(choices.themes)
    subscriber.programmes.set(choices.programmes)


def confirm(subscriber: Subscriber, now: datetime.datetime | None = None) -> Subscriber:
    """The owner of the address opened the link: the subscription starts (again, after an unsubscription)."""
    if subscriber.status != SubscriberStatus.ACTIVE:
        subscriber.status = SubscriberStatus.ACTIVE
        subscriber.confirmed_at = now or timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])
    return subscriber


@transaction.atomic
def change_choices(subscriber: Subscriber, choices: Choices) -> Subscriber:
    _apply_choices(subscriber, choices)
    return subscriber


def unsubscribe(subscriber: Subscriber, now: datetime.datetime | None = None) -> Subscriber:
    if subscriber.status != SubscriberStatus.UNSUBSCRIBED:
        subscriber.status = SubscriberStatus.UNSUBSCRIBED
        subscriber.unsubscribed_at = now or timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
    return subscriber


def resubscribe(subscriber: Subscriber, now: datetime.datetime | None = None) -> Subscriber:
    """From the subscriber's own page (the link proves they hold the address): active again."""
    return confirm(subscriber, now)


@transaction.atomic
def erase(subscriber: Subscriber) -> None:
    """Delete the subscriber and everything sent to them; nothing about them is kept."""
    subscriber.deliveries.all().delete()
    subscriber.delete()


def renew_links(subscriber: Subscriber) -> None:
    """Void every link sent so far (e.g. when a link leaked)."""
    subscriber.token_key = new_token_key()
    subscriber.save(update_fields=["token_key"])


def follow_programme(workspace: Workspace, user: Any, programme: Any) -> ProgrammeFollow:
    follow, _created = ProgrammeFollow.objects.get_or_create(workspace=workspace, user=user, programme=programme)
    return follow


def unfollow_programme(workspace: Workspace, user: Any, programme: Any) -> None:
    ProgrammeFollow.objects.filter(workspace=workspace, user=user, programme=programme).delete()


# ---------------------------------------------------------------- the two mails of the subscription


def send_confirmation(subscriber: Subscriber) -> bool:
    return _send_to_subscriber(subscriber, "confirm", {"confirm_url": confirm_url(subscriber),
                                                       "valid_days": tokens.CONFIRM_MAX_AGE.days})


def send_already_subscribed(subscriber: Subscriber) -> bool:
    return _send_to_subscriber(subscriber, "already_subscribed", {"manage_url": manage_url(subscriber)})


def _send_to_subscriber(subscriber: Subscriber, template: str, context: dict[str, Any]) -> bool:
    context = {"workspace": subscriber.workspace, "public_url": public_page_url(subscriber), **context}
    with translation.override(subscriber.language):
        subject = render_to_string(f"subscriptions/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"subscriptions/email/{template}.txt", context)
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [subscriber.email],
                                     headers={"Auto-Submitted": "auto-generated"})
    return send_one(message, f"the {template} mail to subscriber {subscriber.pk}")


def public_page_url(subscriber: Subscriber) -> str:
    return absolute_url(reverse("public:page_in_language", args=[subscriber.workspace.slug, subscriber.language]))

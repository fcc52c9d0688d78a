"""Reads of the programme catalogue and its calls: shared by every workspace."""

import datetime
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet, TextChoices, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kumppani.funding.models import Call, Programme

CLOSING_SOON_DAYS = 30


class CallState(TextChoices):
    OPEN = "open", _("open")
    CLOSING_SOON = "closing_soon", _("closing within 30 days")
    UPCOMING = "upcoming", _("opening later")
    CLOSED = "closed", _("closed")


def programmes(filters: dict[str, Any]) -> QuerySet[Programme]:
    queryset = Programme.objects.prefetch_related("themes")
    if term := (filters.get("q") or "").strip():
        by_name = Q()
        for code in settings.LANGUAGE_CODES:
            by_name |= Q(**{f"name__{code}__icontains": term})
        queryset = queryset.filter(by_name | Q(short_name__icontains=term) | Q(slug__icontains=term)
                                   | Q(managing_body__icontains=term))
    if filters.get("theme"):
        queryset = queryset.filter(themes=filters["theme"])
    if country := filters.get("country"):
        # The codes are a JSON list; its text holds each code in quotes on every database.
        queryset = queryset.annotate(countries_text=Cast("eligible_countries", TextField())).filter(
            countries_text__contains=f'"{country}"')
    return queryset.order_by("-period_end", "slug")


def calls(filters: dict[str, Any], today: datetime.date | None = None) -> QuerySet[Call]:
    today = today or timezone.localdate()
    queryset = Call.objects.select_related("programme")
    if filters.get("programme"):
        queryset = queryset.filter(programme=filters["programme"])
    opened = Q(opens_on__isnull=True) | Q(opens_on__lte=today)
    state = filters.get("state")
    if state == CallState.OPEN:
        queryset = queryset.filter(opened, closes_on__gte=today)
    elif state == CallState.CLOSING_SOON:
        queryset = queryset.filter(opened, closes_on__gte=today,
                                   closes_on__lte=today + datetime.timedelta(days=CLOSING_SOON_DAYS))
    elif state == CallState.UPCOMING:
        queryset = queryset.filter(opens_on__gt=today)
    elif state == CallState.CLOSED:
        queryset = queryset.filter(closes_on__lt=today)
    if filters.get("closes_before"):
        queryset = queryset.filter(closes_on__lt=filters["closes_before"])
    return queryset.order_by("closes_on", "id")

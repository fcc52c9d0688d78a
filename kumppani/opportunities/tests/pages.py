"""Opportunities for the page and feed tests, dated relative to the real clock."""

import datetime
from typing import Any

from django.utils import timezone

from kumppani.audit.writes import create_record
from kumppani.opportunities.models import Opportunity


def days_from_now(days: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def opportunity(workspace: Any, title: str = "Opintomatka Tarttoon", kind: str = "news", themes: Any = (),
                **fields: Any) -> Opportunity:
    fields.setdefault("publish_on", days_from_now(-1))
    return create_record(None, workspace, Opportunity(kind=kind, title={"fi": title, "en": f"EN {title}"}, **fields),
                         {"themes": list(themes)})

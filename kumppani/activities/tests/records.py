"""Activities for the tests, and the form data a browser posts for one."""

import datetime
from typing import Any

from kumppani.activities.models import Activity
from kumppani.audit.writes import create_record


def activity(workspace: Any, actor: Any = None, *, title: str | dict = "Opintomatka Viroon", starts: str = "2026-05-04",
             ends: str | None = None, organisers: list[Any] | None = None, **fields: Any) -> Activity:
    """An activity saved through the audited writes; a title in Finnish unless given per language."""
    record = Activity(title=title if isinstance(title, dict) else {"fi": title},
                      starts_on=datetime.date.fromisoformat(starts),
                      ends_on=datetime.date.fromisoformat(ends) if ends else None,
                      country=fields.pop("country", "EE"), **fields)
    return create_record(actor, workspace, record, {"organisers": organisers} if organisers else None)


def form_data(**changes: Any) -> dict[str, Any]:
    """A valid study trip as the activity page posts it."""
    data: dict[str, Any] = {
        "type": "study_trip", "title_fi": "Opintomatka Tarttoon", "title_en": "Study trip to Tartu",
        "starts_on": "2026-05-04", "ends_on": "2026-05-06", "country": "EE", "town": "Tartu",
        "participants": "30", "young_participants": "12", "women": "16", "men": "13", "other_gender": "1",
        "organisations_represented": "9", "countries_represented": ["FI", "EE"], "international": "on",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}

""""Publish as opportunity": a new opportunity starts from what a call, an activity or an internship says."""

import datetime
from collections.abc import Mapping
from typing import Any

from django.utils import timezone

from kumppani.activities.models import Activity
from kumppani.directory.models import country_name
from kumppani.funding.models import Call
from kumppani.opportunities.models import OpportunityKind, end_of_day
from kumppani.results.models import Internship


def start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(0, 0)))


def _record_id(params: Mapping[str, Any], name: str) -> int | None:
    value = str(params.get(name) or "")
    return int(value) if value.isdigit() else None


def from_call(call: Call) -> dict[str, Any]:
    return {"kind": OpportunityKind.CALL, "title": call.title, "body": call.description, "link": call.url,
            "call": call.pk, "programme": call.programme_id, "deadline": end_of_day(call.closes_on),
            "themes": list(call.programme.themes.values_list("pk", flat=True))}


def from_activity(activity: Activity) -> dict[str, Any]:
    place = ", ".join(part for part in (activity.town, country_name(activity.country)) if part)
    return {"kind": OpportunityKind.EVENT, "title": activity.title, "body": activity.description,
            "activity": activity.pk, "starts_at": start_of_day(activity.starts_on),
            "ends_at": end_of_day(activity.ends_on or activity.starts_on), "location": place,
            "countries": [activity.country], "themes": list(activity.themes.values_list("pk", flat=True))}


def from_internship(internship: Internship) -> dict[str, Any]:
    return {"kind": OpportunityKind.INTERNSHIP, "title": internship.title, "body": internship.task,
            "internship": internship.pk, "deadline": end_of_day(internship.apply_by) if internship.apply_by else None}


def initial_from_source(workspace: Any, params: Mapping[str, Any]) -> dict[str, Any]:
    """The form's first values from the record named in the address (?call=, ?activity=, ?internship=).

    Calls are the shared catalogue's; activities and internships only the workspace's own.
    """
    if (pk := _record_id(params, "call")) is not None:
        call = Call.objects.select_related("programme").filter(pk=pk).first()
        return from_call(call) if call else {}
    if (pk := _record_id(params, "activity")) is not None:
        activity = Activity.objects.filter(workspace=workspace, pk=pk).first()
        return from_activity(activity) if activity else {}
    if (pk := _record_id(params, "internship")) is not None:
        internship = Internship.objects.filter(workspace=workspace, pk=pk).first()
        return from_internship(internship) if internship else {}
    return {}

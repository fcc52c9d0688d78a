"""The activities of the token's workspace: the list's filters, and writes through the record services.

Another workspace's activity answers 404; links (project, membership, focus area) must be the workspace's own
(a project may also be a public record), else the service answers 422 naming the field.
"""

from datetime import datetime
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, P, PathEx, Router, Schema

from kumppani.activities import forms, selectors
from kumppani.activities.models import Activity, ActivityType
from kumppani.activities.records import ACTIVITY
from kumppani.core.api_limits import IdFilter, RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import (
    MAX_ID,
    BodyBool,
    BodyInt,
    CountryCode,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    RecordId,
    one_of,
    raise_form_errors,
)
from kumppani.core.apitools import workspace_of as ws
from kumppani.workspaces.record_api import RecordRoutes, add_routes

router = Router(tags=["activities"])

Id = PathEx[int, P(ge=1, le=MAX_ID, description="The record's id")]
Translations = dict[str, str]
Count = int | None
CountIn = Annotated[BodyInt, limited(Activity, "participants")] | None


class ActivityOut(Schema):
    id: int
    type: str
    title: Translations
    description: Translations
    starts_on: IsoDate
    ends_on: IsoDate | None
    country: str
    town: str
    organisers: list[int]
    project: int | None = Field(None, alias="project_id")
    membership: int | None = Field(None, alias="membership_id")
    focus_area: int | None = Field(None, alias="focus_area_id")
    themes: list[int]
    people: list[int]
    participants: Count
    young_participants: Count
    women: Count
    men: Count
    other_gender: Count
    organisations_represented: Count
    countries_represented: list[str]
    international: bool
    youth_led: bool
    crosses_area_types: bool
    history_based: bool
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_organisers(obj: Any) -> list[int]:
        return [organisation.pk for organisation in obj.organisers.all()]

    @staticmethod
    def resolve_themes(obj: Any) -> list[int]:
        return [theme.pk for theme in obj.themes.all()]

    @staticmethod
    def resolve_people(obj: Any) -> list[int]:
        return [person.pk for person in obj.people.all()]


class ActivityIn(InputSchema):
    type: ActivityType | None = None
    title: Annotated[Translated, text_limits(Activity, "title")]
    description: Annotated[Translated, text_limits(Activity, "description")] | None = None
    starts_on: RecordDate
    ends_on: RecordDate | None = None
    country: CountryCode = Field(description="ISO 3166 alpha-2 code, e.g. EE")
    town: Annotated[str, limited(Activity, "town")] | None = None
    organisers: list[RecordId] | None = Field(None, description="Organisation ids of the directory")
    project: RecordId | None = Field(None, description="A project of the workspace, or a public project record")
    membership: RecordId | None = Field(None, description="A network membership of the workspace")
    focus_area: RecordId | None = None
    themes: list[RecordId] | None = None
    people: list[RecordId] | None = Field(None, description="Named participants: people of the workspace's directory")
    participants: CountIn = None
    young_participants: CountIn = Field(None, description="Of whom young people under 30")
    women: CountIn = None
    men: CountIn = None
    other_gender: CountIn = None
    organisations_represented: CountIn = None
    countries_represented: list[str] | None = Field(None, description="ISO 3166 alpha-2 codes")
    international: BodyBool | None = None
    youth_led: BodyBool | None = None
    crosses_area_types: BodyBool | None = None
    history_based: BodyBool | None = None


class ActivityChanges(ActivityIn):
    """A change: only the fields sent change (ninja's PatchDict fails on a schema with two translated texts)."""

    title: Annotated[Translated, text_limits(Activity, "title", required=False)] | None = None  # type: ignore[assignment]
    starts_on: RecordDate | None = None  # type: ignore[assignment]
    country: Annotated[str, limited(Activity, "country")] | None = Field(  # type: ignore[assignment]
        None, description="ISO 3166 alpha-2 code, e.g. EE")


class ActivityFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in titles, descriptions and towns")
    type: Annotated[str, one_of(ActivityType)] | None = None
    year: int | None = Field(None, ge=1900, le=2100)
    country: CountryFilter | None = Field(None, description="ISO 3166 alpha-2 code")
    project: IdFilter | None = None
    network: IdFilter | None = Field(None, description="A membership id")
    focus_area: IdFilter | None = None
    international: bool | None = None
    youth_led: bool | None = None
    crosses_area_types: bool | None = None
    history_based: bool | None = None


def _activities(request: HttpRequest, filters: ActivityFilters) -> Any:
    values = {name: value for name, value in filters.model_dump(exclude_none=True).items() if value is not False}
    filter_form = forms.ActivityFilterForm(values, workspace=ws(request))
    raise_form_errors(filter_form)
    return selectors.activities(ws(request), filter_form.cleaned_data).prefetch_related("organisers", "themes",
                                                                                        "people")


add_routes(router, RecordRoutes(ACTIVITY, "/activities", ActivityIn, ActivityOut, ActivityChanges,
                                filters=ActivityFilters, listed=_activities, module=__name__, docs={
    "list": "The workspace's activities, newest first, filtered as on the activities page.",
    "update": "Change the fields given; a translated text changes only the languages given."}))

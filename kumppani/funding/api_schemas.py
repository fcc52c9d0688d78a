"""The shapes of the funding catalogue API: the input schemas are the plain data the record services take (they check
every rule; kumppani/workspaces/record_services.py).

Links to other records are ids under the field's own name, so a record read can be sent back as a change.
"""

from typing import Annotated, Any

from ninja import Field, Schema

from kumppani.core.api_limits import RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import (
    BodyInt,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    RecordId,
    one_of,
)
from kumppani.core.dates import FIRST_YEAR, LAST_YEAR
from kumppani.directory.models import Theme
from kumppani.funding.models import Call, Programme
from kumppani.funding.selectors import CallState

Translations = dict[str, str]
ProgrammeSlug = Annotated[str, limited(Programme, "slug")]
# The years Programme.clean accepts for its period.
PeriodYear = Annotated[BodyInt, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
# A change's texts: the languages sent change, so none is required.
ProgrammeName = Annotated[Translated, text_limits(Programme, "name", required=False)]
CallTitle = Annotated[Translated, text_limits(Call, "title", required=False)]


class ProgrammeOut(Schema):
    id: int
    slug: str
    name: Translations
    short_name: str
    period_start: int
    period_end: int
    managing_body: str
    eligible_countries: list[str]
    themes: list[int]
    url: str
    description: Translations

    @staticmethod
    def resolve_themes(obj: Any) -> list[int]:
        return [theme.pk for theme in obj.themes.all()]


class ProgrammeIn(InputSchema):
    slug: ProgrammeSlug
    name: Annotated[Translated, text_limits(Programme, "name")]
    short_name: Annotated[str, limited(Programme, "short_name")] | None = None
    period_start: PeriodYear = Field(description="The year the programme period starts")
    period_end: PeriodYear = Field(description="The year it ends")
    managing_body: Annotated[str, limited(Programme, "managing_body")] | None = None
    eligible_countries: list[str] | None = Field(None, description="ISO 3166 alpha-2 codes, e.g. [\"FI\", \"EE\"]")
    themes: list[RecordId] | None = None
    url: Annotated[str, limited(Programme, "url")] | None = None
    description: Annotated[Translated, text_limits(Programme, "description")] | None = None


class ProgrammePatch(ProgrammeIn):
    """A change: only the fields given change (ninja's PatchDict fails on a schema with two translated texts)."""

    slug: ProgrammeSlug | None = None  # type: ignore[assignment]
    name: ProgrammeName | None = None  # type: ignore[assignment]
    period_start: PeriodYear | None = None  # type: ignore[assignment]
    period_end: PeriodYear | None = None  # type: ignore[assignment]


class ProgrammeFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in names, short names and managing bodies")
    theme: Annotated[str, limited(Theme, "slug")] | None = Field(None, description="A theme's slug")
    country: CountryFilter | None = Field(None, description="An eligible country: ISO 3166 alpha-2 code")


class CallOut(Schema):
    id: int
    programme: int = Field(alias="programme_id")
    programme_name: str
    title: Translations
    opens_on: IsoDate | None
    closes_on: IsoDate
    url: str
    description: Translations

    @staticmethod
    def resolve_programme_name(obj: Any) -> str:
        return str(obj.programme)


class CallIn(InputSchema):
    programme: RecordId = Field(description="The programme's id")
    title: Annotated[Translated, text_limits(Call, "title")]
    opens_on: RecordDate | None = None
    closes_on: RecordDate
    url: Annotated[str, limited(Call, "url")] | None = None
    description: Annotated[Translated, text_limits(Call, "description")] | None = None


class CallPatch(CallIn):
    """A change: only the fields given change."""

    programme: RecordId | None = None  # type: ignore[assignment]
    title: CallTitle | None = None  # type: ignore[assignment]
    closes_on: RecordDate | None = None  # type: ignore[assignment]


class CallFilters(Schema):
    programme: ProgrammeSlug | None = Field(None, description="A programme's slug")
    state: Annotated[str, one_of(CallState)] | None = Field(
        None, description="open, closing_soon (within 30 days), upcoming or closed")
    closes_before: IsoDate | None = Field(None, description="Calls that close before this day")

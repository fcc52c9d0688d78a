"""The shapes of the funding catalogue API: the input schemas are the plain data the record services take (they check
every rule; kumppani/workspaces/record_services.py).

Links to other records are ids under the field's own name, so a record read can be sent back as a change.
"""

from typing import Annotated, Any

from ninja import Field, Schema

from kumppani.core.apitools import (
    BodyInt,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    RecordId,
    RequiredText,
    TranslatedText,
    one_of,
)
from kumppani.funding.selectors import CallState

Translations = dict[str, str]


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
    slug: str
    name: RequiredText
    short_name: str | None = None
    period_start: BodyInt = Field(description="The year the programme period starts")
    period_end: BodyInt = Field(description="The year it ends")
    managing_body: str | None = None
    eligible_countries: list[str] | None = Field(None, description="ISO 3166 alpha-2 codes, e.g. [\"FI\", \"EE\"]")
    themes: list[RecordId] | None = None
    url: str | None = None
    description: TranslatedText | None = None


class ProgrammePatch(ProgrammeIn):
    """A change: only the fields given change (ninja's PatchDict fails on a schema with two translated texts)."""

    slug: str | None = None  # type: ignore[assignment]
    name: TranslatedText | None = None  # type: ignore[assignment]
    period_start: BodyInt | None = None  # type: ignore[assignment]
    period_end: BodyInt | None = None  # type: ignore[assignment]


class ProgrammeFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in names, short names and managing bodies")
    theme: str | None = Field(None, description="A theme's slug")
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
    title: RequiredText
    opens_on: IsoDate | None = None
    closes_on: IsoDate
    url: str | None = None
    description: TranslatedText | None = None


class CallPatch(CallIn):
    """A change: only the fields given change."""

    programme: RecordId | None = None  # type: ignore[assignment]
    title: TranslatedText | None = None  # type: ignore[assignment]
    closes_on: IsoDate | None = None  # type: ignore[assignment]


class CallFilters(Schema):
    programme: str | None = Field(None, description="A programme's slug")
    state: Annotated[str, one_of(CallState)] | None = Field(
        None, description="open, closing_soon (within 30 days), upcoming or closed")
    closes_before: IsoDate | None = Field(None, description="Calls that close before this day")

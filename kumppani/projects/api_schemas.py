"""The shapes of the projects API. Input types only; what a value may be is the services' decision (services.py).

Money is a decimal number of euros, sent and answered as a string ("12500.00") so that no float rounds it.
"""

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from kumppani.core.api_limits import IdFilter, RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import InputSchema, IsoDate, ListQuery, RecordId, one_of
from kumppani.directory.models import Theme
from kumppani.funding.models import Programme
from kumppani.projects.data import MAX_PARTNERS
from kumppani.projects.models import Output, OutputKind, PartnerRole, Project, ProjectPartner, Status, StatusChange

Translations = dict[str, str]
Money = Decimal | None
# The services refuse a negative amount with their own message, which the page shows too.
SERVICE_CHECKS = ("ge",)


class PartnerOut(Schema):
    id: int
    organisation: int = Field(alias="organisation_id")
    organisation_name: str
    role: str
    budget: Money

    @staticmethod
    def resolve_organisation_name(obj: Any) -> str:
        return obj.organisation.name


class StatusChangeOut(Schema):
    status: str
    on: IsoDate
    author: str | None
    note: str

    @staticmethod
    def resolve_author(obj: Any) -> str | None:
        author = obj.author
        return (author.get_full_name() or author.get_username()) if author else None


class ProjectOut(Schema):
    id: int
    public_record: bool
    source: str
    source_id: str
    title: Translations
    summary: Translations
    status: str
    programme: int | None = Field(None, alias="programme_id")
    call: int | None = Field(None, alias="call_id")
    starts_on: IsoDate | None
    ends_on: IsoDate | None
    total_budget: Money
    grant: Money
    own_share: Money
    themes: list[int]
    focus_area: int | None = Field(None, alias="focus_area_id")
    partners: list[PartnerOut]
    status_changes: list[StatusChangeOut]
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_public_record(obj: Any) -> bool:
        return obj.workspace_id is None

    @staticmethod
    def resolve_themes(obj: Any) -> list[int]:
        return [theme.pk for theme in obj.themes.all()]

    @staticmethod
    def resolve_partners(obj: Any) -> list[Any]:
        return list(obj.partners.all())

    @staticmethod
    def resolve_status_changes(obj: Any) -> list[Any]:
        return sorted(obj.status_changes.all(), key=lambda change: (change.on, change.pk))


class PartnerIn(InputSchema):
    organisation: RecordId = Field(description="A directory organisation's id")
    role: PartnerRole | None = Field(None, description="lead, partner (the default) or associated")
    budget: Annotated[Decimal, limited(ProjectPartner, "budget", left_to_service=SERVICE_CHECKS)] | None = None


class ProjectIn(InputSchema):
    title: Annotated[Translated, text_limits(Project, "title")]
    summary: Annotated[Translated, text_limits(Project, "summary")] | None = None
    status: Status | None = None
    programme: RecordId | None = None
    call: RecordId | None = Field(None, description="A call of the programme")
    starts_on: RecordDate | None = None
    ends_on: RecordDate | None = None
    total_budget: Annotated[Decimal, limited(Project, "total_budget", left_to_service=SERVICE_CHECKS)] | None = None
    grant: Annotated[Decimal, limited(Project, "grant", left_to_service=SERVICE_CHECKS)] | None = None
    own_share: Annotated[Decimal, limited(Project, "own_share", left_to_service=SERVICE_CHECKS)] | None = None
    themes: list[RecordId] | None = None
    focus_area: RecordId | None = Field(None, description="One of your workspace's focus areas")
    partners: list[PartnerIn] | None = Field(None, max_length=MAX_PARTNERS, description=(
        "The whole list of partners: on a change, partners left out are removed."))


class ProjectPatch(ProjectIn):
    """A change: only the fields given change (ninja's PatchDict mishandles a schema that uses a type twice)."""

    title: Annotated[Translated, text_limits(Project, "title", required=False)] | None = None  # type: ignore[assignment]


class ProjectFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in the titles")
    status: Annotated[str, one_of(Status)] | None = None
    programme: Annotated[str, limited(Programme, "slug")] | None = Field(None, description="A programme's slug")
    theme: Annotated[str, limited(Theme, "slug")] | None = Field(None, description="A theme's slug")
    focus_area: IdFilter | None = None
    year: int | None = Field(None, ge=1900, le=2200, description="Projects running during the year")
    public: bool | None = Field(None, description="Include the public records of the directory")
    order: Literal["-starts_on", "starts_on", "-updated_at"] | None = None


class StatusChangeIn(InputSchema):
    status: Status
    on: RecordDate | None = Field(None, description="The day of the change; today when left out")
    note: Annotated[str, limited(StatusChange, "note")] | None = None


class OutputOut(Schema):
    id: int
    project: int = Field(alias="project_id")
    kind: str
    title: Translations
    description: Translations
    delivered_on: IsoDate | None


class OutputIn(InputSchema):
    kind: OutputKind | None = None
    title: Annotated[Translated, text_limits(Output, "title")]
    description: Annotated[Translated, text_limits(Output, "description")] | None = None
    delivered_on: RecordDate | None = None


class OutputPatch(OutputIn):
    title: Annotated[Translated, text_limits(Output, "title", required=False)] | None = None  # type: ignore[assignment]

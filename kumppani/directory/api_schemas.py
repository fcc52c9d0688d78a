"""The shapes of the directory API: the input schemas are the plain data the record services take (they check
every rule; kumppani/workspaces/record_services.py).

Links to other records are ids under the field's own name, so a record read can be sent back as a change.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from kumppani.core.apitools import (
    BodyBool,
    BodyInt,
    CountryCode,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    RecordId,
    RequiredText,
    TranslatedText,
    one_of,
)
from kumppani.directory.models import (
    MembershipStatus,
    OrganisationType,
    PartnershipStatus,
    PersonKind,
    RepresentationRole,
)

Translations = dict[str, str]


def _ids(related: object) -> list[int]:
    return [item.pk for item in related.all()]  # type: ignore[attr-defined]


class RegionOut(Schema):
    id: int
    code: str
    name: str
    level: int
    country: str


class RegionFilters(Schema):
    country: CountryCode = Field(description="ISO 3166 alpha-2 code, e.g. FI")
    level: int | None = Field(None, ge=0, le=3, description="NUTS level 0–3")


class ThemeOut(Schema):
    id: int
    slug: str
    name: Translations


class ThemeIn(InputSchema):
    slug: str
    name: RequiredText


class ThemeChanges(ThemeIn):
    """A change: only the fields sent change (ninja's PatchDict fails on a schema with an annotated text)."""

    slug: str | None = None  # type: ignore[assignment]
    name: RequiredText | None = None  # type: ignore[assignment]


class OrganisationOut(Schema):
    id: int
    name: str
    short_name: str
    type: str
    country: str
    region: int | None = Field(None, alias="region_id")
    business_id: str
    ee_registry_code: str
    pic: str
    vat: str
    website: str
    description: Translations
    themes: list[int]
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_themes(obj: object) -> list[int]:
        theme_ids = getattr(obj, "theme_ids", None)  # a list's page (OrganisationQuerySet.with_theme_ids)
        return list(theme_ids) if theme_ids is not None else _ids(obj.themes)  # type: ignore[attr-defined]


class OrganisationIn(InputSchema):
    name: str
    short_name: str | None = None
    type: OrganisationType | None = None
    country: CountryCode = Field(description="ISO 3166 alpha-2 code, e.g. FI")
    region: RecordId | None = Field(None, description="A NUTS region of the country (see /regions)")
    business_id: str | None = None
    ee_registry_code: str | None = None
    pic: str | None = None
    vat: str | None = None
    website: str | None = None
    description: TranslatedText | None = None
    themes: list[RecordId] | None = None


class OrganisationFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in names and identifiers")
    country: CountryFilter | None = Field(None, description="ISO 3166 alpha-2 code")
    type: Annotated[str, one_of(OrganisationType)] | None = None
    theme: str | None = Field(None, description="A theme's slug")
    order: Literal["name", "country", "-updated_at"] | None = None


class NoteOut(Schema):
    id: int
    organisation: int = Field(alias="organisation_id")
    text: str
    author: str | None
    created_at: datetime

    @staticmethod
    def resolve_author(obj: object) -> str | None:
        author = obj.author  # type: ignore[attr-defined]
        return (author.get_full_name() or author.get_username()) if author else None


class NoteIn(InputSchema):
    text: str


class PersonOut(Schema):
    id: int
    name: str
    title: Translations
    kind: str
    organisation: int | None = Field(None, alias="organisation_id")
    organisation_name: str | None
    email: str
    phone: str
    consent_to_publish: bool
    consent_date: IsoDate | None
    notes: str
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_organisation_name(obj: object) -> str | None:
        organisation = obj.organisation  # type: ignore[attr-defined]
        return organisation.name if organisation else None


class PersonIn(InputSchema):
    name: str
    title: TranslatedText | None = None
    kind: PersonKind | None = None
    organisation: RecordId | None = None
    email: str | None = None
    phone: str | None = None
    consent_to_publish: BodyBool | None = None
    consent_date: IsoDate | None = None
    notes: str | None = None


class PersonFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in names")
    kind: Annotated[str, one_of(PersonKind)] | None = None
    order: Literal["name", "-updated_at"] | None = None


class MembershipOut(Schema):
    id: int
    network: int = Field(alias="network_id")
    network_name: str
    since: IsoDate | None
    until: IsoDate | None
    status: str
    description: Translations
    notes: str

    @staticmethod
    def resolve_network_name(obj: object) -> str:
        return obj.network.name  # type: ignore[attr-defined]


class MembershipIn(InputSchema):
    network: RecordId = Field(description="The network's organisation id")
    since: IsoDate | None = None
    until: IsoDate | None = None
    status: MembershipStatus | None = None
    description: TranslatedText | None = None
    notes: str | None = None


class RepresentationOut(Schema):
    id: int
    person: int = Field(alias="person_id")
    person_name: str
    role: str
    membership: int | None = Field(None, alias="membership_id")
    theme: int | None = Field(None, alias="theme_id")
    topic: Translations
    subject: str
    starts_on: IsoDate | None
    ends_on: IsoDate | None
    position: int

    @staticmethod
    def resolve_person_name(obj: object) -> str:
        return obj.person.name  # type: ignore[attr-defined]


class RepresentationIn(InputSchema):
    person: RecordId
    role: RepresentationRole | None = None
    membership: RecordId | None = None
    theme: RecordId | None = None
    topic: TranslatedText | None = None
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None
    position: BodyInt | None = None


class PartnershipOut(Schema):
    id: int
    organisation: int = Field(alias="organisation_id")
    organisation_name: str
    since: IsoDate | None
    status: str
    themes: list[int]
    description: Translations
    history: str

    @staticmethod
    def resolve_organisation_name(obj: object) -> str:
        return obj.organisation.name  # type: ignore[attr-defined]

    @staticmethod
    def resolve_themes(obj: object) -> list[int]:
        return _ids(obj.themes)  # type: ignore[attr-defined]


class PartnershipIn(InputSchema):
    organisation: RecordId
    since: IsoDate | None = None
    status: PartnershipStatus | None = None
    themes: list[RecordId] | None = None
    description: TranslatedText | None = None
    history: str | None = None


class ProposalIn(InputSchema):
    """New values for the record's shared facts, named as in the record's own input, and why."""

    changes: dict[str, Any]
    reason: str = Field(min_length=1, max_length=2000)


class ProposalOut(Schema):
    id: int
    organisation: int | None = Field(None, alias="organisation_id")
    theme: int | None = Field(None, alias="theme_id")
    workspace: str = Field(alias="workspace.slug")
    changes: dict[str, Any]
    reason: str
    status: str
    created_at: datetime


class OwnValuesIn(InputSchema):
    """What your workspace shows instead of the shared values; an empty or missing one shows the shared value."""

    name: str = ""
    short_name: str = ""
    website: str = ""
    description: TranslatedText | None = None


class OwnValuesOut(Schema):
    name: str
    short_name: str
    website: str
    description: Translations

"""The shapes of the directory API: the input schemas are the plain data the record services take (they check
every rule; kumppani/workspaces/record_services.py).

Links to other records are ids under the field's own name, so a record read can be sent back as a change.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from kumppani.core.api_limits import RecordDate, Translated, limited, text_limits
from kumppani.core.apitools import (
    BodyBool,
    BodyInt,
    CountryCode,
    CountryFilter,
    InputSchema,
    IsoDate,
    ListQuery,
    RecordId,
    one_of,
)
from kumppani.directory.models import (
    Membership,
    MembershipStatus,
    Organisation,
    OrganisationNote,
    OrganisationOverride,
    OrganisationType,
    Partnership,
    PartnershipStatus,
    Person,
    PersonKind,
    Representation,
    RepresentationRole,
    Theme,
)

Translations = dict[str, str]
ThemeSlug = Annotated[str, limited(Theme, "slug")]


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
    slug: ThemeSlug
    name: Annotated[Translated, text_limits(Theme, "name")]


class ThemeChanges(ThemeIn):
    """A change: only the fields sent change (ninja's PatchDict fails on a schema with an annotated text)."""

    slug: ThemeSlug | None = None  # type: ignore[assignment]
    name: Annotated[Translated, text_limits(Theme, "name")] | None = None  # type: ignore[assignment]


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
    name: Annotated[str, limited(Organisation, "name")]
    short_name: Annotated[str, limited(Organisation, "short_name")] | None = None
    type: OrganisationType | None = None
    country: CountryCode = Field(description="ISO 3166 alpha-2 code, e.g. FI")
    region: RecordId | None = Field(None, description="A NUTS region of the country (see /regions)")
    business_id: Annotated[str, limited(Organisation, "business_id")] | None = None
    ee_registry_code: Annotated[str, limited(Organisation, "ee_registry_code")] | None = None
    pic: Annotated[str, limited(Organisation, "pic")] | None = None
    vat: Annotated[str, limited(Organisation, "vat")] | None = None
    website: Annotated[str, limited(Organisation, "website")] | None = None
    description: Annotated[Translated, text_limits(Organisation, "description")] | None = None
    themes: list[RecordId] | None = None


class OrganisationFilters(Schema):
    q: ListQuery | None = Field(None, description="Search in names and identifiers")
    country: CountryFilter | None = Field(None, description="ISO 3166 alpha-2 code")
    type: Annotated[str, one_of(OrganisationType)] | None = None
    theme: ThemeSlug | None = Field(None, description="A theme's slug")
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
    text: Annotated[str, limited(OrganisationNote, "text")]


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
    name: Annotated[str, limited(Person, "name")]
    title: Annotated[Translated, text_limits(Person, "title")] | None = None
    kind: PersonKind | None = None
    organisation: RecordId | None = None
    email: Annotated[str, limited(Person, "email")] | None = None
    phone: Annotated[str, limited(Person, "phone")] | None = None
    consent_to_publish: BodyBool | None = None
    consent_date: RecordDate | None = None
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
    since: RecordDate | None = None
    until: RecordDate | None = None
    status: MembershipStatus | None = None
    description: Annotated[Translated, text_limits(Membership, "description")] | None = None
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
    topic: Annotated[Translated, text_limits(Representation, "topic")] | None = None
    starts_on: RecordDate | None = None
    ends_on: RecordDate | None = None
    position: Annotated[BodyInt, limited(Representation, "position")] | None = None


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
    since: RecordDate | None = None
    status: PartnershipStatus | None = None
    themes: list[RecordId] | None = None
    description: Annotated[Translated, text_limits(Partnership, "description")] | None = None
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

    name: Annotated[str, limited(OrganisationOverride, "name")] = ""
    short_name: Annotated[str, limited(OrganisationOverride, "short_name")] = ""
    website: Annotated[str, limited(OrganisationOverride, "website")] = ""
    description: Annotated[Translated, text_limits(OrganisationOverride, "description")] | None = None


class OwnValuesOut(Schema):
    name: str
    short_name: str
    website: str
    description: Translations

"""The shapes of the demo data in data.py: one small class per kind of record."""

import datetime
from dataclasses import dataclass, field

Text = dict[str, str]  # {"fi": ..., "en": ...}, as stored in a TranslatedField


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    type: str
    country: str
    short_name: str = ""
    region: str = ""  # NUTS 2021 code
    website: str = ""
    description: Text = field(default_factory=dict)
    themes: tuple[str, ...] = ()  # theme slugs


@dataclass(frozen=True)
class DemoMembership:
    network: str  # key of ORGANISATIONS
    description: Text
    since: datetime.date | None = None


@dataclass(frozen=True)
class DemoPartnership:
    organisation: str  # key of ORGANISATIONS
    description: Text
    themes: tuple[str, ...] = ()
    since: datetime.date | None = None


@dataclass(frozen=True)
class DemoPerson:
    name: str
    title: Text
    email: str
    phone: str
    kind: str = "staff"
    consent_date: datetime.date | None = None  # None: the person has not consented to be published


@dataclass(frozen=True)
class DemoRole:
    """A contact role: exactly one of network (key of ORGANISATIONS), theme (slug) or topic."""

    network: str = ""
    theme: str = ""
    topic: Text = field(default_factory=dict)
    role: str = "contact"


@dataclass(frozen=True)
class DemoContact:
    person: DemoPerson
    roles: tuple[DemoRole, ...]


@dataclass(frozen=True)
class DemoWorkspace:
    slug: str
    name: str
    organisation: str  # key of ORGANISATIONS
    intro: Text
    focus_areas: tuple[tuple[Text, Text], ...]  # (title, body)
    memberships: tuple[DemoMembership, ...]
    partnerships: tuple[DemoPartnership, ...]
    contacts: tuple[DemoContact, ...]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    roles: dict[str, str]  # workspace slug → role

"""The shapes of the demo data in data.py: one small class per kind of record."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

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
    business_id: str = ""  # Finnish business ID (an example with a valid check digit)


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
    starts_on: datetime.date | None = None  # the term
    ends_on: datetime.date | None = None


@dataclass(frozen=True)
class DemoContact:
    person: DemoPerson
    roles: tuple[DemoRole, ...]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    roles: dict[str, str]  # workspace slug → role


# The cooperation record of a workspace: projects, activities, good practices, advocacy, internships.


@dataclass(frozen=True)
class DemoPartner:
    organisation: str  # key of ORGANISATIONS
    role: str = "partner"  # lead, partner or associated
    budget: Decimal | None = None


@dataclass(frozen=True)
class DemoOutput:
    kind: str  # product, service, event, publication or other
    title: Text
    description: Text = field(default_factory=dict)
    delivered_on: datetime.date | None = None


@dataclass(frozen=True)
class DemoStatus:
    status: str
    on: datetime.date
    note: str = ""


@dataclass(frozen=True)
class DemoProject:
    """A project of the workspace; its status is the last of its status changes."""

    key: str  # what activities and good practices of the same workspace refer to it by
    title: Text
    summary: Text
    statuses: tuple[DemoStatus, ...]
    programme: str = ""  # slug in the funding catalogue
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    total_budget: Decimal | None = None
    grant: Decimal | None = None
    own_share: Decimal | None = None
    partners: tuple[DemoPartner, ...] = ()
    themes: tuple[str, ...] = ()
    focus_area: int | None = None  # position of one of the workspace's focus areas
    outputs: tuple[DemoOutput, ...] = ()

    def __post_init__(self) -> None:
        dates = [change.on for change in self.statuses]
        if not dates or dates != sorted(dates):
            raise ValueError(f"{self.key}: give the status changes in date order")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError(f"{self.key}: ends before it starts")
        if None not in (self.total_budget, self.grant, self.own_share) and \
                self.total_budget != (self.grant or 0) + (self.own_share or 0):
            raise ValueError(f"{self.key}: the grant and the own share do not add up to the total budget")
        partner_budgets = sum(partner.budget or 0 for partner in self.partners)
        if self.total_budget is not None and partner_budgets > self.total_budget:
            raise ValueError(f"{self.key}: the partners' budgets are more than the total budget")

    @property
    def status(self) -> str:
        return self.statuses[-1].status


@dataclass(frozen=True)
class DemoParticipants:
    """Who took part: no part is ever larger than the whole."""

    total: int
    young: int | None = None  # under 30
    women: int | None = None
    men: int | None = None
    other: int | None = None
    organisations: int | None = None
    countries: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        genders = sum(count or 0 for count in (self.women, self.men, self.other))
        parts = [self.young or 0, genders, self.organisations or 0, len(self.countries)]
        if max(parts) > self.total:
            raise ValueError(f"a breakdown of {parts} is more than the {self.total} participants")


@dataclass(frozen=True)
class DemoActivity:
    type: str  # study_trip, workshop, training, exchange, conference, meeting, event or other
    title: Text
    description: Text
    starts_on: datetime.date
    country: str
    town: str
    organisers: tuple[str, ...]  # keys of ORGANISATIONS
    ends_on: datetime.date | None = None
    participants: DemoParticipants | None = None  # None: not yet held, or not counted
    project: str = ""  # key of a DemoProject of the same workspace
    network: str = ""  # key of ORGANISATIONS: a network the workspace is a member of
    focus_area: int | None = None
    themes: tuple[str, ...] = ()
    international: bool = False
    youth_led: bool = False
    crosses_area_types: bool = False
    history_based: bool = False


@dataclass(frozen=True)
class DemoGoodPractice:
    title: Text
    learned: Text
    uptake: str  # considered, piloted, adopted or spread
    source_organisation: str = ""  # key of ORGANISATIONS
    source_country: str = ""
    source_project: str = ""  # key of a DemoProject of the same workspace
    taken_up_at: str = ""
    taken_up_on: datetime.date | None = None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoAdvocacy:
    topic: Text
    position: Text
    dated: datetime.date
    outcome: Text
    channel: str = ""  # key of ORGANISATIONS


@dataclass(frozen=True)
class DemoApplicant:
    name: str
    email: str
    applied_on: datetime.date
    status: str = "received"  # received, interview, selected or declined
    notes: str = ""


@dataclass(frozen=True)
class DemoInternship:
    title: Text
    task: Text
    status: str  # draft, open, filled or closed
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    apply_by: datetime.date | None = None
    applicants: tuple[DemoApplicant, ...] = ()


@dataclass(frozen=True)
class DemoRecord:
    projects: tuple[DemoProject, ...] = ()
    activities: tuple[DemoActivity, ...] = ()
    good_practices: tuple[DemoGoodPractice, ...] = ()
    advocacy: tuple[DemoAdvocacy, ...] = ()
    internships: tuple[DemoInternship, ...] = ()


# A workspace's strategy and its indicators.


@dataclass(frozen=True)
class DemoManualValue:
    year: int
    value: Decimal
    source: str
    evidence_url: str = ""


@dataclass(frozen=True)
class DemoIndicator:
    """An indicator counted from the record (source, aggregate, filters) or entered by hand (source "manual")."""

    name: Text
    unit: Text
    target: Decimal
    source: str  # activities, projects, partnerships, memberships, outputs, good_practices, representations, manual
    # See kumppani/strategy/definitions.py; networks are given as keys of ORGANISATIONS, focus areas by position.
    filters: dict[str, object] = field(default_factory=dict)
    aggregate: str = "count"
    focus_area: int | None = None  # position of one of the workspace's focus areas
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    yearly_targets: dict[str, int] = field(default_factory=dict)
    cumulative: bool = True
    manual_values: tuple[DemoManualValue, ...] = ()
    measure: int | None = None  # position of one of the strategy's measures (DemoStrategy.measures)
    # The seed pages give few figures: a target or baseline they do not give is shown marked as an example.
    target_from_seed: bool = False

    def __post_init__(self) -> None:
        if self.manual_values and self.source != "manual":
            raise ValueError(f"{self.name}: only an indicator entered by hand has values entered by hand")


@dataclass(frozen=True)
class DemoStrategy:
    """The strategy of a workspace: all its focus areas belong to it."""

    name: Text
    starts_on: datetime.date
    ends_on: datetime.date
    indicators: tuple[DemoIndicator, ...]
    measures: tuple[Text, ...] = ()  # measures of the strategy as a whole (not of one focus area)


# What the workspace shares with the region: opportunities, its subscribers and a partner inquiry. Dated in days from
# the day the demo is loaded, so that the public page always shows upcoming deadlines and recent news.


@dataclass(frozen=True)
class DemoOpportunity:
    """An opportunity; a call's deadline, an event's days and the publishing days count from the load date.

    An event made from an activity of the record (activity: its Finnish title) or a posting of one of its internships
    (internship: its Finnish title) takes its text, dates, place, countries and themes from it, as "Publish as
    opportunity" does, and is left out when that activity or deadline is already past on the load date.
    """

    kind: str  # call, news, event, partner_request or internship
    title: Text = field(default_factory=dict)
    body: Text = field(default_factory=dict)
    published: int = -1  # days from the load date: negative, published already; positive, scheduled
    deadline: int | None = None  # days from the load date; the deadline is at the end of that day
    starts: int | None = None  # an event's first day, in days from the load date
    days: int = 1  # how many days an event lasts
    expires: int | None = None  # days from the load date
    programme: str = ""  # slug in the funding catalogue
    activity: str = ""
    internship: str = ""
    link: str = ""
    location: str = ""
    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not (self.title or self.activity or self.internship):
            raise ValueError("an opportunity needs a title, or an activity or internship to take it from")
        if self.kind == "call" and self.deadline is None:
            raise ValueError(f"{self.title}: a call needs a deadline")
        if self.kind == "event" and self.starts is None and not self.activity:
            raise ValueError(f"{self.title}: an event needs a first day, or an activity")


@dataclass(frozen=True)
class DemoSubscriber:
    """A confirmed subscriber (addresses under example.test); consent as the subscription form words it."""

    email: str
    language: str
    confirmed: int  # days before the load date
    rhythm: str = "weekly"
    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()  # slugs in the funding catalogue: reminders before their calls close


@dataclass(frozen=True)
class DemoInquiry:
    """A case opened by the public "looking for a partner" form."""

    organisation_name: str
    contact_name: str
    email: str
    country: str
    message: str
    themes: tuple[str, ...] = ()
    status: str = "new"


@dataclass(frozen=True)
class DemoSharing:
    opportunities: tuple[DemoOpportunity, ...] = ()
    subscribers: tuple[DemoSubscriber, ...] = ()
    inquiries: tuple[DemoInquiry, ...] = ()


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
    record: DemoRecord = field(default_factory=DemoRecord)
    strategy: DemoStrategy | None = None
    sharing: DemoSharing = field(default_factory=DemoSharing)

"""Build the demo workspaces of data.py through the audited writes, in one transaction, each record with its entry.

Every record is validated as full_clean() validates it before it is saved, so the demo cannot hold what a form
would refuse.
What a workspace shares with its region (opportunities, subscribers, a partner inquiry) is dated from the moment
the demo is loaded. Shared records (themes, directory organisations, users) are reused when they exist already;
funding programmes are looked up in the catalogue by slug, and a project whose programme is missing is loaded
without one (a warning names it).
"""

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models, transaction
from django.utils import timezone, translation

from kumppani.activities.models import Activity
from kumppani.audit import writes
from kumppani.core import ownership
from kumppani.demo import data
from kumppani.demo.shapes import (
    DemoActivity,
    DemoAdvocacy,
    DemoGoodPractice,
    DemoIndicator,
    DemoInquiry,
    DemoInternship,
    DemoOpportunity,
    DemoOrganisation,
    DemoProject,
    DemoRecord,
    DemoRole,
    DemoSharing,
    DemoStrategy,
    DemoSubscriber,
    DemoWorkspace,
)
from kumppani.directory.models import (
    Membership,
    Organisation,
    Partnership,
    Person,
    Region,
    Representation,
    Theme,
)
from kumppani.directory.normalise import normalise_name
from kumppani.funding.models import Programme
from kumppani.opportunities import sources
from kumppani.opportunities.models import Opportunity, OpportunityKind, end_of_day
from kumppani.projects.models import Output, Project, ProjectPartner, StatusChange
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship
from kumppani.strategy import definitions
from kumppani.strategy.models import Indicator, ManualValue, Measure, Strategy
from kumppani.subscriptions.forms import consent_wording
from kumppani.subscriptions.models import PartnerInquiry, Subscriber, SubscriberStatus
from kumppani.workspaces.models import FocusArea, Workspace, WorkspaceMember

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=models.Model)


def saved(obj: M, **links: Iterable[models.Model]) -> M:
    """Validate the record as full_clean() does, then create it (and its many-to-many links) through the audited
    writes: the history gets its entry and the events their say (the partner index follows after the commit).

    Only the look-up proving that a related record exists is skipped for relations to instances fetched or saved
    in this transaction (they exist): it saves a third of the demo's queries.
    """
    fetched = [field.name for field in obj._meta.concrete_fields
               if isinstance(field, models.ForeignKey) and field.is_cached(obj)
               and getattr(getattr(obj, field.name), "pk", None) is not None]
    obj.clean_fields(exclude=fetched)
    obj.clean()
    obj.validate_unique()
    obj.validate_constraints()
    writes.create_record(None, owner(obj), obj, m2m=dict(links) or None)
    return obj


def owner(obj: models.Model) -> Workspace | None:
    """The workspace a new record belongs to (its history's), followed through the in-memory parents."""
    path = ownership.owner_path(type(obj))
    if path is None:
        return None
    if path == "pk":
        return obj  # type: ignore[return-value]
    found: Any = obj
    for name in path.split("__"):
        found = getattr(found, name, None)
    return found


@transaction.atomic
def load_demo(now: datetime.datetime | None = None) -> list[str]:
    """Create the missing demo workspaces with their cooperation record, and the demo users; return the new slugs.

    Opportunities and subscriptions are dated from now (or the moment given). The partner-search index follows
    the writes' events once the transaction commits (each organisation reindexed once).
    """
    now = now or timezone.now()
    themes = {slug: ensure_theme(slug, name) for slug, name in data.THEMES.items()}
    organisations = {key: ensure_organisation(spec, themes) for key, spec in data.ORGANISATIONS.items()}
    users = ensure_users()
    created = [build_workspace(spec, organisations, themes, users[data.RECORD_AUTHOR], now)
               for spec in data.WORKSPACES if not Workspace.objects.filter(slug=spec.slug).exists()]
    grant_roles(users, {workspace.slug: workspace for workspace in created})
    return [workspace.slug for workspace in created]


def ensure_theme(slug: str, name: dict[str, str]) -> Theme:
    theme = Theme.objects.filter(slug=slug).first()
    return theme or saved(Theme(slug=slug, name=name))


def ensure_organisation(spec: DemoOrganisation, themes: dict[str, Theme]) -> Organisation:
    existing = Organisation.objects.filter(country=spec.country, normalised_name=normalise_name(spec.name)).first()
    if existing:
        return existing
    organisation = saved(Organisation(
        name=spec.name, short_name=spec.short_name, type=spec.type, country=spec.country,
        region=Region.objects.get(code=spec.region) if spec.region else None,
        website=spec.website, description=spec.description, business_id=spec.business_id,
    ), themes=[themes[slug] for slug in spec.themes])
    return organisation


def build_workspace(spec: DemoWorkspace, organisations: dict[str, Organisation], themes: dict[str, Theme],
                    author: User, now: datetime.datetime) -> Workspace:
    workspace = saved(Workspace(slug=spec.slug, name=spec.name, organisation=organisations[spec.organisation],
                                intro=spec.intro, public=True))
    focus_areas = {position: saved(FocusArea(workspace=workspace, position=position, title=title, body=body))
                   for position, (title, body) in enumerate(spec.focus_areas, start=1)}
    memberships = {
        item.network: saved(Membership(workspace=workspace, network=organisations[item.network],
                                       description=item.description, since=item.since))
        for item in spec.memberships
    }
    for item in spec.partnerships:
        saved(Partnership(workspace=workspace, organisation=organisations[item.organisation],
                          description=item.description, since=item.since),
              themes=[themes[slug] for slug in item.themes])
    for contact in spec.contacts:
        person = saved(Person(
            workspace=workspace, name=contact.person.name, title=contact.person.title, kind=contact.person.kind,
            organisation=organisations[spec.organisation], email=contact.person.email, phone=contact.person.phone,
            consent_to_publish=contact.person.consent_date is not None, consent_date=contact.person.consent_date,
        ))
        for position, role in enumerate(contact.roles):
            saved(Representation(workspace=workspace, person=person, position=position,
                                 **role_target(role, memberships, themes)))
    build_record(spec.record, Refs(workspace, organisations, themes, memberships, focus_areas, author))
    if spec.strategy:
        build_strategy(spec.strategy, workspace, focus_areas, organisations)
    build_sharing(spec.sharing, workspace, themes, now)
    return workspace


def role_target(role: DemoRole, memberships: dict[str, Membership], themes: dict[str, Theme]) -> dict[str, Any]:
    term = {"role": role.role, "starts_on": role.starts_on, "ends_on": role.ends_on}
    if role.network:
        return term | {"membership": memberships[role.network]}
    if role.theme:
        return term | {"theme": themes[role.theme]}
    return term | {"topic": role.topic}


def ensure_users() -> dict[str, User]:
    """The demo users by username; existing users keep their password."""
    user_model = get_user_model()
    users = {}
    for spec in data.USERS:
        user = user_model.objects.filter(username=spec.username).first()
        if user is None:
            user = user_model.objects.create_user(spec.username, f"{spec.username}@example.fi", data.PASSWORD,
                                                  first_name=spec.first_name)
        users[spec.username] = user
    return users


def grant_roles(users: dict[str, User], workspaces: dict[str, Workspace]) -> None:
    """The demo users' roles in the workspaces created now."""
    for spec in data.USERS:
        for slug, role in spec.roles.items():
            if slug in workspaces:  # created now: no member yet
                saved(WorkspaceMember(workspace=workspaces[slug], user=users[spec.username], role=role))


# The cooperation record: projects, activities, good practices, advocacy and internships of one workspace.


@dataclass
class Refs:
    """What a workspace's record refers to by key: directory organisations, themes, its networks and focus areas."""

    workspace: Workspace
    organisations: dict[str, Organisation]
    themes: dict[str, Theme]
    memberships: dict[str, Membership]
    focus_areas: dict[int, FocusArea]
    author: User
    projects: dict[str, Project] = field(default_factory=dict)

    def focus_area(self, position: int | None) -> FocusArea | None:
        return self.focus_areas[position] if position else None

    def theme_list(self, slugs: tuple[str, ...]) -> list[Theme]:
        return [self.themes[slug] for slug in slugs]


def build_record(record: DemoRecord, refs: Refs) -> None:
    for project in record.projects:
        refs.projects[project.key] = build_project(project, refs)
    for activity in record.activities:
        build_activity(activity, refs)
    for practice in record.good_practices:
        build_good_practice(practice, refs)
    for item in record.advocacy:
        build_advocacy(item, refs)
    for internship in record.internships:
        build_internship(internship, refs)


def catalogue_programme(slug: str, project_key: str) -> Programme | None:
    """The programme of the funding catalogue; a missing one leaves the project without a programme."""
    if not slug:
        return None
    programme = Programme.objects.filter(slug=slug).first()
    if programme is None:
        logger.warning("Demo project %s: programme %r is not in the funding catalogue; loaded without a programme.",
                       project_key, slug)
    return programme


def build_project(spec: DemoProject, refs: Refs) -> Project:
    project = saved(Project(
        workspace=refs.workspace, title=spec.title, summary=spec.summary, status=spec.status,
        programme=catalogue_programme(spec.programme, spec.key), starts_on=spec.starts_on, ends_on=spec.ends_on,
        total_budget=spec.total_budget, grant=spec.grant, own_share=spec.own_share,
        focus_area=refs.focus_area(spec.focus_area),
    ), themes=refs.theme_list(spec.themes))
    for partner in spec.partners:
        saved(ProjectPartner(project=project, organisation=refs.organisations[partner.organisation], role=partner.role,
                             budget=partner.budget))
    for change in spec.statuses:
        saved(StatusChange(project=project, status=change.status, on=change.on, author=refs.author, note=change.note))
    for output in spec.outputs:
        saved(Output(project=project, kind=output.kind, title=output.title, description=output.description,
                     delivered_on=output.delivered_on))
    return project


def build_activity(spec: DemoActivity, refs: Refs) -> Activity:
    counts = spec.participants
    activity = saved(Activity(
        workspace=refs.workspace, type=spec.type, title=spec.title, description=spec.description,
        starts_on=spec.starts_on, ends_on=spec.ends_on, country=spec.country, town=spec.town,
        project=refs.projects[spec.project] if spec.project else None,
        membership=refs.memberships[spec.network] if spec.network else None,
        focus_area=refs.focus_area(spec.focus_area),
        participants=counts.total if counts else None,
        young_participants=counts.young if counts else None,
        women=counts.women if counts else None,
        men=counts.men if counts else None,
        other_gender=counts.other if counts else None,
        organisations_represented=counts.organisations if counts else None,
        countries_represented=sorted(counts.countries) if counts else [],
        international=spec.international, youth_led=spec.youth_led, crosses_area_types=spec.crosses_area_types,
        history_based=spec.history_based,
    ), organisers=[refs.organisations[key] for key in spec.organisers], themes=refs.theme_list(spec.themes))
    return activity


def build_good_practice(spec: DemoGoodPractice, refs: Refs) -> GoodPractice:
    practice = saved(GoodPractice(
        workspace=refs.workspace, title=spec.title, learned=spec.learned, uptake=spec.uptake,
        source_organisation=refs.organisations[spec.source_organisation] if spec.source_organisation else None,
        source_country=spec.source_country,
        source_project=refs.projects[spec.source_project] if spec.source_project else None,
        taken_up_at=spec.taken_up_at, taken_up_on=spec.taken_up_on,
    ), themes=refs.theme_list(spec.themes))
    return practice


def build_advocacy(spec: DemoAdvocacy, refs: Refs) -> AdvocacyItem:
    return saved(AdvocacyItem(
        workspace=refs.workspace, topic=spec.topic, position=spec.position, dated=spec.dated, outcome=spec.outcome,
        channel=refs.organisations[spec.channel] if spec.channel else None,
    ))


def build_internship(spec: DemoInternship, refs: Refs) -> Internship:
    internship = saved(Internship(
        workspace=refs.workspace, title=spec.title, task=spec.task, status=spec.status, starts_on=spec.starts_on,
        ends_on=spec.ends_on, apply_by=spec.apply_by,
    ))
    for applicant in spec.applicants:
        saved(Applicant(internship=internship, name=applicant.name, email=applicant.email,
                        applied_on=applicant.applied_on, status=applicant.status, notes=applicant.notes))
    return internship


# The strategy: its period, the workspace's focus areas under it, and its indicators.


def build_strategy(spec: DemoStrategy, workspace: Workspace, focus_areas: dict[int, FocusArea],
                   organisations: dict[str, Organisation]) -> Strategy:
    strategy = saved(Strategy(workspace=workspace, name=spec.name, starts_on=spec.starts_on, ends_on=spec.ends_on))
    for area in focus_areas.values():
        writes.update_record(None, workspace, area, {"strategy": strategy})
    measures = {position: saved(Measure(strategy=strategy, position=position, title=title))
                for position, title in enumerate(spec.measures, start=1)}
    for position, indicator in enumerate(spec.indicators, start=1):
        build_indicator(indicator, strategy, position, focus_areas, organisations, measures)
    return strategy


def indicator_filters(spec: DemoIndicator, focus_areas: dict[int, FocusArea],
                      organisations: dict[str, Organisation]) -> dict[str, Any]:
    """The filters as definitions.clean_filters takes them: networks and focus areas by id."""
    filters = dict(spec.filters)
    if "network" in filters:
        filters["network"] = [str(organisations[key].pk) for key in filters["network"]]  # type: ignore[attr-defined]
    if "focus_area" in filters:
        filters["focus_area"] = [str(focus_areas[position].pk)
                                 for position in filters["focus_area"]]  # type: ignore[attr-defined]
    return definitions.clean_filters(spec.source, spec.aggregate, filters)


def build_indicator(spec: DemoIndicator, strategy: Strategy, position: int, focus_areas: dict[int, FocusArea],
                    organisations: dict[str, Organisation], measures: dict[int, Measure]) -> Indicator:
    indicator = saved(Indicator(
        workspace=strategy.workspace, strategy=strategy, position=position, name=spec.name, unit=spec.unit,
        focus_area=focus_areas[spec.focus_area] if spec.focus_area else None,
        measure=measures[spec.measure] if spec.measure else None,
        baseline_value=spec.baseline_value, baseline_year=spec.baseline_year, target=spec.target,
        target_is_example=not spec.target_from_seed, baseline_is_example=spec.baseline_value is not None,
        yearly_targets=spec.yearly_targets, cumulative=spec.cumulative, source=spec.source, aggregate=spec.aggregate,
        filters=indicator_filters(spec, focus_areas, organisations),
    ))
    for value in spec.manual_values:
        saved(ManualValue(indicator=indicator, year=value.year, value=value.value, source=value.source,
                          evidence_url=value.evidence_url))
    return indicator


# What the workspace shares with its region: opportunities, subscribers and partner inquiries, dated from now.


def build_sharing(spec: DemoSharing, workspace: Workspace, themes: dict[str, Theme], now: datetime.datetime) -> None:
    for opportunity in spec.opportunities:
        build_opportunity(opportunity, workspace, themes, now)
    for subscriber in spec.subscribers:
        build_subscriber(subscriber, workspace, themes, now)
    for inquiry in spec.inquiries:
        build_inquiry(inquiry, workspace, themes)


def days_from(now: datetime.datetime, days: int) -> datetime.date:
    return timezone.localdate(now) + datetime.timedelta(days=days)


def at_hour(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def catalogue_programmes(slugs: Iterable[str], label: str) -> list[Programme]:
    """The programmes of the funding catalogue by slug; a missing one is left out, and a warning names it."""
    programmes = list(Programme.objects.filter(slug__in=slugs))
    missing = set(slugs) - {programme.slug for programme in programmes}
    if missing:
        logger.warning("Demo %s: programmes %s are not in the funding catalogue; left out.", label, sorted(missing))
    return programmes


def from_record(spec: DemoOpportunity, workspace: Workspace, now: datetime.datetime) -> dict[str, Any] | None:
    """What "Publish as opportunity" takes from the record's activity or internship; None when it is past."""
    fields: dict[str, Any] = {}
    if spec.activity:
        fields = sources.from_activity(Activity.objects.get(workspace=workspace, title__fi=spec.activity))
        fields["activity"] = Activity.objects.get(pk=fields["activity"])
        if fields["ends_at"] < now:
            return None
    if spec.internship:
        fields = sources.from_internship(Internship.objects.get(workspace=workspace, title__fi=spec.internship))
        fields["internship"] = Internship.objects.get(pk=fields["internship"])
        if fields["deadline"] is None or fields["deadline"] < now:
            return None
    return fields


def opportunity_fields(spec: DemoOpportunity, now: datetime.datetime) -> dict[str, Any]:
    """The opportunity's own text, dates, place, countries and themes, its dates counted from now."""
    starts = days_from(now, spec.starts) if spec.starts is not None else None
    return {
        "kind": spec.kind, "title": spec.title, "body": spec.body, "link": spec.link, "location": spec.location,
        "deadline": end_of_day(days_from(now, spec.deadline)) if spec.deadline is not None else None,
        "starts_at": at_hour(starts, 9) if starts else None,
        "ends_at": end_of_day(starts + datetime.timedelta(days=spec.days - 1)) if starts else None,
        "countries": list(spec.countries),
    }


def expiry(spec: DemoOpportunity, fields: dict[str, Any], now: datetime.datetime) -> datetime.datetime | None:
    """When the opportunity is no longer of use: given, or the end of an event, or the deadline."""
    if spec.expires is not None:
        return end_of_day(days_from(now, spec.expires))
    if spec.kind == OpportunityKind.EVENT:
        return fields.get("ends_at")
    return fields.get("deadline") if spec.kind != OpportunityKind.NEWS else None


def publish_moment(spec: DemoOpportunity, now: datetime.datetime) -> datetime.datetime:
    """8 o'clock of the publishing day; published today means by now, even when the demo is loaded earlier."""
    moment = at_hour(days_from(now, spec.published), 8)
    return min(now, moment) if spec.published <= 0 else moment


def build_opportunity(spec: DemoOpportunity, workspace: Workspace, themes: dict[str, Theme],
                      now: datetime.datetime) -> Opportunity | None:
    fields = from_record(spec, workspace, now) if spec.activity or spec.internship else opportunity_fields(spec, now)
    if fields is None:
        return None
    record_themes = fields.pop("themes", [])
    programmes = catalogue_programmes([spec.programme], "opportunity") if spec.programme else []
    opportunity = saved(Opportunity(
        workspace=workspace, **fields, programme=programmes[0] if programmes else None,
        languages=list(spec.languages), publish_on=publish_moment(spec, now), expires_on=expiry(spec, fields, now),
    ), themes=[themes[slug] for slug in spec.themes] if spec.themes else Theme.objects.filter(pk__in=record_themes))
    return opportunity


def build_subscriber(spec: DemoSubscriber, workspace: Workspace, themes: dict[str, Theme],
                     now: datetime.datetime) -> Subscriber:
    """A subscriber who confirmed by e-mail, with the consent wording of the form in their language."""
    confirmed = now - datetime.timedelta(days=spec.confirmed)
    with translation.override(spec.language):
        consent = consent_wording(workspace)
    subscriber = saved(Subscriber(
        workspace=workspace, email=spec.email, language=spec.language, rhythm=spec.rhythm,
        countries=list(spec.countries), status=SubscriberStatus.ACTIVE, consent_text=consent,
        consent_given_at=confirmed - datetime.timedelta(minutes=7), confirmed_at=confirmed,
    ), themes=[themes[slug] for slug in spec.themes],
        programmes=catalogue_programmes(spec.programmes, f"subscriber {spec.email}"))
    return subscriber


def build_inquiry(spec: DemoInquiry, workspace: Workspace, themes: dict[str, Theme]) -> PartnerInquiry:
    inquiry = saved(PartnerInquiry(
        workspace=workspace, organisation_name=spec.organisation_name, contact_name=spec.contact_name,
        email=spec.email, country=spec.country, message=spec.message, status=spec.status,
    ), themes=[themes[slug] for slug in spec.themes])
    return inquiry

"""Reads for the public page: only what the workspace publishes, in a fixed number of queries.

Texts are localised when they are read, so call these inside translation.override(language).
"""

import datetime
import itertools
import re
from dataclasses import dataclass, field

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from kumppani.core.maps import europe_map
from kumppani.core.translated import ShownText, localized, shown_text
from kumppani.directory import stewardship
from kumppani.directory.models import (
    Membership,
    MembershipStatus,
    OrganisationOverride,
    Partnership,
    PartnershipStatus,
    Person,
    Representation,
    country_name,
)
from kumppani.strategy.models import Measure, Strategy
from kumppani.workspaces.models import FocusArea, Workspace


@dataclass
class PublicContact:
    """A published person, grouped with the networks, themes and topics they answer for.

    It carries no e-mail address: only its parts, reversed, for the page script to assemble.
    """

    person_id: int
    name: str
    title: ShownText
    phone: str
    phone_uri: str
    mail_user: str
    mail_domain: str
    subjects: list[str] = field(default_factory=list)


@dataclass
class PublicPartner:
    name: str
    website: str
    region: str
    description: ShownText
    since: datetime.date | None
    themes: list[str]


@dataclass
class CountryGroup:
    name: str
    partners: list[PublicPartner]
    code: str = ""


@dataclass
class PublicPageContent:
    focus_areas: list[FocusArea]
    strategy_measures: list[Measure]  # measures of the strategy as a whole ("examples of measures")
    memberships: list[Membership]
    partners_by_country: list[CountryGroup]
    contacts: list[PublicContact]


def page_content(workspace: Workspace) -> PublicPageContent:
    return PublicPageContent(
        focus_areas=list(FocusArea.objects.filter(workspace=workspace).order_by("position", "id")),
        strategy_measures=strategy_measures(workspace, timezone.localdate()),
        memberships=shown_memberships(workspace),
        partners_by_country=partners_by_country(published_partners(workspace)),
        contacts=contacts(published_representations(workspace, timezone.localdate())),
    )


def partner_map(groups: list[CountryGroup]) -> SafeString:
    """The partners by country on a map of Europe (the list of countries beside it says the same in words)."""
    return europe_map({group.code: len(group.partners) for group in groups}, _("Our partners by country"),
                      {group.code: group.name for group in groups}, css_class="partner-map")


def strategy_measures(workspace: Workspace, today: datetime.date) -> list[Measure]:
    """The measures of the workspace's current strategy (the one running today, else the latest) as a whole."""
    strategies = Strategy.objects.filter(workspace=workspace)
    current = strategies.filter(starts_on__lte=today, ends_on__gte=today).first() or strategies.first()
    if current is None:
        return []
    return list(Measure.objects.filter(strategy=current, focus_area__isnull=True).order_by("position", "id"))


def published_memberships(workspace: Workspace) -> QuerySet[Membership]:
    return Membership.objects.filter(workspace=workspace, status=MembershipStatus.ACTIVE).select_related(
        "network").order_by("network__name", "id")


def shown_memberships(workspace: Workspace) -> list[Membership]:
    """The published memberships, their networks shown with the workspace's own values where it keeps any."""
    memberships = list(published_memberships(workspace))
    stewardship.apply_overrides(workspace, [membership.network for membership in memberships])
    return memberships


def _own_value(workspace: Workspace, name: str) -> Subquery:
    return Subquery(OrganisationOverride.objects.filter(workspace=workspace, organisation=OuterRef("organisation"))
                    .exclude(**{name: ""}).values(name)[:1])


def published_partners(workspace: Workspace) -> list[tuple[str, PublicPartner]]:
    """(country code, partner) pairs, by country and name. Plain rows: a page may list hundreds of partners.

    The workspace's own name, short name and website of an organisation replace the shared ones."""
    rows = (Partnership.objects.filter(workspace=workspace).exclude(status=PartnershipStatus.ENDED)
            .annotate(shown_name=Coalesce(_own_value(workspace, "name"), "organisation__name"),
                      shown_short_name=Coalesce(_own_value(workspace, "short_name"), "organisation__short_name"),
                      shown_website=Coalesce(_own_value(workspace, "website"), "organisation__website"))
            .order_by("organisation__country", "shown_name", "id")
            .values_list("id", "organisation__country", "shown_name", "shown_short_name",
                         "shown_website", "organisation__region__name", "description", "since"))
    themes = themes_of_partnerships(workspace)
    return [(country, PublicPartner(name=f"{name} ({short_name})" if short_name else name, website=website,
                                    region=region or "", description=shown_text(description), since=since,
                                    themes=themes.get(pk, [])))
            for pk, country, name, short_name, website, region, description, since in rows]


def themes_of_partnerships(workspace: Workspace) -> dict[int, list[str]]:
    links = (Partnership.themes.through.objects.filter(partnership__workspace=workspace)
             .order_by("theme__slug").values_list("partnership_id", "theme__name"))
    themes: dict[int, list[str]] = {}
    for partnership_id, name in links:
        themes.setdefault(partnership_id, []).append(localized(name))
    return themes


def published_representations(workspace: Workspace, today: datetime.date) -> QuerySet[Representation]:
    """Current roles of people who consented to be published, person by person."""
    return (Representation.objects.filter(workspace=workspace, person__consent_to_publish=True)
            .filter(Q(starts_on__isnull=True) | Q(starts_on__lte=today))
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
            .select_related("person", "membership__network", "theme")
            .order_by("person__name", "person_id", "position", "id"))


def partners_by_country(partners: list[tuple[str, PublicPartner]]) -> list[CountryGroup]:
    groups = [CountryGroup(country_name(code), [partner for _code, partner in members], code)
              for code, members in itertools.groupby(partners, key=lambda item: item[0])]
    return sorted(groups, key=lambda group: group.name)


def contacts(representations: QuerySet[Representation]) -> list[PublicContact]:
    found = []
    for _person_id, roles in itertools.groupby(representations, key=lambda item: item.person_id):
        roles_of_person = list(roles)
        contact = public_contact(roles_of_person[0].person)
        contact.subjects = [role.subject for role in roles_of_person]
        found.append(contact)
    return found


def public_contact(person: Person) -> PublicContact:
    user, _at, domain = person.email.rpartition("@")
    return PublicContact(
        person_id=person.pk, name=person.name, title=shown_text(person.title), phone=person.phone,
        phone_uri=re.sub(r"[^\d+]", "", person.phone), mail_user=user[::-1], mail_domain=domain[::-1] if user else "",
    )


def contactable_person(workspace: Workspace, person_id: int) -> Person:
    """A published person of the workspace whom the contact form can reach; else 404."""
    person = Person.objects.filter(workspace=workspace, pk=person_id, consent_to_publish=True).exclude(
        email="").first()
    if person is None:
        raise Http404
    return person

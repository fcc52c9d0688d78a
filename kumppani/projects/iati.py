"""Projects and their participating organisations as IATI 2.03 activity XML (https://iatistandard.org/en/iati-standard/203/).

One function per element of an iati-activity, called in the order the schema requires (ACTIVITY_PARTS): another
part, such as the indicator results, is added by inserting its function at its place in that sequence.
"""

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from kumppani.directory.models import Organisation, OrganisationType
from kumppani.projects.models import PartnerRole, Project, Status

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CURRENCY = "EUR"

# IATI ActivityStatus: 1 pipeline/identification, 2 implementation, 3 finalisation, 4 closed, 5 cancelled.
ACTIVITY_STATUS: dict[str, str] = {
    Status.IDEA: "1", Status.PREPARING: "1", Status.SUBMITTED: "1", Status.APPROVED: "1",
    Status.RUNNING: "2", Status.CLOSED: "4", Status.REJECTED: "5",
}
# IATI ActivityDateType.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
# IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.
FUNDING, ACCOUNTABLE, IMPLEMENTING = "1", "2", "4"
PARTNER_ROLES: dict[str, tuple[str, ...]] = {
    PartnerRole.LEAD: (ACCOUNTABLE, IMPLEMENTING), PartnerRole.PARTNER: (IMPLEMENTING,),
    PartnerRole.ASSOCIATED: (IMPLEMENTING,),
}
# IATI OrganisationType for ours.
ORGANISATION_TYPE: dict[str, str] = {
    OrganisationType.LEADER_GROUP: "22", OrganisationType.FLAG: "22", OrganisationType.REGIONAL_COUNCIL: "11",
    OrganisationType.MUNICIPALITY: "11", OrganisationType.UNIVERSITY: "80", OrganisationType.SCHOOL: "80",
    OrganisationType.RESEARCH: "80", OrganisationType.COMPANY: "70", OrganisationType.ASSOCIATION: "22",
    OrganisationType.FOUNDATION: "60", OrganisationType.NETWORK: "21", OrganisationType.CHAMBER: "90",
    OrganisationType.PUBLIC_BODY: "15", OrganisationType.EU_BODY: "40", OrganisationType.OTHER: "90",
}
# IATI BudgetType 1 original; BudgetStatus 1 indicative, 2 committed.
COMMITTED_STATUSES = {Status.APPROVED, Status.RUNNING, Status.CLOSED}
# Tags in the reporting organisation's own vocabulary (IATI TagVocabulary 99).
OWN_VOCABULARY = "99"
# Sectors: our themes as OECD DAC 5-digit purpose codes (IATI SectorVocabulary 1). A theme not listed here (a
# workspace's own) adds no sector; a project with no listed theme has 99810 "Sectors not specified".
DAC_VOCABULARY = "1"
SECTORS_NOT_SPECIFIED = "99810"
DAC_SECTOR: dict[str, str] = {
    "tourism": "33210", "community-tourism": "33210",  # Tourism policy and administrative management
    "local-products": "31120",  # Agricultural development
    "green-care": "16010",  # Social protection
    "youth": "16015",  # Social services (incl. youth development)
    "fisheries": "31310",  # Fishing policy and administrative management
    "rural-development": "43040",  # Rural development
    "village-action": "15150",  # Democratic participation and civil society
    "social-entrepreneurship": "32130",  # Small and medium-sized enterprises (SME) development
    "eu-information": "22010",  # Communications policy and administrative management
    "education-export": "11110",  # Education policy and administrative management
    "creative-economy": "16061",  # Culture and recreation
    "research-innovation": "43082",  # Research/scientific institutions
    "business-cooperation": "25010",  # Business policy and administration
    "eu-advocacy": "15110",  # Public sector policy and administrative management
    "energy": "23110",  # Energy policy and administrative management
    "environment": "41010",  # Environmental policy and administrative management
}
# IATI BudgetNotProvided offers 1 commercial restrictions, 2 legal restrictions, 3 rapid onset emergency; none
# says "not known yet". A project without a budget is one still being prepared for a competitive call, whose
# figures stay confidential until the decision: the commercial restriction is the nearest.
BUDGET_NOT_PROVIDED = "1"
# Organisation-identifier prefixes of IATI's OrganisationRegistrationAgency codelist that the export uses (see
# iati_ruleset/README.md), and XI-PIC for the EU's Participant Identification Code.
REGISTERED_PREFIXES = frozenset({"FI-PRO", "EE-RIK", "DK-CVR", "NO-BRC", "SE-ON", "XI-PIC"})
# A VAT number that carries a national registry number: the prefix and the pattern that captures it.
VAT_REGISTRIES: dict[str, tuple[str, str]] = {
    "DK": ("DK-CVR", r"DK(\d{8})"), "NO": ("NO-BRC", r"NO(\d{9})(MVA)?"), "SE": ("SE-ON", r"SE(\d{10})01"),
}


@dataclass
class Reporter:
    """The workspace as the reporting organisation of every activity."""

    ref: str
    type: str
    names: dict[str, str]
    country: str = ""


class MissingIdentifier(ValueError):
    """The workspace's organisation has no registered identifier to report under."""


@dataclass
class ExportContext:
    reporter: Reporter
    extra: dict[str, Any] = field(default_factory=dict)  # for parts added later (e.g. indicator results)


Part = Callable[[Project, ExportContext], Iterable[etree._Element]]


def organisation_ref(organisation: Organisation | None) -> str:
    """The organisation's identifier in the IATI organisation-identifier form (org-id.guide), or ""."""
    if organisation is None:
        return ""
    if organisation.pic:
        return f"XI-PIC-{organisation.pic}"
    if organisation.business_id:
        return f"FI-PRO-{organisation.business_id}"
    if organisation.ee_registry_code:
        return f"EE-RIK-{organisation.ee_registry_code}"
    return vat_registry_ref(organisation.vat)


def vat_registry_ref(vat: str) -> str:
    """A Danish, Norwegian or Swedish VAT number holds the national registry number: DK12345678 → DK-CVR-12345678."""
    vat = vat.upper().replace(" ", "")
    prefix, pattern = VAT_REGISTRIES.get(vat[:2], ("", ""))
    found = re.fullmatch(pattern, vat) if pattern else None
    return f"{prefix}-{found.group(1)}" if found else ""


def reporter_for(workspace: Any) -> Reporter:
    """The workspace's organisation as the reporter; raises MissingIdentifier when it has no registered identifier,
    since IATI identifies every activity by its reporter's."""
    organisation = workspace.organisation
    ref = organisation_ref(organisation)
    if not ref:
        raise MissingIdentifier(_(
            "The IATI export needs your organisation's registered identifier (a Finnish business ID, an Estonian "
            "registry code, an EU PIC, or a Danish, Norwegian or Swedish VAT number). Add it to %(organisation)s "
            "in the directory, or link your workspace to its organisation.")
            % {"organisation": organisation.name if organisation else workspace.name})
    return Reporter(ref=ref, type=ORGANISATION_TYPE.get(organisation.type, "90"), names={"": organisation.name},
                    country=organisation.country)


# Helpers -------------------------------------------------------------------------------------------------------


def element(tag: str, attributes: dict[str, str] | None = None, children: Iterable[etree._Element] = ()) \
        -> etree._Element:
    node = etree.Element(tag, {name: value for name, value in (attributes or {}).items() if value != ""})
    node.extend(children)
    return node


def narrative(text: str, language: str = "") -> etree._Element:
    node = etree.Element("narrative", {XML_LANG: language} if language else {})
    node.text = clean_text(text)
    return node


def narratives(texts: dict[str, str] | None, fallback: str = "") -> list[etree._Element]:
    """One narrative per language, in the order of the UI languages; the fallback text when none is given."""
    texts = texts or {}
    found = [narrative(texts[code], code) for code in settings.LANGUAGE_CODES if (texts.get(code) or "").strip()]
    found += [narrative(text, code) for code, text in texts.items()
              if code not in settings.LANGUAGE_CODES and (text or "").strip()]
    return found or [narrative(fallback or "-")]


def clean_text(text: str) -> str:
    """Text without the control characters that XML 1.0 cannot carry."""
    return "".join(char for char in str(text) if char in "\t\n\r" or ord(char) >= 0x20).strip()


def money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


# Parts, in the order of the schema's sequence ------------------------------------------------------------------


def iati_identifier(project: Project, context: ExportContext) -> list[etree._Element]:
    suffix = f"{project.source}-{project.source_id}" if project.workspace_id is None and project.source_id \
        else f"P{project.pk}"
    node = etree.Element("iati-identifier")
    node.text = f"{context.reporter.ref}-{suffix}"
    return [node]


def reporting_org(project: Project, context: ExportContext) -> list[etree._Element]:
    # A public record reproduces another organisation's data: the workspace is then a secondary reporter.
    attributes = {"ref": context.reporter.ref, "type": context.reporter.type,
                  "secondary-reporter": "1" if project.workspace_id is None else ""}
    names = [narrative(name, language) for language, name in context.reporter.names.items()]
    return [element("reporting-org", attributes, names)]


def title(project: Project, context: ExportContext) -> list[etree._Element]:
    return [element("title", children=narratives(project.title, fallback=str(project.pk)))]


def description(project: Project, context: ExportContext) -> list[etree._Element]:
    # The schema requires a description: a project without a summary is described by its title.
    texts = project.summary if any((text or "").strip() for text in (project.summary or {}).values()) \
        else project.title
    return [element("description", {"type": "1"}, narratives(texts, fallback=str(project.pk)))]


def participating_orgs(project: Project, context: ExportContext) -> list[etree._Element]:
    found = []
    if project.programme and project.programme.managing_body:
        found.append(element("participating-org", {"role": FUNDING},
                             [narrative(project.programme.managing_body)]))
    for partner in project.partners.all():
        organisation = partner.organisation
        for role in PARTNER_ROLES.get(partner.role, (IMPLEMENTING,)):
            attributes = {"role": role, "ref": organisation_ref(organisation),
                          "type": ORGANISATION_TYPE.get(organisation.type, "90")}
            found.append(element("participating-org", attributes, [narrative(organisation.name)]))
    if not found:  # the schema requires one: the reporting organisation implements its own project
        reporter = context.reporter
        found.append(element("participating-org", {"role": IMPLEMENTING, "ref": reporter.ref, "type": reporter.type},
                             [narrative(name, language) for language, name in reporter.names.items()]))
    return found


def activity_status(project: Project, context: ExportContext) -> list[etree._Element]:
    return [element("activity-status", {"code": ACTIVITY_STATUS.get(project.status, "1")})]


def activity_dates(project: Project, context: ExportContext) -> list[etree._Element]:
    """Planned start and end from the project; actual ones from the dates it started running and closed."""
    reached = first_dates_of_status(project)
    # IATI requires a start: without one, the day the project was recorded stands for its planned start.
    planned_start = project.starts_on
    if planned_start is None and reached.get(Status.RUNNING) is None:
        planned_start = min(timezone.localdate(project.created_at), project.ends_on or datetime.date.max)
    dates = [(PLANNED_START, planned_start), (ACTUAL_START, reached.get(Status.RUNNING)),
             (PLANNED_END, project.ends_on), (ACTUAL_END, reached.get(Status.CLOSED))]
    return [element("activity-date", {"type": kind, "iso-date": on.isoformat()}) for kind, on in dates if on]


def shares(count: int) -> list[str]:
    """100 per cent split in `count` shares with two decimals that add up to exactly 100."""
    share = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return [f"{share}"] * (count - 1) + [f"{Decimal(100) - share * (count - 1)}"]


def with_shares(tag: str, codes: list[str], attributes: dict[str, str]) -> list[etree._Element]:
    """One element per code; with several, each carries its percentage (IATI requires them to add up to 100)."""
    if len(codes) <= 1:
        return [element(tag, {**attributes, "code": code}) for code in codes]
    return [element(tag, {**attributes, "code": code, "percentage": share})
            for code, share in zip(codes, shares(len(codes)), strict=True)]


def recipient_countries(project: Project, context: ExportContext) -> list[etree._Element]:
    """The partners' countries; without partners, the reporting organisation's country."""
    countries = sorted({partner.organisation.country for partner in project.partners.all()
                        if partner.organisation.country}) or [context.reporter.country]
    return with_shares("recipient-country", [country for country in countries if country], {})


def sectors(project: Project, context: ExportContext) -> list[etree._Element]:
    """The project's themes as OECD DAC sectors (see DAC_SECTOR)."""
    codes = sorted({DAC_SECTOR[theme.slug] for theme in project.themes.all() if theme.slug in DAC_SECTOR})
    return with_shares("sector", codes or [SECTORS_NOT_SPECIFIED], {"vocabulary": DAC_VOCABULARY})


def first_dates_of_status(project: Project) -> dict[str, datetime.date]:
    reached: dict[str, datetime.date] = {}
    for change in sorted(project.status_changes.all(), key=lambda change: (change.on, change.pk)):
        reached.setdefault(change.status, change.on)
    return reached


def tags(project: Project, context: ExportContext) -> list[etree._Element]:
    """The project's themes as tags of the reporting organisation's own vocabulary."""
    return [element("tag", {"code": theme.slug, "vocabulary": OWN_VOCABULARY}, narratives(theme.name, theme.slug))
            for theme in sorted(project.themes.all(), key=lambda theme: theme.slug)]


def budget_periods(starts_on: datetime.date, ends_on: datetime.date, total: Decimal) \
        -> list[tuple[datetime.date, datetime.date, Decimal]]:
    """The project's period cut at each new year (IATI allows a budget period of a year at most), the total shared
    by the days of each, in cents that add up to the total."""
    periods = []
    start = starts_on
    while start <= ends_on:
        end = min(ends_on, datetime.date(start.year, 12, 31))
        periods.append((start, end))
        start = end + datetime.timedelta(days=1)
    days = (ends_on - starts_on).days + 1
    amounts = [(total * ((end - start).days + 1) / days).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
               for start, end in periods[:-1]]
    amounts.append(total - sum(amounts, Decimal(0)))
    return [(start, end, value) for (start, end), value in zip(periods, amounts, strict=True)]


def budget(project: Project, context: ExportContext) -> list[etree._Element]:
    """The total budget over the project's period, one budget per calendar year, when the budget and both dates
    are known (else the activity says budget-not-provided)."""
    if project.total_budget is None or not (project.starts_on and project.ends_on) \
            or project.starts_on > project.ends_on:
        return []
    status = "2" if project.status in COMMITTED_STATUSES else "1"
    found = []
    for start, end, amount_of_period in budget_periods(project.starts_on, project.ends_on, project.total_budget):
        value = element("value", {"currency": CURRENCY, "value-date": start.isoformat()})
        value.text = money(amount_of_period)
        found.append(element("budget", {"type": "1", "status": status}, [
            element("period-start", {"iso-date": start.isoformat()}),
            element("period-end", {"iso-date": end.isoformat()}),
            value,
        ]))
    return found


# Results: supplied by an app above projects (kumppani.strategy registers its indicators' part when it is ready),
# so that the export does not import what measures the projects. ------------------------------------------------

RESULT_PARTS: list[Part] = []


def register_results(part: Part) -> None:
    """Add a part that gives an activity's result elements (once, whatever how often the app starts)."""
    if part not in RESULT_PARTS:
        RESULT_PARTS.append(part)


def results(project: Project, context: ExportContext) -> list[etree._Element]:
    return [node for part in RESULT_PARTS for node in part(project, context)]


ACTIVITY_PARTS: list[Part] = [iati_identifier, reporting_org, title, description, participating_orgs,
                              activity_status, activity_dates, recipient_countries, sectors, tags, budget, results]


# The document ---------------------------------------------------------------------------------------------------


def activity(project: Project, context: ExportContext, parts: Iterable[Part] = ()) -> etree._Element:
    attributes = {XML_LANG: settings.LANGUAGE_CODE, "default-currency": CURRENCY,
                  "last-updated-datetime": project.updated_at.isoformat(timespec="seconds")}
    node = element("iati-activity", attributes)
    for part in parts or ACTIVITY_PARTS:
        node.extend(part(project, context))
    if node.find("budget") is None:
        node.set("budget-not-provided", BUDGET_NOT_PROVIDED)
    return node


def activities_document(projects: Iterable[Project], context: ExportContext, parts: Iterable[Part] = ()) \
        -> etree._Element:
    root = element("iati-activities", {"version": IATI_VERSION,
                                       "generated-datetime": timezone.now().isoformat(timespec="seconds")})
    parts = list(parts)
    for project in projects:
        root.append(activity(project, context, parts))
    return root


def xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_chunks(projects: Iterable[Project], context: ExportContext, parts: Iterable[Part] = ()) -> Iterator[bytes]:
    """The document in pieces, one activity at a time, for a streamed response."""
    parts = list(parts)
    root = element("iati-activities", {"version": IATI_VERSION,
                                       "generated-datetime": timezone.now().isoformat(timespec="seconds")})
    opening = etree.tostring(root, encoding="unicode").replace("/>", ">")
    yield b'<?xml version="1.0" encoding="UTF-8"?>\n' + opening.encode() + b"\n"
    for project in projects:
        yield etree.tostring(activity(project, context, parts), encoding="UTF-8", pretty_print=True)
    yield b"</iati-activities>\n"

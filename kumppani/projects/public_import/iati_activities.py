"""IATI activity files (versions 2.01, 2.02 and 2.03) of any publisher, plain or gzip-compressed.

Each `iati-activity` becomes a public project record under its `iati-identifier`:
- title and descriptions in every language they carry (`narrative` with `xml:lang`, else the activity's or
  the file's default language); descriptions of several types follow one another, the general one first;
- dates from `activity-date` (the actual start and end before the planned ones), the status from
  `activity-status`, the total of the budgets when they are in euros;
- participating organisations: accountable → lead partner, implementing → partner, extending → associated
  partner (funders are not partners). Their `ref` gives the identifiers the directory stores (FI-PRO business
  ID, EE-RIK registry code, DK-CVR / NO-BRC / SE-ON as VAT numbers, XI-PIC as the EU PIC) and the country (the
  registration agency's, data/registration_agencies.json). An organisation whose country cannot be told,
  neither from its ref nor from the directory (which may know its PIC), is left out: the directory needs one;
- sectors as themes: OECD DAC codes (vocabulary 1, 2) become the themes kumppani exports them from, else a
  theme named after the DAC code list (data/dac_sectors.json, IATI Standard, CC BY 4.0); sectors of other
  vocabularies with a narrative become themes of their own.
"""

import datetime
import functools
import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lxml import etree

from kumppani.directory import identifiers
from kumppani.directory.models import Organisation, OrganisationType
from kumppani.projects.iati import DAC_SECTOR
from kumppani.projects.models import PartnerRole, Status
from kumppani.projects.public_import.labels import theme_slug
from kumppani.projects.public_import.org_types import guess_type
from kumppani.projects.public_import.parsing import CellError, checked_amount, clean_name, clean_text, parse_date
from kumppani.projects.public_import.reading import ImportRefused, open_text
from kumppani.projects.public_import.rows import BadRow, PartnerRow, ProjectRow, RowError, check_dates, status_by_dates

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VERSIONS = {"2.01", "2.02", "2.03"}
ROLES = {"2": PartnerRole.LEAD, "4": PartnerRole.PARTNER, "3": PartnerRole.ASSOCIATED}
STATUSES = {"1": Status.PREPARING, "2": Status.RUNNING, "3": Status.RUNNING, "4": Status.CLOSED,
            "5": Status.REJECTED, "6": Status.RUNNING}
ORGANISATION_TYPES = {"10": OrganisationType.PUBLIC_BODY, "11": OrganisationType.MUNICIPALITY,
                      "15": OrganisationType.PUBLIC_BODY, "21": OrganisationType.ASSOCIATION,
                      "22": OrganisationType.ASSOCIATION, "23": OrganisationType.ASSOCIATION,
                      "24": OrganisationType.ASSOCIATION, "60": OrganisationType.FOUNDATION,
                      "70": OrganisationType.COMPANY, "71": OrganisationType.COMPANY,
                      "72": OrganisationType.COMPANY, "73": OrganisationType.COMPANY,
                      "80": OrganisationType.UNIVERSITY}
DESCRIPTION_ORDER = ["1", "2", "3", "4"]  # general, objectives, target groups, other
DAC_VOCABULARIES = {"1", "2"}  # 5-digit purpose codes, 3-digit sector categories
THEME_BY_DAC = {code: slug for slug, code in reversed(DAC_SECTOR.items())}  # a code's first theme wins


@functools.cache
def registration_agencies() -> dict[str, str]:
    """IATI's organisation registration agencies (GB-COH, NL-KVK…) and the country of each (XI, XM: none)."""
    return json.loads((Path(__file__).parent / "data" / "registration_agencies.json").read_text(encoding="utf-8"))


@functools.cache
def dac_names() -> dict[str, dict[str, str]]:
    return json.loads((Path(__file__).parent / "data" / "dac_sectors.json").read_text(encoding="utf-8"))


def read_iati(binary: IO[bytes]) -> list[ProjectRow | BadRow]:
    text = open_text(binary)  # unpacked when gzip-compressed, refusing a bomb; kept open while read
    activities = list(_activities(text.buffer))  # type: ignore[attr-defined]
    known_countries = _countries_by_pic(activities)
    rows: list[ProjectRow | BadRow] = []
    for activity, language in activities:
        try:
            rows.append(_project(activity, language, known_countries))
        except RowError as error:
            rows.append(BadRow(activity.sourceline or 0, str(error)))
    return rows


def _activities(stream: IO[bytes]) -> Iterator[tuple[Any, str]]:
    parser = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                             remove_comments=True, huge_tree=False)
    file_language = "en"
    try:
        for event, element in parser:
            if event == "start" and element.getparent() is None:
                _check_root(element)
                file_language = (element.get(XML_LANG) or "en")[:2].lower()
            elif event == "end" and element.tag == "iati-activity":
                yield element, (element.get(XML_LANG) or file_language)[:2].lower()
    except etree.XMLSyntaxError as error:
        raise ImportRefused(_("line %(line)s: this is not XML (%(reason)s).")
                            % {"line": error.lineno, "reason": error.msg}) from None


def _check_root(root: Any) -> None:
    if root.tag != "iati-activities":
        raise ImportRefused(_("This is not an IATI activity file: it should start with <iati-activities>."))
    if root.get("version") not in VERSIONS:
        raise ImportRefused(_("IATI version %(version)s: versions 2.01, 2.02 and 2.03 can be imported.")
                            % {"version": root.get("version") or "–"})


def _countries_by_pic(activities: list[tuple[Any, str]]) -> dict[str, str]:
    pics = {ref.removeprefix("XI-PIC-") for activity, _language in activities
            for ref in activity.xpath("participating-org/@ref") if ref.startswith("XI-PIC-")}
    return dict(Organisation.objects.filter(pic__in=pics).values_list("pic", "country")) if pics else {}


def narratives(element: Any, language: str) -> dict[str, str]:
    """The element's texts by language; several narratives of one language are joined."""
    texts: dict[str, list[str]] = {}
    for narrative in element.findall("narrative") if element is not None else []:
        text = clean_text(narrative.text or "")
        if text:
            texts.setdefault((narrative.get(XML_LANG) or language)[:2].lower(), []).append(text)
    return {code: "\n".join(parts) for code, parts in texts.items()}


def _project(activity: Any, language: str, known_countries: dict[str, str]) -> ProjectRow:
    identifier = clean_name(activity.findtext("iati-identifier") or "")
    if not identifier:
        raise RowError(_("%(column)s: this is required.") % {"column": "iati-identifier"})
    title = narratives(activity.find("title"), language)
    if not title:
        raise RowError(_("%(column)s: this is required.") % {"column": "title"})
    starts_on, ends_on = _date(activity, "2", "1"), _date(activity, "4", "3")
    check_dates(starts_on, ends_on)
    status_code = activity.find("activity-status")
    status = STATUSES.get(status_code.get("code", "") if status_code is not None else "") or status_by_dates(
        ends_on, starts_on)
    return ProjectRow(
        line=activity.sourceline or 0, source_id=identifier, title=title, programme="",
        summary=_descriptions(activity, language), status=status, starts_on=starts_on, ends_on=ends_on,
        total_budget=_budget(activity), partners=_partners(activity, language, known_countries),
        themes=_sectors(activity, language),
    )


def _date(activity: Any, actual: str, planned: str) -> datetime.date | None:
    for kind in (actual, planned):
        found = activity.find(f"activity-date[@type='{kind}']")
        if found is not None and found.get("iso-date"):
            try:
                return parse_date(found.get("iso-date")[:10])
            except CellError as error:
                raise RowError(f"activity-date: {error}") from None
    return None


def _descriptions(activity: Any, language: str) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    found = activity.findall("description")
    found.sort(key=lambda item: DESCRIPTION_ORDER.index(item.get("type", "1"))
               if item.get("type", "1") in DESCRIPTION_ORDER else len(DESCRIPTION_ORDER))
    for description in found:
        for code, text in narratives(description, language).items():
            parts.setdefault(code, []).append(text)
    return {code: "\n\n".join(texts) for code, texts in parts.items()}


def _budget(activity: Any) -> Decimal | None:
    """The total of the original budgets (revised ones where given) when every one is in euros."""
    budgets = activity.findall("budget[@type='2']") or activity.findall("budget")
    default_currency = activity.get("default-currency", "")
    total = Decimal(0)
    for budget in budgets:
        value = budget.find("value")
        if value is None or (value.get("currency") or default_currency) != "EUR":
            return None
        try:
            total += Decimal((value.text or "").strip())
        except ArithmeticError:
            raise RowError(_("budget: “%(value)s” is not an amount.") % {"value": (value.text or "")[:40]}) from None
    try:
        return checked_amount(total, str(total)) if budgets else None
    except CellError as error:
        raise RowError(f"budget: {error}") from None


def _partners(activity: Any, language: str, known_countries: dict[str, str]) -> list[PartnerRow]:
    partners = []
    for organisation in activity.findall("participating-org"):
        role = ROLES.get(organisation.get("role", ""))
        names = narratives(organisation, language)
        name = clean_name(names.get(language) or next(iter(names.values()), "") or (organisation.text or ""))
        if role is None or not name:
            continue
        partner = from_ref(organisation.get("ref", ""), known_countries)
        if partner is None:
            continue
        partner.name, partner.role = name, role
        partner.type = str(ORGANISATION_TYPES.get(organisation.get("type", "")) or guess_type(name))
        partners.append(partner)
    return partners


Registry = tuple[str, str, Callable[[str], str]]  # country, identifier field, the field's value of the number
REGISTRIES: dict[str, Registry] = {
    "FI-PRO": ("FI", "business_id", str), "FI-YTJ": ("FI", "business_id", str),
    "EE-RIK": ("EE", "ee_registry_code", str),
    "DK-CVR": ("DK", "vat", lambda number: f"DK{number}"),
    "NO-BRC": ("NO", "vat", lambda number: f"NO{number}MVA"),
    "SE-ON": ("SE", "vat", lambda number: f"SE{number.replace('-', '')}01"),
}
VALIDATORS: dict[str, Callable[[str], None]] = {
    "business_id": identifiers.validate_finnish_business_id, "ee_registry_code":
    identifiers.validate_estonian_registry_code, "vat": identifiers.validate_vat, "pic": identifiers.validate_pic}


def from_ref(ref: str, known_countries: dict[str, str]) -> PartnerRow | None:
    """A partner (name and role still to set) with the identifier and country its IATI ref gives, or None
    when its country cannot be told."""
    ref = ref.strip().upper()
    if ref.startswith("XI-PIC-"):
        pic = ref.removeprefix("XI-PIC-")
        country = known_countries.get(pic, "")
        return PartnerRow("", country, pic=_valid("pic", pic)) if country else None
    for prefix, (country, field, value_of) in REGISTRIES.items():
        if ref.startswith(prefix + "-"):
            partner = PartnerRow("", country)
            setattr(partner, field, _valid(field, value_of(ref[len(prefix) + 1:])))
            return partner
    match = re.match(r"([A-Z]{2}-[A-Z0-9]+)-", ref)
    country = registration_agencies().get(match.group(1), "") if match else ""
    return PartnerRow("", country) if pycountry.countries.get(alpha_2=country or "-") else None


def _valid(field: str, value: str) -> str:
    try:
        VALIDATORS[field](value)
    except ValidationError:
        return ""
    return value


def _sectors(activity: Any, language: str) -> dict[str, dict[str, str]]:
    themes: dict[str, dict[str, str]] = {}
    for sector in activity.findall("sector"):
        code, vocabulary = (sector.get("code") or "").strip(), sector.get("vocabulary", "1")
        if not code:
            continue
        if vocabulary in DAC_VOCABULARIES and code in THEME_BY_DAC:
            themes[THEME_BY_DAC[code]] = dac_names().get(code, {"en": code})  # the name if the theme is new
        elif vocabulary in DAC_VOCABULARIES and code in dac_names():
            themes[theme_slug("dac", code)] = dac_names()[code]
        elif names := narratives(sector, language):
            themes[theme_slug(f"iati-{vocabulary}", code)] = {key: text[:120] for key, text in names.items()}
    return themes

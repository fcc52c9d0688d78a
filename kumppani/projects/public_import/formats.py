"""The public data sets kumppani imports, each read into ProjectRows (see each folder's README for its columns).

fi-2007, fi-2014  Finnish ERDF/ESF project lists (rakennerahastot.fi, EURA 2007)
dk-2007, dk-2014  Danish ERDF/ESF lists: descriptions and free-text partner lists; amounts in kroner
se-2014           Swedish ERDF project bank (Tillväxtverket), JSON; amounts in kronor only
no-h2020          Horizon 2020 participations of Norwegian organisations (Research Council of Norway)
cordis            CORDIS: Horizon 2020 and Horizon Europe projects and participants (cordis.py)
iati              IATI activity files of versions 2.01, 2.02, 2.03 of any publisher (iati_activities.py)
"""

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

import pycountry
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.directory.models import OrganisationType
from kumppani.directory.normalise import normalise_name
from kumppani.projects.models import PartnerRole
from kumppani.projects.public_import.cordis import read_cordis
from kumppani.projects.public_import.iati_activities import read_iati
from kumppani.projects.public_import.org_types import guess_type
from kumppani.projects.public_import.parsing import (
    CellError,
    clean_name,
    clean_text,
    kroner_to_euros,
    parse_amount,
    parse_date,
    split_partner_list,
)
from kumppani.projects.public_import.reading import CELL_COUNT, Cells, NumberedRows
from kumppani.projects.public_import.rows import (
    BadRow,
    PartnerRow,
    ProjectRow,
    RowError,
    check_dates,
    status_by_dates,
)

Builder = Callable[[NumberedRows], Iterator[ProjectRow | BadRow]]


@dataclass(frozen=True)
class Format:
    name: str
    label: Any  # lazy text
    columns: list[str]  # the columns (JSON keys) a file of this format must have
    build: Builder | None = None  # rows from the file's columns; None for a format that reads the upload itself
    delimiter: str = ","
    json: bool = False
    read: Callable[[IO[bytes]], list[ProjectRow | BadRow]] | None = None  # reads the whole upload itself


# Reading cells --------------------------------------------------------------------------------------------------


def text(cells: Cells, column: str) -> str:
    return clean_text(cells.get(column, ""))


def required(cells: Cells, column: str) -> str:
    value = text(cells, column)
    if not value:
        raise RowError(_("%(column)s: this is required.") % {"column": column})
    return value


def date(cells: Cells, column: str) -> Any:
    try:
        return parse_date(cells.get(column, ""))
    except CellError as error:
        raise RowError(f"{column}: {error}") from None


def amount(cells: Cells, column: str, decimal_mark: str) -> Decimal | None:
    try:
        return parse_amount(cells.get(column, ""), decimal_mark)
    except CellError as error:
        raise RowError(f"{column}: {error}") from None


def digest(*parts: str) -> str:
    """A stable id for a row of a list that has no project codes: a digest of the cells that tell rows apart."""
    joined = "|".join(normalise_name(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def each_row(convert: Callable[[int, Cells], ProjectRow]) -> Builder:
    """A builder that converts every row on its own; a row that cannot be converted becomes a BadRow."""

    def build(rows: NumberedRows) -> Iterator[ProjectRow | BadRow]:
        for line, cells in rows:
            if CELL_COUNT in cells:
                found, expected = cells[CELL_COUNT].split("/")
                yield BadRow(line, _("The row has %(found)s cells, the header %(expected)s.")
                             % {"found": found, "expected": expected})
                continue
            try:
                yield convert(line, cells)
            except RowError as error:
                yield BadRow(line, str(error))

    return build


def lead(name: str, country: str, vat: str = "") -> list[PartnerRow]:
    name = clean_name(name)
    return [PartnerRow(name, country, vat=vat, role=PartnerRole.LEAD, type=guess_type(name))] if name else []


def listed_partners(free_text: str, country: str, lead_name: str) -> list[PartnerRow]:
    lead_key = normalise_name(lead_name)
    return [PartnerRow(name, country, type=guess_type(name)) for name in split_partner_list(free_text)
            if normalise_name(name) != lead_key]


# Finland --------------------------------------------------------------------------------------------------------

FI_ENDED = {"toiminta päättynyt", "päättynyt", "keskeytynyt"}  # "keskeytynyt": discontinued


def finnish(title_column: str, status_column: str, programmes: dict[str, str]) -> Callable[[int, Cells], ProjectRow]:
    def convert(line: int, cells: Cells) -> ProjectRow:
        fund = text(cells, "Rahasto").upper()
        if fund not in programmes:
            raise RowError(_("Rahasto: “%(value)s” is no fund of this list (%(known)s).")
                           % {"value": fund, "known": ", ".join(programmes)})
        starts_on, ends_on = date(cells, "Aloituspvm"), date(cells, "Päättymispvm")
        check_dates(starts_on, ends_on)
        ended = text(cells, status_column).lower() in FI_ENDED
        return ProjectRow(
            line=line, source_id=required(cells, "Koodi"), title={"fi": required(cells, title_column)},
            programme=programmes[fund], starts_on=starts_on, ends_on=ends_on,
            status=status_by_dates(ends_on, starts_on, ended=ended),
            grant=amount(cells, "Myönnetty EU- ja valtion rahoitus", "."),
            total_budget=amount(cells, "Suunniteltu julkinen rahoitus yhteensä", "."),
            partners=lead(text(cells, "Toteuttajan nimi"), "FI"),
        )

    return convert


FI_COMMON = ["Koodi", "Rahasto", "Aloituspvm", "Päättymispvm", "Toteuttajan nimi",
             "Myönnetty EU- ja valtion rahoitus", "Suunniteltu julkinen rahoitus yhteensä"]

# Denmark --------------------------------------------------------------------------------------------------------


def cvr_vat(cells: Cells, column: str) -> str:
    cvr = text(cells, column)
    if not cvr:
        return ""
    if not re.fullmatch(r"\d{8}", cvr):
        raise RowError(_("%(column)s: “%(value)s” is not a CVR number (eight digits).")
                       % {"column": column, "value": cvr[:20]})
    return f"DK{cvr}"


def danish_2007(line: int, cells: Cells) -> ProjectRow:
    scheme = text(cells, "ordning").upper()
    programme = ("dk-erdf-2007-2013" if scheme.startswith("ERDF") else
                 "dk-esf-2007-2013" if scheme.startswith("ESF") else "")
    if not programme:
        raise RowError(_("ordning: “%(value)s” is neither an ERDF nor an ESF scheme.") % {"value": scheme[:20]})
    title = required(cells, "projekttitel")
    starts_on, ends_on = date(cells, "start_dato"), date(cells, "slut_dato")
    check_dates(starts_on, ends_on)
    beneficiary = text(cells, "navn")
    return ProjectRow(
        line=line, source_id="dk07-" + digest(title, cells["start_dato"], cells["slut_dato"], scheme,
                                               cells["cvr"], cells["budget"]),
        title={"da": title}, summary=_summary("da", text(cells, "tas_projekt_besk")), programme=programme,
        starts_on=starts_on, ends_on=ends_on, status=status_by_dates(ends_on, starts_on),
        total_budget=kroner_to_euros(amount(cells, "budget", ",")), grant=kroner_to_euros(amount(cells, "eu", ",")),
        partners=lead(beneficiary, "DK", cvr_vat(cells, "cvr")) + listed_partners(cells["parter"], "DK", beneficiary),
    )


DK14 = {
    "title": "Projektitel / Operation name", "start": "Startdato / Operation start date",
    "end": "Slutdato / Operation end date", "budget": "Budget / Budget",
    "eu": "EU-medfinansiering / Union co-financing", "description": "Projektbeskrivelse", "fund": "Fond / Fund",
    "country": "Land / Country", "beneficiary": "Kontraktansvarlig partner / Beneficiary name",
    "partners": "Partere / Project partners",
}
DK14_PROGRAMMES = {"R": "dk-erdf-2014-2020", "S": "dk-esf-2014-2020"}  # Regionalfonden, Socialfonden


def danish_2014(line: int, cells: Cells) -> ProjectRow:
    fund = text(cells, DK14["fund"]).upper()
    if fund not in DK14_PROGRAMMES:
        raise RowError(_("%(column)s: “%(value)s” is neither R (ERDF) nor S (ESF).")
                       % {"column": DK14["fund"], "value": fund[:20]})
    title = required(cells, DK14["title"])
    starts_on, ends_on = date(cells, DK14["start"]), date(cells, DK14["end"])
    check_dates(starts_on, ends_on)
    country = country_code(cells, DK14["country"], default="DK")
    beneficiary = text(cells, DK14["beneficiary"])
    return ProjectRow(
        line=line, source_id="dk14-" + digest(title, cells[DK14["start"]], cells[DK14["end"]], fund, beneficiary,
                                               cells[DK14["budget"]]),
        title={"da": title}, summary=_summary("da", text(cells, DK14["description"])),
        programme=DK14_PROGRAMMES[fund], starts_on=starts_on, ends_on=ends_on,
        status=status_by_dates(ends_on, starts_on),
        total_budget=kroner_to_euros(amount(cells, DK14["budget"], ",")),
        grant=kroner_to_euros(amount(cells, DK14["eu"], ",")),
        partners=lead(beneficiary, country) + listed_partners(cells[DK14["partners"]], country, beneficiary),
    )


def country_code(cells: Cells, column: str, default: str) -> str:
    name = text(cells, column)
    if not name:
        return default
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        raise RowError(_("%(column)s: “%(value)s” is not a country.")
                       % {"column": column, "value": name[:40]}) from None


def _summary(language: str, description: str) -> dict[str, str]:
    return {language: description} if description else {}


# Sweden ---------------------------------------------------------------------------------------------------------


def swedish_2014(line: int, cells: Cells) -> ProjectRow:
    starts_on, ends_on = date(cells, "projekt_starttid"), date(cells, "projekt_sluttid")
    check_dates(starts_on, ends_on)
    amount(cells, "beviljat_belopp_sek", ".")  # checked, not kept: kronor are not euros
    euros = amount(cells, "beviljat_belopp_eur", ".")
    return ProjectRow(
        line=line, source_id=required(cells, "ärende-id"), title={"sv": required(cells, "projektnamn")},
        summary=_summary("sv", text(cells, "projektbeskrivning")), programme="se-erdf-2014-2020",
        starts_on=starts_on, ends_on=ends_on, status=status_by_dates(ends_on, starts_on),
        grant=euros or None, partners=lead(text(cells, "stödmottagare"), "SE"),
    )


# Norway ---------------------------------------------------------------------------------------------------------

NO_PROJECT_COLUMNS = ["Rammeprogram", "Prosjektnavn", "Prosjektkortnavn", "Kontraktstatus", "Kontrakt startdato",
                      "Kontrakt sluttdato", "Topic"]
NO_TYPES = {"universiteter": OrganisationType.UNIVERSITY, "næringsliv": OrganisationType.COMPANY,
            "øvrige offentlige": OrganisationType.PUBLIC_BODY, "helseforetak": OrganisationType.PUBLIC_BODY}
NO_FRAMEWORKS = {"H2020": "horizon-2020"}


def norwegian_h2020(rows: NumberedRows) -> Iterator[ProjectRow | BadRow]:
    """One row per organisation's participation: a project's rows (anywhere in the file) make one project."""
    projects: dict[str, list[tuple[int, Cells]]] = {}
    for line, cells in rows:
        number = text(cells, "Prosjektnr")
        if CELL_COUNT in cells or not number:
            yield BadRow(line, _("The row has %(found)s cells, the header %(expected)s.") % dict(
                zip(("found", "expected"), cells[CELL_COUNT].split("/"), strict=True))
                if CELL_COUNT in cells else _("Prosjektnr: this is required."))
            continue
        projects.setdefault(number, []).append((line, cells))
    for number, participations in projects.items():
        try:
            yield _norwegian_project(number, participations)
        except _BadParticipation as bad:
            yield bad.row


class _BadParticipation(Exception):
    def __init__(self, line: int, reason: str):
        self.row = BadRow(line, reason)


def _norwegian_project(number: str, participations: list[tuple[int, Cells]]) -> ProjectRow:
    first_line, first = participations[0]
    for line, cells in participations[1:]:
        differing = [column for column in NO_PROJECT_COLUMNS if text(cells, column) != text(first, column)]
        if differing:
            raise _BadParticipation(line, _("%(column)s differs from line %(first)s of the same project.")
                                    % {"column": differing[0], "first": first_line})
    try:
        framework = text(first, "Rammeprogram")
        if framework not in NO_FRAMEWORKS:
            raise RowError(_("Rammeprogram: “%(value)s” is not Horizon 2020.") % {"value": framework[:20]})
        starts_on, ends_on = date(first, "Kontrakt startdato"), date(first, "Kontrakt sluttdato")
        check_dates(starts_on, ends_on)
        acronym, name = text(first, "Prosjektkortnavn"), required(first, "Prosjektnavn")
        topic = text(first, "Topic")
    except RowError as error:
        raise _BadParticipation(first_line, str(error)) from None
    ended = text(first, "Kontraktstatus").upper() in {"CLOSED", "TERMINATED"}
    return ProjectRow(
        line=first_line, source_id=number, title={"en": f"{acronym} – {name}" if acronym else name},
        summary={"en": f"Topic: {topic}"} if topic else {},  # stored text, always English
        programme=NO_FRAMEWORKS[framework], starts_on=starts_on, ends_on=ends_on,
        status=status_by_dates(ends_on, starts_on, ended=ended), partners=_norwegian_partners(participations),
    )


def _norwegian_partners(participations: list[tuple[int, Cells]]) -> list[PartnerRow]:
    """An organisation that takes part twice (two participant numbers) is one partner with both budgets."""
    partners: dict[str, PartnerRow] = {}
    seen: set[tuple[str, str]] = set()
    for line, cells in participations:
        try:
            partner = _norwegian_partner(cells)
        except RowError as error:
            raise _BadParticipation(line, str(error)) from None
        key = partner.vat or normalise_name(partner.name)
        participant = (key, text(cells, "Deltakernr"))
        if participant in seen:
            continue  # the same participation listed twice
        seen.add(participant)
        if key in partners:
            known = partners[key]
            known.budget = sum((item for item in (known.budget, partner.budget) if item is not None), Decimal(0))
            known.role = PartnerRole.LEAD if PartnerRole.LEAD in (known.role, partner.role) else known.role
        else:
            partners[key] = partner
    return list(partners.values())


def _norwegian_partner(cells: Cells) -> PartnerRow:
    name = clean_name(required(cells, "Organisasjonsnavn"))
    number = text(cells, "Organisasjonsnummer").replace(" ", "")
    if number and not re.fullmatch(r"\d{9}", number):
        raise RowError(_("Organisasjonsnummer: “%(value)s” is not an organisation number (nine digits).")
                       % {"value": number[:20]})
    category = text(cells, "FoU kategori").lower()
    kind = NO_TYPES.get(category) or (OrganisationType.RESEARCH if "institutt" in category else guess_type(name))
    role = PartnerRole.LEAD if text(cells, "Organisasjon rolle").upper() == "COORDINATOR" else PartnerRole.PARTNER
    # Norway's VAT number is the organisation number with "MVA": the one identifier field that fits it.
    return PartnerRow(name, "NO", vat=f"NO{number}MVA" if number else "", role=role, type=str(kind),
                      budget=amount(cells, "Innvilget beløp organisasjon EUR", "."))


# The formats ----------------------------------------------------------------------------------------------------

FORMATS: dict[str, Format] = {
    "fi-2007": Format(
        "fi-2007", gettext_lazy("Finland, ERDF and ESF projects 2007–2013 (rakennerahastot.fi)"),
        ["Projektin nimi", "Ohjelma / osio", "Toiminnan tila", *FI_COMMON],
        each_row(finnish("Projektin nimi", "Toiminnan tila", {"EAKR": "fi-erdf-2007-2013",
                                                               "ESR": "fi-esf-2007-2013"}))),
    "fi-2014": Format(
        "fi-2014", gettext_lazy("Finland, ERDF and ESF projects 2014–2020 (rakennerahastot.fi)"),
        ["Hankkeen nimi", "Tila", *FI_COMMON],
        each_row(finnish("Hankkeen nimi", "Tila", {"EAKR": "fi-sustainable-growth-2014-2020",
                                                    "ESR": "fi-sustainable-growth-2014-2020"}))),
    "dk-2007": Format(
        "dk-2007", gettext_lazy("Denmark, ERDF and ESF projects 2007–2013"),
        ["projekttitel", "start_dato", "slut_dato", "ordning", "budget", "eu", "tas_projekt_besk", "cvr", "navn",
         "parter"],
        each_row(danish_2007)),
    "dk-2014": Format(
        "dk-2014", gettext_lazy("Denmark, ERDF and ESF projects 2014–2020"), list(DK14.values()),
        each_row(danish_2014)),
    "se-2014": Format(
        "se-2014", gettext_lazy("Sweden, ERDF projects 2014–2020 (Tillväxtverket, JSON)"),
        ["ärende-id", "stödmottagare", "projektnamn", "projektbeskrivning", "projekt_starttid", "projekt_sluttid",
         "beviljat_belopp_sek", "beviljat_belopp_eur"],
        each_row(swedish_2014), json=True),
    "no-h2020": Format(
        "no-h2020", gettext_lazy("Norway, Horizon 2020 participations (Research Council of Norway)"),
        ["Prosjektnr", *NO_PROJECT_COLUMNS, "Organisasjonsnummer", "Organisasjonsnavn", "Organisasjon rolle",
         "Deltakernr", "FoU kategori", "Innvilget beløp organisasjon EUR"],
        norwegian_h2020, delimiter=";"),
    "cordis": Format(
        "cordis", gettext_lazy("CORDIS, Horizon 2020 and Horizon Europe projects and participants (EU, ZIP of the "
                               "project and organization files)"),
        [], read=read_cordis),
    "iati": Format(
        "iati", gettext_lazy("IATI activity file, versions 2.01–2.03 (any publisher, XML)"),
        [], read=read_iati),
}

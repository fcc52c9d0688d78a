"""A mapped import: any CSV or XLSX list of projects, read through the columns a user picked (a ColumnMapping).

One row is one organisation's part in a project. Rows with the same project code (or, without a code column, the
same title and dates) make one project with several partners. Every row is checked; each bad one is reported with
its line and the reason, and (as for every format) nothing is written unless every row is good or the user
chooses to leave the bad ones out. Projects become public records under the source `map-<mapping id>`, so that
importing the next edition of the same list through the same mapping updates them.
"""

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.directory import identifiers
from kumppani.projects.models import PartnerRole
from kumppani.projects.public_import.formats import Format, digest
from kumppani.projects.public_import.org_types import guess_type
from kumppani.projects.public_import.parsing import CellError, clean_name, clean_text, parse_date
from kumppani.projects.public_import.reading import Cells, ImportRefused
from kumppani.projects.public_import.rows import BadRow, PartnerRow, ProjectRow, RowError, check_dates, status_by_dates
from kumppani.projects.public_import.tables import read_table

FIELDS: dict[str, Any] = {
    "title": gettext_lazy("Project title"),
    "summary": gettext_lazy("Summary"),
    "organisation": gettext_lazy("Organisation"),
    "country": gettext_lazy("Country"),
    "identifier": gettext_lazy("Organisation identifier (PIC, VAT number, business ID, registry code)"),
    "starts_on": gettext_lazy("Start date"),
    "ends_on": gettext_lazy("End date"),
    "role": gettext_lazy("Role (lead, partner, associated)"),
    "project_code": gettext_lazy("Project code"),
}
REQUIRED = ("title", "organisation")
LEAD_WORDS = {"lead", "lead partner", "leadpartner", "lp", "coordinator", "coordinating", "koordinaattori",
              "päätoteuttaja", "vastuullinen toteuttaja", "hakija", "koordinator", "huvudman", "projektägare",
              "juhtpartner", "kontraktansvarlig partner", "lead beneficiary"}
ASSOCIATED_WORDS = {"associated", "associated partner", "associatedpartner", "liitännäiskumppani",
                    "associerad partner", "assotsieerunud partner", "third party"}
EU_COUNTRY_CODES = {"EL": "GR", "UK": "GB"}


@dataclass(frozen=True)
class Mapping:
    """What a ColumnMapping says, as the reader needs it."""

    source: str
    name: str
    columns: dict[str, str]  # field → the column's header
    language: str = "en"
    default_country: str = ""
    programme: str = ""  # slug

    @classmethod
    def of(cls, saved: Any) -> "Mapping":
        return cls(source=f"map-{saved.pk}", name=saved.name,
                   columns={key: value for key, value in saved.columns.items() if key in FIELDS and value},
                   language=saved.language, default_country=saved.default_country,
                   programme=saved.programme.slug if saved.programme_id else "")


def format_of(mapping: Mapping) -> Format:
    return Format(mapping.source, mapping.name, sorted(set(mapping.columns.values())),
                  read=functools.partial(read_mapped, mapping=mapping))


def headers_of(binary: IO[bytes]) -> list[str]:
    """The column headers of a CSV or XLSX file (to pick from)."""
    header, _rows = read_table(binary.read())
    binary.seek(0)
    return [column for column in header if column]


def read_mapped(binary: IO[bytes], mapping: Mapping) -> list[ProjectRow | BadRow]:
    header, rows = read_table(binary.read())
    missing = [column for column in mapping.columns.values() if column not in header]
    if missing:
        raise ImportRefused(_("The file lacks the columns %(missing)s of the mapping “%(name)s”.")
                            % {"missing": ", ".join(f"“{column}”" for column in missing), "name": mapping.name})
    projects: dict[str, list[tuple[int, Cells]]] = {}
    result: list[ProjectRow | BadRow] = []
    for line, cells in rows:
        key = _cell(cells, mapping, "project_code") or digest(
            _cell(cells, mapping, "title"), _cell(cells, mapping, "starts_on"), _cell(cells, mapping, "ends_on"))
        projects.setdefault(key, []).append((line, cells))
    for key, participations in projects.items():
        result += _project(key, participations, mapping)
    return result


def _cell(cells: Cells, mapping: Mapping, name: str) -> str:
    column = mapping.columns.get(name)
    return clean_text(cells.get(column, "")) if column else ""


def _project(key: str, participations: list[tuple[int, Cells]], mapping: Mapping) -> list[ProjectRow | BadRow]:
    bad: list[ProjectRow | BadRow] = []
    partners: list[PartnerRow] = []
    line, first = participations[0]
    try:
        project = _project_row(line, key, first, mapping)
    except RowError as error:
        bad.append(BadRow(line, str(error)))
        project = None
    for row_line, cells in participations:
        try:
            partners.append(_partner(cells, mapping))
        except RowError as error:
            bad.append(BadRow(row_line, str(error)))
    if bad or project is None:
        return bad
    project.partners = partners
    return [project]


def _project_row(line: int, key: str, cells: Cells, mapping: Mapping) -> ProjectRow:
    title = _cell(cells, mapping, "title")
    if not title:
        raise RowError(_("%(column)s: this is required.") % {"column": mapping.columns["title"]})
    starts_on, ends_on = _date(cells, mapping, "starts_on"), _date(cells, mapping, "ends_on")
    check_dates(starts_on, ends_on)
    summary = _cell(cells, mapping, "summary")
    return ProjectRow(line=line, source_id=key[:80], title={mapping.language: title},
                      summary={mapping.language: summary} if summary else {}, programme=mapping.programme,
                      starts_on=starts_on, ends_on=ends_on, status=status_by_dates(ends_on, starts_on))


def _date(cells: Cells, mapping: Mapping, name: str) -> Any:
    try:
        return parse_date(_cell(cells, mapping, name))
    except CellError as error:
        raise RowError(f"{mapping.columns[name]}: {error}") from None


def _partner(cells: Cells, mapping: Mapping) -> PartnerRow:
    name = clean_name(_cell(cells, mapping, "organisation"))
    if not name:
        raise RowError(_("%(column)s: this is required.") % {"column": mapping.columns["organisation"]})
    country = _country(cells, mapping)
    role_text = _cell(cells, mapping, "role").lower()
    role = (PartnerRole.LEAD if role_text in LEAD_WORDS else
            PartnerRole.ASSOCIATED if role_text in ASSOCIATED_WORDS else PartnerRole.PARTNER)
    partner = PartnerRow(name, country, role=role, type=guess_type(name))
    identifier = _cell(cells, mapping, "identifier").upper().replace(" ", "")
    if identifier:
        field_name, value = identifier_field(identifier, country)
        if not field_name:
            raise RowError(_("%(column)s: “%(value)s” is no PIC, VAT number, Finnish business ID or Estonian "
                             "registry code.") % {"column": mapping.columns["identifier"], "value": identifier[:30]})
        setattr(partner, field_name, value)
    return partner


def _country(cells: Cells, mapping: Mapping) -> str:
    text = _cell(cells, mapping, "country")
    if not text:
        if mapping.default_country:
            return mapping.default_country
        raise RowError(_("%(column)s: this is required.") % {"column": mapping.columns.get("country", _("Country"))})
    text = EU_COUNTRY_CODES.get(text.upper(), text)
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        raise RowError(_("%(column)s: “%(value)s” is not a country.")
                       % {"column": mapping.columns["country"], "value": text[:40]}) from None


def _valid(validate: Callable[[str], None], value: str) -> bool:
    try:
        validate(value)
    except ValidationError:
        return False
    return True


def identifier_field(identifier: str, country: str) -> tuple[str, str]:
    """Which directory field an identifier belongs in, told by its form and the organisation's country."""
    if re.fullmatch(r"\d{7}-\d", identifier) and _valid(identifiers.validate_finnish_business_id, identifier):
        return "business_id", identifier
    if country == "EE" and re.fullmatch(r"\d{8}", identifier) and _valid(
            identifiers.validate_estonian_registry_code, identifier):
        return "ee_registry_code", identifier
    national = {"DK": (r"\d{8}", "DK{}"), "NO": (r"\d{9}", "NO{}MVA")}.get(country)
    if national and re.fullmatch(national[0], identifier):
        identifier = national[1].format(identifier)
    if re.fullmatch(r"\d{9}", identifier) and _valid(identifiers.validate_pic, identifier):
        return "pic", identifier
    if re.search(r"\d", identifier) and _valid(identifiers.validate_vat, identifier):  # a VAT number has digits
        return "vat", identifier
    return "", ""


def save_mapping(*, actor: Any, workspace: Any, name: str, columns: dict[str, str], language: str,
                 default_country: str = "", programme: Any = None) -> Any:
    """Save a column mapping under its name in the workspace (replacing one of the same name); audited."""
    from kumppani.audit.writes import create_record, update_record
    from kumppani.projects.models import ColumnMapping

    values = {"columns": {key: value for key, value in columns.items() if key in FIELDS and value},
              "language": language, "default_country": default_country.upper(), "programme": programme}
    existing = ColumnMapping.objects.filter(workspace=workspace, name=name).first()
    if existing is not None:
        return update_record(actor, workspace, existing, values)
    return create_record(actor, workspace, ColumnMapping(workspace=workspace, name=name, **values))

"""CORDIS, the EU's records of Horizon 2020 and Horizon Europe projects, as the Publications Office publishes them.

The upload is a ZIP archive of the data set's files (the EU's own download, or a selection): `project` and
`organization` (CSV with `;`, or `|` or `,`; XLSX; JSON), and optionally `euroSciVoc`. The extracts people pass
around name them `projects` and `orgs`; those names are read too.

- A project: its grant number (`id`), acronym and title, its objective as the English summary, dates, status,
  total cost and the EC's maximum contribution; the framework (H2020 or Horizon Europe) from `frameworkProgramme`
  or the `legalBasis` code.
- An organisation's participation: name, country (CORDIS writes EL for Greece and UK for the United Kingdom),
  PIC (`organisationID`, else read from the `contactForm` address), VAT number when it is a valid one, its role
  (coordinator → lead partner; participant → partner; partner, associated partner, third party,
  international partner → associated partner) and its EC contribution as its budget.
- euroSciVoc: each project's fields of science (e.g. "machine learning") become its themes, so that partner
  search reads them as the participants' expertise.
"""

import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kumppani.directory.identifiers import validate_pic, validate_vat
from kumppani.directory.models import OrganisationType, validate_country
from kumppani.projects.models import PartnerRole
from kumppani.projects.public_import.labels import theme_slug
from kumppani.projects.public_import.org_types import guess_type
from kumppani.projects.public_import.parsing import CellError, checked_amount, clean_name, clean_text, parse_date
from kumppani.projects.public_import.reading import Cells, ImportRefused
from kumppani.projects.public_import.rows import BadRow, PartnerRow, ProjectRow, RowError, check_dates, status_by_dates
from kumppani.projects.public_import.tables import is_zip, members, read_table

PROJECT_FILES = ("project", "projects")
ORGANISATION_FILES = ("organization", "organisation", "organizations", "orgs")
FIELD_FILES = ("euroscivoc",)
PROJECT_COLUMNS = ["id", "acronym", "title", "startDate", "endDate", "objective"]
ORGANISATION_COLUMNS = ["projectID", "name", "country", "role"]

ROLES = {"coordinator": PartnerRole.LEAD, "participant": PartnerRole.PARTNER, "beneficiary": PartnerRole.PARTNER}
COUNTRIES = {"EL": "GR", "UK": "GB"}  # the EU's codes → ISO 3166
ACTIVITY_TYPES = {"HES": OrganisationType.UNIVERSITY, "REC": OrganisationType.RESEARCH,
                  "PRC": OrganisationType.COMPANY, "PUB": OrganisationType.PUBLIC_BODY}
ENDED = {"CLOSED", "TERMINATED"}
_PIC_IN_ADDRESS = re.compile(r"/project/(\d{9})/")


def read_cordis(binary: IO[bytes]) -> list[ProjectRow | BadRow]:
    if not is_zip(binary):
        raise ImportRefused(_("Give the CORDIS data set as a ZIP archive of its files: project and organization "
                              "(CSV, XLSX or JSON), and optionally euroSciVoc."))
    files = members(binary)
    project_file = _one_of(files, PROJECT_FILES)
    organisation_file = _one_of(files, ORGANISATION_FILES)
    if project_file is None or organisation_file is None:
        raise ImportRefused(_("The archive must hold the CORDIS files project and organization (found: %(names)s).")
                            % {"names": ", ".join(name for name, _data in files.values()) or "–"})
    projects = _table(project_file, PROJECT_COLUMNS)
    participations = _table(organisation_file, ORGANISATION_COLUMNS)
    field_file = _one_of(files, FIELD_FILES)
    fields = _fields(_table(field_file, ["projectID", "euroSciVocTitle"])) if field_file else {}
    by_project: dict[str, list[tuple[int, Cells]]] = defaultdict(list)
    for line, cells in participations:
        by_project[_text(cells, "projectID")].append((line, cells))
    rows: list[ProjectRow | BadRow] = []
    for line, cells in projects:
        try:
            rows.append(_project(line, cells, by_project.get(_text(cells, "id"), []), fields, organisation_file[0]))
        except RowError as error:
            rows.append(BadRow(line, str(error)))
    return rows


def _one_of(files: dict[str, tuple[str, bytes]], stems: tuple[str, ...]) -> tuple[str, bytes] | None:
    return next((files[stem] for stem in stems if stem in files), None)


def _table(file: tuple[str, bytes], required: list[str]) -> list[tuple[int, Cells]]:
    name, data = file
    header, rows = read_table(data, name)
    missing = [column for column in required if column not in header]
    if missing:
        raise ImportRefused(_("%(file)s lacks the columns %(missing)s.")
                            % {"file": name, "missing": ", ".join(f"“{column}”" for column in missing)})
    return rows


def _fields(rows: list[tuple[int, Cells]]) -> dict[str, dict[str, dict[str, str]]]:
    """Each project's euroSciVoc fields as themes: slug → {"en": title}."""
    fields: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for _line, cells in rows:
        title = clean_name(cells.get("euroSciVocTitle", ""))[:120]
        code = _text(cells, "euroSciVocCode") or title
        if title:
            fields[_text(cells, "projectID")][theme_slug("esv", code)] = {"en": title}
    return fields


def _text(cells: Cells, column: str) -> str:
    return clean_text(cells.get(column, ""))


def _project(line: int, cells: Cells, participations: list[tuple[int, Cells]],
             fields: dict[str, dict[str, dict[str, str]]], organisation_file: str) -> ProjectRow:
    number = _text(cells, "id")
    if not number:
        raise RowError(_("%(column)s: this is required.") % {"column": "id"})
    acronym, title = _text(cells, "acronym"), _text(cells, "title")
    if not title:
        raise RowError(_("%(column)s: this is required.") % {"column": "title"})
    starts_on, ends_on = _date(cells, "startDate"), _date(cells, "endDate")
    check_dates(starts_on, ends_on)
    objective = _text(cells, "objective")
    return ProjectRow(
        line=line, source_id=number, title={"en": f"{acronym} – {title}" if acronym else title},
        summary={"en": objective} if objective else {}, programme=_programme(cells),
        starts_on=starts_on, ends_on=ends_on,
        status=status_by_dates(ends_on, starts_on, ended=_text(cells, "status").upper() in ENDED),
        total_budget=amount(cells, "totalCost"), grant=amount(cells, "ecMaxContribution"),
        partners=_partners(participations, organisation_file), themes=fields.get(number, {}),
    )


def _programme(cells: Cells) -> str:
    framework = _text(cells, "frameworkProgramme").upper()
    legal_basis = _text(cells, "legalBasis").upper()
    if framework == "H2020" or legal_basis.startswith("H2020"):
        return "horizon-2020"
    if framework in {"HORIZON", "HORIZON EUROPE", "HE"} or legal_basis.startswith("HORIZON"):
        return "horizon-europe"
    raise RowError(_("The project is neither Horizon 2020 nor Horizon Europe (frameworkProgramme, legalBasis)."))


def _date(cells: Cells, column: str) -> datetime.date | None:
    try:
        return parse_date(_text(cells, column)[:10])
    except CellError as error:
        raise RowError(f"{column}: {error}") from None


def amount(cells: Cells, column: str) -> Decimal | None:
    """CORDIS writes amounts as "2998012,75" (CSV), "540000.0" or 1.732084396E7 (JSON)."""
    value = _text(cells, column).replace(" ", "")
    if not value:
        return None
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        return checked_amount(Decimal(value), value)
    except (InvalidOperation, CellError) as error:
        message = str(error) if isinstance(error, CellError) else _("“%(value)s” is not an amount.") % {
            "value": value[:40]}
        raise RowError(f"{column}: {message}") from None


def _partners(participations: list[tuple[int, Cells]], organisation_file: str) -> list[PartnerRow]:
    """One partner per organisation (a PIC, else a name and country), with the lead role if any row has it and
    the EC contributions of all its rows."""
    partners: dict[str, PartnerRow] = {}
    for line, cells in participations:
        try:
            partner = _partner(cells)
        except RowError as error:
            raise RowError(_("%(file)s line %(line)s: %(reason)s")
                           % {"file": organisation_file, "line": line, "reason": error}) from None
        key = partner.pic or f"{partner.country}:{partner.name.lower()}"
        known = partners.get(key)
        if known is None:
            partners[key] = partner
            continue
        if partner.budget is not None:
            known.budget = (known.budget or Decimal(0)) + partner.budget
        if partner.role == PartnerRole.LEAD:
            known.role = PartnerRole.LEAD
    return list(partners.values())


def _partner(cells: Cells) -> PartnerRow:
    name = clean_name(cells.get("name", ""))
    if not name:
        raise RowError(_("%(column)s: this is required.") % {"column": "name"})
    countries = {part.strip() for part in _text(cells, "country").upper().split(";")}  # some extracts: "FI;FI"
    country = countries.pop() if len(countries) == 1 else ";".join(sorted(countries))
    country = COUNTRIES.get(country, country)
    try:
        validate_country(country)
    except ValidationError:
        raise RowError(_("country: “%(value)s” is not a country.") % {"value": country[:20]}) from None
    role = ROLES.get(_text(cells, "role").lower(), PartnerRole.ASSOCIATED)
    kind = ACTIVITY_TYPES.get(_text(cells, "activityType").upper()) or guess_type(name)
    return PartnerRow(name, country, vat=_valid(validate_vat, _text(cells, "vatNumber").upper().replace(" ", "")),
                      pic=_valid(validate_pic, _pic(cells)), role=role, type=str(kind),
                      budget=amount(cells, "ecContribution"))


def _pic(cells: Cells) -> str:
    pic = _text(cells, "organisationID")
    if not pic and (found := _PIC_IN_ADDRESS.search(cells.get("contactForm", ""))):
        pic = found.group(1)
    return pic


def _valid(validate: Callable[[str], None], value: str) -> str:
    """The identifier when it is a valid one; CORDIS holds placeholders ("NOTAPPLICABLE", "MISSING")."""
    if not value:
        return ""
    try:
        validate(value)
    except ValidationError:
        return ""
    return value

"""What a row of a public data set becomes: a project with its partners, or a reason why it cannot."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from kumppani.projects.models import PartnerRole, Status


class RowError(ValueError):
    """A row that cannot be imported; the message says why."""


@dataclass
class PartnerRow:
    name: str
    country: str
    vat: str = ""
    role: str = PartnerRole.PARTNER
    budget: Decimal | None = None
    type: str = ""  # the organisation's type, when a new one is created
    pic: str = ""  # the EU Participant Identification Code
    business_id: str = ""  # a Finnish business ID
    ee_registry_code: str = ""

    def identifier_keys(self) -> list[str]:
        """The identifiers the directory may know this organisation under, as OrganisationIndex keys them."""
        return identifier_keys(self.vat, self.pic, self.business_id, self.ee_registry_code)


def identifier_keys(vat: str, pic: str = "", business_id: str = "", ee_registry_code: str = "") -> list[str]:
    """Each identifier in the forms it may be stored in (a Norwegian VAT number with or without its "MVA")."""
    vat = vat.upper().replace(" ", "")
    keys = [vat, vat[:-3]] if vat.startswith("NO") and vat.endswith("MVA") else [vat] if vat else []
    keys += [f"PIC:{pic}"] if pic else []
    keys += [f"FI-Y:{business_id}"] if business_id else []
    keys += [f"EE-R:{ee_registry_code}"] if ee_registry_code else []
    return keys


@dataclass
class ProjectRow:
    line: int
    source_id: str
    title: dict[str, str]
    programme: str  # slug in the catalogue; "" for none
    summary: dict[str, str] = field(default_factory=dict)
    status: str = Status.RUNNING
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    total_budget: Decimal | None = None
    grant: Decimal | None = None
    own_share: Decimal | None = None
    partners: list[PartnerRow] = field(default_factory=list)
    themes: dict[str, dict[str, str]] = field(default_factory=dict)  # theme slug → its name by language


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return _("line %(line)s: %(reason)s") % {"line": self.line, "reason": self.reason}


def status_by_dates(ends_on: datetime.date | None, starts_on: datetime.date | None, ended: bool = False,
                    today: datetime.date | None = None) -> str:
    """Closed when the data set says so or the project has ended; approved before its start; else running."""
    today = today or datetime.date.today()
    if ended or (ends_on is not None and ends_on < today):
        return Status.CLOSED
    if starts_on is not None and starts_on > today:
        return Status.APPROVED
    return Status.RUNNING


def check_dates(starts_on: datetime.date | None, ends_on: datetime.date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise RowError(_("The project ends (%(end)s) before it starts (%(start)s).")
                       % {"end": ends_on.isoformat(), "start": starts_on.isoformat()})

"""The record types of the directory and their generic create, detail, edit and delete pages."""

from typing import Any

from kumppani.core.columns import Column, attribute, slugs, translated
from kumppani.directory import forms, selectors, stewardship
from kumppani.directory.models import Membership, Organisation, Partnership, Person, Representation, Theme
from kumppani.workspaces.records import RecordType


def _id(record: Any) -> int:
    return record.pk


def _organisation_of(value: Any) -> Any:
    return lambda person: value(person.organisation) if person.organisation else ""


# The columns of the directory's exports, which its import reads back (kumppani/directory/transfer.py).
ORGANISATION_COLUMNS = [
    Column("id", _id, "number"), attribute("name"), attribute("short_name"), attribute("type"), attribute("country"),
    Column("region", lambda organisation: organisation.region.code if organisation.region else "", field="region"),
    *map(attribute, ["business_id", "ee_registry_code", "pic", "vat", "website"]),
    *translated("description"), slugs("themes"),
]
PERSON_COLUMNS = [
    Column("id", _id, "number"), attribute("name"), *translated("title"), attribute("kind"),
    Column("organisation", _organisation_of(lambda organisation: organisation.name), field="organisation"),
    Column("organisation_country", _organisation_of(lambda organisation: organisation.country)),
    attribute("email"), attribute("phone"), attribute("consent_to_publish", "boolean"),
    attribute("consent_date", "date"), attribute("notes"),
]

ORGANISATION = RecordType(
    name="organisation", plural="organisations", model=Organisation, form_class=forms.OrganisationForm,
    queryset=lambda workspace: Organisation.objects.select_related("region"),
    own_detail_view=True, guard=stewardship.check_change, update=stewardship.update_shared,
    delete=stewardship.delete_shared, normalise={"vat": lambda vat: str(vat or "").upper().replace(" ", "")},
    columns=ORGANISATION_COLUMNS,
)
PERSON = RecordType(
    name="person", plural="people", model=Person, form_class=forms.PersonForm,
    queryset=lambda workspace: Person.objects.filter(workspace=workspace).select_related("organisation"),
    shown_fields=["title", "kind", "organisation", "email", "phone", "consent_to_publish", "consent_date", "notes"],
    detail_template="directory/person_detail.html", columns=PERSON_COLUMNS,
)
MEMBERSHIP = RecordType(
    name="membership", plural="networks", model=Membership, form_class=forms.MembershipForm,
    queryset=lambda workspace: Membership.objects.filter(workspace=workspace).select_related("network"),
    shown_fields=["network", "since", "until", "status", "description", "notes"],
    detail_template="directory/membership_detail.html",
)
REPRESENTATION = RecordType(
    name="representation", plural="representations", model=Representation, form_class=forms.RepresentationForm,
    queryset=selectors.representations,
    shown_fields=["person", "role", "membership", "theme", "topic", "starts_on", "ends_on"],
)
PARTNERSHIP = RecordType(
    name="partnership", plural="partners", model=Partnership, form_class=forms.PartnershipForm,
    queryset=lambda workspace: Partnership.objects.filter(workspace=workspace).select_related("organisation"),
    shown_fields=["organisation", "since", "status", "themes", "description", "history"],
)
THEME = RecordType(
    name="theme", plural="themes", model=Theme, form_class=forms.ThemeForm,
    queryset=lambda workspace: Theme.objects.all(), shown_fields=["slug", "name"],
    guard=stewardship.check_change, update=stewardship.update_shared, delete=stewardship.delete_shared,
)

RECORD_TYPES = [ORGANISATION, PERSON, MEMBERSHIP, REPRESENTATION, PARTNERSHIP, THEME]


def record_type_of(record: Organisation | Theme) -> RecordType:
    """The record type of a shared record, for its steward's checks."""
    return ORGANISATION if isinstance(record, Organisation) else THEME

"""Matching a data set's organisations and projects to the directory, and writing the differences in bulk.

Everything is read up front into in-memory maps (identifiers and normalised names → organisation ids, source ids
→ projects and their partners), so planning makes no query per row; the writes are bulk inserts and updates
through the audited bulk writes (audit/writes.py): every record written has its own history entry, and the
partner index follows their events.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone

from kumppani.audit import writes
from kumppani.directory.models import Organisation
from kumppani.directory.normalise import normalise_name
from kumppani.funding.models import Programme
from kumppani.projects.models import PartnerRole, Project, ProjectPartner
from kumppani.projects.public_import.rows import PartnerRow, ProjectRow, identifier_keys

BATCH = 500
PROJECT_FIELDS = ["title", "summary", "status", "programme_id", "starts_on", "ends_on", "total_budget", "grant",
                  "own_share"]
# An organisation reference: an existing organisation's id (positive) or -(1 + index) of one to be created.
Ref = int
Partners = dict[Ref, tuple[str, Decimal | None]]  # organisation → (role, budget)


def vat_keys(vat: str) -> list[str]:
    """The forms an identifier may be stored in: a Norwegian number with or without its "MVA"."""
    vat = vat.upper().replace(" ", "")
    if vat.startswith("NO") and vat.endswith("MVA"):
        return [vat, vat[:-3]]
    return [vat] if vat else []


class OrganisationIndex:
    """The directory's organisations by identifier and by (country, normalised name), and the ones to create."""

    def __init__(self, countries: Iterable[str]):
        self.by_vat: dict[str, Ref] = {}
        self.by_name: dict[tuple[str, str], list[tuple[Ref, str]]] = defaultdict(list)
        self.new: list[Organisation] = []
        rows = Organisation.objects.filter(country__in=set(countries)).order_by("pk").values_list(
            "pk", "country", "normalised_name", "vat", "pic", "business_id", "ee_registry_code")
        for pk, country, name, vat, *others in rows.iterator(chunk_size=5000):
            self._remember(pk, country, name, vat, identifier_keys(vat, *others))

    def _remember(self, ref: Ref, country: str, name: str, vat: str, keys: list[str]) -> None:
        for key in keys:
            self.by_vat.setdefault(key, ref)
        self.by_name[(country, name)].append((ref, vat.upper()))

    def ref(self, partner: PartnerRow) -> Ref:
        """Match on the identifier, else on the normalised name in the same country (unless the identifiers
        differ), else a new organisation."""
        for key in partner.identifier_keys():
            if key in self.by_vat:
                return self.by_vat[key]
        name = normalise_name(partner.name)
        for ref, vat in self.by_name.get((partner.country, name), []):
            if not partner.vat or not vat or vat in vat_keys(partner.vat):
                return ref
        organisation = Organisation(name=partner.name, country=partner.country, vat=partner.vat, pic=partner.pic,
                                    business_id=partner.business_id, ee_registry_code=partner.ee_registry_code,
                                    type=partner.type or "other")
        organisation.refresh_derived_fields()
        self.new.append(organisation)
        ref = -len(self.new)
        self._remember(ref, partner.country, name, partner.vat, partner.identifier_keys())
        return ref

    def resolve(self, ref: Ref) -> int:
        return ref if ref > 0 else int(self.new[-ref - 1].pk)


@dataclass
class PartnerChanges:
    create: list[tuple[Any, Ref, str, Decimal | None]] = field(default_factory=list)  # (project, ref, role, budget)
    update: list[ProjectPartner] = field(default_factory=list)
    delete: list[int] = field(default_factory=list)


@dataclass
class Plan:
    """What importing the rows would change; nothing is written before apply()."""

    source: str
    organisations: OrganisationIndex
    new_projects: list[Project] = field(default_factory=list)
    changed_projects: list[Project] = field(default_factory=list)
    unchanged: int = 0
    partners: PartnerChanges = field(default_factory=PartnerChanges)


def desired_values(row: ProjectRow, programme_id: int | None) -> dict[str, Any]:
    return {"title": row.title, "summary": row.summary, "status": row.status, "programme_id": programme_id,
            "starts_on": row.starts_on, "ends_on": row.ends_on, "total_budget": row.total_budget,
            "grant": row.grant, "own_share": row.own_share}


def desired_partners(row: ProjectRow, organisations: OrganisationIndex) -> Partners:
    partners: Partners = {}
    for partner in row.partners:
        ref = organisations.ref(partner)
        known = partners.get(ref)
        if known is None or (partner.role == PartnerRole.LEAD and known[0] != PartnerRole.LEAD):
            partners[ref] = (partner.role, partner.budget)
    return partners


def plan(source: str, rows: list[ProjectRow], programmes: dict[str, int]) -> Plan:
    existing = {values["source_id"]: values for values in
                Project.objects.filter(source=source, workspace__isnull=True).values("pk", "source_id",
                                                                                       *PROJECT_FIELDS)}
    current_partners: dict[int, dict[int, tuple[int, str, Decimal | None]]] = defaultdict(dict)
    for pk, project_id, organisation_id, role, budget in ProjectPartner.objects.filter(
            project__source=source, project__workspace__isnull=True).values_list(
            "pk", "project_id", "organisation_id", "role", "budget").iterator(chunk_size=5000):
        current_partners[project_id][organisation_id] = (pk, role, budget)
    result = Plan(source, OrganisationIndex(partner.country for row in rows for partner in row.partners))
    now = timezone.now()
    for row in rows:
        values = desired_values(row, programmes.get(row.programme))
        partners = desired_partners(row, result.organisations)
        before = existing.get(row.source_id)
        if before is None:
            project = Project(workspace=None, source=source, source_id=row.source_id, **values)
            result.new_projects.append(project)
            result.partners.create += [(project, ref, role, budget) for ref, (role, budget) in partners.items()]
            continue
        project = Project(pk=before["pk"], updated_at=now, **values)
        fields_changed = any(before[name] != value for name, value in values.items())
        partners_changed = _partner_changes(project, partners, current_partners[before["pk"]], result.partners)
        if fields_changed or partners_changed:
            result.changed_projects.append(project)
        else:
            result.unchanged += 1
    return result


def _partner_changes(project: Project, wanted: Partners, current: dict[int, tuple[int, str, Decimal | None]],
                     changes: PartnerChanges) -> bool:
    changed = False
    for ref, (role, budget) in wanted.items():
        if ref not in current:
            changes.create.append((project, ref, role, budget))
            changed = True
        elif current[ref][1:] != (role, budget):
            changes.update.append(ProjectPartner(pk=current[ref][0], role=role, budget=budget))
            changed = True
    for organisation_id, (pk, _role, _budget) in current.items():
        if organisation_id not in wanted:
            changes.delete.append(pk)
            changed = True
    return changed


def apply(planned: Plan, actor: Any = None) -> None:
    """Write the plan in bulk through the audited writes: a history entry per record, one event per kind (the
    caller holds the transaction). The records are public: no workspace owns them."""
    writes.create_records(actor, None, planned.organisations.new)
    writes.create_records(actor, None, planned.new_projects)
    writes.update_records(actor, None, Project, {
        project.pk: {name: getattr(project, name) for name in [*PROJECT_FIELDS, "updated_at"]}
        for project in planned.changed_projects})
    changes = planned.partners
    writes.delete_records(actor, None, ProjectPartner, changes.delete)
    writes.update_records(actor, None, ProjectPartner, {
        partner.pk: {"role": partner.role, "budget": partner.budget} for partner in changes.update})
    organisations = {organisation.pk: organisation for organisation in planned.organisations.new}
    writes.create_records(actor, None, [
        ProjectPartner(project=project, role=role, budget=budget,
                       **_organisation(planned.organisations.resolve(ref), organisations))
        for project, ref, role, budget in changes.create])


def _organisation(pk: int, created: dict[int, Organisation]) -> dict[str, Any]:
    """The partner's organisation: the instance created just now (its name is at hand), else its id."""
    return {"organisation": created[pk]} if pk in created else {"organisation_id": pk}


def programme_ids() -> dict[str, int]:
    return dict(Programme.objects.values_list("slug", "pk"))

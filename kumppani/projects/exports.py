"""Projects to CSV and XLSX, filtered like the list; money is written as exact decimals (never through a float).

COLUMNS, in the columns type of every record type (kumppani/core/columns.py), are the `columns` of the project record
type (kumppani/projects/records.py), which the export pages and jobs read."""

from collections.abc import Iterator
from typing import Any

from kumppani.core.columns import Column, attribute, row, slugs, translated
from kumppani.projects import selectors
from kumppani.projects.models import Project


def _name_of(name: str) -> Column:
    """A link shown by the linked record's name ("" when there is none)."""
    return Column(name, lambda project: str(getattr(project, name) or ""), field=name)


def _lead_partner(project: Project) -> str:
    lead = selectors.lead_partner(project)
    return lead.organisation.name if lead else ""


def _partners(project: Project) -> str:
    return "; ".join(f"{partner.organisation.name} ({partner.role}"
                     + (f", {partner.budget} €)" if partner.budget is not None else ")")
                     for partner in project.partners.all())


COLUMNS = [
    Column("id", lambda project: project.pk, "number"), *translated("title"), attribute("status"),
    _name_of("programme"), _name_of("call"), attribute("starts_on", "date"), attribute("ends_on", "date"),
    *[attribute(name, "money") for name in ("total_budget", "grant", "own_share")],
    Column("partners_budget", selectors.partner_budget_total, "money"), Column("lead_partner", _lead_partner),
    Column("partners", _partners), slugs("themes"), _name_of("focus_area"),
    Column("public_record", lambda project: project.workspace_id is None, "boolean"), attribute("source"),
    attribute("source_id"),
]


def project_values(project: Project) -> list[Any]:
    return row(COLUMNS, project)


def export_rows(workspace: Any, filters: dict[str, Any]) -> Iterator[list[Any]]:
    """The rows of the projects the list shows with these filters, read in chunks."""
    queryset = selectors.projects(workspace, filters)
    return (project_values(project) for project in queryset.iterator(chunk_size=1000))

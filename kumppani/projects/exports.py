"""Projects to CSV and XLSX, filtered like the list; money is written as exact decimals (never through a float)."""

from collections.abc import Iterator
from typing import Any

from kumppani.directory.transfer import LANGUAGES
from kumppani.projects import selectors
from kumppani.projects.models import Project

COLUMNS = [
    "id", *[f"title_{code}" for code in LANGUAGES], "status", "programme", "call", "starts_on", "ends_on",
    "total_budget", "grant", "own_share", "partners_budget", "lead_partner", "partners", "themes", "focus_area",
    "public_record", "source", "source_id",
]
MONEY_COLUMNS = frozenset({"total_budget", "grant", "own_share", "partners_budget"})


def project_values(project: Project) -> list[Any]:
    title = project.title or {}
    lead = selectors.lead_partner(project)
    partners = "; ".join(f"{partner.organisation.name} ({partner.role}"
                         + (f", {partner.budget} €)" if partner.budget is not None else ")")
                         for partner in project.partners.all())
    return [
        project.pk, *[title.get(code, "") for code in LANGUAGES], project.status,
        str(project.programme) if project.programme else "", str(project.call) if project.call else "",
        project.starts_on, project.ends_on, project.total_budget, project.grant, project.own_share,
        selectors.partner_budget_total(project), lead.organisation.name if lead else "", partners,
        ";".join(sorted(theme.slug for theme in project.themes.all())),
        str(project.focus_area) if project.focus_area else "", project.workspace_id is None, project.source,
        project.source_id,
    ]


def export_rows(workspace: Any, filters: dict[str, Any]) -> Iterator[list[Any]]:
    """The rows of the projects the list shows with these filters, read in chunks."""
    queryset = selectors.projects(workspace, filters)
    return (project_values(project) for project in queryset.iterator(chunk_size=1000))

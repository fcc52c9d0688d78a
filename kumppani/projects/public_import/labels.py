"""Expertise labels of imported projects (CORDIS euroSciVoc fields, IATI sectors) kept as the projects' themes.

Themes are what partner search already reads as an organisation's expertise (their names in every language are
search terms), so a label becomes a shared theme with its own slug ("esv-…", "iati-sector-…"), created once.
A project's labelled themes are replaced by the ones its row carries; rows without labels leave themes alone.
"""

from django.utils.text import slugify

from kumppani.core import events
from kumppani.directory.models import Theme
from kumppani.projects.models import Project
from kumppani.projects.public_import.rows import ProjectRow

BATCH = 500
SLUG_LENGTH = 60


def theme_slug(prefix: str, code: str) -> str:
    return f"{prefix}-{slugify(code)}"[:SLUG_LENGTH].rstrip("-")


def attach_themes(source: str, rows: list[ProjectRow]) -> None:
    labelled = {row.source_id: row.themes for row in rows if row.themes}
    if not labelled:
        return
    theme_ids = _theme_ids({slug: name for themes in labelled.values() for slug, name in themes.items()})
    project_ids = dict(Project.objects.filter(source=source, workspace__isnull=True,
                                              source_id__in=list(labelled)).values_list("source_id", "pk"))
    through = Project.themes.through
    wanted = {(project_ids[source_id], theme_ids[slug]) for source_id, themes in labelled.items()
              if source_id in project_ids for slug in themes}
    labelled_ids = set(theme_ids.values())
    current = set(through.objects.filter(project_id__in=project_ids.values(), theme_id__in=labelled_ids)
                  .values_list("project_id", "theme_id"))
    stale = current - wanted
    for project_id, theme_id in stale:
        through.objects.filter(project_id=project_id, theme_id=theme_id).delete()
    through.objects.bulk_create([through(project_id=project_id, theme_id=theme_id)
                                 for project_id, theme_id in sorted(wanted - current)], batch_size=BATCH)
    changed = {project_id for project_id, _theme_id in stale | (wanted - current)}
    if changed:  # the partner index reads a project's themes as its partners' expertise
        events.emit(*events.events_of(list(Project.objects.filter(pk__in=changed)), events.CHANGED))


def _theme_ids(names: dict[str, dict[str, str]]) -> dict[str, int]:
    known = dict(Theme.objects.filter(slug__in=list(names)).values_list("slug", "pk"))
    missing = [Theme(slug=slug, name=name) for slug, name in names.items() if slug not in known]
    Theme.objects.bulk_create(missing, batch_size=BATCH, ignore_conflicts=True)
    if missing:
        known = dict(Theme.objects.filter(slug__in=list(names)).values_list("slug", "pk"))
    return known

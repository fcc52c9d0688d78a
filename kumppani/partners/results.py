"""What a search result page shows, so that it can be acted on: never the searching workspace's own organisation,
on a project's search not the project's partners (and on request no organisation the workspace already works with),
only hits with a positive score and a reason, relevance as a plain label, and the hits on a map by country.

A post-filter over the engine's hits (search.py stays the engine's): the engine is asked for as many more hits as
can be left out, so a page still shows its number of results.
"""

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from kumppani.core.maps import europe_map
from kumppani.directory.models import Partnership, country_name
from kumppani.partners.search import PartnerHit
from kumppani.projects.models import Project, ProjectPartner


@dataclass
class LeftOut:
    organisation_ids: set[int]
    project_partners: int = 0


def left_out(workspace: Any, project: Project | None = None, new_only: bool = False) -> LeftOut:
    """The organisations a search by this workspace does not show."""
    ids: set[int] = set()
    if workspace is not None and workspace.organisation_id:
        ids.add(workspace.organisation_id)
    partners = set()
    if project is not None:
        partners = set(ProjectPartner.objects.filter(project=project).values_list("organisation_id", flat=True))
    ids |= partners
    if new_only and workspace is not None:
        ids |= set(ProjectPartner.objects.filter(project__workspace=workspace).values_list("organisation_id",
                                                                                           flat=True))
        ids |= set(Partnership.objects.filter(workspace=workspace).values_list("organisation_id", flat=True))
    return LeftOut(ids, len(partners))


NOT_REASONS = {"organisation", "score"}


def has_reason(hit: PartnerHit) -> bool:
    """Any of the hit's explanations (matching projects, themes, words, cooperation, or one a later engine adds)."""
    return any(getattr(hit, item.name) for item in dataclasses.fields(hit) if item.name not in NOT_REASONS)


def actionable(hits: list[PartnerHit], leave_out: set[int], limit: int) -> list[PartnerHit]:
    """Hits with a positive score and a reason, without the left-out organisations, labelled by relevance."""
    kept = [hit for hit in hits if hit.score > 0 and hit.organisation.pk not in leave_out and has_reason(hit)]
    kept = kept[:limit]
    label_relevance(kept)
    return kept


def label_relevance(hits: list[PartnerHit]) -> None:
    """A plain label and a bar from 1 to 100 relative to the best hit of the page: scores mean nothing on their own."""
    top = max((hit.score for hit in hits), default=0.0)
    for hit in hits:
        share = hit.score / top if top > 0 else 0.0
        hit.relevance_percent = max(1, round(share * 100))  # type: ignore[attr-defined]
        hit.relevance = (_("Strong match") if share >= 0.66 else _("Good match") if share >= 0.33  # type: ignore[attr-defined]
                         else _("Some match"))


# The map ------------------------------------------------------------------------------------------------------------


def country_counts(hits: list[PartnerHit]) -> list[tuple[str, str, int]]:
    """(code, name in the active language, hits) by most hits."""
    counts = Counter(hit.organisation.country for hit in hits)
    return sorted(((code, country_name(code), count) for code, count in counts.items()),
                  key=lambda row: (-row[2], row[1]))


def hit_map(hits: list[PartnerHit]) -> SafeString:
    """The static map of Europe with the countries of the hits shaded by their number; the list beside it says the
    same in words (the map is an image to screen readers)."""
    counts = Counter(hit.organisation.country for hit in hits)
    return europe_map(counts, _("The organisations found, by country"),
                      {code: country_name(code) for code in counts})

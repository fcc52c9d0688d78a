"""The plain data the project services take: what a project, a partner, an output or a change of status is,
whichever way it arrives (the page's form, the JSON API, a command). The services check every rule on it."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kumppani.projects.models import Output, OutputKind, PartnerRole, Project, Status

Texts = dict[str, str]  # a translated text as the models store it: {"fi": "…", "en": "…"}
MAX_PARTNERS = 200


@dataclass(frozen=True)
class PartnerData:
    organisation: int  # a directory organisation's id
    role: PartnerRole = PartnerRole.PARTNER
    budget: Decimal | None = None


@dataclass(frozen=True)
class ProjectData:
    """A whole project: the fields of its form and the whole list of its partners."""

    title: Texts
    summary: Texts = field(default_factory=dict)
    status: Status = Status.IDEA
    programme: int | None = None  # ids of the records the project links to
    call: int | None = None
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    total_budget: Decimal | None = None
    grant: Decimal | None = None
    own_share: Decimal | None = None
    themes: tuple[int, ...] = ()
    focus_area: int | None = None
    partners: tuple[PartnerData, ...] = ()

    @classmethod
    def from_project(cls, project: Project) -> "ProjectData":
        """The project as stored, to change a few of its fields (`dataclasses.replace`)."""
        return cls(
            title=dict(project.title or {}), summary=dict(project.summary or {}), status=Status(project.status),
            programme=project.programme_id, call=project.call_id, starts_on=project.starts_on,
            ends_on=project.ends_on, total_budget=project.total_budget, grant=project.grant,
            own_share=project.own_share, focus_area=project.focus_area_id,
            themes=tuple(project.themes.order_by("pk").values_list("pk", flat=True)),
            partners=tuple(PartnerData(organisation=partner.organisation_id, role=PartnerRole(partner.role),
                                       budget=partner.budget)
                           for partner in project.partners.order_by("role", "id")),
        )

    def partner_budget_total(self) -> Decimal | None:
        budgets = [partner.budget for partner in self.partners if partner.budget is not None]
        return sum(budgets, Decimal(0)) if budgets else None


@dataclass(frozen=True)
class OutputData:
    title: Texts
    kind: OutputKind = OutputKind.PRODUCT
    description: Texts = field(default_factory=dict)
    delivered_on: datetime.date | None = None

    @classmethod
    def from_output(cls, output: Output) -> "OutputData":
        return cls(title=dict(output.title or {}), kind=OutputKind(output.kind),
                   description=dict(output.description or {}), delivered_on=output.delivered_on)


def merged_texts(current: Texts, given: dict[str, Any] | None) -> Texts:
    """A change of a translated text: a language left out keeps its text; null or "" clears it."""
    texts = {**current, **(given or {})}
    return {code: text for code, text in texts.items() if text}

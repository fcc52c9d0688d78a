"""Hand-made records for the value tests: a strategy 2023-2027 and small makers for each source."""

from datetime import date
from typing import Any

from kumppani.activities.models import Activity
from kumppani.directory.models import Organisation
from kumppani.projects.models import Project, ProjectPartner
from kumppani.strategy.models import Indicator, Strategy

START, END = date(2023, 1, 1), date(2027, 12, 31)
DAY_BEFORE, DAY_AFTER = date(2022, 12, 31), date(2028, 1, 1)
AFTER_THE_PERIOD = date(2028, 6, 30)  # an as-of date by which every record of the period has happened


def strategy_of(workspace: Any) -> Strategy:
    return Strategy.objects.create(workspace=workspace, name={"fi": "Strategia", "en": "Strategy"},
                                   starts_on=START, ends_on=END)


def indicator(strategy: Strategy, source: str = "activities", aggregate: str = "count", **fields: Any) -> Indicator:
    fields.setdefault("target", 10)
    fields.setdefault("name", {"fi": "Mittari"})
    return Indicator.objects.create(workspace=strategy.workspace, strategy=strategy, source=source,
                                    aggregate=aggregate, **fields)


def activity(workspace: Any, on: date, **fields: Any) -> Activity:
    fields.setdefault("country", "EE")
    themes = fields.pop("themes", [])
    made = Activity.objects.create(workspace=workspace, title={"fi": "Toiminta"}, starts_on=on, **fields)
    made.themes.set(themes)
    return made


def organisation(name: str, country: str, **fields: Any) -> Organisation:
    return Organisation.objects.create(name=name, country=country, **fields)


def project(workspace: Any, on: date | None, partners: list[Organisation] = (), **fields: Any) -> Project:  # type: ignore[assignment]
    themes = fields.pop("themes", [])
    fields.setdefault("status", "running")  # a project that happened, unless a test says otherwise
    made = Project.objects.create(workspace=workspace, title={"fi": "Hanke"}, starts_on=on, **fields)
    made.themes.set(themes)
    for partner in partners:
        ProjectPartner.objects.create(project=made, organisation=partner)
    return made

"""The dashboard and the indicator pages run as many queries with 30 records of each kind as with 3."""

import datetime

from django.urls import reverse

from kumppani.activities.tests.records import activity
from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, Partnership
from kumppani.directory.tests.growing_directory import queries_per_page
from kumppani.projects.models import Project, ProjectPartner
from kumppani.strategy.models import Aggregate, Indicator, ManualValue, Source
from kumppani.strategy.tests.pages import strategy, workshops
from kumppani.workspaces.models import FocusArea


class GrowingRecord:
    """Each step adds a matching and a non-matching activity, a project with partners, a partnership and a
    value entered by hand, spread over the years and countries of the strategy."""

    def __init__(self, workspace, actor):
        self.workspace, self.actor, self.size = workspace, actor, 0
        self.plan = strategy(workspace, actor)
        self.indicators = self._indicators()

    def _indicators(self) -> dict[str, Indicator]:
        def indicator(**fields) -> Indicator:
            return create_record(self.actor, self.workspace, Indicator(strategy=self.plan, name={"fi": "M"},
                                                                       target=10, **fields))

        return {
            "workshops": workshops(self.workspace, self.actor, self.plan),
            "participants": indicator(aggregate=Aggregate.PARTICIPANTS, filters={"international": True}),
            "projects": indicator(source=Source.PROJECTS, filters={"min_partners": 1}),
            "grants": indicator(source=Source.PROJECTS, aggregate=Aggregate.GRANT, cumulative=False),
            "partnerships": indicator(source=Source.PARTNERSHIPS, filters={"new_in_period": True}),
            "by hand": indicator(source=Source.MANUAL),
        }

    def grow_to(self, size: int) -> "GrowingRecord":
        for number in range(self.size, size):
            self._add(number)
        self.size = size
        return self

    def _add(self, number: int) -> None:
        day = datetime.date(2023 + number % 5, 1 + number % 12, 1 + number % 28)
        area = create_record(self.actor, self.workspace, FocusArea(title={"fi": f"Painopiste {number}"}))
        country = ["EE", "FI", "LV", "SE"][number % 4]
        activity(self.workspace, self.actor, title=f"Työpaja {number}", type="workshop", international=True,
                 starts=day.isoformat(), country=country, focus_area=area, participants=number, women=number)
        activity(self.workspace, self.actor, title=f"Kokous {number}", type="meeting", starts=day.isoformat())
        organisation = Organisation.objects.create(name=f"Kumppani {number}", country=country)
        project = create_record(self.actor, self.workspace, Project(title={"fi": f"Hanke {number}"}, starts_on=day,
                                                                    grant=1000 + number, focus_area=area))
        ProjectPartner.objects.create(project=project, organisation=organisation)
        create_record(self.actor, self.workspace, Partnership(organisation=organisation, since=day))
        if number < 5:
            create_record(self.actor, self.workspace, ManualValue(indicator=self.indicators["by hand"],
                                                                  year=2023 + number, value=number, source="Tilasto"))


def pages(growing: GrowingRecord) -> dict[str, str]:
    def url(name: str, *args, query: str = "") -> str:
        return reverse(f"strategy:{name}", args=["sepra", *args]) + query

    plan = growing.plan.pk
    found = {"dashboard": url("strategy_dashboard", plan), "strategy": url("strategy_detail", plan),
             "list": url("strategy_list"), "workspace dashboard": reverse("home:dashboard", args=["sepra"])}
    for name, indicator in growing.indicators.items():
        found[name] = url("indicator_detail", indicator.pk)
        found[f"{name} records"] = url("indicator_records", indicator.pk, query="?year=2025")
        found[f"{name} edit"] = url("indicator_edit", indicator.pk)
    return found


def test_the_strategy_pages_run_as_many_queries_with_30_records_as_with_3(client, alice, sepra):
    client.force_login(alice)
    growing = GrowingRecord(sepra, alice).grow_to(3)
    with_3 = queries_per_page(client, pages(growing))

    growing.grow_to(30)

    assert queries_per_page(client, pages(growing)) == with_3

"""The activity pages run as many queries with 30 activities as with 3: no query per row or per day."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kumppani.activities import services
from kumppani.activities.tests.records import activity
from kumppani.directory.models import Membership, Organisation, Partnership, Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.directory.tests.growing_directory import queries_per_page
from kumppani.projects.models import Project
from kumppani.workspaces.models import FocusArea, WorkspaceMember


class GrowingActivities:
    """Each step adds an activity linked to everything, spanning days and months, with organisers and themes."""

    def __init__(self, workspace, actor):
        self.workspace, self.actor, self.size = workspace, actor, 0
        self.first = None

    def grow_to(self, size: int) -> "GrowingActivities":
        for number in range(self.size, size):
            self._add(number)
        self.size = size
        return self

    def _add(self, number: int) -> None:
        organisation = Organisation.objects.create(name=f"Organiser {number}", country="EE")
        Partnership.objects.create(workspace=self.workspace, organisation=organisation)
        theme = Theme.objects.create(slug=f"theme-{number}", name={"fi": f"Teema {number}"})
        network = Organisation.objects.create(name=f"Network {number}", type="network", country="BE")
        membership = Membership.objects.create(workspace=self.workspace, network=network)
        project = Project.objects.create(workspace=self.workspace, title={"fi": f"Hanke {number}"})
        focus_area = FocusArea.objects.create(workspace=self.workspace, title={"fi": f"Painopiste {number}"})
        start = datetime.date(2026, 4, 20) + datetime.timedelta(days=number % 25)
        record = activity(self.workspace, self.actor, title=f"Toiminta {number}", starts=start.isoformat(),
                          ends=(start + datetime.timedelta(days=number % 4)).isoformat(),
                          organisers=[organisation], project=project, membership=membership,
                          focus_area=focus_area, participants=10, countries_represented=["EE", "FI"])
        record.themes.set([theme])
        self.first = self.first or record
        if number:
            self.first.organisers.add(organisation)
            self.first.themes.add(theme)


def pages(growing: GrowingActivities) -> dict[str, str]:
    def url(name: str, *args, query: str = "") -> str:
        return reverse(f"activities:{name}", args=["sepra", *args]) + query

    first = growing.first.pk
    return {
        "list": url("activity_list"),
        "list filtered": url("activity_list", query="?q=toiminta&international=&type=workshop&country=EE&year=2026"),
        "list searched": url("activity_list", query="?q=toiminta"),
        "list of a project": url("activity_list", query=f"?project={growing.first.project_id}"),
        "calendar": url("activity_calendar", query="?month=2026-05"),
        "calendar of april": url("activity_calendar", query="?month=2026-04"),
        "detail": url("activity_detail", first),
        "edit": url("activity_edit", first),
        "new": url("activity_create"),
        "feed link": url("activity_feed_link"),
        "project choices": url("activity_project_choices", query="?q=hanke"),
        "organiser choices": url("activity_organiser_choices", query=f"?q=organiser&organisers={first}"),
        "organiser choices known": url("activity_organiser_choices"),
    }


def test_every_activity_page_runs_as_many_queries_with_30_activities_as_with_3(client, alice, sepra):
    client.force_login(alice)
    growing = GrowingActivities(sepra, alice).grow_to(3)
    with_3 = queries_per_page(client, pages(growing))

    growing.grow_to(30)

    assert queries_per_page(client, pages(growing)) == with_3


def test_the_feed_and_the_api_run_as_many_queries_with_30_activities_as_with_3(client, bob, sepra, settings):
    settings.LIST_CACHE_SECONDS = 0  # the list's own queries, not a kept answer's
    api = api_for(bob, sepra)
    growing = GrowingActivities(sepra, bob).grow_to(3)
    member = WorkspaceMember.objects.get(user=bob, workspace=sepra)
    feed = reverse("activities:activity_feed", args=["sepra", services.issue_feed_token(member=member)])

    def counts() -> dict[str, int]:
        found = {}
        for name, get in {"feed": lambda: client.get(feed), "api list": lambda: api.get("/activities"),
                          "api record": lambda: api.get(f"/activities/{growing.first.pk}")}.items():
            get()
            with CaptureQueriesContext(connection) as captured:
                assert get().status_code == 200
            found[name] = len(captured)
        return found

    with_3 = counts()
    growing.grow_to(30)

    assert counts() == with_3

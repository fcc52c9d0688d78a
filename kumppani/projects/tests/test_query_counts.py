"""The board, the list and a project's detail and edit pages run as many queries with 30 rows as with 3: no N+1."""

import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.activities.models import Activity
from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, Theme
from kumppani.directory.tests.growing_directory import queries_per_page
from kumppani.projects import services
from kumppani.projects.models import Output, Project, ProjectPartner
from kumppani.projects.tests.factories import PDF, programme, upload
from kumppani.workspaces.models import FocusArea

STATUSES = ["idea", "preparing", "submitted", "approved", "running", "closed", "rejected"]


class GrowingProjects:
    """Each step adds a project of the workspace and a public record, each with partners and themes, and adds to
    the first project another partner, status change, output, activity and attachment."""

    def __init__(self, workspace, actor):
        self.workspace, self.actor = workspace, actor
        self.first: Project | None = None
        self.size = 0
        self.programme = programme()
        self.focus_area = create_record(actor, workspace, FocusArea(title={"fi": "Matkailu"}))

    def grow_to(self, size: int) -> "GrowingProjects":
        for number in range(self.size, size):
            self._add(number)
        self.size = size
        return self

    def _add(self, number: int) -> None:
        theme = Theme.objects.create(slug=f"test-theme-{number}", name={"fi": f"Teema {number}"})
        organisation = Organisation.objects.create(name=f"Partner {number}", type="association", country="EE")
        for workspace in (self.workspace, None):
            project = create_record(self.actor, workspace, Project(
                title={"fi": f"Hanke {number}"}, status=STATUSES[number % 7], programme=self.programme,
                focus_area=self.focus_area if workspace else None, starts_on=datetime.date(2025, 1, 1),
                ends_on=datetime.date(2026, 1, 1), total_budget=Decimal("1000.00"), source="" if workspace else "t",
                source_id="" if workspace else str(number)), {"themes": [theme]})
            ProjectPartner.objects.create(project=project, organisation=organisation, role="partner")
        self.first = self.first or Project.objects.filter(workspace=self.workspace).earliest("id")
        self._grow_first(number, organisation)

    def _grow_first(self, number: int, organisation) -> None:
        first = self.first
        if number:
            ProjectPartner.objects.create(project=first, organisation=organisation, budget=Decimal("10.00"))
        services.record_status(self.actor, self.workspace, first, STATUSES[number % 7],
                               on=datetime.date(2025, 1, 1) + datetime.timedelta(days=number))
        create_record(self.actor, self.workspace, Output(project=first, title={"fi": f"Tuotos {number}"},
                                                         delivered_on=datetime.date(2025, 3, 1)))
        create_record(self.actor, self.workspace, Activity(title={"fi": f"Työpaja {number}"}, project=first,
                                                           starts_on=datetime.date(2025, 4, 1), country="EE"))
        services.add_attachment(actor=self.actor, workspace=self.workspace, project=first,
                                upload=upload(f"liite{number}.pdf", PDF))
        services.change_status(actor=self.actor, workspace=self.workspace, project=first,
                               status=STATUSES[(number + 1) % 7])

    def pages(self) -> dict[str, str]:
        base = f"/w/{self.workspace.slug}/projects/"
        return {
            "board": base + "board/",
            "list": base,
            "list with public records": base + "?public=on",
            "list filtered": base + f"?q=hanke&programme={self.programme.slug}&year=2025&public=on",
            "detail": f"{base}{self.first.pk}/",
            "edit": f"{base}{self.first.pk}/edit/",
            "new": base + "new/",
        }

    def exports(self) -> dict[str, str]:
        base = f"/w/{self.workspace.slug}/projects/export/?public=on&format="
        return {kind: base + kind for kind in ("csv", "xlsx", "iati")}


def queries_per_download(client, downloads: dict[str, str]) -> dict[str, int]:
    """Like queries_per_page, reading the whole streamed body inside the count."""
    counts = {}
    for name, url in downloads.items():
        b"".join(client.get(url).streaming_content)
        with CaptureQueriesContext(connection) as captured:
            b"".join(client.get(url).streaming_content)
        counts[name] = len(captured)
    return counts


def test_project_pages_run_as_many_queries_with_30_rows_as_with_3(client, alice, sepra, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    client.force_login(alice)
    # the IATI export reports under the workspace organisation's registered identifier
    sepra.organisation = Organisation.objects.create(name="Sepra ry", type="leader", country="FI",
                                                     business_id="1751327-5")
    sepra.save()
    growing = GrowingProjects(sepra, alice).grow_to(3)
    pages, downloads = growing.pages(), growing.exports()
    with_3_rows = queries_per_page(client, pages) | queries_per_download(client, downloads)

    growing.grow_to(30)
    with_30_rows = queries_per_page(client, pages) | queries_per_download(client, downloads)

    assert with_30_rows == with_3_rows

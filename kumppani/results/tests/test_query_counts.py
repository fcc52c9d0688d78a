"""The results pages and API lists run as many queries with 30 records as with 3."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kumppani.directory.models import Organisation, Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.directory.tests.growing_directory import queries_per_page
from kumppani.projects.models import Project
from kumppani.results.tests.records import advocacy_item, applicant, good_practice, internship


class GrowingResults:
    def __init__(self, workspace):
        self.workspace, self.size, self.first = workspace, 0, {}

    def grow_to(self, size: int) -> "GrowingResults":
        for number in range(self.size, size):
            organisation = Organisation.objects.create(name=f"Partner {number}", country="EE")
            theme = Theme.objects.create(slug=f"theme-{number}", name={"fi": f"Teema {number}"})
            project = Project.objects.create(workspace=self.workspace, title={"fi": f"Hanke {number}"})
            practice = good_practice(self.workspace, title=f"Käytäntö {number}", source_organisation=organisation,
                                     source_project=project, source_country="EE")
            practice.themes.add(theme)
            item = advocacy_item(self.workspace, topic=f"Aihe {number}", channel=organisation)
            posting = internship(self.workspace, title=f"Harjoittelu {number}")
            for kind, record in (("good_practice", practice), ("advocacy_item", item), ("internship", posting)):
                self.first.setdefault(kind, record)
            applicant(posting, name=f"Hakija {number}")
            applicant(self.first["internship"], name=f"Toinen hakija {number}", email=f"h{number}@example.test")
            if number:
                self.first["good_practice"].themes.add(theme)
        self.size = size
        return self

    def pages(self) -> dict[str, str]:
        urls = {}
        for kind, plural in (("good_practice", "good practices"), ("advocacy_item", "advocacy"),
                             ("internship", "internships")):
            urls[plural] = reverse(f"results:{kind}_list", args=["sepra"])
            urls[f"{plural} searched"] = reverse(f"results:{kind}_list", args=["sepra"]) + "?q=1"
            urls[f"{kind} detail"] = reverse(f"results:{kind}_detail", args=["sepra", self.first[kind].pk])
            urls[f"{kind} edit"] = reverse(f"results:{kind}_edit", args=["sepra", self.first[kind].pk])
            urls[f"new {kind}"] = reverse(f"results:{kind}_create", args=["sepra"])
        applicant_pk = self.first["internship"].applicants.first().pk
        urls["applicant edit"] = reverse("results:applicant_edit", args=["sepra", applicant_pk])
        return urls


def test_every_results_page_runs_as_many_queries_with_30_records_as_with_3(client, alice, sepra):
    client.force_login(alice)
    growing = GrowingResults(sepra).grow_to(3)
    with_3 = queries_per_page(client, growing.pages())

    growing.grow_to(30)

    assert queries_per_page(client, growing.pages()) == with_3


def test_every_results_api_list_runs_as_many_queries_with_30_records_as_with_3(bob, sepra, settings):
    settings.LIST_CACHE_SECONDS = 0  # the lists' own queries, not a kept answer's
    api = api_for(bob, sepra)
    growing = GrowingResults(sepra).grow_to(3)
    api.get("/internships")  # the token's first use is recorded once

    def counts() -> dict[str, int]:
        found = {}
        for path in ("/good-practices", "/advocacy-items", "/internships",
                     f"/internships/{growing.first['internship'].pk}/applicants"):
            with CaptureQueriesContext(connection) as captured:
                assert api.get(path).status_code == 200
            found[path] = len(captured)
        return found

    with_3 = counts()
    growing.grow_to(30)

    assert counts() == with_3

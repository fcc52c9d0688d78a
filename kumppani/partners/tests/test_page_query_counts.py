"""The results page's queries do not grow with the results: 3 and 30 organisations cost the same."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.directory.models import Organisation, Region
from kumppani.partners import reasons
from kumppani.partners.tests.writing import created
from kumppani.projects.models import Project, ProjectPartner


def _thirty_tourism_organisations(tourism):
    regions = list(Region.objects.filter(country="FI", level=3)[:5])
    for number in range(30):
        organisation = created(Organisation, name=f"Matkailuyhdistys {number}", type="association",
                               country="FI", region=regions[number % 5])
        organisation.themes.add(tourism)
        for year in (2015, 2018):
            project = created(Project, workspace=None, source="eu", source_id=f"{number}-{year}",
                              title={"fi": f"Maaseutumatkailun kehittäminen {number} {year}"},
                              starts_on=datetime.date(year, 1, 1))
            created(ProjectPartner, project=project, organisation=organisation, role="lead")


def _queries(client, limit: int, htmx: bool) -> int:
    reasons.kept_recent_projects.clear()  # the recent projects read for the reasons, whatever came before
    headers = {"HX-Request": "true", "HX-Target": "partner-results"} if htmx else {}
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/w/sepra/partners/search/", {"q": "maaseutumatkailun kehittäminen", "limit": limit},
                              headers=headers)
    assert response.status_code == 200
    assert len(response.context["hits"]) == limit
    return len(captured)


def test_the_page_runs_as_many_queries_for_30_results_as_for_3(client, alice, tourism):
    _thirty_tourism_organisations(tourism)
    client.force_login(alice)
    _queries(client, 3, htmx=False)  # warm caches that are filled once per process

    for htmx in (False, True):
        assert _queries(client, 3, htmx) == _queries(client, 30, htmx)

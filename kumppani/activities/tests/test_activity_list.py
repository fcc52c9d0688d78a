"""The activity list: the workspace's activities, filtered by every filter the page offers, page by page."""

import pytest
from django.urls import reverse

from kumppani.activities.tests.records import activity
from kumppani.directory.models import Membership, Organisation
from kumppani.projects.models import Project
from kumppani.workspaces.models import FocusArea


@pytest.fixture
def titles(client, vera):
    client.force_login(vera)

    def shown(**filters) -> list[str]:
        response = client.get(reverse("activities:activity_list", args=["sepra"]), filters)
        assert response.status_code == 200
        return [row.title["fi"] for row in response.context["page"]]

    return shown


@pytest.fixture
def activities(sepra, ksl, kodukant):
    project = Project.objects.create(workspace=sepra, title={"fi": "Kuninkaantie"})
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    membership = Membership.objects.create(workspace=sepra, network=errin)
    focus_area = FocusArea.objects.create(workspace=sepra, title={"fi": "Nuoret"})
    activity(sepra, title="Nuorten vaihto Pärnuun", starts="2025-07-01", type="exchange", youth_led=True,
             international=True, focus_area=focus_area, town="Pärnu")
    activity(sepra, title="Kuninkaantien työpaja", starts="2026-03-10", type="workshop", country="FI",
             project=project, history_based=True, crosses_area_types=True)
    activity(sepra, title="ERRIN-konferenssi", starts="2026-04-20", type="conference", country="BE",
             membership=membership, international=True, description={"en": "Brussels innovation week"})
    activity(ksl, title="Keski-Suomen työpaja", starts="2026-03-10", type="workshop", country="FI")
    return {"project": project, "membership": membership, "focus_area": focus_area}


def test_the_list_shows_the_workspaces_activities_newest_first(titles, activities):
    assert titles() == ["ERRIN-konferenssi", "Kuninkaantien työpaja", "Nuorten vaihto Pärnuun"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"type": "workshop"}, ["Kuninkaantien työpaja"]),
    ({"year": "2025"}, ["Nuorten vaihto Pärnuun"]),
    ({"international": "on"}, ["ERRIN-konferenssi", "Nuorten vaihto Pärnuun"]),
    ({"youth_led": "on"}, ["Nuorten vaihto Pärnuun"]),
    ({"crosses_area_types": "on"}, ["Kuninkaantien työpaja"]),
    ({"history_based": "on"}, ["Kuninkaantien työpaja"]),
    ({"country": "BE"}, ["ERRIN-konferenssi"]),
    ({"q": "pärnu"}, ["Nuorten vaihto Pärnuun"]),
    ({"q": "PÄRNU"}, ["Nuorten vaihto Pärnuun"]),
    ({"q": "innovation"}, ["ERRIN-konferenssi"]),
    ({"q": "fi"}, []),  # the language keys of translated texts are no text
    ({"type": "workshop", "year": "2025"}, []),
])
def test_each_filter_narrows_the_list(titles, activities, filters, expected):
    assert titles(**filters) == expected


def test_project_network_and_focus_area_filters(titles, activities):
    assert titles(project=activities["project"].pk) == ["Kuninkaantien työpaja"]
    assert titles(network=activities["membership"].pk) == ["ERRIN-konferenssi"]
    assert titles(focus_area=activities["focus_area"].pk) == ["Nuorten vaihto Pärnuun"]


def test_a_filter_naming_another_workspaces_record_is_ignored(titles, activities, ksl):
    theirs = FocusArea.objects.create(workspace=ksl, title={"fi": "Heidän"})

    assert len(titles(focus_area=theirs.pk)) == 3


def test_the_list_comes_in_pages(titles, sepra, settings):
    for day in range(1, 28):
        activity(sepra, title=f"Kokous {day:02d}", starts=f"2026-01-{day:02d}")

    assert len(titles()) == 25
    assert titles(page="2") == ["Kokous 02", "Kokous 01"]


def test_htmx_gets_only_the_results(client, vera, activities):
    client.force_login(vera)

    response = client.get(reverse("activities:activity_list", args=["sepra"]), {"type": "workshop"},
                          headers={"HX-Request": "true", "HX-Target": "results"})

    html = response.content.decode()
    assert "<html" not in html and "Kuninkaantien työpaja" in html
    assert "type=workshop&amp;format=csv" in html  # the export follows the filters

"""The project list filters the workspace's projects by title, status, programme, theme, focus area and year;
public records of the directory join them only on request. The list is paginated."""

import datetime

import pytest

from kumppani.audit.writes import create_record
from kumppani.directory.models import Theme
from kumppani.projects.tests.factories import programme, project
from kumppani.workspaces.models import FocusArea


@pytest.fixture
def projects(sepra, ksl, bob, tourism):
    interreg = programme("test-interreg")
    youth = Theme.objects.create(slug="test-youth", name={"fi": "Nuoret"})
    focus = create_record(bob, sepra, FocusArea(title={"fi": "Kansainvälistyminen"}))
    road = project(sepra, bob, title={"fi": "Kuninkaantie", "en": "King's Road"}, status="running",
                   programme=interreg, starts_on=datetime.date(2023, 3, 1), ends_on=datetime.date(2025, 2, 28),
                   focus_area=focus)
    road.themes.set([tourism])
    belt = project(sepra, bob, title={"fi": "Vihreä vyöhyke", "en": "Green Belt"}, status="idea",
                   starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2026, 12, 31))
    belt.themes.set([youth])
    project(ksl, None, title={"fi": "Keski-Suomen hanke"}, status="running")
    project(None, None, title={"fi": "Julkinen Kuninkaantie"}, status="closed", source="eura", source_id="S20123")
    return {"road": road, "belt": belt, "interreg": interreg, "focus": focus}


def titles(client, query: str = "") -> set[str]:
    page = client.get(f"/w/sepra/projects/{query}", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    found = {"Kuninkaantie", "Vihreä vyöhyke", "Keski-Suomen hanke", "Julkinen Kuninkaantie"}
    return {title for title in found if f">{title}</a>" in rows}


def test_the_list_shows_the_workspaces_own_projects(staff_client, projects):
    assert titles(staff_client) == {"Kuninkaantie", "Vihreä vyöhyke"}


def test_public_records_join_the_list_on_request_but_never_another_workspaces(staff_client, projects):
    assert titles(staff_client, "?public=on") == {"Kuninkaantie", "Vihreä vyöhyke", "Julkinen Kuninkaantie"}
    assert titles(staff_client, "?public=on&q=kuninkaan") == {"Kuninkaantie", "Julkinen Kuninkaantie"}


@pytest.mark.parametrize(("query", "expected"), [
    ("?q=green", {"Vihreä vyöhyke"}),
    ("?q=GREEN", {"Vihreä vyöhyke"}),
    ("?q=vihreä", {"Vihreä vyöhyke"}),
    ("?status=running", {"Kuninkaantie"}),
    ("?programme=test-interreg", {"Kuninkaantie"}),
    ("?theme=tourism", {"Kuninkaantie"}),
    ("?theme=test-youth", {"Vihreä vyöhyke"}),
    ("?year=2024", {"Kuninkaantie"}),
    ("?year=2026", {"Vihreä vyöhyke"}),
    ("?year=2022", set()),
])
def test_filters(staff_client, projects, query, expected):
    assert titles(staff_client, query) == expected


def test_focus_area_filter(staff_client, projects):
    assert titles(staff_client, f"?focus_area={projects['focus'].pk}") == {"Kuninkaantie"}


def test_the_list_is_paginated(staff_client, sepra, bob, settings):
    for number in range(30):
        project(sepra, bob, title={"fi": f"Hanke {number:02d}"})
    first = staff_client.get("/w/sepra/projects/").content.decode()
    second = staff_client.get("/w/sepra/projects/?page=2").content.decode()
    assert "30 projects" in first
    assert first.count("board-card") == 0 and first.count("/w/sepra/projects/") > 25
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_the_htmx_filter_answers_only_the_results(staff_client, projects):
    response = staff_client.get("/w/sepra/projects/?q=green", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results")
    page = response.content.decode()
    assert "<html" not in page, page
    assert "Green Belt" in page and "King's Road" not in page

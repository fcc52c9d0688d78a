"""The board shows the workspace's own projects in columns by status, in the order of the pipeline."""

from kumppani.projects.tests.factories import project


def columns(page: str) -> dict[str, str]:
    sections = page.split('class="board-column"')[1:]
    return {section.split('data-status="')[1].split('"')[0]: section for section in sections}


def test_the_board_groups_projects_by_status(staff_client, sepra, ksl, bob):
    project(sepra, bob, title={"fi": "Idea A"}, status="idea")
    project(sepra, bob, title={"fi": "Käynnissä B"}, status="running")
    project(sepra, bob, title={"fi": "Käynnissä C"}, status="running")
    project(sepra, bob, title={"fi": "Hylätty D"}, status="rejected")
    project(ksl, None, title={"fi": "Toisen työtilan"}, status="running")
    project(None, None, title={"fi": "Julkinen rekisteri"}, status="running", source="eura", source_id="A1")

    page = staff_client.get("/w/sepra/projects/board/").content.decode()
    by_status = columns(page)

    assert list(by_status) == ["idea", "preparing", "submitted", "approved", "running", "closed", "rejected"]
    assert "Idea A" in by_status["idea"]
    assert "Käynnissä B" in by_status["running"] and "Käynnissä C" in by_status["running"]
    assert "Hylätty D" in by_status["rejected"]
    assert "No projects." in by_status["closed"]
    assert "Toisen työtilan" not in page and "Julkinen rekisteri" not in page


def test_viewers_see_the_board_without_the_move_buttons(client, vera, sepra, bob):
    project(sepra, bob, status="idea")
    client.force_login(vera)
    page = client.get("/w/sepra/projects/board/").content.decode()
    assert "Kuninkaantie" in page
    assert "/status/" not in page

"""The project board: a card is dragged to another column, another is moved with the keyboard alone."""

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.audit.writes import create_record
from kumppani.projects.models import Project, StatusChange


def board_project(alice, sepra, title: str) -> Project:
    return create_record(alice, sepra, Project(workspace=sepra, title={"fi": title}, status="idea"))


def test_a_card_dragged_to_another_column_changes_the_projects_status(visitor, alice, sepra):
    project = board_project(alice, sepra, "Kylämatkailun vaihto")
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page
    tab.goto("/w/sepra/projects/board/")

    page.locator(f"article[data-project='{project.pk}']").drag_to(page.locator("section[data-status='preparing']"))

    expect(page.locator(f"section[data-status='preparing'] article[data-project='{project.pk}']")).to_be_visible()
    expect(page.locator("#board-announcement")).to_contain_text("Kylämatkailun vaihto")
    tab.snap()
    assert list(StatusChange.objects.filter(project=project).values_list("status", flat=True)) == ["preparing"]
    assert list(StatusChange.objects.filter(project=project).values_list("author__username", flat=True)) == [
        "alice"]


def test_a_card_moves_to_another_column_with_the_keyboard_and_keeps_focus(visitor, alice, sepra):
    project = board_project(alice, sepra, "Nuorisovaihto Viroon")
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page
    tab.goto("/w/sepra/projects/board/")

    page.locator(f"#project-{project.pk}").focus()
    page.keyboard.press("Tab")  # the card's "Move to" menu
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # its first choice, "Preparing"
    page.keyboard.press("Tab")  # "Submitted"
    page.keyboard.press("Enter")

    moved = page.locator(f"section[data-status='submitted'] article[data-project='{project.pk}']")
    expect(moved).to_be_visible()
    expect(page.locator(f"#project-{project.pk}")).to_be_focused()
    tab.snap()
    assert list(StatusChange.objects.filter(project=project).values_list("status", flat=True)) == ["submitted"]


def test_the_seven_columns_are_all_within_reach_on_a_laptop(visitor, alice, sepra):
    board_project(alice, sepra, "Hyvin pitkä hankkeen nimi, joka ei mahdu kortille yhdelle riville lainkaan")
    tab = visitor("alice")
    tab.page.set_viewport_size({"width": 1366, "height": 900})
    tab.sign_in("alice", PASSWORD)
    tab.goto("/w/sepra/projects/board/")
    page = tab.page
    rejected = page.locator("section[data-status='rejected']")
    rejected.scroll_into_view_if_needed()
    expect(rejected).to_be_in_viewport()
    overflowing = page.evaluate("""Array.from(document.querySelectorAll('.board-card'))
        .filter((card) => card.scrollWidth > card.clientWidth).length""")
    assert overflowing == 0

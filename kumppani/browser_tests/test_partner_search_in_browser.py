"""A coordinator opens a project, clicks "Find partners", and refines the description: the results follow the
typing without a page load."""

import re

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.partners.tests.surface_data import make_directory
from kumppani.projects.tests.factories import project


def test_coordinator_finds_partners_for_a_project_and_refines_the_description_as_results_follow(
        visitor, alice, sepra, kodukant, tourism):
    found = make_directory(sepra, alice, kodukant, tourism)
    cycling = project(sepra, alice, title={"fi": "Maaseudun matkailureitit", "en": "Rural tourism routes"},
                      summary={"en": "Cycling routes for rural tourism"})
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page

    tab.goto(f"/w/sepra/projects/{cycling.pk}/")
    page.click("a.find-partners")
    page.wait_for_load_state()
    tab.snap()
    results = page.locator("#partner-results")
    expect(page.locator("#id_q")).to_have_value("Maaseudun matkailureitit Cycling routes for rural tourism")
    expect(results).to_contain_text("Jyväskylän yliopisto")
    expect(results.locator("mark").first).to_be_visible()  # the matched words in the matching projects
    first = results.locator(".partner-name").first
    expect(first).not_to_contain_text("Matkailu Oy")

    page.evaluate("window.stillTheSamePage = true")
    page.locator("#id_q").press("End")
    page.locator("#id_q").press_sequentially(" whisky distillery", delay=30)
    expect(first).to_contain_text("Matkailu Oy")  # the partner of Sepra's own whisky project comes first
    expect(results.locator(".partner-hit").first.locator(".own-project")).to_be_visible()
    assert page.evaluate("window.stillTheSamePage") is True  # HTMX swapped the results; no page load
    expect(page).to_have_url(re.compile("whisky"))  # the address follows, for the back button and links
    tab.snap()

    page.click(".partner-filters summary")
    page.check("input[name=type][value=university]")
    expect(results).not_to_contain_text("Matkailu Oy")
    expect(results).to_contain_text("Tartu Ülikool")
    assert page.evaluate("window.stillTheSamePage") is True
    tab.snap()

    page.click(f"#partner-results a[href='/w/sepra/partners/like/{found['tartu'].pk}/']")
    page.wait_for_load_state()
    expect(page.locator("h1")).to_contain_text("Tartu Ülikool")
    expect(page.locator("#partner-results")).to_contain_text("Jyväskylän yliopisto")
    tab.snap()

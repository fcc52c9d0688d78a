"""Alice defines an indicator with a filter, records an activity that matches it, and watches the dashboard move."""

import datetime

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.audit.writes import create_record
from kumppani.strategy.models import Indicator, Strategy


def test_an_activity_that_matches_an_indicator_moves_its_value_and_bar_on_the_dashboard(visitor, alice, sepra):
    today = datetime.date.today()
    plan = create_record(alice, sepra, Strategy(name={"fi": "Kansainvälisen toiminnan strategia"},
                                                starts_on=datetime.date(today.year - 1, 1, 1),
                                                ends_on=datetime.date(today.year + 1, 12, 31)))
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page

    tab.goto(f"/w/sepra/strategy/{plan.pk}/indicators/new/")
    page.fill("[name=name_fi]", "Kansainväliset työpajat")
    page.fill("[name=name_en]", "International workshops")
    page.select_option("#id_source", "projects")  # the filter fields follow the source
    expect(page.locator("[name=filter__min_partners]")).to_be_visible()
    expect(page.locator("[name=filter__international]")).to_have_count(0)
    tab.settled()
    page.select_option("#id_source", "activities")
    expect(page.locator("input[name=filter__type][value=workshop]")).to_be_visible()
    page.check("input[name=filter__type][value=workshop]")
    page.check("input[name=filter__international][value=yes]")
    page.fill("#id_target", "3")
    tab.snap()
    page.click("button.primary")
    tab.snap()
    indicator = Indicator.objects.get(strategy=plan)
    assert indicator.filters == {"type": ["workshop"], "international": True}
    expect(page.locator(".definition")).to_contain_text("työpaja")  # the browser asks for Finnish

    tab.goto(f"/w/sepra/strategy/{plan.pk}/dashboard/")
    card = page.locator(f"[data-indicator='{indicator.pk}']")
    expect(card.locator(".value")).to_have_text("0")
    expect(card.locator("[role=progressbar]")).to_have_attribute("aria-valuenow", "0")
    width_before = card.locator(".progress-fill").bounding_box()["width"]

    tab.goto("/w/sepra/activities/new/")
    page.select_option("#id_type", "workshop")
    page.fill("[name=title_fi]", "Kylämatkailun työpaja Rakveressa")
    page.fill("#id_starts_on", today.isoformat())
    page.select_option("#id_country", "EE")
    page.check("#id_international")
    page.click("button.primary")
    tab.snap()

    tab.goto(f"/w/sepra/strategy/{plan.pk}/dashboard/")
    expect(card.locator(".value")).to_have_text("1")
    expect(card.locator("[role=progressbar]")).to_have_attribute("aria-valuenow", "33")
    assert card.locator(".progress-fill").bounding_box()["width"] > width_before
    card.locator(".value").click()
    tab.snap()
    expect(page.locator("main")).to_contain_text("Kylämatkailun työpaja Rakveressa")

"""A coordinator adds partner rows to the project form as she goes: the row appears in the page (no reload), what
she typed stays, the new row has its organisation picker, and all rows are saved together."""

import re

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, Partnership
from kumppani.projects.models import Project


def test_partner_rows_are_added_in_the_page_without_losing_what_was_typed(visitor, alice, sepra, kodukant):
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    for organisation in (kodukant, errin):
        create_record(alice, sepra, Partnership(organisation=organisation))
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page

    tab.goto("/w/sepra/projects/new/")
    page.fill("[name=title_fi]", "Kylämatkailun vaihto")
    page.fill("#id_total_budget", "1000.00")
    rows = page.locator("#partner-rows tr.partner-row")
    expect(rows).to_have_count(3)
    page.click("button[name=add_partner_row]")
    expect(rows).to_have_count(4)
    tab.settled()
    expect(page.locator("#id_partners-TOTAL_FORMS")).to_have_value("4")
    expect(page.locator("[name=title_fi]")).to_have_value("Kylämatkailun vaihto")
    expect(page.locator("#id_partners-3-organisation-ts-control")).to_be_visible()  # the picker is wired
    page.select_option("#id_partners-0-organisation", str(kodukant.pk))
    page.select_option("#id_partners-0-role", "lead")
    page.select_option("#id_partners-3-organisation", str(errin.pk))
    page.fill("#id_partners-3-budget", "1500.00")
    with page.expect_navigation():
        page.press("#id_partners-3-budget", "Enter")  # Enter saves (it adds no row)
    tab.snap()

    project = Project.objects.get(workspace=sepra)
    assert sorted(project.partners.values_list("organisation__name", flat=True)) == ["ERRIN", "Kodukant"]
    expect(page.locator(".messages .warning")).to_contain_text(re.compile(r"1\s500\s€"))  # in Finnish

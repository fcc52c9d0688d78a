"""A coordinator records a project with two partners, moves it through the pipeline, and logs a study trip."""

import datetime

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.activities.models import Activity
from kumppani.audit.writes import create_record
from kumppani.directory.models import Organisation, Partnership
from kumppani.projects.models import Project, StatusChange


def test_coordinator_runs_a_project_through_the_pipeline_and_finds_the_study_trip_in_the_calendar(
        visitor, alice, sepra, kodukant):
    virumaa = Organisation.objects.create(name="Virumaa Koostöökogu", type="leader", country="EE")
    create_record(alice, sepra, Partnership(organisation=kodukant))
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page

    tab.goto("/w/sepra/projects/new/")
    page.fill("[name=title_fi]", "Kylämatkailun vaihto")
    page.fill("[name=title_en]", "Village tourism exchange")
    page.fill("#id_starts_on", "2026-03-01")
    page.fill("#id_ends_on", "2027-02-28")
    page.fill("#id_total_budget", "80000.00")
    page.fill("#id_grant", "60000.00")
    page.fill("#id_own_share", "20000.00")
    page.select_option("#id_partners-0-organisation", str(kodukant.pk))
    page.select_option("#id_partners-0-role", "lead")
    page.fill("#id_partners-1-organisation-ts-control", "virumaa")  # the picker asks the server: any directory entry
    expect(page.locator("#id_partners-1-organisation-ts-dropdown .option.active", has_text="Virumaa")).to_have_count(1)
    page.press("#id_partners-1-organisation-ts-control", "Enter")
    expect(page.locator("#id_partners-1-organisation")).to_have_value(str(virumaa.pk))
    page.fill("#id_partners-1-budget", "15000.00")
    page.click("button.primary")
    tab.snap()
    project = Project.objects.get(workspace=sepra)
    assert sorted(project.partners.values_list("organisation__name", flat=True)) == [
        "Kodukant", "Virumaa Koostöökogu"]
    expect(page.locator("main")).to_contain_text("Virumaa Koostöökogu")

    tab.goto("/w/sepra/projects/board/")
    for status in ["preparing", "submitted", "approved", "running"]:
        card = page.locator(f"article[data-project='{project.pk}']")
        card.locator(".move-menu summary").click()
        card.locator(f".move-menu button[value={status}]").click()
        expect(page.locator(f"section[data-status='{status}'] article[data-project='{project.pk}']")).to_be_visible()
    tab.snap()
    assert list(StatusChange.objects.filter(project=project).values_list("status", flat=True))[-4:] == [
        "preparing", "submitted", "approved", "running"]
    tab.goto(f"/w/sepra/projects/{project.pk}/")
    expect(page.locator("main")).to_contain_text("Alice")

    trip_day = datetime.date.today().replace(day=12)
    tab.goto("/w/sepra/activities/new/")
    page.select_option("#id_type", "study_trip")
    page.fill("[name=title_fi]", "Opintomatka Rakvereen")
    page.fill("#id_starts_on", trip_day.isoformat())
    page.fill("#id_ends_on", (trip_day + datetime.timedelta(days=1)).isoformat())
    page.select_option("#id_country", "EE")
    page.fill("#id_town", "Rakvere")
    page.fill("#id_participants", "14")
    page.fill("#id_young_participants", "20")  # more young people than participants: the form says so
    page.check("#id_international")
    page.click("button.primary")
    tab.snap()
    expect(page.locator("#field-young_participants .field-errors")).to_be_visible()
    page.fill("#id_young_participants", "5")
    page.click("button.primary")
    tab.snap()
    assert Activity.objects.get(workspace=sepra).participants == 14

    tab.goto(f"/w/sepra/activities/calendar/?month={trip_day:%Y-%m}")
    expect(page.locator("main")).to_contain_text("Opintomatka Rakvereen")

"""Country and region pickers: found by any of the four languages' names, regions by name, chosen with the keyboard."""

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.directory.models import Organisation


def test_an_organisation_is_placed_in_estonia_and_its_region_by_typing_names(visitor, alice, sepra):
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page
    tab.goto("/w/sepra/organisations/new/")
    page.fill("#id_name", "Kirde-Eesti Koostöökogu")

    country = page.locator("#id_country-ts-control")
    for typed in ["Eesti", "Estonia"]:  # the Estonian and English names find it on a Finnish page
        country.fill(typed)
        expect(page.locator("#id_country-ts-dropdown .option", has_text="Viro")).to_have_count(1)
    country.fill("Viro")
    expect(page.locator("#id_country-ts-dropdown .option.active", has_text="Viro")).to_have_count(1)
    country.press("Enter")
    expect(page.locator("#id_country")).to_have_value("EE")

    tab.settled()
    expect(page.locator("#id_region option", has_text="Kirde-Eesti")).to_have_count(1)  # the country's regions came
    region = page.locator("#id_region-ts-control")
    region.fill("Kirde")
    option = page.locator("#id_region-ts-dropdown .option", has_text="Kirde-Eesti")
    expect(option).to_have_count(1)
    option.click()
    tab.snap()
    page.click("button.primary")
    page.wait_for_load_state()
    tab.snap()
    saved = Organisation.objects.get(name="Kirde-Eesti Koostöökogu")
    assert (saved.country, saved.region.code) == ("EE", "EE00A")


def test_several_countries_are_picked_by_their_names_in_other_languages(visitor, alice, sepra):
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    page = tab.page
    tab.goto("/w/sepra/activities/new/")
    countries = page.locator("#id_countries_represented-ts-control")
    for typed, shown in [("Estland", "Viro"), ("Sverige", "Ruotsi")]:
        countries.fill(typed)
        expect(page.locator("#id_countries_represented-ts-dropdown .option.active", has_text=shown)).to_have_count(1)
        countries.press("Enter")
    tab.snap()
    selected = page.locator("#id_countries_represented option:checked")
    expect(selected).to_have_count(2)
    assert sorted(selected.evaluate_all("(options) => options.map((option) => option.value)")) == ["EE", "SE"]

"""A coordinator adds a partner organisation, fixes a mistake the form points out, and publishes it."""

from playwright.sync_api import expect

from conftest import PASSWORD
from kumppani.directory.models import Organisation


def test_coordinator_adds_a_partner_and_finds_it_in_the_directory_and_on_the_public_page(
        visitor, alice, charlie, sepra, tourism):
    tab = visitor("alice")
    tab.sign_in("alice", PASSWORD)
    tab.goto("/w/sepra/organisations/new/")
    page = tab.page
    page.fill("#id_name", "Lääne-Viru Leader")
    page.select_option("#id_type", "leader")
    page.select_option("#id_country", "EE")
    page.fill("#id_ee_registry_code", "123")  # too short: the form must say so next to the field
    page.click("button.primary")
    tab.snap()
    expect(page.locator("#field-ee_registry_code .field-errors")).to_contain_text("kahdeksan numeroa")  # fi-FI
    expect(page.locator("#id_name")).to_have_value("Lääne-Viru Leader")

    page.fill("#id_ee_registry_code", "80034556")
    page.select_option("#id_region", label="EE009 Kesk-Eesti")  # the region list follows the country
    page.fill("[name=description_fi]", "Virolainen Leader-ryhmä")
    page.fill("[name=description_en]", "An Estonian Leader group")
    page.click("button.primary")
    tab.snap()
    expect(page.locator("h1")).to_contain_text("Lääne-Viru Leader")
    organisation = Organisation.objects.get(name="Lääne-Viru Leader")
    assert organisation.region.code == "EE009"

    tab.goto("/w/sepra/organisations/")
    page.fill("input[name=q]", "lääne")
    expect(page.locator("#results")).to_contain_text("Lääne-Viru Leader")
    tab.snap()

    tab.goto(f"/w/sepra/partners/new/?organisation={organisation.pk}")
    page.select_option("#id_organisation", str(organisation.pk))
    page.click("button.primary")
    tab.snap()

    tab.goto("/p/sepra/")
    expect(page.locator("main")).to_contain_text("Lääne-Viru Leader")
    expect(page.locator("main")).to_contain_text("Viro")
    tab.goto("/p/sepra/en/")
    expect(page.locator("main")).to_contain_text("Lääne-Viru Leader")
    expect(page.locator("main")).to_contain_text("Estonia")

    outsider = visitor("charlie")
    outsider.sign_in("charlie", PASSWORD)
    response = outsider.page.goto(outsider.base_url + f"/w/sepra/organisations/{organisation.pk}/")
    outsider.snap()
    assert response.status == 404

"""The organisation form shows each error next to its field and loses nothing."""

from kumppani.directory.models import Organisation, Region


def test_errors_appear_next_to_their_fields_and_input_is_kept(client, alice):
    client.force_login(alice)
    response = client.post("/w/sepra/organisations/new/", {
        "name": "Virolahden Green Belt -keskus", "type": "association", "country": "FI",
        "business_id": "1234567-2", "website": "not a url",
    })
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="field-business_id"' in page
    business_id_block = page.split('id="field-business_id"')[1].split('id="field-')[0]
    assert "tarkistusnumero" in business_id_block  # "check digit", in Finnish, the default language
    website_block = page.split('id="field-website"')[1].split('id="field-')[0]
    assert "valid URL" in website_block or "URL" in website_block
    assert 'value="Virolahden Green Belt -keskus"' in page
    assert not Organisation.objects.exists()


def test_region_must_be_in_the_chosen_country(client, alice):
    client.force_login(alice)
    estonian_region = Region.objects.filter(country="EE").first()
    response = client.post("/w/sepra/organisations/new/", {"name": "X", "type": "other", "country": "FI",
                                                            "region": estonian_region.pk})
    assert response.status_code == 400
    assert not Organisation.objects.exists()


def test_valid_organisation_is_saved_with_its_themes(client, alice, tourism):
    client.force_login(alice)
    kymenlaakso = Region.objects.get(code="FI1C4")
    response = client.post("/w/sepra/organisations/new/", {
        "name": "Sepra ry", "short_name": "Sepra", "type": "leader", "country": "FI", "region": kymenlaakso.pk,
        "business_id": "1751327-5", "themes": [tourism.pk], "description_fi": "Leader-ryhmä",
        "description_en": "A Leader group",
    })
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.description == {"fi": "Leader-ryhmä", "en": "A Leader group"}
    assert list(organisation.themes.all()) == [tourism]


def test_region_choices_follow_the_country(client, alice):
    client.force_login(alice)
    options = client.get("/w/sepra/regions/?country=EE").content.decode()
    assert "EE001" in options
    assert "FI1C4" not in options


def test_list_search_finds_by_part_of_the_name_ignoring_case_and_accents(client, alice, kodukant):
    Organisation.objects.create(name="Pohjois-Kymen Kasvu", type="other", country="FI")
    client.force_login(alice)
    page = client.get("/w/sepra/organisations/?q=KODU").content.decode()
    assert "Kodukant" in page and "Pohjois-Kymen" not in page
    assert "Kodukant" in client.get("/w/sepra/organisations/?country=EE").content.decode()

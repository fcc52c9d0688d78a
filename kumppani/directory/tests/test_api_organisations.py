"""The shared directory through the API: organisations readable by every workspace, notes private to one."""

import pytest

from kumppani.directory.models import Organisation, OrganisationNote, Partnership, Region
from kumppani.directory.tests.api_client import api_for


@pytest.fixture
def uusimaa(db):
    return Region.objects.get(code="FI1B1")  # the NUTS regions ship with the migrations


def test_staff_creates_an_organisation_with_translated_description_region_and_themes(bob, sepra, tourism, uusimaa):
    response = api_for(bob, sepra).post("/organisations", {
        "name": "Visit Kuopio", "type": "company", "country": "FI", "region": uusimaa.pk,
        "business_id": "0737546-2", "description": {"fi": "Matkailua", "en": "Tourism"}, "themes": [tourism.pk],
    })

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["name"] == "Visit Kuopio"
    assert body["region"] == uusimaa.pk
    assert body["themes"] == [tourism.pk]
    assert body["description"] == {"fi": "Matkailua", "en": "Tourism"}
    organisation = Organisation.objects.get(pk=body["id"])
    assert organisation.business_id == "0737546-2"
    assert list(organisation.themes.all()) == [tourism]


def test_every_workspace_reads_the_shared_directory(charlie, ksl, kodukant):
    response = api_for(charlie, ksl).get(f"/organisations/{kodukant.pk}")

    assert response.status_code == 200
    assert response.json()["name"] == "Kodukant"
    assert response.json()["country"] == "EE"


def test_the_list_filters_by_search_term_country_type_and_theme(bob, sepra, kodukant, tourism):
    kodukant.themes.add(tourism)
    Organisation.objects.create(name="Sepra ry", type="leader", country="FI")
    api = api_for(bob, sepra)

    assert [org["name"] for org in api.get("/organisations", q="koduk").json()["items"]] == ["Kodukant"]
    assert [org["name"] for org in api.get("/organisations", country="FI").json()["items"]] == ["Sepra ry"]
    assert [org["name"] for org in api.get("/organisations", type="association").json()["items"]] == ["Kodukant"]
    assert [org["name"] for org in api.get("/organisations", theme="tourism").json()["items"]] == ["Kodukant"]


def test_the_list_is_paged_with_limit_and_offset(bob, sepra):
    Organisation.objects.bulk_create([Organisation(name=f"Org {n:02}", country="FI", normalised_name=f"org {n:02}")
                                      for n in range(30)])
    api = api_for(bob, sepra)

    first = api.get("/organisations", limit=10).json()
    last = api.get("/organisations", limit=10, offset=25).json()

    assert first["count"] == 30
    assert [org["name"] for org in first["items"]] == [f"Org {n:02}" for n in range(10)]
    assert [org["name"] for org in last["items"]] == [f"Org {n:02}" for n in range(25, 30)]


def test_a_page_larger_than_the_maximum_is_refused(bob, sepra):
    response = api_for(bob, sepra).get("/organisations", limit=1000)

    assert response.status_code == 422
    assert "limit" in response.json()["errors"]


def test_a_change_keeps_the_fields_and_languages_it_does_not_name(bob, sepra, kodukant, tourism):
    kodukant.description = {"fi": "Kylien liitto", "en": "Village movement"}
    kodukant.save()
    kodukant.themes.add(tourism)

    response = api_for(bob, sepra).patch(f"/organisations/{kodukant.pk}", {"short_name": "KK",
                                                                          "description": {"en": "Villages"}})

    assert response.status_code == 200, response.json()
    kodukant.refresh_from_db()
    assert kodukant.short_name == "KK"
    assert kodukant.name == "Kodukant"
    assert kodukant.ee_registry_code == "80042937"
    assert kodukant.description == {"fi": "Kylien liitto", "en": "Villages"}
    assert list(kodukant.themes.all()) == [tourism]


def test_a_language_given_as_null_is_cleared(bob, sepra, kodukant):
    kodukant.description = {"fi": "Kylien liitto", "en": "Village movement"}
    kodukant.save()

    api_for(bob, sepra).patch(f"/organisations/{kodukant.pk}", {"description": {"en": None}})

    kodukant.refresh_from_db()
    assert kodukant.description == {"fi": "Kylien liitto"}


def test_an_unused_organisation_is_deleted(bob, sepra, kodukant):
    response = api_for(bob, sepra).delete(f"/organisations/{kodukant.pk}")

    assert response.status_code == 204
    assert not Organisation.objects.filter(pk=kodukant.pk).exists()


def test_deleting_an_organisation_another_workspace_uses_answers_409(bob, sepra, ksl, kodukant):
    Partnership.objects.create(workspace=ksl, organisation=kodukant)

    response = api_for(bob, sepra).delete(f"/organisations/{kodukant.pk}")

    assert response.status_code == 409
    assert response.json()["detail"]
    assert Organisation.objects.filter(pk=kodukant.pk).exists()


def test_notes_are_written_and_read_in_the_token_workspace_only(bob, sepra, charlie, ksl, kodukant):
    OrganisationNote.objects.create(workspace=ksl, organisation=kodukant, text="KSL's own note")
    api = api_for(bob, sepra)

    created = api.post(f"/organisations/{kodukant.pk}/notes", {"text": "Met in Tartu"})
    listed = api.get(f"/organisations/{kodukant.pk}/notes").json()

    assert created.status_code == 201, created.json()
    assert created.json()["author"] == "Bob"
    assert [note["text"] for note in listed["items"]] == ["Met in Tartu"]
    assert OrganisationNote.objects.get(text="Met in Tartu").workspace == sepra


def test_an_empty_note_is_refused(bob, sepra, kodukant):
    response = api_for(bob, sepra).post(f"/organisations/{kodukant.pk}/notes", {"text": "  "})

    assert response.status_code == 422
    assert "text" in response.json()["errors"]


def test_regions_are_listed_by_country_and_level(bob, sepra, uusimaa):
    response = api_for(bob, sepra).get("/regions", country="FI", level=3, limit=100)

    codes = [region["code"] for region in response.json()["items"]]
    assert "FI1B1" in codes
    assert all(code.startswith("FI") and len(code) == 5 for code in codes)


def test_themes_are_listed_read_and_created(bob, sepra, tourism):
    api = api_for(bob, sepra)

    created = api.post("/themes", {"slug": "green-care", "name": {"fi": "Green Care", "en": "Green Care"}})

    assert created.status_code == 201, created.json()
    slugs = [theme["slug"] for theme in api.get("/themes").json()["items"]]
    assert {"green-care", "tourism"} <= set(slugs) and slugs == sorted(slugs)  # beside the catalogue's themes
    assert api.get(f"/themes/{tourism.pk}").json()["name"] == {"fi": "Matkailu", "en": "Tourism"}


def test_a_theme_without_a_finnish_name_is_refused(bob, sepra):
    response = api_for(bob, sepra).post("/themes", {"slug": "energy", "name": {"en": "Energy"}})

    assert response.status_code == 422
    assert "name" in response.json()["errors"]

"""A workspace's people, memberships, representations and partnerships: created, read, changed and deleted."""

import pytest

from kumppani.directory.models import Membership, Organisation, Partnership, Person, Representation
from kumppani.directory.tests.api_client import api_for


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="European Regions Research and Innovation Network", short_name="ERRIN",
                                       type="network", country="BE")


def test_a_person_is_created_read_changed_and_deleted(api, sepra, kodukant):
    created = api.post("/people", {"name": "Sari Sepralainen", "title": {"fi": "Kehittäjä", "en": "Developer"},
                                   "organisation": kodukant.pk, "email": "sari@example.test",
                                   "consent_to_publish": True, "consent_date": "2024-05-02"})
    assert created.status_code == 201, created.json()
    url = f"/people/{created.json()['id']}"

    read = api.get(url).json()
    changed = api.patch(url, {"phone": "+358 40 123 4567"})
    deleted = api.delete(url)

    assert read["organisation"] == kodukant.pk
    assert read["organisation_name"] == "Kodukant"
    assert read["title"] == {"fi": "Kehittäjä", "en": "Developer"}
    assert read["consent_date"] == "2024-05-02"
    assert changed.json()["phone"] == "+358 40 123 4567"
    assert changed.json()["email"] == "sari@example.test"
    assert deleted.status_code == 204
    assert not Person.objects.exists()


def test_a_person_read_can_be_sent_back_as_a_change(api, sepra, kodukant):
    person = Person.objects.create(workspace=sepra, name="Sari", organisation=kodukant, title={"fi": "Johtaja"})
    read = api.get(f"/people/{person.pk}").json()
    writable = {key: read[key] for key in ("name", "title", "kind", "organisation", "email", "phone",
                                           "consent_to_publish", "consent_date", "notes")}

    response = api.patch(f"/people/{person.pk}", writable)

    assert response.status_code == 200, response.json()


def test_people_are_searched_and_filtered_by_kind(api, sepra):
    Person.objects.create(workspace=sepra, name="Sari Sepralainen", kind="staff")
    Person.objects.create(workspace=sepra, name="Eero Valtuutettu", kind="elected")

    assert [p["name"] for p in api.get("/people", q="sepra").json()["items"]] == ["Sari Sepralainen"]
    assert [p["name"] for p in api.get("/people", kind="elected").json()["items"]] == ["Eero Valtuutettu"]


def test_a_membership_is_created_changed_and_deleted(api, sepra, errin):
    created = api.post("/memberships", {"network": errin.pk, "since": "2019-01-01",
                                        "description": {"fi": "Tutkimus ja innovaatiot"}})
    assert created.status_code == 201, created.json()
    url = f"/memberships/{created.json()['id']}"

    changed = api.patch(url, {"status": "ended", "until": "2024-12-31"})

    assert created.json()["network_name"] == errin.name
    assert changed.json()["status"] == "ended"
    assert changed.json()["since"] == "2019-01-01"
    assert api.delete(url).status_code == 204
    assert not Membership.objects.exists()


def test_a_representation_names_its_person_and_subject(api, sepra, errin, tourism):
    person = Person.objects.create(workspace=sepra, name="Sari")
    membership = Membership.objects.create(workspace=sepra, network=errin)

    for_network = api.post("/representations", {"person": person.pk, "membership": membership.pk,
                                                 "role": "representative"})
    for_theme = api.post("/representations", {"person": person.pk, "theme": tourism.pk, "role": "contact"})

    assert for_network.status_code == 201, for_network.json()
    assert for_network.json()["subject"] == "ERRIN"
    assert for_network.json()["person_name"] == "Sari"
    assert for_theme.json()["theme"] == tourism.pk
    listed = api.get("/representations").json()
    assert listed["count"] == 2


def test_a_representation_is_changed_and_deleted(api, sepra, tourism):
    person = Person.objects.create(workspace=sepra, name="Sari")
    representation = Representation.objects.create(workspace=sepra, person=person, theme=tourism)

    changed = api.patch(f"/representations/{representation.pk}", {"role": "deputy", "starts_on": "2025-01-01"})

    assert changed.status_code == 200, changed.json()
    assert changed.json()["role"] == "deputy"
    assert api.delete(f"/representations/{representation.pk}").status_code == 204
    assert not Representation.objects.exists()


def test_a_partnership_is_created_with_themes_changed_and_deleted(api, sepra, kodukant, tourism):
    created = api.post("/partnerships", {"organisation": kodukant.pk, "themes": [tourism.pk], "since": "2010-06-01",
                                         "description": {"fi": "Kylätoiminta", "en": "Village action"}})
    assert created.status_code == 201, created.json()
    url = f"/partnerships/{created.json()['id']}"

    changed = api.patch(url, {"status": "dormant", "themes": []})

    assert created.json()["themes"] == [tourism.pk]
    assert created.json()["organisation_name"] == "Kodukant"
    assert changed.json()["status"] == "dormant"
    assert changed.json()["themes"] == []
    assert changed.json()["description"] == {"fi": "Kylätoiminta", "en": "Village action"}
    assert api.get("/partnerships").json()["count"] == 1
    assert api.delete(url).status_code == 204
    assert not Partnership.objects.exists()

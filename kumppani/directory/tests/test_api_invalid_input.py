"""Invalid input answers 4xx JSON naming the field, with the pages' own validation; nothing is written."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation, Person, Region
from kumppani.directory.tests.api_client import api_for

VALID = {"name": "Visit Kuopio", "country": "FI"}


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def _errors(response) -> dict:
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json().get("errors", {})


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"country": "XX"}, "country", "XX is not an ISO 3166 country code."),
    ({"business_id": "1234567-8"}, "business_id", ""),
    ({"name": ""}, "name", "This field is required."),
    ({"name": "x" * 301}, "name", "Ensure this value has at most 300 characters"),
    ({"website": "not a url"}, "website", "Enter a valid URL."),
    ({"pic": "12"}, "pic", ""),
    ({"type": "castle"}, "type", ""),
    ({"region": "Uusimaa"}, "region", "valid integer"),
    ({"region": 987654321}, "region", "Select a valid choice."),
    ({"themes": [987654321]}, "themes", "Select a valid choice."),
    ({"themes": "tourism"}, "themes", ""),
    ({"description": {"de": "Tourismus"}}, "description.de", "Extra inputs are not permitted"),
    ({"description": {"fi": 12}}, "description.fi", "valid string"),
    ({"colour": "red"}, "colour", "Extra inputs are not permitted"),
    ({"name": 42}, "name", "valid string"),
])
def test_an_invalid_organisation_answers_422_naming_the_field(api, change, field, message):
    response = api.post("/organisations", {**VALID, **change})

    errors = _errors(response)
    assert response.status_code == 422
    assert response.json()["detail"] == "Invalid input"
    assert field in errors
    assert message in " ".join(errors[field])
    assert not Organisation.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_missing_name_is_named(api):
    errors = _errors(api.post("/organisations", {"country": "FI"}))

    assert list(errors) == ["name"]


def test_a_region_of_another_country_is_refused(api):
    estonian = Region.objects.filter(country="EE").first()

    errors = _errors(api.post("/organisations", {**VALID, "region": estonian.pk}))

    assert "region" in errors


@pytest.mark.parametrize("body", ['{"name": "Visit Kuopio", "country": "FI"', "[1, 2]", '"text"', "null", "",
                                  "\xff\xfe", "{'name': 'single quotes'}"])
def test_a_body_that_is_not_a_json_object_answers_4xx_json(api, body):
    response = api.send("post", "/organisations", body.encode("latin-1"))

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]
    assert not Organisation.objects.exists()


def test_a_change_is_validated_like_a_new_record(api, kodukant):
    errors = _errors(api.patch(f"/organisations/{kodukant.pk}", {"ee_registry_code": "123", "name": None}))

    assert {"ee_registry_code", "name"} <= set(errors)
    kodukant.refresh_from_db()
    assert kodukant.ee_registry_code == "80042937"


@pytest.mark.parametrize(("params", "field"), [
    ({"country": "XX"}, "country"), ({"type": "castle"}, "type"), ({"theme": "no-such-theme"}, "theme"),
    ({"order": "password"}, "order"), ({"limit": "many"}, "limit"), ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"), ({"q": "\x00"}, "q"),
])
def test_an_unknown_filter_value_answers_422_naming_it(api, params, field):
    assert field in _errors(api.get("/organisations", **params))


@pytest.mark.parametrize("path", ["/organisations/0", "/organisations/abc", "/people/99999999999999999999999",
                                  "/people/-1"])
def test_an_impossible_id_answers_4xx(api, path):
    response = api.get(path)

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


@pytest.mark.parametrize("path", ["/organisations/987654", "/people/987654", "/themes/987654"])
def test_an_unknown_id_answers_404(api, path):
    response = api.get(path)

    assert response.status_code == 404
    assert response.json()["detail"]


def test_regions_need_a_real_country(api):
    assert "country" in _errors(api.get("/regions", country="XX"))
    assert "country" in _errors(api.get("/regions"))


def test_a_person_who_consents_needs_a_consent_date(api):
    errors = _errors(api.post("/people", {"name": "Sari", "consent_to_publish": True}))

    assert errors == {"consent_date": ["Give the date on which the person consented."]}


@pytest.mark.parametrize(("payload", "field"), [
    ({"name": "Sari", "email": "not-an-address"}, "email"),
    ({"name": "Sari", "consent_date": "yesterday"}, "consent_date"),
    ({"name": "Sari", "organisation": 987654}, "organisation"),
    ({"name": "Sari", "kind": "robot"}, "kind"),
    ({"name": ["Sari"]}, "name"),
])
def test_an_invalid_person_answers_422_naming_the_field(api, payload, field):
    assert field in _errors(api.post("/people", payload))


def test_a_representation_without_a_subject_answers_422(api, sepra):
    person = Person.objects.create(workspace=sepra, name="Sari")

    errors = _errors(api.post("/representations", {"person": person.pk, "position": "first"}))

    assert "position" in errors


def test_a_representation_without_network_theme_or_topic_names_the_rule(api, sepra):
    person = Person.objects.create(workspace=sepra, name="Sari")

    errors = _errors(api.post("/representations", {"person": person.pk}))

    assert errors == {"__all__": ["Choose a network, a theme or give a topic."]}


def test_a_second_membership_of_the_same_network_is_refused(api, sepra, kodukant):
    assert api.post("/memberships", {"network": kodukant.pk}).status_code == 201

    response = api.post("/memberships", {"network": kodukant.pk})

    assert response.status_code == 422
    assert response.json()["errors"]


def test_a_term_that_ends_before_it_starts_is_refused(api, kodukant):
    errors = _errors(api.post("/memberships", {"network": kodukant.pk, "since": "2024-01-01",
                                               "until": "2023-01-01"}))

    assert "until" in errors

"""The published OpenAPI schema holds what the API does: one class per schema name, every error an operation can
answer documented with the JSON error body, and dates that are dates."""

import pytest
from django.test import Client
from ninja import Schema

import kumppani.api  # noqa: F401  (loads every router and its schemas)
from kumppani.directory.tests.api_client import api_for

ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}


def _schema_classes(base: type) -> list[type]:
    found = []
    for subclass in base.__subclasses__():
        if subclass.__module__.startswith("kumppani"):
            found.append(subclass)
        found.extend(_schema_classes(subclass))
    return found


def _published() -> dict:
    return Client().get("/api/v1/openapi.json").json()


def test_no_two_schema_classes_share_a_name():
    classes = {cls for cls in _schema_classes(Schema)}
    names = [cls.__name__ for cls in classes]

    assert sorted(name for name in names if names.count(name) > 1) == []


@pytest.mark.django_db
def test_every_operation_documents_the_errors_it_can_answer():
    for path, methods in _published()["paths"].items():
        for method, operation in methods.items():
            responses = operation["responses"]
            expected = {"401", "503"}
            if operation.get("parameters") or "requestBody" in operation:
                expected.add("422")
            if "{" in path:
                expected.add("404")
            if method != "get":
                expected |= {"403", "409"}
            if "requestBody" in operation:
                expected |= {"400", "404"}
            assert expected <= set(responses), (method, path)
            for status in expected:
                assert responses[status]["content"] == ERROR_BODY, (method, path, status)
            assert responses["401"]["headers"]["WWW-Authenticate"]["required"] is True


@pytest.mark.django_db
def test_the_error_body_is_a_detail_with_messages_per_field():
    error = _published()["components"]["schemas"]["ErrorOut"]

    assert error["required"] == ["detail"]
    assert error["properties"]["errors"]["additionalProperties"] == {"items": {"type": "string"}, "type": "array"}


def test_a_number_given_as_a_date_is_refused(alice, sepra):
    api = api_for(alice, sepra)

    assert api.get("/calls", closes_before="0").status_code == 422
    response = api.post("/activities", {"title": {"fi": "Opintomatka"}, "type": "study_trip", "starts_on": 0})
    assert response.status_code == 422
    assert "starts_on" in response.json()["errors"]
    assert api.get("/calls", closes_before="2026-01-31").status_code == 200


def _not_null(schema: dict) -> dict:
    return next((option for option in schema.get("anyOf", []) if option.get("type") != "null"), schema)


def test_filters_publish_the_values_their_forms_accept(db):
    parameters = {parameter["name"]: _not_null(parameter["schema"])
                  for parameter in _published()["paths"]["/api/v1/organisations"]["get"]["parameters"]}

    assert "FI" in parameters["country"]["enum"] and "XX" not in parameters["country"]["enum"]
    assert "university" in parameters["type"]["enum"]
    assert parameters["order"]["enum"] == ["name", "country", "-updated_at"]

"""The API describes itself: an OpenAPI schema and interactive docs, readable without a token."""

from django.conf import settings
from django.test import Client

from kumppani.core.apitools import TranslatedText
from kumppani.directory.tests.api_client import operations


def test_the_openapi_schema_names_every_endpoint(db):
    response = Client().get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "kumppani API"
    assert {"/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/organisations/{id}/notes",
            "/api/v1/themes", "/api/v1/themes/{id}", "/api/v1/regions", "/api/v1/people", "/api/v1/people/{id}",
            "/api/v1/memberships", "/api/v1/memberships/{id}", "/api/v1/representations",
            "/api/v1/representations/{id}", "/api/v1/partnerships", "/api/v1/partnerships/{id}",
            "/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/calls", "/api/v1/calls/{id}",
            "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/activities", "/api/v1/activities/{id}",
            "/api/v1/good-practices", "/api/v1/advocacy-items", "/api/v1/internships",
            } <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["ApiTokenAuth"] == {"type": "http", "scheme": "bearer"}


def test_every_operation_has_a_unique_id_and_requires_the_token(db):
    schema = Client().get("/api/v1/openapi.json").json()
    ids = [op["operationId"] for methods in schema["paths"].values() for op in methods.values()]

    assert len(ids) == len(set(ids)) == len(operations())
    for methods in schema["paths"].values():
        for op in methods.values():
            assert op["security"] == [{"ApiTokenAuth": []}]


def test_the_docs_page_loads_without_a_token_and_without_a_cdn(db):
    response = Client().get("/api/v1/docs")

    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v1/openapi.json" in html
    assert "cdn." not in html


def test_translated_texts_offer_every_ui_language():
    assert list(TranslatedText.model_fields) == settings.LANGUAGE_CODES


def test_the_api_root_says_where_the_docs_and_the_schema_are(db):
    response = Client().get("/api/v1/")

    assert response.status_code == 200
    assert response.json() == {"documentation": "/api/v1/docs", "openapi": "/api/v1/openapi.json"}


def test_a_path_under_the_api_that_no_operation_serves_answers_json_404(db):
    for path in ("/api/v1/no-such-resource", "/api/", "/api/v2/organisations"):
        response = Client().get(path)
        assert response.status_code == 404, path
        assert response["Content-Type"].startswith("application/json")
        assert "detail" in response.json()

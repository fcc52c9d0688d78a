"""/api/v1/partners/search and /api/v1/partners/like/{id}: ranked organisations with the reasons, for a token of
the workspace; filters, a limit, and a JSON body for long descriptions."""

import pytest
from django.test import Client

from kumppani.directory.tests.api_client import api_for
from kumppani.partners.tests import surface_data

directory = surface_data.directory

FIELDS = {"id", "name", "country", "region", "type", "score", "matched_terms", "matching_projects", "themes",
          "cooperation"}


def test_without_a_token_the_search_answers_401(db):
    for path in ("/api/v1/partners/search?q=tourism", "/api/v1/partners/like/1"):
        response = Client().get(path)
        assert response.status_code == 401
        assert response.json()["detail"]


def test_the_search_answers_ranked_organisations_with_their_reasons(alice, sepra, directory):
    response = api_for(alice, sepra).get("/partners/search", q="rural tourism routes")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(body["items"]) >= 2
    first = body["items"][0]
    assert set(first) == FIELDS
    assert first["id"] in (directory["jyu"].pk, directory["kodukant"].pk)
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True)
    jyu = next(item for item in body["items"] if item["id"] == directory["jyu"].pk)
    assert jyu["region"] == "FI193" and jyu["country"] == "FI" and jyu["type"] == "university"
    routes = next(project for project in jyu["matching_projects"] if project["id"] == directory["routes"].pk)
    assert routes == {"id": directory["routes"].pk, "title": "Sustainable rural tourism routes", "year": 2019,
                      "own": False}
    assert "tourism" in " ".join(jyu["matched_terms"]) or "touris" in " ".join(jyu["matched_terms"])


def test_the_workspace_s_own_projects_are_marked_own(alice, sepra, directory):
    body = api_for(alice, sepra).get("/partners/search", q="whisky distillery tourism").json()

    travel = next(item for item in body["items"] if item["id"] == directory["travel"].pk)
    assert travel["matching_projects"][0]["own"] is True


def test_repeatable_filters_narrow_the_results(alice, sepra, directory):
    api = api_for(alice, sepra)
    by_country = api.client.get("/api/v1/partners/search", {"q": "tourism", "country": ["EE", "LV"]}).json()
    by_type = api.get("/partners/search", q="tourism", country="EE", type="university").json()
    by_region = api.get("/partners/search", q="tourism", region="FI1").json()

    assert {item["country"] for item in by_country["items"]} == {"EE"}
    assert [item["id"] for item in by_type["items"]] == [directory["tartu"].pk]
    assert [item["id"] for item in by_region["items"]] == [directory["jyu"].pk]


def test_the_limit_caps_the_results_at_100(alice, sepra, directory):
    api = api_for(alice, sepra)

    assert api.get("/partners/search", q="tourism", limit=1).json()["count"] == 1
    assert api.get("/partners/search", q="tourism", limit=100).status_code == 200
    refused = api.get("/partners/search", q="tourism", limit=101)
    assert refused.status_code == 422
    assert "limit" in refused.json()["errors"]


def test_a_long_description_may_come_as_a_json_body(alice, sepra, directory):
    description = "We develop sustainable rural tourism routes across the Baltic Sea region. " * 40
    response = api_for(alice, sepra).post("/partners/search", {"q": description, "country": ["FI", "EE"],
                                                              "limit": 5})

    assert response.status_code == 200
    assert directory["jyu"].pk in [item["id"] for item in response.json()["items"]]


def test_a_misspelt_body_field_is_refused(alice, sepra, directory):
    response = api_for(alice, sepra).post("/partners/search", {"query": "tourism"})

    assert response.status_code == 422
    assert set(response.json()["errors"]) >= {"q", "query"}


def test_more_like_an_organisation_leaves_the_organisation_out(alice, sepra, directory):
    response = api_for(alice, sepra).get(f"/partners/like/{directory['jyu'].pk}")

    assert response.status_code == 200
    ids = [item["id"] for item in response.json()["items"]]
    assert directory["jyu"].pk not in ids and ids


@pytest.mark.parametrize("organisation_id", ["999999", "0", str(2**63), "abc"])
def test_an_unknown_organisation_answers_4xx_json(alice, sepra, directory, organisation_id):
    response = api_for(alice, sepra).client.get(f"/api/v1/partners/like/{organisation_id}")

    assert response.status_code in (404, 422)
    assert response.json()["detail"]
    if organisation_id == "999999":
        assert response.status_code == 404


def test_the_openapi_schema_describes_the_partner_search(db):
    schema = Client().get("/api/v1/openapi.json").json()

    assert {"get", "post"} <= set(schema["paths"]["/api/v1/partners/search"])
    assert "get" in schema["paths"]["/api/v1/partners/like/{organisation_id}"]
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/partners/search"]["get"]["parameters"]}
    assert parameters >= {"q", "country", "region", "type", "limit"}

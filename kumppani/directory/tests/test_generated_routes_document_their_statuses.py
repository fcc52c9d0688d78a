"""The routes generated from the record types publish every status they can answer, errors with the ErrorOut body."""

import pytest

from kumppani.api import api
from kumppani.workspaces.record_api import GENERATED

PREFIX = "/api/v1"
ERROR_REF = "#/components/schemas/ErrorOut"
# What each kind of generated operation can answer: its success, and the errors of kumppani/api.py's handlers;
# keyed by the method and whether the path names a record (its own, or the parent of a child record type's).
EXPECTED = {
    ("get", False): {"200", "401", "422", "503"},  # a list: its filters and page are query parameters
    ("post", False): {"201", "400", "401", "403", "404", "409", "422", "503"},
    ("post", True): {"201", "400", "401", "403", "404", "409", "422", "503"},  # a child's, under its parent
    ("get", True): {"200", "401", "404", "422", "503"},
    ("patch", True): {"200", "400", "401", "403", "404", "409", "422", "503"},
    ("delete", True): {"204", "401", "403", "404", "409", "422", "503"},
}


@pytest.fixture(scope="module")
def schema():
    return api.get_openapi_schema()


def test_the_record_types_generate_the_five_routes_of_each():
    deletes = [path for method, path in GENERATED if method == "delete"]

    assert len(deletes) == len(set(deletes)) >= 15
    assert ("delete", "/people/{id}") in GENERATED
    assert ("patch", "/strategies/{id}") in GENERATED
    assert ("get", "/projects/{id}") in GENERATED
    assert ("delete", "/projects/{id}/outputs/{output_id}") in GENERATED


@pytest.mark.parametrize(("method", "path"), GENERATED)
def test_a_generated_route_documents_every_status_it_can_answer(schema, method, path):
    operation = schema["paths"][PREFIX + path][method]

    assert {str(status) for status in operation["responses"]} == EXPECTED[(method, "{" in path)]
    for status, response in operation["responses"].items():
        if str(status).startswith(("4", "5")):
            assert response["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}


def test_generated_routes_keep_their_published_operation_ids_and_tags(schema):
    person = schema["paths"][PREFIX + "/people/{id}"]
    measures = schema["paths"][PREFIX + "/measures"]

    assert person["delete"]["operationId"] == "kumppani_directory_api_delete_person"
    assert person["delete"]["tags"] == ["people"]
    assert person["delete"]["description"].startswith("Deletes the person's representations")
    assert measures["post"]["operationId"] == "kumppani_strategy_api_create_measure"
    assert measures["get"]["operationId"] == "kumppani_strategy_api_list_measures"

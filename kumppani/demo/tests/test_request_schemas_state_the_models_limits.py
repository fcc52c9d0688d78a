"""The published API schema states what the services require of every request: each body property that is a model
field declares the field's limits (a text's maximum length, a translated text's languages and lengths, a number's
bounds, a decimal's size, a record date's years), read here from the models themselves; every query parameter is
bounded. Input beyond a limit answers 422 naming the field, with the message the page gives."""

import functools
import re
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils import translation

from kumppani.core.dates import validate_record_date
from kumppani.core.translated import TranslatedField
from kumppani.directory.models import Organisation, OrganisationNote, OrganisationOverride, Person
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.data import MAX_PARTNERS
from kumppani.projects.models import Project, ProjectPartner

# Body schemas named otherwise than their model (the name less In, Patch or Changes), and those of no model.
MODEL_OF = {"Note": OrganisationNote, "OwnValues": OrganisationOverride, "Partner": ProjectPartner,
            "Proposal": None, "Search": None}


@functools.cache
def openapi() -> dict[str, Any]:
    from kumppani.api import api

    return api.get_openapi_schema()


def component(schema: dict[str, Any], ref: str) -> dict[str, Any]:
    return schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def model_of(name: str) -> type[models.Model] | None:
    base = re.sub(r"(In)?(Patch|Changes)?$", "", name)
    if base in MODEL_OF:
        return MODEL_OF[base]
    found = [model for model in apps.get_models() if model.__name__ == base]
    assert found, f"{name}: name its model in MODEL_OF"
    return found[0]


def request_bodies(schema: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Each body schema's name → an operation that takes it; with the schemas their arrays hold (a partner)."""
    bodies: dict[str, tuple[str, str]] = {}
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            ref = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get(
                "schema", {}).get("$ref")
            if ref:
                bodies.setdefault(ref.rsplit("/", 1)[-1], (method, path))
    for name in list(bodies):
        for prop in component(schema, name)["properties"].values():
            for branch in branches(prop):
                if "$ref" in branch.get("items", {}):
                    bodies.setdefault(branch["items"]["$ref"].rsplit("/", 1)[-1], bodies[name])
    return bodies


def branches(prop: dict[str, Any], inherited: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The schemas a value may match, each with the keywords of the schemas around it; null left out."""
    if "$ref" in prop:
        prop = component(openapi(), prop["$ref"])
    for part in prop.get("allOf", []):
        prop = {**{key: value for key, value in prop.items() if key != "allOf"}, **branches(part)[0]}
    own = {**(inherited or {}), **{key: value for key, value in prop.items() if key != "anyOf"}}
    if "anyOf" in prop:
        return [found for option in prop["anyOf"] for found in branches(option, own)]
    return [] if own.get("type") == "null" else [own]


def of_type(prop: dict[str, Any], kind: str) -> dict[str, Any]:
    found = [branch for branch in branches(prop) if branch.get("type") == kind]
    assert found, f"no {kind} in {prop}"
    return found[0]


def integer_range(field: models.Field) -> tuple[Any, Any]:
    lowest, highest = BaseDatabaseOperations.integer_field_ranges[field.get_internal_type()]
    for validator in field.validators:
        if isinstance(validator, MinValueValidator):
            lowest = max(lowest, validator.limit_value)
    return lowest, highest


def assert_states_limits(field: models.Field, prop: dict[str, Any]) -> None:
    if isinstance(field, TranslatedField):
        text = of_type(prop, "object")
        assert text["additionalProperties"] is False
        assert set(text["properties"]) == set(settings.LANGUAGE_CODES)
        for language in text["properties"].values():
            assert of_type(language, "string").get("maxLength") == field.text_max_length
    elif isinstance(field, models.DateField):
        date = of_type(prop, "string")
        assert date["format"] == "date"
        assert validate_record_date in field.validators
        pattern = re.compile(date["pattern"])
        assert pattern.search("1900-01-01") and pattern.search("2100-12-31")
        assert not pattern.search("1899-12-31") and not pattern.search("2101-01-01")
    elif field.choices:
        assert set(of_type(prop, "string")["enum"]) <= {str(value) for value, _label in field.flatchoices}
    elif isinstance(field, models.DecimalField):
        number = of_type(prop, "number")
        size = 10 ** (field.max_digits - field.decimal_places)
        assert number.get("exclusiveMaximum", number.get("maximum", size + 1)) <= size
        assert number.get("exclusiveMinimum", number.get("minimum", -size - 1)) >= -size
        if any(isinstance(validator, MinValueValidator) for validator in field.validators):
            assert number["minimum"] == integer_range_minimum(field)
    elif isinstance(field, models.IntegerField):
        number = of_type(prop, "integer")
        lowest, highest = integer_range(field)
        assert lowest <= number["minimum"] <= number["maximum"] <= highest
    elif getattr(field, "max_length", None):
        text = of_type(prop, "string")
        if "enum" in text:
            assert all(len(value) <= field.max_length for value in text["enum"])
        else:
            assert text["maxLength"] == field.max_length


def integer_range_minimum(field: models.Field) -> Any:
    return max(validator.limit_value for validator in field.validators if isinstance(validator, MinValueValidator))


def body_properties() -> list[tuple[str, str, models.Field, dict[str, Any]]]:
    schema = openapi()
    found = []
    for name in request_bodies(schema):
        model = model_of(name)
        for prop_name, prop in component(schema, name)["properties"].items():
            field = model and next((field for field in model._meta.get_fields() if field.name == prop_name), None)
            if isinstance(field, models.Field) and not field.is_relation:
                found.append((name, prop_name, field, prop))
    return found


def test_every_request_body_is_a_model_or_named_as_none():
    schema = openapi()
    assert {name: model_of(name) for name in request_bodies(schema)}


@pytest.mark.parametrize(("schema_name", "prop_name", "field", "prop"), body_properties(),
                         ids=lambda value: value if isinstance(value, str) else "")
def test_a_body_property_states_its_model_fields_limits(schema_name, prop_name, field, prop):
    assert_states_limits(field, prop)


def test_the_limits_cover_the_texts_numbers_and_dates_of_every_body():
    """The walk above checks the properties that carry limits: at least every kind of them."""
    checked = body_properties()
    assert {type(field) for _schema, _name, field, _prop in checked} >= {
        models.CharField, TranslatedField, models.DateField, models.DecimalField, models.PositiveIntegerField,
        models.PositiveSmallIntegerField, models.URLField, models.EmailField, models.SlugField}
    assert len(checked) > 200


UNBOUNDED_QUERY_TYPES = {"boolean"}


def test_every_query_parameter_is_bounded():
    """A text has a maximum length or a list of values, a number a minimum and a maximum, a date its format."""
    unbounded = []
    for path, methods in openapi()["paths"].items():
        for method, operation in methods.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                for branch in branches(parameter["schema"]):
                    if branch.get("type") == "array":
                        branch = {**branch.get("items", {}), "maxItems": branch.get("maxItems")}
                    bounded = ("enum" in branch or "maxLength" in branch or branch.get("format") == "date"
                               or {"minimum", "maximum"} <= set(branch) or branch.get("type") in UNBOUNDED_QUERY_TYPES)
                    if not bounded:
                        unbounded.append(f"{method} {path} {parameter['name']}")
    assert unbounded == []


# The services' refusals, now stated by the schema, answer as before: 422 naming the field, the page's words.

@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def test_an_overlong_name_answers_422_naming_the_field(api):
    limit = Organisation._meta.get_field("name").max_length
    response = api.post("/organisations", {"name": "x" * (limit + 1), "country": "FI"})

    assert response.status_code == 422
    assert response.json() == {"detail": "Invalid input", "errors": {
        "name": [f"Ensure this value has at most {limit} characters (it has {limit + 1})."]}}
    assert not Organisation.objects.exists()


def test_an_overlong_translated_text_answers_422_naming_its_language(api):
    limit = Person._meta.get_field("title").text_max_length
    response = api.post("/people", {"name": "Maija", "title": {"fi": "Johtaja", "en": "x" * (limit + 1)}})

    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["title.en"]


def test_a_text_in_an_unknown_language_answers_422(api):
    response = api.post("/people", {"name": "Maija", "title": {"de": "Direktorin"}})

    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["title.de"]


def test_a_number_beyond_its_column_answers_422_in_the_users_language(bob, sepra):
    response = api_for(bob, sepra, "fi").post("/activities", {
        "title": {"fi": "Työpaja"}, "starts_on": "2025-05-05", "country": "FI", "participants": -1})

    assert response.status_code == 422
    with translation.override("fi"):
        message = MinValueValidator(0).message % {"limit_value": 0}
    assert response.json()["errors"] == {"participants": [message]}


def test_an_amount_of_more_than_twelve_digits_answers_422(api):
    response = api.post("/projects", {"title": {"fi": "Kuninkaantie"}, "total_budget": "1000000000000"})

    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["total_budget"]
    assert not Project.objects.exists()


def test_a_date_outside_1900_to_2100_answers_422_with_the_pages_message(api):
    response = api.post("/activities", {"title": {"fi": "Työpaja"}, "starts_on": "2101-01-01", "country": "FI"})

    assert response.status_code == 422
    assert response.json()["errors"] == {"starts_on": ["Give a date between 1900 and 2100."]}


def test_more_partners_than_a_project_may_have_answers_422(api):
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Partner {number}", type="ngo", country="FI") for number in range(MAX_PARTNERS + 1))
    response = api.post("/projects", {"title": {"fi": "Kuninkaantie"},
                                      "partners": [{"organisation": item.pk} for item in organisations]})

    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["partners"]
    assert not Project.objects.exists()

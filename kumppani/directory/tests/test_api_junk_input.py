"""Junk sent to every write endpoint, field by field and as whole bodies, answers JSON and never a server error."""

import json
import random

import pytest

from kumppani.api import api as ninja_api
from kumppani.directory.models import Organisation, Person
from kumppani.directory.tests.api_client import DIRECTORY_RESOURCES, PREFIX, api_for
from kumppani.funding.models import Programme

# One of each kind of trouble: empty, too long, control characters, out-of-range numbers, wrong shapes.
JUNK = [None, "x" * 5000, "\x00", -1, 2**63, 1.5, True, [2**70], ["a"], {"fi": 1}, {"xx": "y"}, {"fi": "x" * 5000}]
RAW_BODIES = ['{"name": NaN}', '{"name": Infinity}', '{"name": 1e400}', "{" * 500 + "}" * 500, '{"a":' * 2000,
              "\ud800", '{"name": "\\ud800"}', "true", "0", "[]"]


def _write_directory_operations() -> list[tuple[str, str, list[str]]]:
    """(method, path, body fields) of every operation with a JSON body."""
    schema = ninja_api.get_openapi_schema()
    components = schema["components"]["schemas"]
    found = []
    for path, methods in schema["paths"].items():
        if path.removeprefix(PREFIX).split("/")[1] not in DIRECTORY_RESOURCES:
            continue
        for method, operation in methods.items():
            if "requestBody" not in operation:
                continue
            ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            fields = list(components[ref.rsplit("/", 1)[1]]["properties"])
            found.append((method.upper(), path.removeprefix(PREFIX), fields))
    return found


@pytest.fixture
def valid_bodies(sepra, kodukant, tourism):
    person = Person.objects.create(workspace=sepra, name="Sari")
    network = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    return {
        "/organisations": {"name": "Visit Kuopio", "country": "FI"},
        "/organisations/{id}/notes": {"text": "A note"},
        "/organisations/{id}/proposals": {"changes": {"website": "https://kodukant.ee"}, "reason": "New site"},
        "/organisations/{id}/own-values": {"name": "Kodukant ry"},
        "/themes/{id}/proposals": {"changes": {"slug": "travel"}, "reason": "Clearer"},
        "/themes": {"slug": "energy", "name": {"fi": "Energia"}},
        "/people": {"name": "Sari"},
        "/memberships": {"network": network.pk},
        "/representations": {"person": person.pk, "theme": tourism.pk},
        "/partnerships": {"organisation": kodukant.pk},
        "/programmes": {"slug": "junk-test", "name": {"fi": "Ohjelma"}, "period_start": 2021, "period_end": 2027},
        "/calls": {"programme": Programme.objects.get(slug="nordplus").pk, "title": {"fi": "Haku"},
                   "closes_on": "2026-05-31"},
    }


def _assert_answered(response, context) -> None:
    assert response.status_code < 500, (context, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), context
    if response.status_code >= 400:
        assert response.json()["detail"], context


def test_every_write_operation_is_exercised():
    assert len(_write_directory_operations()) == 20


def test_junk_in_any_field_of_any_write_answers_without_server_error(bob, sepra, kodukant, valid_bodies):
    api = api_for(bob, sepra)
    for method, path, fields in _write_directory_operations():
        url = path.replace("{id}", str(kodukant.pk))
        base = {} if method == "PATCH" else valid_bodies[path]
        for field in fields:
            for value in JUNK:
                response = api.send(method.lower(), url, json.dumps({**base, field: value}))
                _assert_answered(response, (method, path, field, value))


def test_random_bodies_to_every_write_answer_without_server_error(bob, sepra, kodukant):
    api = api_for(bob, sepra)
    rng = random.Random(2)  # a fixed seed: a failure is reproducible

    def junk(depth: int = 0):
        kind = rng.randrange(7 if depth < 3 else 4)
        if kind == 0:
            return rng.choice([None, True, False])
        if kind == 1:
            return rng.choice([0, -1, 2**64, 3.25, -1e300])
        if kind in (2, 3):
            return "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(12)))
        if kind == 4:
            return [junk(depth + 1) for _ in range(rng.randrange(4))]
        return {rng.choice(["name", "country", "title", "fi", "themes", "x"]): junk(depth + 1)
                for _ in range(rng.randrange(4))}

    for method, path, _fields in _write_directory_operations():
        url = path.replace("{id}", str(kodukant.pk))
        for _round in range(25):
            response = api.send(method.lower(), url, json.dumps(junk()))
            _assert_answered(response, (method, path))
        for body in RAW_BODIES:
            response = api.send(method.lower(), url, body.encode("utf-8", "surrogatepass"))
            _assert_answered(response, (method, path, body[:40]))

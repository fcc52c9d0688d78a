"""Junk sent to every funding write, field by field and as whole bodies, answers JSON and never a server error."""

import datetime
import json
import random

import pytest

from kumppani.directory.tests.api_client import api_for
from kumppani.funding.api import router
from kumppani.funding.models import Call, Programme

# One of each kind of trouble: empty, too long, control characters, out-of-range numbers and dates, wrong shapes.
JUNK = [None, "", "x" * 5000, "\x00", -1, 2**15, 2**63, 1.5, True, [2**70], ["a"], ["XX"], [None], {"fi": 1},
        {"xx": "y"}, {"fi": "x" * 5000}, "2026-02-30", "9999-12-31", "0001-01-01", "javascript:alert(1)"]
RAW_BODIES = ['{"slug": NaN}', '{"period_start": Infinity}', '{"period_end": 1e400}', "{" * 500 + "}" * 500,
              '{"a":' * 2000, "\ud800", '{"slug": "\\ud800"}', "true", "0", "[]"]


def _write_operations() -> list[tuple[str, str, list[str]]]:
    """(method, path, body fields) of every operation of the funding router that takes a JSON body."""
    found = []
    for path, path_view in router.path_operations.items():
        for operation in path_view.operations:
            for model in operation.models:
                if "payload" in model.model_fields:
                    schema = model.model_fields["payload"].annotation
                    found += [(method, path, list(schema.model_fields)) for method in operation.methods]
    return found


@pytest.fixture
def records(db):
    programme = Programme.objects.get(slug="nordplus")
    call = Call.objects.create(programme=programme, title={"fi": "Haku"}, closes_on=datetime.date(2026, 5, 31))
    return {"/programmes": programme, "/calls": call}


@pytest.fixture
def valid_bodies(records):
    return {
        "/programmes": {"slug": "junk-test", "name": {"fi": "Ohjelma"}, "period_start": 2021, "period_end": 2027},
        "/calls": {"programme": records["/programmes"].pk, "title": {"fi": "Haku"}, "closes_on": "2026-05-31"},
    }


def _url(path: str, records: dict) -> str:
    return path.replace("{id}", str(records["/" + path.strip("/").split("/")[0]].pk))


def _assert_answered(response, context) -> None:
    assert response.status_code < 500, (context, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), context
    if response.status_code >= 400:
        assert response.json()["detail"], context


def test_every_funding_write_is_exercised():
    assert [(method, path) for method, path, _fields in _write_operations()] == [
        ("POST", "/programmes"), ("PATCH", "/programmes/{id}"), ("POST", "/calls"), ("PATCH", "/calls/{id}")]


def test_junk_in_any_field_of_any_funding_write_answers_without_server_error(bob, sepra, records, valid_bodies):
    api = api_for(bob, sepra)
    for method, path, fields in _write_operations():
        base = valid_bodies[path] if method == "POST" else {}
        for field in fields:
            for value in JUNK:
                response = api.send(method.lower(), _url(path, records), json.dumps({**base, field: value}))
                _assert_answered(response, (method, path, field, value))


def test_random_bodies_to_every_funding_write_answer_without_server_error(bob, sepra, records):
    api = api_for(bob, sepra)
    rng = random.Random(3)  # a fixed seed: a failure is reproducible

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
        return {rng.choice(["slug", "name", "title", "fi", "themes", "programme", "closes_on", "eligible_countries",
                            "period_start"]): junk(depth + 1) for _ in range(rng.randrange(4))}

    for method, path, _fields in _write_operations():
        for _round in range(25):
            response = api.send(method.lower(), _url(path, records), json.dumps(junk()))
            _assert_answered(response, (method, path))
        for body in RAW_BODIES:
            response = api.send(method.lower(), _url(path, records), body.encode("utf-8", "surrogatepass"))
            _assert_answered(response, (method, path, body[:40]))


def test_junk_in_the_list_filters_answers_without_server_error(vera, sepra):
    api = api_for(vera, sepra)
    for path, names in {"/programmes": ["q", "theme", "country"],
                        "/calls": ["programme", "state", "closes_before"]}.items():
        for name in [*names, "limit", "offset"]:
            for value in ["", "x" * 5000, "\x00", "-1", str(2**63), "2026-02-30", "99999-01-01"]:
                _assert_answered(api.get(path, **{name: value}), (path, name, value))

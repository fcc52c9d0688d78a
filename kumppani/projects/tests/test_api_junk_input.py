"""Junk sent to every write of the projects API answers JSON, 4xx, and never a server error."""

import json
import random

import pytest

from kumppani.directory.tests.api_client import api_for, operations
from kumppani.projects.tests.factories import project

JUNK = [None, "x" * 5000, "\x00", -1, 2**63, 1.5, True, [2**70], ["a"], {"fi": 1}, {"xx": "y"}, "NaN", "Infinity",
        "1e400", "-0.001", "99999999999999999999.99", [{"organisation": 2**63}], [{"organisation": "a"}],
        [{"organisation": 1, "budget": "1e30"}], [{}], [None], "2025-02-30"]
FIELDS = ["title", "summary", "status", "programme", "call", "starts_on", "ends_on", "total_budget", "grant",
          "own_share", "themes", "focus_area", "partners", "on", "note", "kind", "delivered_on", "description"]
RAW_BODIES = ['{"title": NaN}', '{"total_budget": Infinity}', '{"grant": 1e400}', "{" * 500 + "}" * 500,
              "\ud800", '{"title": {"fi": "\\ud800"}}', "true", "[]"]


def _writes() -> list[tuple[str, str]]:
    return [(method, path) for method, path in operations()
            if path.startswith("/projects") and method in ("POST", "PATCH")]


def _answered(response, context) -> None:
    assert response.status_code < 500, (context, response.content[:300])
    assert response["Content-Type"].startswith("application/json"), context
    if response.status_code >= 400:
        assert response.json()["detail"], context


@pytest.fixture
def road(sepra, bob):
    road = project(sepra, bob)
    from kumppani.audit.writes import create_record
    from kumppani.projects.models import Output

    create_record(bob, sepra, Output(project=road, title={"fi": "Opas"}))
    return road


def test_junk_in_any_field_answers_without_server_error(bob, sepra, road):
    api = api_for(bob, sepra)
    output_id = road.outputs.get().pk
    valid = {"title": {"fi": "Hanke"}, "status": "running"}
    for method, path in _writes():
        target = path.replace("{id}", str(road.pk)).replace("{output_id}", str(output_id))
        for field in FIELDS:
            for value in JUNK:
                response = api.send(method.lower(), target, json.dumps({**valid, field: value}))
                _answered(response, (method, path, field, value))


def test_random_and_raw_bodies_answer_without_server_error(bob, sepra, road):
    api = api_for(bob, sepra)
    rng = random.Random(3)
    output_id = road.outputs.get().pk

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
        return {rng.choice(["title", "partners", "organisation", "budget", "fi", "status", "x"]): junk(depth + 1)
                for _ in range(rng.randrange(4))}

    for method, path in _writes():
        target = path.replace("{id}", str(road.pk)).replace("{output_id}", str(output_id))
        for _round in range(25):
            _answered(api.send(method.lower(), target, json.dumps(junk())), (method, path))
        for body in RAW_BODIES:
            _answered(api.send(method.lower(), target, body.encode("utf-8", "surrogatepass")), (method, path, body))

"""Junk for every field of an API write, as in the directory's junk tests, for the routes of one app."""

import json
from typing import Any

# One of each kind of trouble: empty, too long, control characters, out-of-range numbers, wrong shapes.
JUNK = [None, "", "x" * 5000, "\x00", -1, 2**63, 1.5, True, [2**70], ["a"], ["XX"], {"fi": 1}, {"xx": "y"},
        {"fi": "x" * 5000}, "2026-02-30", "9999-12-31", "0001-01-01"]


def write_operations(router: Any) -> list[tuple[str, str, list[str]]]:
    """(method, path, body fields) of every operation of the router that takes a JSON body."""
    found = []
    for path, path_view in router.path_operations.items():
        for operation in path_view.operations:
            for model in operation.models:
                if "payload" in model.model_fields:
                    schema = model.model_fields["payload"].annotation
                    schema = getattr(schema, "_wrapped_model", schema)  # a PatchDict
                    found += [(method, path, list(schema.model_fields)) for method in operation.methods]
    return found


def send_junk(api: Any, method: str, url: str, base: dict[str, Any], fields: list[str]) -> None:
    """Every junk value in every field: each answer is JSON, and no answer is a server error."""
    for field in fields:
        for value in JUNK:
            response = api.send(method.lower(), url, json.dumps({**base, field: value}))
            context = (method, url, field, value)
            assert response.status_code < 500, (context, response.content[:500])
            assert response["Content-Type"].startswith("application/json"), context
            if response.status_code >= 400:
                assert response.json()["detail"], context

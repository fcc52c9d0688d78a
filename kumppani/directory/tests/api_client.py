"""A test client that calls the JSON API with a personal token of one user in one workspace."""

import json
from typing import Any

from django.test import Client

from kumppani.accounts.models import ApiToken

PREFIX = "/api/v1"


class ApiClient:
    def __init__(self, user: Any, workspace: Any, language: str = "en"):
        self.token, self.key = ApiToken.issue(user, workspace, "tests")
        self.client = Client(headers={"Authorization": f"Bearer {self.key}", "Accept-Language": language})

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(PREFIX + path, params)

    def post(self, path: str, payload: Any) -> Any:
        return self.send("post", path, json.dumps(payload))

    def patch(self, path: str, payload: Any) -> Any:
        return self.send("patch", path, json.dumps(payload))

    def delete(self, path: str) -> Any:
        return self.client.delete(PREFIX + path)

    def send(self, method: str, path: str, body: str | bytes = b"") -> Any:
        return getattr(self.client, method)(PREFIX + path, data=body, content_type="application/json")


def api_for(user: Any, workspace: Any, language: str = "en") -> ApiClient:
    return ApiClient(user, workspace, language)


# The resources these directory tests walk; the cooperation record's routers have tests of their own.
DIRECTORY_RESOURCES = frozenset({"organisations", "themes", "regions", "people", "memberships", "representations",
                                 "partnerships", "programmes", "calls"})


def operations(resources: frozenset[str] | None = None) -> list[tuple[str, str]]:
    """Every (method, path) of the API, read from its OpenAPI schema, with the /api/v1 prefix removed;
    with `resources`, only the paths whose first segment is one of them."""
    from kumppani.api import api

    schema = api.get_openapi_schema()
    found = [(method.upper(), path.removeprefix(PREFIX)) for path, methods in schema["paths"].items()
             for method in methods]
    if resources is None:
        return found
    return [(method, path) for method, path in found if path.split("/")[1] in resources]


def directory_operations() -> list[tuple[str, str]]:
    return operations(DIRECTORY_RESOURCES)

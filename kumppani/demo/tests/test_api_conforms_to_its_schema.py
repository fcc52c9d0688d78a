"""Schemathesis drives every operation of the JSON API with inputs generated from the published OpenAPI schema.

Over the demo's Sepra workspace, with an admin's real token: no answer is a 500, every status, content type,
header and body an operation answers is the one its schema documents, input the schema forbids is refused, and
input it allows is accepted wherever a schema can state every rule (see checks_for). Bounded (a few examples per
operation, a fixed seed, derandomized) so that it runs in `make pytest` in a few minutes.
"""

import hypothesis
import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core import signals
from django.db import close_old_connections, transaction
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kumppani.accounts.models import ApiToken
from kumppani.demo.loader import load_demo
from kumppani.workspaces.models import Workspace
from kumppani.wsgi import application

EXAMPLES_PER_OPERATION = 12
SEED = 20261206
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance, negative_data_rejection]
# Parameters that name a record by its id or slug. Such a value is valid by the schema whether or not the record
# exists, and the form refuses a missing one with 422: no schema can list which records exist.
NAMES_A_RECORD = {"theme", "programme", "project", "network", "focus_area", "channel", "strategy", "measure",
                  "indicator", "organisation", "person", "internship", "region"}
CONFIG = {
    "seed": SEED,
    "generation": {"max-examples": EXAMPLES_PER_OPERATION, "deterministic": True, "mode": "all"},
    "phases": {"examples": {"enabled": True}, "coverage": {"enabled": False}, "fuzzing": {"enabled": True},
               "stateful": {"enabled": False}},
}


@pytest.fixture(scope="module")
def demo_token(django_db_setup, django_db_blocker):
    """A real token of Sepra's admin in the demo's workspace full of records: loaded once for the module, in a
    transaction rolled back after it; each operation's writes are undone after it by the `db` fixture."""
    # Schemathesis calls the WSGI application itself: as Django's test client does, keep the connection (and the
    # test's transaction) open across requests; PostgreSQL's would be closed at the end of each.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        with django_db_blocker.unblock(), transaction.atomic():
            load_demo()
            alice = get_user_model().objects.get(username="alice")
            yield ApiToken.issue(alice, Workspace.objects.get(slug="sepra"), "schemathesis")[1]
            transaction.set_rollback(True)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def token(demo_token, db):
    return demo_token


# The schema as the app publishes it; reading it needs no database.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application,
                                        config=SchemathesisConfig.from_dict(CONFIG))


@schema.parametrize()
@hypothesis.settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None, database=None,
                     suppress_health_check=list(hypothesis.HealthCheck))
def test_every_operation_answers_as_its_schema_says(case, token):
    case.call_and_validate(checks=checks_for(case.operation), headers={"Authorization": f"Bearer {token}"})


def checks_for(operation):
    """Every check; and that schema-valid input is accepted wherever the schema can state every rule: reads and
    deletions whose parameters name no record. A body names records and carries rules across fields (an end after
    its start) that JSON Schema cannot state, so writes are held to rejecting invalid input only."""
    definition = operation.definition.raw
    names_records = any(parameter["in"] == "query" and parameter["name"] in NAMES_A_RECORD
                        for parameter in definition.get("parameters", []))
    if "requestBody" in definition or names_records:
        return CHECKS
    return [*CHECKS, positive_data_acceptance]

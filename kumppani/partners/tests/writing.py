"""Writing test data the way the product does: through the audited writes, their events handled at the commit.

pytest-django keeps each test in one transaction that never commits, so `committed()` runs what a commit would
(the partner index follows the events then)."""

from typing import Any

from django.db import models
from django.test import TestCase

from kumppani.audit.writes import create_record, delete_record, update_record


def committed() -> Any:
    return TestCase.captureOnCommitCallbacks(execute=True)


def created(model: type[models.Model], m2m: dict[str, Any] | None = None, **fields: Any) -> Any:
    with committed():
        return create_record(None, fields.get("workspace"), model(**fields), m2m)


def changed(obj: models.Model, m2m: dict[str, Any] | None = None, **changes: Any) -> Any:
    with committed():
        return update_record(None, getattr(obj, "workspace", None), obj, changes, m2m)


def deleted(obj: models.Model) -> None:
    with committed():
        delete_record(None, getattr(obj, "workspace", None), obj, also_own=None)

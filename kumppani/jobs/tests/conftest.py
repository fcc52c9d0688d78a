import pytest
from django.core.management import call_command


@pytest.fixture
def queue(settings):
    """The database backend, as in production: jobs wait until `run_worker` runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker_once() -> None:
    call_command("run_worker", "--batch", "--no-scheduler", "--interval", "0", verbosity=0)

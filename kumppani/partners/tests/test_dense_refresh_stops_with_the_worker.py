"""When the worker is told to stop (Ctrl-C on `make run`), embedding the dense profiles stops before its next batch of
texts and is queued again for the next worker, keeping what it embedded: `serve` need not kill the worker."""

import pytest
from django_tasks_db.models import DBTaskResult

from kumppani.jobs import services
from kumppani.partners import semantic, tasks
from kumppani.partners.models import ProjectVector

VECTOR = bytes(semantic.VECTOR_BYTES)


@pytest.fixture
def queue(settings):
    """The database backend, as in production: a task queued again waits in the database for the next worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def stopping():
    services.stopping.set()
    yield
    services.stopping.clear()


@pytest.fixture
def embedder(monkeypatch):
    """The model's stand-in: counts the batches of texts it embeds."""
    batches: list[int] = []

    def embed(texts):  # type: ignore[no-untyped-def]
        batches.append(len(texts))
        return [VECTOR for _text in texts]

    monkeypatch.setattr(semantic, "available", lambda: True)
    monkeypatch.setattr(semantic, "embed_passages", embed)
    return batches


def test_a_refresh_told_to_stop_embeds_nothing_more_and_waits_for_the_next_worker(queue, stopping, embedder,
                                                                                  nuoriso_ry):
    assert tasks.refresh_partner_vectors.call([nuoriso_ry.pk]) == 0
    assert embedder == []
    queued = DBTaskResult.objects.get(task_path="kumppani.partners.tasks.refresh_partner_vectors")
    assert queued.args_kwargs["args"] == [[nuoriso_ry.pk]]


def test_the_next_worker_embeds_what_is_still_missing(embedder, nuoriso_ry):
    tasks.refresh_partner_vectors.call([nuoriso_ry.pk])
    assert sum(embedder) == ProjectVector.objects.count() == 2  # its two public projects
    tasks.refresh_partner_vectors.call([nuoriso_ry.pk])
    assert sum(embedder) == 2  # nothing changed since: nothing embedded again


def test_a_rebuild_told_to_stop_waits_for_the_next_worker(queue, stopping, embedder, nuoriso_ry):
    assert tasks.rebuild_partner_vectors.call() == 0
    assert embedder == []
    assert DBTaskResult.objects.filter(task_path="kumppani.partners.tasks.rebuild_partner_vectors").count() == 1

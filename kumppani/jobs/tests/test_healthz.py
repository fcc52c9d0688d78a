"""/healthz: 200 when the database answers, the worker's heartbeat is fresh and the last digest and reminder runs
did not fail; 503 otherwise. No sign-in, and nothing private in the answer."""

import datetime
import json

import pytest
from django.db import DatabaseError
from django.utils import timezone

from kumppani.jobs.models import Job, JobStatus, WorkerHeartbeat


@pytest.fixture(autouse=True)
def _no_https_redirect(settings):
    settings.SECURE_SSL_REDIRECT = False


def _beat(seconds_ago: int) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.create(worker_id="w1", started_at=now - datetime.timedelta(hours=1),
                                   beat_at=now - datetime.timedelta(seconds=seconds_ago))


def _run(kind: str, status: str, workspace) -> None:
    Job.objects.create(kind=kind, workspace=workspace, status=status, task_path="x", finished_at=timezone.now(),
                       error="smtp refused alice@example.test")


def test_all_well_answers_200_without_signing_in(client, sepra):
    _beat(3)
    _run("send_digests", JobStatus.DONE, sepra)
    Job.objects.create(kind="export_projects", workspace=sepra, task_path="x")
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] and body["database"]["ok"] and body["worker"]["ok"]
    assert body["runs"]["send_digests"]["status"] == "done"
    assert body["runs"]["send_call_reminders"]["status"] is None
    assert body["jobs_waiting"] == 1
    assert response["Cache-Control"].startswith("max-age=0")


def test_no_heartbeat_for_minutes_is_503(client, db):
    _beat(180)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["worker"]["ok"] is False


def test_no_worker_at_all_is_503(client, db):
    assert client.get("/healthz").status_code == 503


def test_a_failed_last_run_is_503_and_its_error_is_not_shown(client, sepra):
    _beat(1)
    _run("send_call_reminders", JobStatus.FAILED, sepra)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["runs"]["send_call_reminders"]["ok"] is False
    text = json.dumps(response.json())
    assert "alice@" not in text and "sepra" not in text


def test_a_later_good_run_clears_the_failure(client, sepra):
    _beat(1)
    _run("send_digests", JobStatus.FAILED, sepra)
    _run("send_digests", JobStatus.DONE, sepra)
    assert client.get("/healthz").status_code == 200


def test_the_database_down_is_503(client, db, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("kumppani.jobs.views._health", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": {"ok": False}}

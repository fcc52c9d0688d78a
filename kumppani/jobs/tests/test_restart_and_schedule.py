"""After a worker dies, a job it was running is queued again when safe to repeat, else failed with the reason;
the schedule starts each slot once, in the workspace's time zone; the worker stops cleanly on SIGTERM."""

import datetime
import signal
import zoneinfo
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from kumppani.jobs import schedule, services
from kumppani.jobs.models import Job, JobStatus, WorkerHeartbeat
from kumppani.jobs.tests import sample_jobs
from kumppani.jobs.tests.conftest import run_worker_once
from kumppani.workspaces.models import Workspace

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


@pytest.fixture(autouse=True)
def _english():
    """The reasons are asserted in their own (English) words."""
    with translation.override("en"):
        yield


def _left_running(workspace, *, resumable: bool, worker_id: str = "worker-dead") -> Job:
    """A job as a killed worker leaves it: running, its worker silent for minutes."""
    job = services.start_job(kind="count", workspace=workspace, actor=None, run=sample_jobs.count_to,
                             resumable=resumable, to=2)
    long_ago = timezone.now() - datetime.timedelta(minutes=5)
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, worker_id=worker_id, attempts=1, done=1,
                                         started_at=long_ago, heartbeat_at=long_ago)
    WorkerHeartbeat.objects.create(worker_id=worker_id, started_at=long_ago, beat_at=long_ago)
    return job


def test_a_stale_resumable_job_is_queued_again(sepra, queue):
    job = _left_running(sepra, resumable=True)
    assert [recovered.pk for recovered in services.recover_stale_jobs()] == [job.pk]
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and job.worker_id == ""


def test_a_stale_job_that_cannot_be_repeated_fails_with_the_reason(sepra, queue):
    job = _left_running(sepra, resumable=False)
    services.recover_stale_jobs()
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert "worker stopped" in job.error


def test_a_job_of_a_live_worker_is_left_alone(sepra, queue):
    job = _left_running(sepra, resumable=False, worker_id="worker-alive")
    WorkerHeartbeat.objects.filter(worker_id="worker-alive").update(beat_at=timezone.now())
    assert services.recover_stale_jobs() == []
    job.refresh_from_db()
    assert job.status == JobStatus.RUNNING


@pytest.mark.django_db(transaction=True)
def test_a_new_worker_resumes_the_job_of_a_dead_one_and_finishes_it(queue):
    sepra = Workspace.objects.create(slug="sepra", name="Sepra")
    resumable = _left_running(sepra, resumable=True)
    not_resumable = _left_running(sepra, resumable=False, worker_id="worker-dead-too")
    run_worker_once()
    resumable.refresh_from_db()
    not_resumable.refresh_from_db()
    assert resumable.status == JobStatus.DONE and resumable.attempts == 2
    assert not_resumable.status == JobStatus.FAILED and "worker stopped" in not_resumable.error


@pytest.mark.parametrize(("local_now", "rule", "slot"), [
    ((2026, 12, 7, 8, 3), schedule.Every(minutes=10), (2026, 12, 7, 8, 0)),
    ((2026, 12, 7, 7, 30), schedule.Weekly(weekday=0, at=datetime.time(7, 0)), (2026, 12, 7, 7, 0)),  # a Monday
    ((2026, 12, 7, 6, 59), schedule.Weekly(weekday=0, at=datetime.time(7, 0)), (2026, 11, 30, 7, 0)),
    ((2026, 12, 1, 7, 29), schedule.Monthly(day=1, at=datetime.time(7, 30)), (2026, 11, 1, 7, 30)),
    ((2026, 12, 1, 7, 30), schedule.Monthly(day=1, at=datetime.time(7, 30)), (2026, 12, 1, 7, 30)),
    ((2026, 12, 7, 7, 59), schedule.Daily(at=datetime.time(8, 0)), (2026, 12, 6, 8, 0)),
])
def test_the_latest_slot_of_each_rule(local_now, rule, slot):
    assert rule.last_slot(datetime.datetime(*local_now, tzinfo=HELSINKI)) == datetime.datetime(*slot,
                                                                                                tzinfo=HELSINKI)


def test_summer_time_keeps_the_local_hour():
    rule = schedule.Daily(at=datetime.time(8, 0))
    slot = rule.last_slot(datetime.datetime(2026, 7, 1, 9, 0, tzinfo=HELSINKI))
    assert slot.utcoffset() == datetime.timedelta(hours=3) and slot.hour == 8


def test_each_slot_runs_once_per_workspace(sepra, ksl, settings):
    settings.TIME_ZONE = "Europe/Helsinki"
    monday_morning = datetime.datetime(2026, 12, 7, 7, 5, tzinfo=HELSINKI)
    first = schedule.run_due(monday_morning)
    kinds = sorted((job.schedule, job.workspace.slug) for job in first)
    assert kinds == sorted((name, slug) for name in ("call-reminders", "digests-at-once", "digests-monthly",
                                                     "digests-weekly") for slug in ("sepra", "keski-suomi"))
    assert {job.status for job in first} == {JobStatus.DONE}
    weekly = next(job for job in first if job.schedule == "digests-weekly")
    assert weekly.kind == "send_digests" and weekly.arguments == {"rhythm": "weekly"}
    assert "summary" in weekly.report and "messages_sent" in weekly.report
    assert schedule.run_due(monday_morning + datetime.timedelta(minutes=4)) == []
    later = schedule.run_due(monday_morning + datetime.timedelta(minutes=6))  # 07:11: the next at-once slot
    assert sorted(job.schedule for job in later) == ["digests-at-once", "digests-at-once"]


@pytest.mark.django_db(transaction=True)
def test_sigterm_stops_the_worker_at_the_next_step_and_the_job_waits_for_the_next_start(queue):
    sepra = Workspace.objects.create(slug="sepra", name="Sepra")
    resumable = services.start_job(kind="count", workspace=sepra, actor=None, run=sample_jobs.stopped_midway,
                                   resumable=True, steps=50)
    previous = signal.getsignal(signal.SIGTERM)
    out = StringIO()
    call_command("run_worker", "--no-scheduler", "--interval", "0.1", stdout=out)
    assert "Worker stopped." in out.getvalue()
    assert signal.getsignal(signal.SIGTERM) is previous
    resumable.refresh_from_db()
    assert resumable.status == JobStatus.QUEUED and resumable.attempts == 1 and resumable.done == 0


@pytest.mark.django_db(transaction=True)
def test_sigterm_fails_a_job_that_cannot_be_repeated_with_the_reason(queue):
    sepra = Workspace.objects.create(slug="sepra", name="Sepra")
    job = services.start_job(kind="count", workspace=sepra, actor=None, run=sample_jobs.stopped_midway, steps=50)
    call_command("run_worker", "--no-scheduler", "--interval", "0.1", stdout=StringIO())
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and "worker stopped" in job.error and job.done == 1

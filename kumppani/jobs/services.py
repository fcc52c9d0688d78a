"""The jobs API the other apps use.

    @job_task
    def export_projects(job: Job, *, query: str) -> None:
        ...
        progress(job, done=n, total=count, text=_("Writing rows"))   # raises when the user cancelled
        set_result(job, report={...}, file=path, name="projects.xlsx")

    job = start_job(kind="export_projects", workspace=ws, actor=user, run=export_projects, query="…")

The queue (django-tasks, TASKS setting) carries only the job's id; the arguments stay on the Job row, so that a
job whose worker died can be queued again (resumable=True: the work is safe to repeat) or marked failed.
"""

import datetime
import functools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks import task
from django_tasks.base import Task

from kumppani.jobs.models import Job, JobStatus, WorkerHeartbeat

logger = logging.getLogger(__name__)

PROGRESS_EVERY_SECONDS = 0.5  # progress writes at most this often (the last one always)
WORKER_STALE_AFTER = datetime.timedelta(seconds=60)  # a worker silent this long is taken for dead
UNOWNED_STALE_AFTER = datetime.timedelta(hours=1)  # a job run outside a worker (immediate backend) without news
MAX_ATTEMPTS = 3

# Set by `run_worker`: the id its heartbeat row carries, and the event its signal handler sets.
current_worker = {"id": ""}
stopping = threading.Event()


class JobCancelled(Exception):
    """Raised by progress() when the user asked to cancel the job."""


class JobFailed(Exception):
    """A job function's way to fail with a reason the user reads (no traceback in the log)."""


class WorkerStopping(Exception):
    """Raised by progress() when the worker was told to stop (SIGINT/SIGTERM)."""


JobFunction = Callable[..., Any]


def job_task(function: JobFunction) -> Task:
    """Make `function(job, **arguments)` a django-tasks task that runs a Job: status, errors and cancelling are
    handled here. Define it at module level; start it with start_job(run=...)."""

    @functools.wraps(function)
    def run(job_id: int) -> None:
        run_job(job_id, function)

    return task()(run)


def start_job(*, kind: str, workspace: Any, actor: Any, run: Task, resumable: bool = False,
              schedule: str = "", scheduled_for: datetime.datetime | None = None, **arguments: Any) -> Job:
    """Record a job and queue it. `arguments` must be JSON values; `resumable` when running it again after a
    crash is safe (the work is idempotent)."""
    job = Job.objects.create(kind=kind, workspace=workspace, started_by=actor if getattr(actor, "pk", None) else None,
                             task_path=run.module_path, arguments=arguments, resumable=resumable,
                             schedule=schedule, scheduled_for=scheduled_for,
                             language=translation.get_language() or "")
    run.enqueue(job.pk)
    job.refresh_from_db()  # the immediate backend has run it already
    return job


def run_job(job_id: int, function: JobFunction) -> None:
    claimed = Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started_at=timezone.now(), heartbeat_at=timezone.now(),
        worker_id=current_worker["id"], attempts=F("attempts") + 1)
    if not claimed:
        return  # cancelled before it started, or already run
    job = Job.objects.get(pk=job_id)
    job._outer_atomic_blocks = len(connection.atomic_blocks)  # type: ignore[attr-defined]
    with translation.override(job.language or settings.LANGUAGE_CODE):
        _run(job, function)


def _run(job: Job, function: JobFunction) -> None:
    try:
        function(job, **job.arguments)
    except JobCancelled:
        _finish(job, JobStatus.CANCELLED)
    except WorkerStopping:
        _interrupted(job)
    except JobFailed as refusal:
        _finish(job, JobStatus.FAILED, error=str(refusal))
    except Exception as error:
        logger.exception("Job %s (%s) failed", job.pk, job.kind)
        _finish(job, JobStatus.FAILED, error=str(error) or type(error).__name__)
    else:
        _finish(job, JobStatus.DONE)


def _finish(job: Job, status: str, error: str = "") -> None:
    changes: dict[str, Any] = {"status": status, "finished_at": timezone.now(), "heartbeat_at": timezone.now()}
    if error:
        changes["error"] = error[:5000]
    if status == JobStatus.DONE:
        changes["progress_text"] = ""  # the report says what was done
        if job.total:
            changes["done"] = job.total
    Job.objects.filter(pk=job.pk).update(**changes)


def _interrupted(job: Job) -> None:
    """The worker is stopping: a resumable job waits for the next worker, another one fails with the reason."""
    if job.resumable and job.attempts < MAX_ATTEMPTS:
        Job.objects.filter(pk=job.pk).update(status=JobStatus.QUEUED, worker_id="", done=0,
                                             progress_text=_("Waiting for the worker to start again."))
        import_string(job.task_path).enqueue(job.pk)
    else:
        _finish(job, JobStatus.FAILED, error=_("The worker stopped while the job was running."))


def progress(job: Job, *, done: int | None = None, total: int | None = None, text: str | None = None) -> None:
    """Record how far the job is, and stop it (JobCancelled) when the user cancelled or the worker is stopping.

    Inside a transaction the job opened, the numbers go through a connection of their own on PostgreSQL (so the
    page sees them move); SQLite's single writer is busy then, so they are written at the next step outside it.
    """
    if done is not None:
        job.done = done
    if total is not None:
        job.total = total
    if text is not None:
        job.progress_text = text[:300]
    now = time.monotonic()
    last = getattr(job, "_progress_written", 0.0)
    if now - last >= PROGRESS_EVERY_SECONDS or (job.total and job.done >= job.total) or text is not None:
        job._progress_written = now  # type: ignore[attr-defined]
        values = {"done": job.done, "total": job.total, "progress_text": job.progress_text,
                  "heartbeat_at": timezone.now()}
        if not _in_own_transaction(job):
            Job.objects.filter(pk=job.pk).update(**values)
        elif connection.vendor == "postgresql":
            _on_own_connection(lambda: Job.objects.filter(pk=job.pk).update(**values))
        if Job.objects.filter(pk=job.pk, cancel_requested=True).exists():
            raise JobCancelled
    raise_if_stopping()


def raise_if_stopping() -> None:
    """Stop at this step (WorkerStopping) when the worker was told to stop: progress() asks at each step of a job,
    a task without a job page where it may stop."""
    if stopping.is_set():
        raise WorkerStopping


def _in_own_transaction(job: Job) -> bool:
    return len(connection.atomic_blocks) > getattr(job, "_outer_atomic_blocks", 0)


def _on_own_connection(step: Callable[[], Any]) -> None:
    def run() -> None:
        try:
            step()
        except DatabaseError:
            logger.warning("Progress not written", exc_info=True)
        finally:
            connection.close()

    thread = threading.Thread(target=run, name="job-progress")
    thread.start()
    thread.join()


def result_path(job: Job, filename: str) -> Path:
    """Where a job writes its result file (under MEDIA_ROOT/jobs/<id>/)."""
    directory = Path(settings.MEDIA_ROOT) / "jobs" / str(job.pk)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / Path(filename).name


def set_result(job: Job, *, report: dict[str, Any] | None = None, file: Path | None = None, name: str = "") -> None:
    """Keep the job's result: a report (JSON values) and/or a file written at result_path()."""
    changes: dict[str, Any] = {}
    if report is not None:
        job.report = changes["report"] = report
    if file is not None:
        job.result_file = changes["result_file"] = str(file.relative_to(Path(settings.MEDIA_ROOT)))
        job.result_name = changes["result_name"] = name or file.name
    Job.objects.filter(pk=job.pk).update(**changes)


def result_file(job: Job) -> Path | None:
    if not job.result_file or job.status != JobStatus.DONE:
        return None
    path = (Path(settings.MEDIA_ROOT) / job.result_file).resolve()
    if Path(settings.MEDIA_ROOT).resolve() not in path.parents or not path.is_file():
        return None
    return path


def cancel_job(*, actor: Any, workspace: Any, job: Job) -> Job:
    """A waiting job is cancelled at once; a running one stops at its next progress()."""
    Job.objects.filter(pk=job.pk, workspace=workspace, status=JobStatus.QUEUED).update(
        status=JobStatus.CANCELLED, finished_at=timezone.now(), cancel_requested=True)
    Job.objects.filter(pk=job.pk, workspace=workspace, status=JobStatus.RUNNING).update(cancel_requested=True)
    job.refresh_from_db()
    logger.info("Job %s cancelled by %s", job.pk, getattr(actor, "pk", None))
    return job


def recent_jobs(workspace: Any, limit: int = 50) -> list[Job]:
    """The workspace's latest jobs; of the scheduled runs (every 10 minutes) only those that sent something or
    did not end well."""
    quiet_run = Q(schedule__gt="", status=JobStatus.DONE, report__messages_sent=0)
    return list(Job.objects.filter(workspace=workspace).exclude(quiet_run).select_related("started_by")[:limit])


# ------------------------------------------------------------------------------------------------- the worker side


def beat(worker_id: str, started_at: datetime.datetime) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(worker_id=worker_id,
                                             defaults={"beat_at": now}, create_defaults={"beat_at": now,
                                                                                         "started_at": started_at})


def forget_worker(worker_id: str) -> None:
    WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


def recover_stale_jobs(now: datetime.datetime | None = None) -> list[Job]:
    """Jobs left running by a worker that died: queued again when safe to repeat, else failed with the reason."""
    now = now or timezone.now()
    alive = set(WorkerHeartbeat.objects.filter(beat_at__gte=now - WORKER_STALE_AFTER)
                .values_list("worker_id", flat=True))
    if current_worker["id"]:
        alive.add(current_worker["id"])  # this process is alive, even if a long write delayed its heartbeat
    orphans = Job.objects.filter(status=JobStatus.RUNNING).filter(
        (~Q(worker_id="") & ~Q(worker_id__in=alive))
        | Q(worker_id="", heartbeat_at__lt=now - UNOWNED_STALE_AFTER))
    recovered = []
    for job in orphans:
        with translation.override(job.language or settings.LANGUAGE_CODE):
            _recover(job, now)
        job.refresh_from_db()
        recovered.append(job)
    WorkerHeartbeat.objects.filter(beat_at__lt=now - 10 * WORKER_STALE_AFTER).delete()
    return recovered


def _recover(job: Job, now: datetime.datetime) -> None:
    if job.resumable and job.attempts < MAX_ATTEMPTS:
        updated = Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
            status=JobStatus.QUEUED, worker_id="", done=0,
            progress_text=_("Started again: the worker running it stopped."))
        if updated:
            import_string(job.task_path).enqueue(job.pk)
    else:
        Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
            status=JobStatus.FAILED, finished_at=now,
            error=_("The worker stopped while the job was running, and the job cannot safely be run again."))


def safe(step: Callable[[], Any], what: str) -> None:
    """Run one step of a worker thread; a database hiccup (SQLite busy, a restart) waits for the next round."""
    try:
        step()
    except DatabaseError:
        logger.warning("%s: the database did not answer; trying again later", what, exc_info=True)

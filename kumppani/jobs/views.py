"""The job pages (progress, cancel, download, the workspace's recent jobs) and /healthz."""

import datetime
from typing import Any

from django.db import DatabaseError, connection
from django.db.models import F
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from kumppani.jobs import services
from kumppani.jobs.models import Job, JobStatus, WorkerHeartbeat
from kumppani.workspaces.access import workspace_view

HEARTBEAT_TOO_OLD = datetime.timedelta(minutes=2)
WATCHED_RUNS = ("send_digests", "send_call_reminders")


def _job(request: HttpRequest, pk: int) -> Job:
    return get_object_or_404(Job.objects.select_related("started_by"), pk=pk,
                             workspace=request.workspace)  # type: ignore[attr-defined]


@workspace_view()
def job_list(request: HttpRequest) -> HttpResponse:
    return render(request, "jobs/job_list.html", {"jobs": services.recent_jobs(request.workspace)})  # type: ignore[attr-defined]


@never_cache
@workspace_view()
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    context = {"job": job, "has_file": services.result_file(job) is not None}
    if getattr(request, "htmx", False):
        return render(request, "jobs/partials/job_status.html", context)
    return render(request, "jobs/job_detail.html", context)


@workspace_view(write=True)
@require_POST
def job_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    services.cancel_job(actor=request.user, workspace=request.workspace, job=job)  # type: ignore[attr-defined]
    return redirect("jobs:job_detail", request.workspace.slug, job.pk)  # type: ignore[attr-defined]


@workspace_view()
def job_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    path = services.result_file(job)
    if path is None:
        raise Http404
    response: Any = FileResponse(path.open("rb"), as_attachment=True, filename=job.result_name or path.name)
    return response


# ----------------------------------------------------------------------------------------------------- /healthz


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For monitoring: no sign-in, no private data. 200 when all is well, 503 when something is wrong."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        report = _health(timezone.now())
    except DatabaseError:
        return JsonResponse({"ok": False, "database": {"ok": False}}, status=503)
    return JsonResponse(report, status=200 if report["ok"] else 503)


def _health(now: datetime.datetime) -> dict[str, Any]:
    latest_beat = WorkerHeartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True).first()
    age = (now - latest_beat).total_seconds() if latest_beat else None
    worker = {"ok": age is not None and age <= HEARTBEAT_TOO_OLD.total_seconds(),
              "heartbeat_age_seconds": None if age is None else round(age, 1)}
    runs = {kind: _last_run(kind) for kind in WATCHED_RUNS}
    waiting = Job.objects.filter(status=JobStatus.QUEUED).count()
    ok = worker["ok"] and all(run["ok"] for run in runs.values())
    return {"ok": ok, "database": {"ok": True}, "worker": worker, "runs": runs, "jobs_waiting": waiting}


def _last_run(kind: str) -> dict[str, Any]:
    last = (Job.objects.filter(kind=kind, status__in=[JobStatus.DONE, JobStatus.FAILED])
            .order_by(F("finished_at").desc(nulls_last=True), "-pk").values("status", "finished_at").first())
    if last is None:
        return {"ok": True, "status": None, "finished_at": None}
    return {"ok": last["status"] == JobStatus.DONE, "status": last["status"],
            "finished_at": last["finished_at"].isoformat() if last["finished_at"] else None}

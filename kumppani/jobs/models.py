"""Long work the user waits for (imports, exports, index rebuilds, scheduled mail runs) and the worker's heartbeat.

A Job is the user-facing record of one run; the django-tasks queue carries only its id.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = (JobStatus.QUEUED, JobStatus.RUNNING)

# How the pages name the kinds of job the apps start (an unknown kind shows as it is).
KIND_LABELS = {
    "import_public_records": _("Import of public project records"),
    "import_directory": _("Directory import"),
    "export_projects": _("Export of projects"),
    "export_directory": _("Directory export"),
    "rebuild_partner_index": _("Rebuild of the partner search index"),
    "send_digests": _("Sending of digests"),
    "send_call_reminders": _("Sending of call reminders"),
}


class Job(models.Model):
    kind = models.CharField(_("kind"), max_length=40)
    workspace = models.ForeignKey("workspaces.Workspace", verbose_name=_("workspace"), null=True, blank=True,
                                  on_delete=models.CASCADE, related_name="jobs")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("started by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    progress_text = models.CharField(max_length=300, blank=True)
    result_file = models.CharField(max_length=300, blank=True)  # relative to MEDIA_ROOT
    result_name = models.CharField(max_length=200, blank=True)  # the name the download gets
    report = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    # What the queue runs, so that a job whose worker died can be queued again.
    task_path = models.CharField(max_length=200)
    arguments = models.JSONField(default=dict, blank=True)
    resumable = models.BooleanField(default=False)
    attempts = models.PositiveSmallIntegerField(default=0)
    cancel_requested = models.BooleanField(default=False)
    worker_id = models.CharField(max_length=64, blank=True)
    language = models.CharField(max_length=10, blank=True)  # the starter's; the job's texts are written in it
    # Set on scheduled runs: which schedule and which slot, so that each slot runs once.
    schedule = models.CharField(max_length=40, blank=True)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        indexes = [models.Index(fields=["workspace", "-created_at"]), models.Index(fields=["kind", "-created_at"]),
                   models.Index(fields=["status"])]
        constraints = [models.UniqueConstraint(fields=["schedule", "workspace", "scheduled_for"],
                                               condition=~models.Q(schedule=""), name="job_schedule_slot_once")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def percent(self) -> int:
        if self.status == JobStatus.DONE:
            return 100
        return min(100, round(100 * self.done / self.total)) if self.total else 0


class WorkerHeartbeat(models.Model):
    """One row per running worker process, touched every few seconds by a thread of `run_worker`."""

    worker_id = models.CharField(max_length=64, unique=True)
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.worker_id

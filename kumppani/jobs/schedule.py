"""The worker's schedule: which job runs when, in the workspace's time zone, each slot once.

Apps register their scheduled jobs in their tasks.py (run_worker imports every app's tasks module):

    register(Scheduled("digests-weekly", kind="send_digests", run=send_digests_job,
                       rule=Weekly(weekday=0, at=datetime.time(7, 0)), arguments={"rhythm": "weekly"}))

The latest slot at or before now runs if no job has run it yet, so a worker that was down at 07:00 catches up
once when it starts; the jobs registered here must be safe to run late (digests and reminders send only what is
due).
"""

import datetime
import shutil
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks.base import Task

from kumppani.jobs.models import ACTIVE_STATUSES, Job
from kumppani.jobs.services import start_job
from kumppani.workspaces.models import Workspace

KEEP_SCHEDULED_JOBS = datetime.timedelta(days=30)
KEEP_RESULT_FILES = datetime.timedelta(days=7)  # exports may hold personal data: they are not kept for long


class Rule(Protocol):
    def last_slot(self, local_now: datetime.datetime) -> datetime.datetime: ...


@dataclass(frozen=True)
class Every:
    minutes: int

    def last_slot(self, local_now: datetime.datetime) -> datetime.datetime:
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        minutes = (local_now.hour * 60 + local_now.minute) // self.minutes * self.minutes
        return midnight + datetime.timedelta(minutes=minutes)


@dataclass(frozen=True)
class Daily:
    at: datetime.time

    def last_slot(self, local_now: datetime.datetime) -> datetime.datetime:
        slot = _at(local_now, self.at)
        return slot if slot <= local_now else _at(local_now - datetime.timedelta(days=1), self.at)


@dataclass(frozen=True)
class Weekly:
    weekday: int  # Monday is 0
    at: datetime.time

    def last_slot(self, local_now: datetime.datetime) -> datetime.datetime:
        days_back = (local_now.weekday() - self.weekday) % 7
        slot = _at(local_now - datetime.timedelta(days=days_back), self.at)
        return slot if slot <= local_now else _at(local_now - datetime.timedelta(days=days_back + 7), self.at)


@dataclass(frozen=True)
class Monthly:
    day: int  # 1..28
    at: datetime.time

    def last_slot(self, local_now: datetime.datetime) -> datetime.datetime:
        slot = _at(local_now.replace(day=self.day), self.at)
        if slot <= local_now:
            return slot
        previous_month = local_now.replace(day=1) - datetime.timedelta(days=1)
        return _at(previous_month.replace(day=self.day), self.at)


def _at(day: datetime.datetime, at: datetime.time) -> datetime.datetime:
    naive = datetime.datetime.combine(day.date(), at)
    return naive.replace(tzinfo=day.tzinfo)  # zoneinfo picks the offset of that date (summer or winter time)


@dataclass(frozen=True)
class Scheduled:
    name: str
    kind: str
    run: Task
    rule: Rule
    arguments: dict[str, Any] = field(default_factory=dict)


_registry: dict[str, Scheduled] = {}


def register(entry: Scheduled) -> None:
    _registry[entry.name] = entry


def entries() -> list[Scheduled]:
    return list(_registry.values())


def time_zone_of(workspace: Workspace) -> zoneinfo.ZoneInfo:
    """The workspace's time zone; workspaces have none of their own yet, so the service's (TIME_ZONE)."""
    return zoneinfo.ZoneInfo(getattr(workspace, "time_zone", "") or settings.TIME_ZONE)


def run_due(now: datetime.datetime | None = None) -> list[Job]:
    """Start every scheduled job whose latest slot has not run yet, per workspace."""
    now = now or timezone.now()
    started = []
    for workspace in Workspace.objects.order_by("pk"):
        local_now = now.astimezone(time_zone_of(workspace))
        for entry in entries():
            slot = entry.rule.last_slot(local_now)
            if Job.objects.filter(schedule=entry.name, workspace=workspace, scheduled_for=slot).exists():
                continue
            try:
                with transaction.atomic():
                    job = start_job(kind=entry.kind, workspace=workspace, actor=None, run=entry.run,
                                    schedule=entry.name, scheduled_for=slot, resumable=True,
                                    **entry.arguments)
            except IntegrityError:
                continue  # another worker took this slot
            started.append(job)
    return started


def prune(now: datetime.datetime | None = None) -> int:
    """Forget scheduled runs older than a month (the at-once digests alone make 144 a day per workspace) and
    delete result files older than a week."""
    now = now or timezone.now()
    deleted, _ = (Job.objects.filter(schedule__gt="", created_at__lt=now - KEEP_SCHEDULED_JOBS)
                  .exclude(status__in=ACTIVE_STATUSES).delete())
    for job in Job.objects.filter(finished_at__lt=now - KEEP_RESULT_FILES).exclude(result_file=""):
        shutil.rmtree(Path(settings.MEDIA_ROOT) / "jobs" / str(job.pk), ignore_errors=True)
        Job.objects.filter(pk=job.pk).update(result_file="")
    return deleted

"""Digests and call reminders as scheduled jobs of the worker (`run_worker`), one Job per workspace and run.

They call the same entry points as `manage.py send_digests` and `send_call_reminders`, which stay usable from
cron or a systemd timer instead.
"""

import datetime
from typing import Any

from django.utils.translation import gettext as _

from kumppani.jobs import schedule
from kumppani.jobs.models import Job
from kumppani.jobs.services import JobFailed, job_task, progress, set_result
from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Rhythm
from kumppani.subscriptions.reminders import send_call_reminders


def _summary(report: Any) -> dict[str, Any]:
    values = dict(vars(report))  # a RunReport (a dataclass), whatever fields it has
    return {key: value for key, value in values.items() if isinstance(value, str | int | float | bool)}


def _finish(job: Job, report: Any, summary: str) -> None:
    values = _summary(report)
    set_result(job, report={**values, "summary": summary})
    if values.get("stopped"):
        raise JobFailed(_("Stopped early: %(reason)s. The rest is sent by the next run.")
                         % {"reason": values["stopped"]})


@job_task
def send_digests_job(job: Job, *, rhythm: str) -> None:
    progress(job, text=_("Sending the due digests"))
    report = send_digests({rhythm}, job.workspace)
    _finish(job, report, _("%(messages)s messages sent, %(failed)s to retry, %(bounced)s bounced")
            % {"messages": report.messages_sent, "failed": report.failed, "bounced": report.bounced})


@job_task
def send_call_reminders_job(job: Job) -> None:
    progress(job, text=_("Sending the due call reminders"))
    report = send_call_reminders(workspace=job.workspace)
    _finish(job, report, _("%(messages)s reminders sent, %(failed)s to retry, %(bounced)s bounced")
            % {"messages": report.messages_sent, "failed": report.failed, "bounced": report.bounced})


for _entry in (
    schedule.Scheduled("digests-at-once", kind="send_digests", run=send_digests_job, rule=schedule.Every(minutes=10),
                       arguments={"rhythm": Rhythm.AT_ONCE.value}),
    schedule.Scheduled("digests-weekly", kind="send_digests", run=send_digests_job,
                       rule=schedule.Weekly(weekday=0, at=datetime.time(7, 0)),
                       arguments={"rhythm": Rhythm.WEEKLY.value}),
    schedule.Scheduled("digests-monthly", kind="send_digests", run=send_digests_job,
                       rule=schedule.Monthly(day=1, at=datetime.time(7, 30)),
                       arguments={"rhythm": Rhythm.MONTHLY.value}),
    schedule.Scheduled("call-reminders", kind="send_call_reminders", run=send_call_reminders_job,
                       rule=schedule.Daily(at=datetime.time(8, 0))),
):
    schedule.register(_entry)

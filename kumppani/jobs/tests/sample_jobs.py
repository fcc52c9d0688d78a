"""Jobs the tests start: module level, as django-tasks wants."""

from kumppani.jobs.models import Job
from kumppani.jobs.services import job_task, progress, result_path, set_result


@job_task
def count_to(job: Job, *, to: int, cancel_at: int = 0, seen: list | None = None) -> None:
    for number in range(1, to + 1):
        if number == cancel_at:  # what the Cancel button does from another request
            Job.objects.filter(pk=job.pk).update(cancel_requested=True)
        progress(job, done=number, total=to, text=f"counted {number}")
        row = Job.objects.get(pk=job.pk)
        set_result(job, report={"seen": [*job.report.get("seen", []), [row.done, row.total, row.progress_text]]})


@job_task
def write_file(job: Job, *, text: str) -> None:
    path = result_path(job, "result.txt")
    path.write_text(text)
    set_result(job, file=path, name="answer.txt", report={"summary": "written"})


@job_task
def explode(job: Job) -> None:
    raise ValueError("the file has no header")


@job_task
def stopped_midway(job: Job, *, steps: int) -> None:
    """Sends SIGTERM to its own worker at step 2, as `kill` or Ctrl-C would."""
    import os
    import signal

    for number in range(1, steps + 1):
        if number == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        progress(job, done=number, total=steps)

"""The partner index rebuild as a background job (from the command with --background, or an admin's button)."""

from django.utils.translation import gettext as _
from django_tasks import task

from kumppani.jobs.models import Job
from kumppani.jobs.services import job_task, progress, set_result
from kumppani.partners import embeddings
from kumppani.partners.search import rebuild_index


@job_task
def rebuild_partner_index(job: Job) -> None:
    """Safe to run again after a crash: the rebuild starts from scratch in one transaction."""
    steps = iter(range(1, 1_000_000))
    progress(job, text=_("Rebuilding the partner search index"))
    organisations = rebuild_index(progress=lambda message: progress(job, done=next(steps), text=message))
    set_result(job, report={"organisations": organisations,
                            "summary": _("%(count)s organisations indexed.") % {"count": organisations}})


@task()
def refresh_partner_vectors(organisation_ids: list[int]) -> int:
    """The dense profiles of these organisations (embeddings.py), after a change to what they are made of."""
    return embeddings.refresh(organisation_ids)


@task()
def rebuild_partner_vectors() -> int:
    """Every dense profile, after a full rebuild of the index (only changed texts are embedded again)."""
    return embeddings.rebuild()

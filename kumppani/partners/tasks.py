"""The partner index rebuild as a background job (from the command with --background, or an admin's button), and
the dense profiles' refresh and rebuild, which write paths queue (embeddings.py).

Embedding the texts of a new public register takes minutes. When the worker is told to stop (Ctrl-C on `make run`),
those two stop before their next batch of texts and are queued again for the next worker: the texts embedded so far
are kept, and only those still missing are embedded then. Without this the worker went on with the task past the
30 s that `serve` waits before it kills the worker, and the task's row stayed "running".
"""

from collections.abc import Sequence

from django.utils.translation import gettext as _
from django_tasks import task

from kumppani.jobs.models import Job
from kumppani.jobs.services import WorkerStopping, job_task, progress, raise_if_stopping, set_result
from kumppani.partners import embeddings, semantic
from kumppani.partners.search import rebuild_index


@job_task
def rebuild_partner_index(job: Job) -> None:
    """Safe to run again after a crash: the rebuild starts from scratch in one transaction."""
    steps = iter(range(1, 1_000_000))
    progress(job, text=_("Rebuilding the partner search index"))
    organisations = rebuild_index(progress=lambda message: progress(job, done=next(steps), text=message))
    set_result(job, report={"organisations": organisations,
                            "summary": _("%(count)s organisations indexed.") % {"count": organisations}})


def _embed_unless_stopping(texts: Sequence[str]) -> list[bytes]:
    raise_if_stopping()
    return semantic.embed_passages(texts)


@task()
def refresh_partner_vectors(organisation_ids: list[int]) -> int:
    """The dense profiles of these organisations (embeddings.py), after a change to what they are made of."""
    if not semantic.available():
        return 0
    try:
        return embeddings.refresh(organisation_ids, embed=_embed_unless_stopping)
    except WorkerStopping:
        refresh_partner_vectors.enqueue(organisation_ids)
        return 0


@task()
def rebuild_partner_vectors() -> int:
    """Every dense profile, after a full rebuild of the index (only changed texts are embedded again)."""
    if not semantic.available():
        return 0
    try:
        return embeddings.rebuild(embed=_embed_unless_stopping)
    except WorkerStopping:
        rebuild_partner_vectors.enqueue()
        return 0

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kumppani.jobs.services import start_job
from kumppani.partners import tasks
from kumppani.partners.search import rebuild_index
from kumppani.projects.models import Project
from kumppani.workspaces.models import Workspace


class Command(BaseCommand):
    help = "Rebuild the partner-search index from scratch (bulk load) and print the throughput."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--background", action="store_true",
                            help="Queue the rebuild for the worker (manage.py run_worker) and return at once.")
        parser.add_argument("--workspace", help="with --background: the workspace whose job list shows the job")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["background"]:
            self._queue(options["workspace"])
            return
        started = time.perf_counter()
        organisations = rebuild_index(progress=lambda message: self.stdout.write(message) if options[
            "verbosity"] > 1 else None)
        seconds = time.perf_counter() - started
        projects = Project.objects.filter(workspace__isnull=True).count()
        self.stdout.write(self.style.SUCCESS(
            f"{organisations} organisations indexed from {projects} public projects in {seconds:.1f} s "
            f"({projects / max(seconds, 1e-9):.0f} projects/s)."))

    def _queue(self, slug: str | None) -> None:
        workspace = Workspace.objects.filter(slug=slug).first() if slug else None
        if slug and workspace is None:
            raise CommandError(f"No workspace {slug!r}.")
        job = start_job(kind="rebuild_partner_index", workspace=workspace, actor=None,
                        run=tasks.rebuild_partner_index, resumable=True)
        where = f" Its page: /w/{workspace.slug}/jobs/{job.pk}/" if workspace else ""
        self.stdout.write(f"Queued as job {job.pk} ({job.get_status_display()}).{where}")

"""`python -m kumppani import-projects --format NAME PATH`: import public project records (see public_import)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, no_translations

from kumppani.jobs.services import start_job
from kumppani.projects import tasks
from kumppani.projects.public_import import FORMATS, ImportRefused, format_of, import_projects, kept
from kumppani.workspaces.models import Workspace


class Command(BaseCommand):
    help = "Import public project records from a data set file (plain or .gz). Formats: " + ", ".join(FORMATS)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--format", required=True, choices=list(FORMATS), dest="data_format")
        parser.add_argument("--skip-bad-rows", action="store_true",
                            help="Write the good rows even when some rows are bad (they are listed).")
        parser.add_argument("--dry-run", action="store_true", help="Check and count, write nothing.")
        parser.add_argument("--background", action="store_true",
                            help="Queue the import for the worker (manage.py run_worker) and return at once.")
        parser.add_argument("--workspace", help="with --background: the workspace whose job list shows the job")

    @no_translations
    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if options["background"]:
            self._queue(path, options)
            return
        try:
            with path.open("rb") as binary:
                report = import_projects(binary, options["data_format"], filename=path.name,
                                         skip_bad_rows=options["skip_bad_rows"], dry_run=options["dry_run"])
        except OSError as error:
            raise CommandError(str(error)) from error
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        for bad in report.bad_rows:
            self.stderr.write(str(bad))
        self.stdout.write(report.summary())
        if report.bad_rows and not report.written and not options["dry_run"]:
            raise CommandError(f"{len(report.bad_rows)} bad rows: nothing was imported. Correct them, or give "
                               "--skip-bad-rows to import the good rows.")
        if report.written:
            self.stdout.write(self.style.SUCCESS("Imported."))

    def _queue(self, path: Path, options: dict[str, Any]) -> None:
        workspace = None
        if options["workspace"]:
            workspace = Workspace.objects.filter(slug=options["workspace"]).first()
            if workspace is None:
                raise CommandError(f"No workspace {options['workspace']!r}.")
        format_of(options["data_format"])
        try:
            with path.open("rb") as binary:
                token = kept.keep(iter(lambda: binary.read(1 << 20), b""))
        except OSError as error:
            raise CommandError(str(error)) from error
        job = start_job(kind="import_public_records", workspace=workspace, actor=None,
                        run=tasks.import_public_records, resumable=True, token=token,
                        data_format=options["data_format"], filename=path.name,
                        skip_bad_rows=options["skip_bad_rows"])
        where = f" Its page: /w/{workspace.slug}/jobs/{job.pk}/" if workspace else ""
        self.stdout.write(f"Queued as job {job.pk} ({job.get_status_display()}).{where}")

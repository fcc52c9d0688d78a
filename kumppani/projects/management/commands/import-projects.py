"""`python -m kumppani import-projects --format NAME PATH`: import public project records (see public_import)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, no_translations

from kumppani.projects.public_import import FORMATS, ImportRefused, import_projects


class Command(BaseCommand):
    help = "Import public project records from a data set file (plain or .gz). Formats: " + ", ".join(FORMATS)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--format", required=True, choices=list(FORMATS), dest="data_format")
        parser.add_argument("--skip-bad-rows", action="store_true",
                            help="Write the good rows even when some rows are bad (they are listed).")
        parser.add_argument("--dry-run", action="store_true", help="Check and count, write nothing.")

    @no_translations
    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
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

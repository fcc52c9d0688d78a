import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kumppani.projects.public_import import ImportReport
from kumppani.projects.public_import.starter import is_loaded, load_starter_set


class Command(BaseCommand):
    help = ("Load the starter set of real public records that kumppani ships (Finland's ERDF/ESF projects "
            "2014-2020, Norway's Horizon 2020 participations, CORDIS samples; see "
            "kumppani/projects/public_import/starter/README.md). Importing it again changes nothing.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--if-empty", action="store_true",
                            help="Do nothing if public records of these sources exist already.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and is_loaded():
            self.stdout.write("Public records exist already: no starter set loaded.")
            return
        started = time.perf_counter()

        def told(filename: str, report: ImportReport) -> None:
            self.stdout.write(f"{filename}: {report.summary()}")

        load_starter_set(on_file=told)
        self.stdout.write(self.style.SUCCESS(f"Starter set of public records loaded in "
                                             f"{time.perf_counter() - started:.1f} s."))

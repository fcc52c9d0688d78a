import time
from typing import Any

from django.core.management.base import BaseCommand

from kumppani.partners.search import rebuild_index
from kumppani.projects.models import Project


class Command(BaseCommand):
    help = "Rebuild the partner-search index from scratch (bulk load) and print the throughput."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        organisations = rebuild_index(progress=lambda message: self.stdout.write(message) if options[
            "verbosity"] > 1 else None)
        seconds = time.perf_counter() - started
        projects = Project.objects.filter(workspace__isnull=True).count()
        self.stdout.write(self.style.SUCCESS(
            f"{organisations} organisations indexed from {projects} public projects in {seconds:.1f} s "
            f"({projects / max(seconds, 1e-9):.0f} projects/s)."))

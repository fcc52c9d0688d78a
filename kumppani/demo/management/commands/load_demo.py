from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kumppani.demo import data
from kumppani.demo.loader import load_demo
from kumppani.workspaces.models import Workspace


class Command(BaseCommand):
    help = ("Load the two demo workspaces (Sepra, Keski-Suomen liitto) with their public pages, their cooperation "
            "record (projects, activities of 2025-2026, good practices, advocacy, internships) and the demo "
            f"users alice, bob, vera and charlie (password {data.PASSWORD}). A workspace whose address exists "
            "already is skipped.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if any workspace exists.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and Workspace.objects.exists():
            self.stdout.write("Workspaces exist already: no demo data loaded.")
            return
        created = load_demo()
        skipped = [spec.slug for spec in data.WORKSPACES if spec.slug not in created]
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo workspaces loaded: {', '.join(created)}."))
        if skipped:
            self.stdout.write(f"Skipped, as they exist already: {', '.join(skipped)}.")

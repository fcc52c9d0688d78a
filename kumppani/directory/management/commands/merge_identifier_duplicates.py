"""Merge the organisations that share an identifier (PIC, VAT, business ID, registry codes), as an instance
administrator: each group goes into its oldest entry, through the audited merge (the history can undo each)."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kumppani.accounts.models import is_instance_admin
from kumppani.directory import matching, merging


class Command(BaseCommand):
    help = "Merge the directory's organisations that share an identifier into their oldest entry."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as", dest="username", required=True, help="An instance administrator's username")
        parser.add_argument("--dry-run", action="store_true", help="Only count the groups")

    def handle(self, *args: Any, username: str, dry_run: bool, **options: Any) -> None:
        actor = get_user_model().objects.filter(username=username).first()
        if actor is None or not is_instance_admin(actor):
            raise CommandError(f"{username} is not an instance administrator.")
        groups = matching.find_duplicates().by_identifier
        if dry_run:
            self.stdout.write(f"{len(groups)} groups share an identifier.")
            return
        merged = merging.merge_identifier_groups(actor=actor, workspace=None, groups=groups)
        self.stdout.write(f"{merged} organisations merged in {len(groups)} groups.")

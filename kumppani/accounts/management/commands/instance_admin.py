"""Make a user an instance administrator (public records, proposals addressed to them, the workspaces list)."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kumppani.accounts.models import InstanceAdministrator


class Command(BaseCommand):
    help = "Make a user an instance administrator, or with --remove no longer one; without a name, list them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", nargs="?")
        parser.add_argument("--remove", action="store_true", help="take the role away")

    def handle(self, *args: Any, username: str | None = None, remove: bool = False, **options: Any) -> None:
        if username is None:
            for admin in InstanceAdministrator.objects.select_related("user").order_by("user__username"):
                self.stdout.write(admin.user.get_username())
            return
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username}.")
        if remove:
            InstanceAdministrator.objects.filter(user=user).delete()
            self.stdout.write(f"{username} is no longer an instance administrator.")
        else:
            InstanceAdministrator.objects.get_or_create(user=user)
            self.stdout.write(f"{username} is an instance administrator: /instance/")

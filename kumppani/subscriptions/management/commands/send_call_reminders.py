"""Remind subscribers and staff who follow a programme 14 and 3 days before one of its calls closes (once each)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kumppani.subscriptions.reminders import send_call_reminders
from kumppani.workspaces.models import Workspace


class Command(BaseCommand):
    help = "Send the reminders of calls that close in 14 or 3 days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--workspace", help="only this workspace (its address, e.g. sepra)")

    def handle(self, *args: Any, **options: Any) -> None:
        workspace = None
        if options["workspace"]:
            workspace = Workspace.objects.filter(slug=options["workspace"]).first()
            if workspace is None:
                raise CommandError(f"No workspace {options['workspace']!r}.")
        report = send_call_reminders(workspace=workspace)
        self.stdout.write(f"{report.messages_sent} reminders sent, {report.failed} to retry, {report.bounced} bounced")
        if report.stopped:
            self.stderr.write(f"Stopped early: {report.stopped}. The rest is sent by the next run.")

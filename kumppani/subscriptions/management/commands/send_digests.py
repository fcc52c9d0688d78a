"""Send the due digests (and any earlier message still pending). Safe to run again, and to stop midway."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kumppani.core.mail import BATCH_SIZE
from kumppani.subscriptions.delivery import send_digests
from kumppani.subscriptions.models import Rhythm
from kumppani.workspaces.models import Workspace


class Command(BaseCommand):
    help = "Send the e-mail digests of opportunities that are due."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rhythm", choices=Rhythm.values, action="append",
                            help="only subscribers with this rhythm (repeatable); default: every rhythm that is due")
        parser.add_argument("--workspace", help="only this workspace (its address, e.g. sepra)")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                            help="messages per connection to the mail server")

    def handle(self, *args: Any, **options: Any) -> None:
        workspace = None
        if options["workspace"]:
            workspace = Workspace.objects.filter(slug=options["workspace"]).first()
            if workspace is None:
                raise CommandError(f"No workspace {options['workspace']!r}.")
        report = send_digests(set(options["rhythm"] or []) or None, workspace, batch_size=options["batch_size"])
        self.stdout.write(f"{report.messages_sent} messages sent ({report.deliveries_sent} items), "
                          f"{report.failed} items to retry, {report.bounced} bounced")
        if report.stopped:
            # Not an error worth a crash: what was not sent waits for the next run.
            self.stderr.write(f"Stopped early: {report.stopped}. The rest is sent by the next run.")

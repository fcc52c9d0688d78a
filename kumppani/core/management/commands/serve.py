"""`python -m kumppani serve`: gunicorn and the background worker in the foreground, stopped by one Ctrl-C."""

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from kumppani.core.supervisor import (
    Child,
    Supervisor,
    default_threads,
    default_workers,
    gunicorn_command,
    port_in_use,
    worker_command,
)


class Command(BaseCommand):
    help = "Serve kumppani with gunicorn (HOST, PORT, WEB_CONCURRENCY, GUNICORN_THREADS) and run the worker."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int,
                            default=int(os.environ.get("WEB_CONCURRENCY") or default_workers()))
        parser.add_argument("--threads", type=int,
                            default=int(os.environ.get("GUNICORN_THREADS") or default_threads(connection.vendor)))
        parser.add_argument("--no-worker", action="store_true", help="serve pages only")

    def handle(self, *args: Any, host: str, port: int, workers: int, threads: int, no_worker: bool,
               **options: Any) -> None:
        if port_in_use(host, port):
            raise CommandError(f"Something already listens on {host}:{port}: stop it, or choose another port "
                               "(PORT=8001 make run).")
        children = [Child("web server", gunicorn_command(host=host, port=port, workers=workers, threads=threads))]
        if not no_worker:
            children.append(Child("worker", worker_command(settings.BASE_DIR)))
        self.stdout.write(f"gunicorn: {workers} workers × {threads} threads on http://{host}:{port}/; "
                          f"{'a background worker; ' if len(children) > 1 else ''}Ctrl-C stops everything.")
        status = Supervisor(children).run()
        if status:
            raise SystemExit(status)

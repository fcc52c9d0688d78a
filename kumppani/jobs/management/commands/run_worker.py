"""`python manage.py run_worker`: run the queued jobs (django-tasks' database worker), the schedule (digests,
reminders) and a heartbeat, in one process. Ctrl-C or SIGTERM stops it cleanly: the job under way stops at its
next progress step and is queued again (when safe to repeat) or marked failed with the reason."""

import logging
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections, connection
from django.utils import timezone
from django_tasks.utils import get_random_id
from django_tasks_db.management.commands.db_worker import Worker

from kumppani.jobs import schedule, services

logger = logging.getLogger("kumppani.jobs")
HEARTBEAT_SECONDS = 5
RECOVER_EVERY_SECONDS = 30
SCHEDULE_EVERY_SECONDS = 20
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class JobWorker(Worker):
    def shutdown(self, signum: int, frame: FrameType | None) -> None:
        services.stopping.set()
        super().shutdown(signum, frame)


def every(seconds: float, stop: threading.Event, step: Callable[[], Any], what: str) -> threading.Thread:
    def loop() -> None:
        try:
            while not stop.wait(seconds):
                services.safe(step, what)
        finally:
            connection.close()

    thread = threading.Thread(target=loop, name=what, daemon=True)
    thread.start()
    return thread


class Command(BaseCommand):
    help = "Run the background worker: queued jobs, the digest and reminder schedule, and the heartbeat."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-scheduler", action="store_false", dest="scheduler",
                            help="run queued jobs only (when another worker runs the schedule)")
        parser.add_argument("--schedule-only", action="store_true",
                            help="run the schedule and the heartbeat but no jobs (when another TASKS backend's "
                                 "workers run them, e.g. RQ or Celery)")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then stop")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")
        parser.add_argument("--worker-id", default="", help="unique among the workers (default: random)")

    def handle(self, *args: Any, **options: Any) -> None:
        worker_id = options["worker_id"] or f"worker-{get_random_id()}"[:64]
        started_at = timezone.now()
        services.current_worker["id"] = worker_id
        services.stopping.clear()
        services.beat(worker_id, started_at)
        services.safe(services.recover_stale_jobs, "recover")
        stop = threading.Event()
        threads = [every(HEARTBEAT_SECONDS, stop, lambda: services.beat(worker_id, started_at), "heartbeat"),
                   every(RECOVER_EVERY_SECONDS, stop, services.recover_stale_jobs, "recover")]
        if options["scheduler"]:
            self._schedule_once()
            threads.append(every(SCHEDULE_EVERY_SECONDS, stop, self._schedule_once, "scheduler"))
        worker = JobWorker(queue_names=["*"], interval=options["interval"], batch=options["batch"],
                           backend_name="default", startup_delay=False, max_tasks=None, worker_id=worker_id)
        previous = {number: signal.getsignal(number) for number in SIGNALS}
        for number in SIGNALS:
            signal.signal(number, worker.shutdown)
        if options["verbosity"] > 0:
            self.stdout.write(f"Worker {worker_id} running (scheduler {'on' if options['scheduler'] else 'off'}). "
                              "Ctrl-C stops it.")
        try:
            if options["schedule_only"]:
                while worker.running:
                    time.sleep(1)
            else:
                worker.run()
        except SystemExit as exit_:
            if exit_.code not in (0, None):
                raise
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=HEARTBEAT_SECONDS + 1)
            for number, handler in previous.items():
                signal.signal(number, handler)
            services.current_worker["id"] = ""
            services.stopping.clear()
            close_old_connections()
        if options["verbosity"] > 0:
            self.stdout.write("Worker stopped.")

    def _schedule_once(self) -> None:
        services.safe(schedule.run_due, "scheduler")
        services.safe(schedule.prune, "prune")

"""How fast a weekly digest goes out to 50,000 subscribers with 200 opportunities, and whether memory stays flat.

    .venv/bin/python bench/digests.py [--subscribers 50000] [--opportunities 200] [--database sqlite|postgres|both]
                                      [--server sink|aiosmtpd] [--batch-size 200]

Each database gets a fresh one of its own (never var/kumppani.sqlite3), as in bench/directory.py: an SQLite file in
a temporary folder and a throwaway PostgreSQL server started by scripts/with-postgres.sh. One workspace holds the
subscribers (four languages, weekly, 1-3 of 12 themes and 0-2 countries each) and the opportunities (all five kinds,
1-2 themes, some for certain countries or languages); another workspace's subscribers must get nothing.

Timed: send_digests() — what `manage.py send_digests --rhythm weekly` runs — from the first query to the last message
handed over, through Django's SMTP backend to a local SMTP server in a process of its own, which counts and discards
what it receives: by default bench/smtp_sink.py, a minimal asyncio server; with --server aiosmtpd, aiosmtpd (two
processes), which itself takes about 1.8 ms of CPU per message, half of a two-core machine during the run. The
server's counts are printed: the run's must equal the messages sent, and a second run's (against fresh servers) 0.
The run sends through Django's mail API (EmailMultiAlternatives over one connection of the SMTP backend, renewed
after --batch-size messages), in this one process.
Memory: the resident set of the worker, sampled every 0.25 s during the run, and
the peaks (ru_maxrss) of the worker and of its largest child. The targets: under 2 minutes, and a resident set that
does not grow with the number of subscribers.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.directory import REPO

TARGET_SECONDS = 120.0
NOW = datetime.datetime(2026, 3, 2, 6, 0, tzinfo=datetime.UTC)
LANGUAGES = ["fi", "fi", "fi", "sv", "en", "en", "et"]
COUNTRIES = ["FI", "EE", "SE", "LV", "LT", "DK", "NO", "DE"]
THEMES = ["tourism", "green-care", "youth", "energy", "fisheries", "creative-economy", "education-export",
          "rural-development", "innovation", "circular-economy", "culture", "digitalisation"]
KINDS = ["call", "news", "event", "partner_request", "internship"]
BATCH = 5000
SERVER_PROCESSES = {"sink": 1, "aiosmtpd": 2}  # SMTP server processes sharing the port


def main() -> None:
    args = parse_args()
    if args.smtp_sink:
        smtp_sink(args.smtp_sink)
        return
    if args.worker:
        worker(args)
        return
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results: list[dict[str, Any]] = []
    for database in databases:
        results += run_worker(database, args)
    print_table(results)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=50_000)
    parser.add_argument("--opportunities", type=int, default=200)
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--batch-size", type=int, default=200, help="messages per SMTP connection")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--server", choices=["sink", "aiosmtpd"], default="sink",
                        help="the local SMTP server: bench/smtp_sink.py (default) or aiosmtpd")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    parser.add_argument("--smtp-sink", help=argparse.SUPPRESS)
    return parser.parse_args()


def run_worker(database: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """The measurement in a child process of its own, against a fresh database of the given kind."""
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--results", str(results_file),
                   "--subscribers", str(args.subscribers), "--opportunities", str(args.opportunities),
                   "--batch-size", str(args.batch_size), "--seed", str(args.seed), "--server", args.server]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1",
               "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "SECURE_COOKIES": "0",
               "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings", "SITE_URL": "https://kumppani.example"}
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database} ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return list(json.loads(results_file.read_text()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- the SMTP server


class CountingHandler:
    def __init__(self) -> None:
        self.messages = 0
        self.bytes = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages += 1
        self.bytes += len(envelope.content)
        return "250 OK"


def smtp_sink(spec: str) -> None:
    """Run an SMTP server on the port until SIGTERM, then write how much it received to the file.

    Several of these listen on the same port (SO_REUSEPORT): the kernel spreads the connections over them.
    """
    import asyncio

    from aiosmtpd.smtp import SMTP

    port, report_file = spec.split(":", 1)
    handler = CountingHandler()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind(("127.0.0.1", int(port)))
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(lambda: SMTP(handler, hostname="sink"), sock=listener))
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.run_forever()
    server.close()
    Path(report_file).write_text(json.dumps({"messages": handler.messages, "bytes": handler.bytes}))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    sys.exit("The SMTP server did not start.")


# ---------------------------------------------------------------- memory


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:  # it has just ended
        pass
    return 0.0


def child_pids() -> set[int]:
    pids: set[int] = set()
    for children in Path("/proc/self/task").glob("*/children"):
        pids.update(int(pid) for pid in children.read_text().split())
    return pids


def tree_rss_mb(excluded: set[int]) -> tuple[float, int]:
    """This process and its children but the excluded ones (the SMTP servers): (MB, number of processes)."""
    children = child_pids() - excluded
    return rss_mb() + sum(rss_mb(pid) for pid in children), 1 + len(children)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class MemorySampler(threading.Thread):
    def __init__(self, excluded: set[int], interval: float = 0.25):
        super().__init__(daemon=True)
        self.interval = interval
        self.excluded = excluded
        self.samples: list[tuple[float, float]] = []
        self.most_processes = 1
        self.done = threading.Event()

    def run(self) -> None:
        started = time.perf_counter()
        while not self.done.is_set():
            mb, processes = tree_rss_mb(self.excluded)
            self.samples.append((time.perf_counter() - started, mb))
            self.most_processes = max(self.most_processes, processes)
            self.done.wait(self.interval)


# ---------------------------------------------------------------- the worker


def worker(args: argparse.Namespace) -> None:
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        sys.exit("The worker runs only under bench/digests.py, against a database of its own.")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    if Path(str(settings.DATABASES["default"]["NAME"])) == REPO / "var" / "kumppani.sqlite3":
        sys.exit("Refusing to benchmark against var/kumppani.sqlite3.")
    call_command("migrate", verbosity=0)
    from kumppani.subscriptions.models import Subscriber

    if Subscriber.objects.exists():
        sys.exit("The bench database is not empty: refusing to fill it.")
    started = time.perf_counter()
    workspace = build(args.subscribers, args.opportunities, random.Random(args.seed))
    print(f"{connection.vendor}: built in {time.perf_counter() - started:.1f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    processes = 1
    result = measure(workspace, args.batch_size, args.server)
    result.update(database=connection.vendor, subscribers=args.subscribers, opportunities=args.opportunities,
                  processes=processes)
    Path(args.results).write_text(json.dumps([result]))


class SmtpServers:
    """The SMTP server processes of one run, on a free port; what they received is known once they have stopped."""

    def __init__(self, kind: str):
        self.kind = kind
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="kumppani-smtp-"))
        self.processes: list[subprocess.Popen[bytes]] = []
        self.received = {"messages": 0, "bytes": 0}

    def __enter__(self) -> SmtpServers:
        script = Path(__file__).resolve()
        for index in range(SERVER_PROCESSES[self.kind]):
            report = self.folder / f"received-{index}.json"
            command = ([sys.executable, str(script.parent / "smtp_sink.py"), str(self.port), str(report)]
                       if self.kind == "sink" else
                       [sys.executable, str(script), "--smtp-sink", f"{self.port}:{report}"])
            self.processes.append(subprocess.Popen(command))
        wait_for_port(self.port)
        time.sleep(0.5)  # let every server process start listening
        from django.conf import settings

        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", self.port, False
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            process.wait(timeout=30)
        counts = [json.loads(path.read_text()) for path in self.folder.glob("received-*.json")]
        self.received = {"messages": sum(count["messages"] for count in counts),
                         "bytes": sum(count["bytes"] for count in counts)}
        shutil.rmtree(self.folder, ignore_errors=True)


def measure(workspace: Any, batch_size: int, server: str) -> dict[str, Any]:
    from django.db import connection

    from kumppani.subscriptions.delivery import send_digests
    from kumppani.subscriptions.models import Delivery

    with SmtpServers(server) as servers:
        rss_before = rss_mb()
        sampler = MemorySampler({process.pid for process in servers.processes})
        sampler.start()
        started, cpu_before = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
        children_before = cpu_seconds(resource.RUSAGE_CHILDREN)
        report = send_digests({"weekly"}, workspace, now=NOW, batch_size=batch_size)
        seconds, cpu = time.perf_counter() - started, cpu_seconds(resource.RUSAGE_SELF) - cpu_before
        senders_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - children_before  # the sending processes, ended
        load = os.getloadavg()
        sampler.done.set()
        sampler.join()
    received = servers.received
    server_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - children_before - senders_cpu
    print(f"one sending process, {batch_size} messages per SMTP connection; CPU: this process {cpu:.1f} s, "
          f"its other children {senders_cpu:.1f} s, the SMTP server ({server}) {server_cpu:.1f} s; "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs", flush=True)
    # A second run right after, against fresh servers, must send nothing: every item is recorded as sent.
    with SmtpServers(server) as second:
        again = send_digests({"weekly"}, workspace, now=NOW)
    print(f"SMTP server ({server}) received: {received['messages']:,} messages, {received['bytes']:,} bytes; "
          f"second run: {second.received['messages']:,} messages", flush=True)
    samples = [mb for _at, mb in sampler.samples]
    print_memory(sampler.samples, sampler.most_processes)
    return {
        "seconds": seconds, "messages": report.messages_sent, "items": report.deliveries_sent,
        "received": received["messages"], "mean_kb": received["bytes"] / max(received["messages"], 1) / 1024,
        "failed": report.failed, "second_run": again.messages_sent, "second_received": second.received["messages"],
        "rows": Delivery.objects.count(), "rss_before": rss_before, "rss_min": min(samples),
        "rss_max": max(samples), "rss_first_tenth": max(samples[: max(len(samples) // 10, 1)]),
        "peak_rss": peak_rss_mb(), "child_peak_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "vendor": connection.vendor, "server": server, "load": load[0],
    }


def print_memory(samples: list[tuple[float, float]], processes: int) -> None:
    """Resident set at every tenth of the run: flat means the run does not hold what it has sent."""
    if not samples:
        return
    step = max(len(samples) // 10, 1)
    print(f"resident set during the run ({processes} processes together): "
          + ", ".join(f"{at:.0f}s {mb:.0f} MB" for at, mb in samples[::step]), flush=True)


def build(subscriber_count: int, opportunity_count: int, rng: random.Random) -> Any:
    from django.db import transaction

    from kumppani.directory.models import Theme
    from kumppani.funding.models import Programme
    from kumppani.opportunities.models import Opportunity
    from kumppani.subscriptions.models import Subscriber
    from kumppani.workspaces.models import Workspace

    with transaction.atomic():
        workspace = Workspace.objects.create(slug="bench", name="Bench Regional Council")
        other = Workspace.objects.create(slug="other", name="Another workspace")
        themes = [Theme.objects.get_or_create(slug=slug, defaults={"name": {"en": slug.replace("-", " ").title()}})[0]
                  for slug in THEMES]
        programmes = list(Programme.objects.all()[:5])
        build_opportunities(workspace, opportunity_count, themes, programmes, rng)
        build_subscribers(workspace, subscriber_count, themes, rng)
        build_subscribers(other, subscriber_count // 10, themes, rng)
        Opportunity.objects.filter(workspace=workspace).update(created_at=NOW - datetime.timedelta(days=3))
    assert Subscriber.objects.filter(workspace=workspace).count() == subscriber_count
    return workspace


def build_opportunities(workspace: Any, count: int, themes: list[Any], programmes: list[Any],
                        rng: random.Random) -> None:
    from kumppani.opportunities.models import Opportunity

    opportunities = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        has_deadline = kind in ("call", "partner_request")
        deadline = NOW + datetime.timedelta(days=rng.randrange(10, 120)) if has_deadline else None
        starts = NOW + datetime.timedelta(days=rng.randrange(5, 90), hours=9) if kind == "event" else None
        opportunities.append(Opportunity(
            workspace=workspace, kind=kind,
            title={"fi": f"Mahdollisuus {index}: kansainvälinen yhteistyö", "en": f"Opportunity {index}: "
                   "international cooperation", "sv": f"Möjlighet {index}: internationellt samarbete"},
            body={"fi": "Lyhyt kuvaus siitä, mistä on kyse ja kenelle se sopii. " * 3,
                  "en": "A short description of what it is about and whom it suits. " * 3},
            link=f"https://example.org/opportunity/{index}", deadline=deadline, starts_at=starts,
            ends_at=starts + datetime.timedelta(days=2) if starts else None,
            location="Tartu, Estonia" if kind == "event" else "",
            programme=rng.choice(programmes) if programmes and kind == "call" else None,
            countries=rng.sample(COUNTRIES, rng.choice([0, 0, 1, 2])),
            languages=["et", "en"] if index % 25 == 0 else [],
            publish_on=NOW - datetime.timedelta(days=rng.randrange(1, 6)),
        ))
    created = Opportunity.objects.bulk_create(opportunities)
    Opportunity.themes.through.objects.bulk_create(
        [Opportunity.themes.through(opportunity_id=opportunity.pk, theme_id=theme.pk)
         for opportunity in created for theme in rng.sample(themes, rng.choice([1, 1, 2]))])


def build_subscribers(workspace: Any, count: int, themes: list[Any], rng: random.Random) -> None:
    from kumppani.subscriptions.models import Subscriber

    consented = NOW - datetime.timedelta(days=60)
    for first in range(0, count, BATCH):
        created = Subscriber.objects.bulk_create([Subscriber(
            workspace=workspace, email=f"reader{index}@{workspace.slug}.example", language=rng.choice(LANGUAGES),
            rhythm="weekly", status="active", countries=rng.sample(COUNTRIES, rng.choice([0, 0, 1, 2])),
            consent_text="I agree.", consent_given_at=consented, confirmed_at=consented,
            last_digest_at=NOW - datetime.timedelta(days=7),
        ) for index in range(first, min(first + BATCH, count))])
        Subscriber.themes.through.objects.bulk_create(
            [Subscriber.themes.through(subscriber_id=subscriber.pk, theme_id=theme.pk)
             for subscriber in created for theme in rng.sample(themes, rng.choice([1, 1, 2, 2, 3]))])


def print_table(results: list[dict[str, Any]]) -> None:
    print()
    print(f"{'database':<11}{'server':<10}{'procs':>6}{'subscribers':>12}{'messages':>10}{'items':>10}{'received':>10}{'seconds':>9}"
          f"{'msg/s':>8}{'RSS start':>11}{'RSS min-max':>14}{'peak':>8}{'again':>7}  target")
    for row in results:
        ok = (row["seconds"] < TARGET_SECONDS and row["received"] == row["messages"] and row["second_run"] == 0
              and row["second_received"] == 0)
        print(f"{row['database']:<11}{row['server']:<10}{row['processes']:>6}{row['subscribers']:>12,}{row['messages']:>10,}{row['items']:>10,}"
              f"{row['received']:>10,}{row['seconds']:>9.1f}{row['messages'] / row['seconds']:>8.0f}"
              f"{row['rss_before']:>9.0f}MB{row['rss_min']:>8.0f}-{row['rss_max']:.0f}MB"
              f"{max(row['peak_rss'], row['child_peak_rss']):>6.0f}MB"
              f"{row['second_run']:>7}  {'met' if ok else 'MISSED'} (< {TARGET_SECONDS:.0f} s)")
    print("messages: handed to the SMTP server and accepted; received: counted by the server; again: messages a "
          "second run sent (must be 0); RSS: the worker and its sending processes together; peak: of the largest "
          "process; load average at the end of the run " + ", ".join(f"{row['load']:.1f}" for row in results)
          + "; mean message size "
          + ", ".join(f"{row['mean_kb']:.1f} KB" for row in results))


if __name__ == "__main__":
    main()

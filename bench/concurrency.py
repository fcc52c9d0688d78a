"""Load held, nothing lost: writers and readers at once against the served app, over HTTP on the loopback.

    .venv/bin/python bench/concurrency.py [--db sqlite|postgres|both] [--writers 20] [--readers 20]
                                          [--seconds 60] [--workers 4] [--threads 2]

Each database gets a fresh one of its own, never var/kumppani.sqlite3: an SQLite file in a temporary folder, and
a throwaway PostgreSQL server started by scripts/with-postgres.sh. The app is migrated, given a workspace with a
staff member and an API token per writer, 200 organisations and a person per writer, and served by gunicorn
(`kumppani.wsgi`, gthread workers) on a free port of 127.0.0.1. Then, for `--seconds`:

- each writer, with its own token, in turn adds a note to a random organisation
  (`POST /api/v1/organisations/{id}/notes`) and changes the notes of its own person
  (`PATCH /api/v1/people/{id}`), each time with a text never sent before;
- each reader, signed in, in turn reads the organisations and the people through the API, the organisation list
  page and the workspace's public page.

Every request has a 30 s timeout and opens its own connection (no retry: a write is acknowledged by its 201 or
200, or not at all). Afterwards the server is stopped and the database read directly:

- server errors: answers of 500 and above (a busy 503 included) and requests without an answer; requests
  refused with a 4xx (e.g. a 409 when two writes conflict) are counted apart;
- lost writes: acknowledged notes that are not stored with their text, or have no "created" entry in the
  history; acknowledged changes of a person that no "changed" entry of the history holds, and people whose
  stored notes are not the last acknowledged (or a later, unanswered) value;
- the response times per kind of request: p50 and p95 in ms.

Target: 0 server errors and 0 lost writes on both databases. A run of both takes about three minutes.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORKSPACE = "bench"
ORGANISATIONS = 200
REQUEST_TIMEOUT = 30.0
READS = [
    ("api organisations", "/api/v1/organisations?limit=20&offset={offset}", "token"),
    ("api people", "/api/v1/people?limit=20", "token"),
    ("page organisations", "/w/bench/organisations/?page={page}", "session"),
    ("page public", "/p/bench/", "none"),
]


# ---------------------------------------------------------------- orchestration


def main() -> None:
    args = parse_args()
    if args.worker:
        worker(args)
        return
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results: dict[str, dict[str, Any]] = {}
    failed = []
    for database in databases:
        try:
            results[database] = run_worker(database, args)
        except subprocess.CalledProcessError:
            failed.append(database)
    for database, result in results.items():
        print_result(database, result)
    if failed:
        sys.exit(f"The run on {', '.join(failed)} failed: see its output above.")
    if any(result["server_errors"] or result["lost"]["total"] or result["refused"] for result in results.values()):
        sys.exit("Target missed: server errors, refused requests or lost writes above.")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    args = parser.parse_args()
    for name in ("writers", "readers", "workers", "threads"):
        if not 1 <= getattr(args, name) <= 64:
            parser.error(f"--{name} must be between 1 and 64")
    if not 1 <= args.seconds <= 600:
        parser.error("--seconds must be between 1 and 600")
    return args


def run_worker(database: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run the measurement in a child process of its own, against a fresh database of the given kind."""
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-concurrency-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--results", str(results_file),
                   "--writers", str(args.writers), "--readers", str(args.readers), "--seconds", str(args.seconds),
                   "--workers", str(args.workers), "--threads", str(args.threads), "--seed", str(args.seed)]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1",
               "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "SECURE_COOKIES": "0",
               "SECURE_SSL_REDIRECT": "0", "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1",
               "DJANGO_SETTINGS_MODULE": "kumppani.settings",
               # No collectstatic here: the plain storage, as in the other benches.
               "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database} ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return json.loads(results_file.read_text())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def worker(args: argparse.Namespace) -> None:
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        sys.exit("The worker runs only under bench/concurrency.py, against a database of its own.")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    call_command("migrate", verbosity=0)
    setup = make_records(args.writers)
    connections.close_all()
    port = free_port()
    server = start_server(port, args)
    try:
        wait_until_up(port, server)
        warm_up(port, setup, args.workers * args.threads)
        print(f"serving on 127.0.0.1:{port} with {args.workers} workers × {args.threads} threads; "
              f"{args.writers} writers and {args.readers} readers for {args.seconds:g} s", flush=True)
        load = run_load(port, setup, args)
    finally:
        stop_server(server)
    result = verify(setup, load)
    Path(args.results).write_text(json.dumps(result))


# ---------------------------------------------------------------- the records and the server


def make_records(writers: int) -> dict[str, Any]:
    from django.contrib.auth.models import User
    from django.test import Client

    from kumppani.accounts.models import ApiToken
    from kumppani.directory.models import Organisation, Person
    from kumppani.workspaces.models import Workspace, WorkspaceMember

    workspace = Workspace.objects.create(slug=WORKSPACE, name="Bench", public=True)
    organisations = Organisation.objects.bulk_create(
        [Organisation(name=f"Bench organisation {number}", country="FI", type="association")
         for number in range(ORGANISATIONS)])
    writer_rows = []
    for number in range(writers):
        user = User.objects.create_user(f"writer{number}", password=None)
        WorkspaceMember.objects.create(workspace=workspace, user=user, role="staff")
        person = Person.objects.create(workspace=workspace, name=f"Writer's person {number}")
        _token, key = ApiToken.issue(user, workspace, "bench")
        writer_rows.append({"token": key, "person": person.pk})
    reader = User.objects.create_user("reader", password=None)
    WorkspaceMember.objects.create(workspace=workspace, user=reader, role="viewer")
    _token, reader_key = ApiToken.issue(reader, workspace, "bench")
    client = Client()
    client.force_login(reader)
    return {"writers": writer_rows, "organisations": [organisation.pk for organisation in organisations],
            "reader_token": reader_key, "reader_session": client.cookies["sessionid"].value}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(port: int, args: argparse.Namespace) -> subprocess.Popen[bytes]:
    log = Path(os.environ["KUMPPANI_VAR_DIR"]) / "gunicorn.log"
    command = [sys.executable, "-m", "gunicorn", "kumppani.wsgi", "--bind", f"127.0.0.1:{port}",
               "--workers", str(args.workers), "--threads", str(args.threads), "--worker-class", "gthread",
               "--timeout", "120", "--graceful-timeout", "10", "--error-logfile", str(log)]
    return subprocess.Popen(command, cwd=REPO, env=os.environ.copy())


def wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped before it answered")
        try:
            status, _body = request(port, "GET", "/p/bench/", {})
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit("gunicorn did not answer within 60 s")


def warm_up(port: int, setup: dict[str, Any], concurrency: int) -> None:
    """Every read and write once per server thread, untimed: each worker imports and connects before the clock."""
    load = Load()
    threads = [threading.Thread(target=_warm_one, args=(load, port, setup)) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _warm_one(load: Load, port: int, setup: dict[str, Any]) -> None:
    credentials = {"token": {"Authorization": f"Bearer {setup['reader_token']}"},
                   "session": {"Cookie": f"sessionid={setup['reader_session']}"}, "none": {}}
    for kind, path, credential in READS:
        load.timed(kind, port, "GET", path.format(offset=0, page=1), credentials[credential])


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# ---------------------------------------------------------------- the load


def request(port: int, method: str, path: str, headers: dict[str, str], body: Any = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        all_headers = {"Connection": "close", "Accept-Language": "en", **headers}
        if payload is not None:
            all_headers["Content-Type"] = "application/json"
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class Load:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    no_answer: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    notes_acknowledged: dict[int, str] = field(default_factory=dict)  # note id → text
    notes_unanswered: list[str] = field(default_factory=list)
    # person id → (the values acknowledged in order, the values sent after the last acknowledged one)
    person_values: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def timed(self, kind: str, port: int, method: str, path: str, headers: dict[str, str],
              body: Any = None) -> tuple[int | None, bytes]:
        started = time.perf_counter()
        try:
            status, content = request(port, method, path, headers, body)
        except (OSError, http.client.HTTPException):
            with self.lock:
                self.no_answer[kind] += 1
            return None, b""
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.times[kind].append(elapsed)
            self.statuses[kind][status] += 1
        return status, content


def run_load(port: int, setup: dict[str, Any], args: argparse.Namespace) -> Load:
    load = Load()
    stop_at = time.monotonic() + args.seconds
    threads = [threading.Thread(target=writer_loop, args=(load, port, setup, number, stop_at, args.seed))
               for number in range(args.writers)]
    threads += [threading.Thread(target=reader_loop, args=(load, port, setup, number, stop_at, args.seed))
                for number in range(args.readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return load


def writer_loop(load: Load, port: int, setup: dict[str, Any], number: int, stop_at: float, seed: int) -> None:
    rng = random.Random(seed * 1000 + number)
    mine = setup["writers"][number]
    headers = {"Authorization": f"Bearer {mine['token']}"}
    acknowledged: list[str] = []
    pending: list[str] = []
    load.person_values[mine["person"]] = (acknowledged, pending)
    count = 0
    while time.monotonic() < stop_at:
        count += 1
        text = f"bench w{number} n{count}"
        if count % 2:
            organisation = rng.choice(setup["organisations"])
            status, content = load.timed("write note", port, "POST", f"/api/v1/organisations/{organisation}/notes",
                                         headers, {"text": text})
            if status == 201:
                load.notes_acknowledged[json.loads(content)["id"]] = text
            elif status is None or status >= 500:
                load.notes_unanswered.append(text)
        else:
            status, _content = load.timed("write person", port, "PATCH", f"/api/v1/people/{mine['person']}",
                                          headers, {"notes": text})
            if status == 200:
                acknowledged.append(text)
                pending.clear()
            elif status is None or status >= 500:
                pending.append(text)


def reader_loop(load: Load, port: int, setup: dict[str, Any], number: int, stop_at: float, seed: int) -> None:
    rng = random.Random(seed * 1000 + 500 + number)
    credentials = {"token": {"Authorization": f"Bearer {setup['reader_token']}"},
                   "session": {"Cookie": f"sessionid={setup['reader_session']}"}, "none": {}}
    turn = number
    while time.monotonic() < stop_at:
        kind, path, credential = READS[turn % len(READS)]
        turn += 1
        path = path.format(offset=rng.randrange(0, ORGANISATIONS, 20), page=rng.randint(1, 4))
        load.timed(kind, port, "GET", path, credentials[credential])


# ---------------------------------------------------------------- what was stored


def verify(setup: dict[str, Any], load: Load) -> dict[str, Any]:
    from django.contrib.contenttypes.models import ContentType

    from kumppani.audit.models import AuditEntry
    from kumppani.directory.models import OrganisationNote, Person

    note_type, person_type = ContentType.objects.get_for_model(OrganisationNote), ContentType.objects.get_for_model(
        Person)
    stored_notes = dict(OrganisationNote.objects.values_list("pk", "text"))
    created_in_history = set(AuditEntry.objects.filter(content_type=note_type, action="create").values_list(
        "object_id", flat=True))
    notes_not_stored = sum(1 for pk, text in load.notes_acknowledged.items() if stored_notes.get(pk) != text)
    notes_not_in_history = sum(1 for pk in load.notes_acknowledged if str(pk) not in created_in_history)
    unanswered_but_stored = len(set(load.notes_unanswered) & set(stored_notes.values()))

    changes_not_in_history = people_not_current = 0
    for person_id, (acknowledged, pending) in load.person_values.items():
        history = {entry.get("notes", [None, None])[1] for entry in AuditEntry.objects.filter(
            content_type=person_type, object_id=str(person_id), action="update").values_list("changes", flat=True)}
        changes_not_in_history += sum(1 for value in acknowledged if value not in history)
        stored = Person.objects.get(pk=person_id).notes
        if acknowledged and stored != acknowledged[-1] and stored not in pending:
            people_not_current += 1
    lost = {"notes not stored": notes_not_stored, "notes not in the history": notes_not_in_history,
            "changes not in the history": changes_not_in_history,
            "people not at their last value": people_not_current}
    lost["total"] = sum(lost.values())
    kinds = sorted(load.times.keys() | load.no_answer.keys())
    return {
        "kinds": {kind: {"requests": len(load.times[kind]) + load.no_answer[kind],
                         "p50": percentile(load.times[kind], 50), "p95": percentile(load.times[kind], 95),
                         "statuses": {str(status): count for status, count in sorted(load.statuses[kind].items())},
                         "no answer": load.no_answer[kind]} for kind in kinds},
        "refused": sum(count for kind in kinds for status, count in load.statuses[kind].items()
                       if 400 <= status < 500),
        "server_errors": sum(count for kind in kinds for status, count in load.statuses[kind].items()
                             if status >= 500) + sum(load.no_answer.values()),
        "acknowledged": {"notes": len(load.notes_acknowledged),
                         "person changes": sum(len(values) for values, _pending in load.person_values.values())},
        "unanswered writes stored": unanswered_but_stored,
        "lost": lost,
    }


def percentile(values: list[float], share: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def print_result(database: str, result: dict[str, Any]) -> None:
    print(f"\n{database}: {result['server_errors']} server errors, {result['lost']['total']} lost writes "
          f"(acknowledged: {result['acknowledged']['notes']} notes, {result['acknowledged']['person changes']} "
          f"changes of people); {result['refused']} requests refused with a 4xx")
    for name, count in result["lost"].items():
        if name != "total":
            print(f"  lost, {name}: {count}")
    print(f"  unanswered writes that were stored all the same: {result['unanswered writes stored']}")
    print(f"  {'kind':<20} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    for kind, figures in result["kinds"].items():
        statuses = ", ".join(f"{status}×{count}" for status, count in figures["statuses"].items())
        if figures["no answer"]:
            statuses += f", no answer×{figures['no answer']}"
        print(f"  {kind:<20} {figures['requests']:>9} {figures['p50']:>8.0f} {figures['p95']:>8.0f}  {statuses}")


if __name__ == "__main__":
    main()

"""How the served app holds 40 concurrent clients: `make run`'s gunicorn against Django's development server.

    .venv/bin/python bench/serve.py [--db sqlite|postgres|both] [--clients 40] [--seconds 30]
                                    [--servers production,development] [--pages public,directory,api]

Each database gets a fresh one of its own with the demo data (never var/kumppani.sqlite3): an SQLite file in a
temporary folder, and a throwaway PostgreSQL server started by scripts/with-postgres.sh. Against it, in turn:
the production server exactly as `make run` starts it (gunicorn, the command line of
kumppani/core/supervisor.py, DEBUG off, static files collected for WhiteNoise) and the development server as
`make dev` starts it (`runserver`, DEBUG on, without the auto-reloader so that it stops cleanly). Each page gets
`--clients` threads for `--seconds` seconds, each thread with its own keep-alive connection to the loopback,
one request after another:

    public       GET /p/sepra/                      (anonymous)
    directory    GET /w/sepra/organisations/        (signed in as alice: a session made for the bench)
    api          GET /api/v1/organisations          (Authorization: Bearer, a token made for the bench)

Printed per server and page: requests per second, the median and 95th percentile of the response time, and
errors (anything but 200, and failed connections), and the server's own CPU time per answered request and the
cores it used (on a machine shared with other work, requests per second follow the CPU share the scheduler
grants; the CPU time per request does not). The target, on SQLite with 40 clients on this 2-core
machine: 0 errors, p95 under 500 ms, and at least 4 times the development server's requests per second.
Everything is bounded (the clients stop at the deadline; a request times out after 30 s) and on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from kumppani.core.supervisor import DEFAULT_THREADS, default_workers, gunicorn_command  # noqa: E402

LOOPBACK = "127.0.0.1"
REQUEST_TIMEOUT = 30.0
TARGET_P95_MS = 500.0
TARGET_SPEEDUP = 4.0
PAGES = [("public", "/p/sepra/", "none"), ("directory", "/w/sepra/organisations/", "session"),
         ("api", "/api/v1/organisations", "token")]

# Run in the bench's database: a session for alice and an API token of hers, printed as JSON.
CREDENTIALS = """
import json
from django.contrib.auth import get_user_model
from django.test import Client
from kumppani.accounts.models import ApiToken
from kumppani.workspaces.models import Workspace
alice = get_user_model().objects.get(username="alice")
client = Client()
client.force_login(alice, backend="django.contrib.auth.backends.ModelBackend")
_token, raw = ApiToken.issue(alice, Workspace.objects.get(slug="sepra"), "bench/serve.py")
print(json.dumps({"session": client.cookies["sessionid"].value, "token": raw}))
"""


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, float]:
        ordered = sorted(self.latencies)
        return {"requests": len(ordered), "rps": len(ordered) / self.seconds if self.seconds else 0.0,
                "p50_ms": 1000 * statistics.median(ordered) if ordered else float("nan"),
                "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan"),
                "errors": self.errors}


def cpu_seconds(process_group: int) -> float:
    """CPU time used so far by every live process of a process group (the server and its workers)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == process_group:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def client_loop(port: int, path: str, headers: dict[str, str], deadline: float, result: Result,
                lock: threading.Lock) -> None:
    connection: http.client.HTTPConnection | None = None
    while time.monotonic() < deadline:
        started = time.perf_counter()
        status: int | str
        try:
            if connection is None:
                connection = http.client.HTTPConnection(LOOPBACK, port, timeout=REQUEST_TIMEOUT)
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
            if connection is not None:
                connection.close()
            connection = None
        elapsed = time.perf_counter() - started
        with lock:
            if status == 200:
                result.latencies.append(elapsed)
            else:
                result.errors += 1
                result.error_kinds[str(status)] = result.error_kinds.get(str(status), 0) + 1
    if connection is not None:
        connection.close()


def load(port: int, path: str, headers: dict[str, str], clients: int, seconds: float) -> Result:
    result, lock = Result(), threading.Lock()
    started = time.monotonic()
    deadline = started + seconds
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(client_loop, port, path, headers, deadline, result, lock)
    result.seconds = time.monotonic() - started
    return result


def wait_until_serving(port: int, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped before serving (exit status {process.returncode})")
        try:
            connection = http.client.HTTPConnection(LOOPBACK, port, timeout=5)
            connection.request("GET", "/p/sepra/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not answer in time")


def server_command(kind: str, port: int) -> tuple[list[str], dict[str, str]]:
    if kind == "production":
        return gunicorn_command(host=LOOPBACK, port=port, workers=int(os.environ.get("WEB_CONCURRENCY") or
                                                                       default_workers()),
                                threads=int(os.environ.get("GUNICORN_THREADS") or DEFAULT_THREADS)), {}
    return [sys.executable, "manage.py", "runserver", "--noreload", f"{LOOPBACK}:{port}"], {"DEBUG": "1"}


def measure_server(kind: str, env: dict[str, str], credentials: dict[str, str], args: argparse.Namespace
                   ) -> dict[str, dict[str, float]]:
    port = free_port()
    command, extra_env = server_command(kind, port)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, env={**env, **extra_env}, cwd=REPO, stdout=log, stderr=log,
                                   process_group=0)
        try:
            wait_until_serving(port, process)
            return {name: measure_page(kind, name, path, auth, port, process.pid, credentials, args)
                    for name, path, auth in PAGES if name in args.pages}
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def measure_page(kind: str, name: str, path: str, auth: str, port: int, server_group: int,
                 credentials: dict[str, str], args: argparse.Namespace) -> dict[str, float]:
    headers = {"Accept-Language": "fi"}
    if auth == "session":
        headers["Cookie"] = f"sessionid={credentials['session']}"
    elif auth == "token":
        headers["Authorization"] = f"Bearer {credentials['token']}"
    load(port, path, headers, min(args.clients, 8), 3)  # warm-up: every worker imports and connects
    cpu_before, own_before = cpu_seconds(server_group), time.process_time()
    result = load(port, path, headers, args.clients, args.seconds)
    own_used = time.process_time() - own_before
    figures = result.summary()
    # The server's own CPU time per answered request: on a machine shared with other work the requests per
    # second follow the CPU share the scheduler grants, this does not.
    cpu_used = cpu_seconds(server_group) - cpu_before
    figures["cpu_ms"] = 1000 * cpu_used / max(1, figures["requests"])
    figures["cores"] = cpu_used / result.seconds
    # The clients' own CPU: on 2 cores, what they use the server cannot.
    figures["client_cpu_ms"] = 1000 * own_used / max(1, figures["requests"])
    figures["client_cores"] = own_used / result.seconds
    kinds = f"  {result.error_kinds}" if result.errors else ""
    print(f"  {kind:<12} {name:<10} {figures['rps']:8.1f} req/s  p50 {figures['p50_ms']:7.0f} ms"
          f"  p95 {figures['p95_ms']:7.0f} ms  errors {result.errors}{kinds}"
          f"  (server CPU {figures['cpu_ms']:.1f} ms/request, {figures['cores']:.2f} cores used;"
          f" clients {figures['client_cpu_ms']:.2f} ms/request, {figures['client_cores']:.2f} cores)", flush=True)
    return figures


def prepare(env: dict[str, str]) -> dict[str, str]:
    """Migrate, load the demo and collect static files as `make run` does; alice's session and token."""
    for step in (["migrate", "--no-input", "-v", "0"], ["load_demo", "--if-empty"],
                 ["collectstatic", "--no-input", "-v", "0"]):
        subprocess.run([sys.executable, "manage.py", *step], env=env, cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
    output = subprocess.run([sys.executable, "manage.py", "shell", "-c", CREDENTIALS], env=env, cwd=REPO,
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def run_database(database: str, args: argparse.Namespace) -> dict[str, dict[str, dict[str, float]]]:
    """In a child (under with-postgres.sh for PostgreSQL): prepare, then measure each server."""
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        raise SystemExit("The database run happens only under bench/serve.py, against a database of its own.")
    env = dict(os.environ)
    started = time.perf_counter()
    credentials = prepare(env)
    print(f"  prepared (migrate, demo, collectstatic) in {time.perf_counter() - started:.0f} s", flush=True)
    return {kind: measure_server(kind, env, credentials, args) for kind in args.servers}


def run_in_child(database: str, args: argparse.Namespace) -> dict[str, dict[str, dict[str, float]]]:
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-serve-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", database, "--results",
                   str(results_file), "--clients", str(args.clients), "--seconds", str(args.seconds),
                   "--servers", ",".join(args.servers), "--pages", ",".join(args.pages)]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1", "SECURE_COOKIES": "0",
               "DJANGO_SETTINGS_MODULE": "kumppani.settings"}
        for name in ("DEBUG", "SECRET_KEY", "STATICFILES_BACKEND"):
            env.pop(name, None)  # as `make run`: the key generated into the folder, DEBUG off
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database}: {args.clients} clients, {args.seconds:g} s per page and server ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return json.loads(results_file.read_text())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def verdict(results: dict[str, dict[str, dict[str, dict[str, float]]]]) -> bool:
    print("\n=== summary ===")
    met = True
    for database, servers in results.items():
        production, development = servers.get("production"), servers.get("development")
        if not production:
            continue
        for page, figures in production.items():
            speedup = figures["rps"] / development[page]["rps"] if development and development[page]["rps"] else 0
            ok = figures["errors"] == 0 and figures["p95_ms"] < TARGET_P95_MS and (
                not development or speedup >= TARGET_SPEEDUP)
            if database == "sqlite":
                met = met and ok
            print(f"  {database:<9} {page:<10} production {figures['rps']:7.1f} req/s, p95 {figures['p95_ms']:5.0f} ms,"
                  f" {figures['errors']} errors" + (f"; {speedup:4.1f}× the development server" if development else "")
                  + ("" if ok else "  (target missed)"))
    outcome = ("met" if met else "NOT met") if "sqlite" in results else "not measured (no SQLite run)"
    print(f"Target on SQLite (0 errors, p95 < {TARGET_P95_MS:.0f} ms, ≥ {TARGET_SPEEDUP:g}× the development "
          f"server): {outcome}")
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--servers", default="production,development",
                        type=lambda value: [kind for kind in value.split(",") if kind])
    parser.add_argument("--pages", default=",".join(name for name, _path, _auth in PAGES),
                        type=lambda value: [name for name in value.split(",") if name])
    parser.add_argument("--child", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600:
        parser.error("--clients must be 1–200 and --seconds at most 600")
    if set(args.servers) - {"production", "development"}:
        parser.error("--servers takes production and/or development")
    if not args.pages or set(args.pages) - {name for name, _path, _auth in PAGES}:
        parser.error("--pages takes public, directory and/or api")
    if args.child:
        Path(args.results).write_text(json.dumps(run_database(args.child, args)))
        return
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = {database: run_in_child(database, args) for database in databases}
    sys.exit(0 if verdict(results) else 1)


if __name__ == "__main__":
    main()

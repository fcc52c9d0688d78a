"""How the served app holds 40 concurrent clients: `make run`'s gunicorn against Django's development server.

    .venv/bin/python bench/serve.py [--db sqlite|postgres|both] [--clients 40] [--seconds 30] [--rounds 3]
                                    [--servers production,development] [--pages public,directory,api,empty]

Each database gets a fresh one of its own with the demo data (never var/kumppani.sqlite3): an SQLite file in a
temporary folder, and a throwaway PostgreSQL server started by scripts/with-postgres.sh. Against it, in turn:
the production server exactly as `make run` starts it (gunicorn, the command line of
kumppani/core/supervisor.py, DEBUG off, static files collected for WhiteNoise) and the development server as
`make dev` starts it (`runserver`, DEBUG on, without the auto-reloader so that it stops cleanly; with it, it served
~3% fewer requests). The run has `--rounds` rounds; in a round each page is loaded on one server and then on the
other, back to back, each server started for the page and stopped after it, so that both meet the machine as it
is at that moment (other work on it moved a server's figures by 10-20% within minutes); which one goes first
alternates from round to round. A page is loaded with `--clients`
keep-alive connections to the loopback for `--seconds` seconds, each one request after another. The
load comes from wrk (Debian's package, installed by `scripts/install-system-deps.sh bench` when missing), two
threads of C that take a few hundredths of a core: the clients share the machine with the servers, and Python
clients (this bench's first form) took 0.2 to 0.45 of its 2 cores, more than the faster server could spare.

    public       GET /p/sepra/                      (anonymous)
    directory    GET /w/sepra/organisations/        (signed in as alice: a session made for the bench)
    api          GET /api/v1/organisations          (Authorization: Bearer, a token made for the bench)
    empty        GET /  of bench/empty_app.py       (only with --pages empty, outside the target)

The `empty` page is an application that does no work and answers 8 kB, about the API list's size: the ratio of the
two servers around it is their own (3.3 to 3.5 times on this machine), and a page's ratio tends to it as the app's
work for the page shrinks. Work in the app costs the development server more than gunicorn (one process, whose 40
threads, one per connection, take turns at the GIL: 40 µs of pure Python added to each answer cost it 112 µs of
throughput per request, and gunicorn's two workers 26), so a page that costs the app more shows a higher ratio, and
a cheaper one a ratio nearer the servers'.

Printed per round, server and page: requests per second, the median and 95th percentile of the response time, and errors
(anything but 200, a signed-out redirect included, and failed connections), the server's own CPU time per answered
request and the cores it used (on a machine shared with other work, requests per second follow the CPU share the
scheduler grants; the CPU time per request does not), and the cores wrk used. Then per page the medians of the
rounds, the worst round's p95 and the errors of all. The target, on SQLite with 40 clients on this 2-core machine:
0 errors, p95 under 500 ms, and a median of the rounds' ratios of at least 4 times the development server's
requests per second. Everything is bounded (the clients stop at the deadline; a request times out after 30 s) and
on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from kumppani.core.supervisor import default_threads, default_workers, gunicorn_command  # noqa: E402

LOOPBACK = "127.0.0.1"
REQUEST_TIMEOUT = 30.0
TARGET_P95_MS = 500.0
TARGET_SPEEDUP = 4.0
PAGES = [("public", "/p/sepra/", "none"), ("directory", "/w/sepra/organisations/", "session"),
         ("api", "/api/v1/organisations", "token")]
# Only when asked for (`--pages empty`), and outside the target: the servers around bench/empty_app.py, which does no
# work, so their own ratio shows beside the pages'.
EMPTY = ("empty", "/", "none")
EVERY_PAGE = [*PAGES, EMPTY]

# Run in the bench's database: a session for alice and an API token of hers, printed as JSON.
CREDENTIALS = """
import json
from django.contrib.auth import get_user_model
from django.test import Client
from kumppani.accounts.models import ApiToken
from kumppani.workspaces.models import Workspace
alice = get_user_model().objects.get(username="alice")
client = Client()
client.force_login(alice, backend="kumppani.accounts.backends.PasswordBackend")
_token, raw = ApiToken.issue(alice, Workspace.objects.get(slug="sepra"), "bench/serve.py")
print(json.dumps({"session": client.cookies["sessionid"].value, "token": raw}))
"""


# wrk's script: every answer but a 200 is an error (a signed-out redirect too), counted per thread and summed.
WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) not_ok = 0 end
function response(status, headers, body) if status ~= 200 then not_ok = not_ok + 1 end end
function done(summary, latency, requests)
  local not_ok_total = 0
  for _, thread in ipairs(threads) do not_ok_total = not_ok_total + thread:get("not_ok") end
  local errors = summary.errors
  io.write(string.format('WRK {"requests": %d, "seconds": %f, "p50_ms": %f, "p95_ms": %f, "not_ok": %d, ' ..
    '"socket_errors": %d}\\n', summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, not_ok_total, errors.connect + errors.read + errors.write + errors.timeout))
end
"""


def load(port: int, path: str, headers: dict[str, str], clients: int, seconds: float) -> dict[str, float]:
    """wrk's figures for `clients` keep-alive connections on two threads, each one request at a time."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT)
        script.flush()
        command = ["wrk", "--threads", str(min(2, clients)), "--connections", str(clients),
                   "--duration", f"{seconds:g}s", "--timeout", f"{REQUEST_TIMEOUT:g}s", "--script", script.name,
                   *(option for name, value in headers.items() for option in ("--header", f"{name}: {value}")),
                   f"http://{LOOPBACK}:{port}{path}"]
        output = subprocess.run(command, capture_output=True, text=True, check=True,
                                timeout=seconds + REQUEST_TIMEOUT + 30).stdout
    report = json.loads(next(line for line in output.splitlines() if line.startswith("WRK ")).removeprefix("WRK "))
    answered = report["requests"] - report["not_ok"]
    return {"requests": answered, "rps": answered / report["seconds"], "p50_ms": report["p50_ms"],
            "p95_ms": report["p95_ms"], "errors": report["not_ok"] + report["socket_errors"],
            "seconds": report["seconds"]}


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


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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


def vendor() -> str:
    """The database of the run, as Django names its vendor (the child's DATABASE_URL is set by run_in_child)."""
    return "sqlite" if os.environ["DATABASE_URL"].startswith("sqlite") else "postgresql"


def server_command(kind: str, port: int, page: str) -> tuple[list[str], dict[str, str]]:
    if kind == "production":
        command = gunicorn_command(host=LOOPBACK, port=port, workers=int(os.environ.get("WEB_CONCURRENCY") or
                                                                          default_workers()),
                                   threads=int(os.environ.get("GUNICORN_THREADS") or default_threads(vendor())))
        if page == EMPTY[0]:
            command[command.index("kumppani.wsgi:application")] = "bench.empty_app:application"
        return command, {}
    return [sys.executable, "manage.py", "runserver", "--noreload", f"{LOOPBACK}:{port}"], {
        "DEBUG": "1", **({"DJANGO_SETTINGS_MODULE": "bench.empty_settings"} if page == EMPTY[0] else {})}


class Server:
    """One server of the run, on a loopback port of its own, in a process group of its own."""

    def __init__(self, kind: str, page: str, env: dict[str, str], log: Any) -> None:
        self.kind, self.port = kind, free_port()
        command, extra_env = server_command(kind, self.port, page)
        self.process = subprocess.Popen(command, env={**env, **extra_env}, cwd=REPO, stdout=log, stderr=log,
                                        process_group=0)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def measure_servers(env: dict[str, str], credentials: dict[str, str], args: argparse.Namespace
                    ) -> dict[str, dict[str, dict[str, Any]]]:
    """`--rounds` rounds; in each, every page is loaded on each server in turn, the two back to back (started
    for the page and stopped after it), so that both meet the machine as it is at that moment: with a whole round
    of one server before the other, a pair lay two minutes apart, and the machine's speed drifted by up to a
    fifth in between. Which server goes first alternates from round to round. One at a time: the servers' idle
    database connections would count against PostgreSQL's max_connections while another is loaded."""
    rounds: dict[str, dict[str, list[dict[str, float]]]] = {kind: {} for kind in args.servers}
    with tempfile.TemporaryFile() as log:
        for number in range(1, args.rounds + 1):
            kinds = args.servers if number % 2 else list(reversed(args.servers))
            for name, path, auth in EVERY_PAGE:
                if name not in args.pages:
                    continue
                for kind in kinds:
                    server = Server(kind, name, env, log)
                    try:
                        wait_until_serving(server.port, server.process)
                        figures = measure_page(server, name, path, auth, credentials, args, number)
                        rounds[kind].setdefault(name, []).append(figures)
                    finally:
                        server.stop()
    return {kind: {page: summarised(each) for page, each in pages.items()} for kind, pages in rounds.items()}


def summarised(rounds: list[dict[str, float]]) -> dict[str, Any]:
    """A page's figures over its rounds: the medians, the worst p95 and every error."""
    return {"rps": statistics.median(figures["rps"] for figures in rounds),
            "p50_ms": statistics.median(figures["p50_ms"] for figures in rounds),
            "p95_ms": max(figures["p95_ms"] for figures in rounds),
            "errors": sum(figures["errors"] for figures in rounds),
            "cpu_ms": statistics.median(figures["cpu_ms"] for figures in rounds),
            "rounds_rps": [figures["rps"] for figures in rounds]}


def measure_page(server: Server, name: str, path: str, auth: str, credentials: dict[str, str],
                 args: argparse.Namespace, number: int) -> dict[str, float]:
    headers = {"Accept-Language": "fi"}
    if auth == "session":
        headers["Cookie"] = f"sessionid={credentials['session']}"
    elif auth == "token":
        headers["Authorization"] = f"Bearer {credentials['token']}"
    load(server.port, path, headers, min(args.clients, 8), 3)  # warm-up: every worker imports and connects
    cpu_before, wrk_before = cpu_seconds(server.process.pid), children_cpu_seconds()
    figures = load(server.port, path, headers, args.clients, args.seconds)
    # The server's own CPU time per answered request: on a machine shared with other work the requests per
    # second follow the CPU share the scheduler grants, this does not.
    cpu_used = cpu_seconds(server.process.pid) - cpu_before
    figures["cpu_ms"] = 1000 * cpu_used / max(1, figures["requests"])
    figures["cores"] = cpu_used / figures["seconds"]
    # wrk's own CPU: on 2 cores, what it uses the servers cannot.
    figures["client_cores"] = (children_cpu_seconds() - wrk_before) / figures["seconds"]
    print(f"  {server.kind:<12} {name:<10} round {number}  {figures['rps']:8.1f} req/s  p50 {figures['p50_ms']:7.1f}"
          f" ms  p95 {figures['p95_ms']:7.1f} ms  errors {figures['errors']:.0f}"
          f"  (server CPU {figures['cpu_ms']:.2f} ms/request, {figures['cores']:.2f} cores used;"
          f" wrk {figures['client_cores']:.2f} cores)", flush=True)
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


def run_database(database: str, args: argparse.Namespace) -> dict[str, dict[str, dict[str, Any]]]:
    """In a child (under with-postgres.sh for PostgreSQL): prepare, then measure each server."""
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        raise SystemExit("The database run happens only under bench/serve.py, against a database of its own.")
    env = dict(os.environ)
    started = time.perf_counter()
    credentials = prepare(env)
    print(f"  prepared (migrate, demo, collectstatic) in {time.perf_counter() - started:.0f} s", flush=True)
    return measure_servers(env, credentials, args)


def run_in_child(database: str, args: argparse.Namespace) -> dict[str, dict[str, dict[str, Any]]]:
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-serve-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", database, "--results",
                   str(results_file), "--clients", str(args.clients), "--seconds", str(args.seconds),
                   "--rounds", str(args.rounds),
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
        print(f"\n=== {database}: {args.clients} clients, {args.rounds} rounds of {args.seconds:g} s per page and"
              " server ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return json.loads(results_file.read_text())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def speedup(production: dict[str, Any], development: dict[str, Any]) -> float:
    """The median of the rounds' ratios: each round loads both servers one after the other, on the machine as it
    is then."""
    return statistics.median(fast / slow if slow else 0.0
                             for fast, slow in zip(production["rounds_rps"], development["rounds_rps"], strict=True))


def verdict(results: dict[str, dict[str, dict[str, dict[str, Any]]]]) -> bool:
    print("\n=== summary (medians of the rounds; p95 the worst round's; errors of every round) ===")
    met = True
    for database, servers in results.items():
        production, development = servers.get("production"), servers.get("development")
        if not production:
            continue
        for page, figures in production.items():
            ratio = speedup(figures, development[page]) if development else 0.0
            ok = figures["errors"] == 0 and figures["p95_ms"] < TARGET_P95_MS and (
                not development or ratio >= TARGET_SPEEDUP)
            alone = page == EMPTY[0]  # the servers' own ratio, beside the pages': no target of kumppani's
            if database == "sqlite" and not alone:
                met = met and ok
            rounds = ", ".join(f"{fast / slow:.1f}" for fast, slow in zip(
                figures["rounds_rps"], development[page]["rounds_rps"], strict=True)) if development else ""
            print(f"  {database:<9} {page:<10} production {figures['rps']:7.1f} req/s, p95 {figures['p95_ms']:5.0f} ms,"
                  f" {figures['errors']} errors"
                  + (f"; {ratio:4.1f}× the development server ({development[page]['rps']:.1f} req/s; rounds {rounds})"
                     if development else "")
                  + ("  (the servers alone)" if alone else "" if ok or database != "sqlite" else "  (target missed)"))
    outcome = ("met" if met else "NOT met") if "sqlite" in results else "not measured (no SQLite run)"
    print(f"Target on SQLite (0 errors, p95 < {TARGET_P95_MS:.0f} ms, ≥ {TARGET_SPEEDUP:g}× the development "
          f"server): {outcome}")
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--servers", default="production,development",
                        type=lambda value: [kind for kind in value.split(",") if kind])
    parser.add_argument("--pages", default=",".join(name for name, _path, _auth in PAGES),
                        type=lambda value: [name for name in value.split(",") if name])
    parser.add_argument("--child", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600 or not 1 <= args.rounds <= 9:
        parser.error("--clients must be 1–200, --seconds at most 600 and --rounds 1–9")
    if set(args.servers) - {"production", "development"}:
        parser.error("--servers takes production and/or development")
    if not args.pages or set(args.pages) - {name for name, _path, _auth in EVERY_PAGE}:
        parser.error("--pages takes public, directory, api and/or empty")
    if args.child:
        Path(args.results).write_text(json.dumps(run_database(args.child, args)))
        return
    if shutil.which("wrk") is None:
        subprocess.run([str(REPO / "scripts" / "install-system-deps.sh"), "bench"], check=True)
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = {database: run_in_child(database, args) for database in databases}
    sys.exit(0 if verdict(results) else 1)


if __name__ == "__main__":
    main()

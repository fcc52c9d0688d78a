"""How the served app holds 40 concurrent clients: `make run`'s gunicorn against Django's development server.

    .venv/bin/python bench/serve.py [--db sqlite|postgres|both] [--clients 40] [--seconds 30]
                                    [--servers production,development] [--pages public,directory,api]

Each database gets a fresh one of its own with the demo data (never var/kumppani.sqlite3): an SQLite file in a
temporary folder, and a throwaway PostgreSQL server started by scripts/with-postgres.sh. Against it, in turn:
the production server exactly as `make run` starts it (gunicorn, the command line of
kumppani/core/supervisor.py, DEBUG off, static files collected for WhiteNoise) and the development server as
`make dev` starts it (`runserver`, DEBUG on, without the auto-reloader so that it stops cleanly). Each page gets
`--clients` keep-alive connections to the loopback for `--seconds` seconds, each one request after another. The
load comes from wrk (Debian's package, installed by `scripts/install-system-deps.sh bench` when missing), two
threads of C that take a few hundredths of a core: the clients share the machine with the servers, and Python
clients (this bench's first form) took 0.2 to 0.45 of its 2 cores, more than the faster server could spare.

    public       GET /p/sepra/                      (anonymous)
    directory    GET /w/sepra/organisations/        (signed in as alice: a session made for the bench)
    api          GET /api/v1/organisations          (Authorization: Bearer, a token made for the bench)

Printed per server and page: requests per second, the median and 95th percentile of the response time, and errors
(anything but 200, a signed-out redirect included, and failed connections), the server's own CPU time per answered
request and the cores it used (on a machine shared with other work, requests per second follow the CPU share the
scheduler grants; the CPU time per request does not), and the cores wrk used. The target, on SQLite with 40 clients
on this 2-core machine: 0 errors, p95 under 500 ms, and at least 4 times the development server's requests per
second. Everything is bounded (the clients stop at the deadline; a request times out after 30 s) and on 127.0.0.1.
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
import subprocess
import sys
import tempfile
import time
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
    cpu_before, wrk_before = cpu_seconds(server_group), children_cpu_seconds()
    figures = load(port, path, headers, args.clients, args.seconds)
    # The server's own CPU time per answered request: on a machine shared with other work the requests per
    # second follow the CPU share the scheduler grants, this does not.
    cpu_used = cpu_seconds(server_group) - cpu_before
    figures["cpu_ms"] = 1000 * cpu_used / max(1, figures["requests"])
    figures["cores"] = cpu_used / figures["seconds"]
    # wrk's own CPU: on 2 cores, what it uses the servers cannot.
    figures["client_cores"] = (children_cpu_seconds() - wrk_before) / figures["seconds"]
    print(f"  {kind:<12} {name:<10} {figures['rps']:8.1f} req/s  p50 {figures['p50_ms']:7.1f} ms"
          f"  p95 {figures['p95_ms']:7.1f} ms  errors {figures['errors']:.0f}"
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
    if shutil.which("wrk") is None:
        subprocess.run([str(REPO / "scripts" / "install-system-deps.sh"), "bench"], check=True)
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = {database: run_in_child(database, args) for database in databases}
    sys.exit(0 if verdict(results) else 1)


if __name__ == "__main__":
    main()

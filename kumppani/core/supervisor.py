"""One foreground process that runs the web server and the background worker, and stops both together.

`python -m kumppani serve` (what `make run` ends with) starts gunicorn and, where the project has one, the
`run_worker` command; SIGINT (Ctrl-C) or SIGTERM is forwarded as SIGTERM to both, which finish what they are
doing; the supervisor waits for them and exits 0. If one of them dies on its own, the other is stopped too and
the supervisor exits with an error, so a process manager around it sees the failure.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

# Threads per gunicorn worker, by database. On SQLite every query runs inside the worker's own process, so threads
# beyond what keeps the CPU busy only pass the GIL back and forth: under wrk's load on two shared cores, 16 threads
# made ~12 context switches per API request and 4 threads ~6. In paired runs of the production server (40 wrk clients),
# 4 threads used less CPU per request in 8 of 11 pairs (the organisation list 1.71 and 2.47 ms against 2.80 and 3.70;
# the public page 1.29 and 1.87 against 1.87 and 1.86; the API list 0.85-1.20 against 0.98-1.31) with a lower p95.
# On PostgreSQL a thread waits for the database server's answer while others use the CPU: there 4 threads served
# 15-20% fewer (the organisation list 307 against 364 requests/s, the API 576 against 679).
THREADS_BY_DATABASE = {"sqlite": 4, "postgresql": 16}
STOP_TIMEOUT_SECONDS = 30


def default_threads(vendor: str) -> int:
    """Threads per worker for a database vendor (Django's `connection.vendor`), unless GUNICORN_THREADS says."""
    return THREADS_BY_DATABASE.get(vendor, THREADS_BY_DATABASE["postgresql"])


def default_workers() -> int:
    return max(2, os.cpu_count() or 1)


@dataclass(frozen=True)
class Child:
    name: str
    command: Sequence[str]


def gunicorn_command(*, host: str, port: int, workers: int, threads: int) -> list[str]:
    """gunicorn as `make run` starts it: threaded workers, no control socket (several instances may run).

    Each worker listens on a socket of its own (SO_REUSEPORT), among which the kernel spreads new connections
    evenly. On one shared socket, whichever worker woke first took them: in about one bench/serve.py run in four
    one worker held most of the 40 kept-alive connections while the other idled, and even in the others the
    organisation list served ~900 against ~1100 requests/s. A proxy's few long-lived upstream connections would
    be spread as unevenly. The port is shared by every socket that sets the option, so `serve` first makes sure
    nothing listens on it (port_in_use)."""
    return [sys.executable, "-m", "gunicorn", "kumppani.wsgi:application",
            "--bind", f"{host}:{port}", "--workers", str(workers),
            "--worker-class", "gthread", "--threads", str(threads), "--reuse-port",
            "--no-control-socket", "--timeout", "60", "--graceful-timeout", str(STOP_TIMEOUT_SECONDS - 5),
            # gunicorn would take X-Forwarded-Proto from any client on the loopback; Django alone decides,
            # and trusts it only with BEHIND_TLS_PROXY (settings.SECURE_PROXY_SSL_HEADER).
            "--forwarded-allow-ips", ""]


def port_in_use(host: str, port: int) -> bool:
    """Whether something listens on host:port already (another kumppani too, whose SO_REUSEPORT sockets would
    otherwise take half of this one's connections)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn: a closed one's TIME_WAIT is free
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def worker_command(base_dir: Path) -> list[str]:
    return [sys.executable, str(base_dir / "manage.py"), "run_worker"]


class Supervisor:
    def __init__(self, children: Sequence[Child], *, stop_timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        self.children = children
        self.stop_timeout = stop_timeout
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.signalled = False

    def run(self) -> int:
        """Start every child, wait until a signal or until one exits, stop the rest; the exit status."""
        previous = {signum: signal.signal(signum, self._on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
        try:
            return self._run()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _run(self) -> int:
        for child in self.children:
            # A process group of its own: a terminal's Ctrl-C reaches the supervisor only, which stops the
            # children in order (SIGTERM: gunicorn finishes the requests it is serving).
            self.processes[child.name] = subprocess.Popen(child.command, process_group=0)
        failed = ""
        while not self.signalled and not failed:
            failed = next((name for name, process in self.processes.items() if process.poll() is not None), "")
            time.sleep(0.2)
        self.stop()
        if failed:
            print(f"kumppani: the {failed} stopped (exit status {self.processes[failed].returncode}), "
                  "so the rest was stopped too.", file=sys.stderr)
            return 1
        return 0

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.signalled = True

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

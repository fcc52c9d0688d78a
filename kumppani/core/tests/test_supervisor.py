"""`python -m kumppani serve` runs its children together and stops them together."""

import http.client
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from kumppani.core.management.commands import serve
from kumppani.core.supervisor import Child, Supervisor, gunicorn_command, port_in_use

# A child that records the signal it was stopped with, then exits as a server would after finishing its work.
CHILD = """
import signal, sys, time
from pathlib import Path
def stop(signum, frame):
    Path(sys.argv[1]).write_text(signal.Signals(signum).name)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
Path(sys.argv[1] + ".started").touch()
while True:
    time.sleep(0.05)
"""
RUN_SUPERVISOR = """
import sys
from kumppani.core.supervisor import Child, Supervisor, gunicorn_command
code, *paths = sys.argv[1:]
sys.exit(Supervisor([Child(path, [sys.executable, "-c", code, path]) for path in paths], stop_timeout=10).run())
"""


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + 30
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_one_interrupt_stops_the_web_server_and_the_worker_and_exits_zero(tmp_path):
    web, worker = tmp_path / "web", tmp_path / "worker"
    supervisor = subprocess.Popen([sys.executable, "-c", RUN_SUPERVISOR, CHILD, str(web), str(worker)],
                                  cwd=Path(__file__).resolve().parents[3])
    wait_for(Path(f"{web}.started"))
    wait_for(Path(f"{worker}.started"))

    supervisor.send_signal(signal.SIGINT)

    assert supervisor.wait(timeout=30) == 0
    assert web.read_text() == "SIGTERM"
    assert worker.read_text() == "SIGTERM"


def test_when_one_child_dies_the_other_is_stopped_and_the_supervisor_fails(tmp_path):
    survivor = tmp_path / "survivor"
    supervisor = Supervisor([Child("worker", [sys.executable, "-c", "import sys; sys.exit(3)"]),
                             Child("web server", [sys.executable, "-c", CHILD, str(survivor)])], stop_timeout=10)

    assert supervisor.run() == 1
    assert supervisor.processes["worker"].returncode == 3
    assert supervisor.processes["web server"].returncode is not None


def forwarded_https_redirects(tmp_path: Path, **environment: str) -> bool:
    """Whether gunicorn, started as `make run` starts it, redirects a request that claims HTTPS to HTTPS."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name != "BEHIND_TLS_PROXY"}
    env |= {"KUMPPANI_VAR_DIR": str(tmp_path), "SECURE_SSL_REDIRECT": "1", "DEBUG": "0",
            "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage", **environment}
    command = gunicorn_command(host="127.0.0.1", port=port, workers=1, threads=1)
    server = subprocess.Popen(command, env=env, cwd=Path(__file__).resolve().parents[3],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/no-such-page/", headers={"X-Forwarded-Proto": "https"})
                return connection.getresponse().status == 301
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_served_app_trusts_x_forwarded_proto_only_behind_a_tls_proxy(tmp_path):
    assert forwarded_https_redirects(tmp_path) is True
    assert forwarded_https_redirects(tmp_path, BEHIND_TLS_PROXY="1") is False


def test_serve_refuses_a_port_something_already_listens_on():
    """gunicorn's workers share their port with any socket that allows it: a second `make run` must not."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert port_in_use("127.0.0.1", port)
        with pytest.raises(CommandError, match=f"already listens on 127.0.0.1:{port}"):
            call_command("serve", "--port", str(port), "--no-worker")
    assert not port_in_use("127.0.0.1", port)


def gunicorn_threads_served(monkeypatch) -> str:
    """The --threads that `serve` would start gunicorn with."""
    started: list[list[Child]] = []

    class Recorder:
        def __init__(self, children: list[Child]) -> None:
            started.append(children)

        def run(self) -> int:
            return 0

    monkeypatch.setattr(serve, "Supervisor", Recorder)
    monkeypatch.setattr(serve, "port_in_use", lambda host, port: False)
    call_command("serve", "--no-worker", stdout=io.StringIO())
    command = list(started[0][0].command)
    return command[command.index("--threads") + 1]


def test_serve_gives_gunicorn_the_threads_of_its_database_unless_told(monkeypatch):
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)
    assert gunicorn_threads_served(monkeypatch) == {"sqlite": "4", "postgresql": "16"}[connection.vendor]
    monkeypatch.setenv("GUNICORN_THREADS", "7")
    assert gunicorn_threads_served(monkeypatch) == "7"

"""`python -m kumppani serve` runs its children together and stops them together."""

import signal
import subprocess
import sys
import time
from pathlib import Path

from kumppani.core.supervisor import Child, Supervisor

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
from kumppani.core.supervisor import Child, Supervisor
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

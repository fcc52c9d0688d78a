"""What each page of bench/serve.py costs inside one process: CPU milliseconds and queries per request.

    .venv/bin/python bench/serve_profile.py [--db sqlite|postgres|both] [--requests 200] [--profile PAGE]

The three pages of bench/serve.py (the public page, the directory list, the API list), fetched through Django's
test client with DEBUG off against a fresh database of its own with the demo data (an SQLite file in a temporary
folder, or a throwaway PostgreSQL server from scripts/with-postgres.sh), signed in as bench/serve.py signs in.
Unlike requests per second, the CPU time of a request is steadier on a machine shared with other work (the least
of three batches is printed), so this is the figure to compare before and after a change. `--profile PAGE`
prints cProfile's hottest functions for that page; `--show-queries PAGE` its queries.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PAGES = [("public", "/p/sepra/", "none"), ("directory", "/w/sepra/organisations/", "session"),
         ("api", "/api/v1/organisations", "token")]


BATCHES = 3  # the least CPU of three batches: other work on the machine slows a batch, never speeds it up


def cpu_per_request(client: Any, path: str, requests: int) -> float:
    started = time.process_time()
    for _ in range(requests):
        client.get(path)
    return 1000 * (time.process_time() - started) / requests


def measure(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from kumppani.accounts.models import ApiToken
    from kumppani.workspaces.models import Workspace

    call_command("migrate", "--no-input", verbosity=0)
    call_command("load_demo", "--if-empty", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)  # as `make run`: the manifest WhiteNoise serves
    from django.contrib.auth import get_user_model

    alice = get_user_model().objects.get(username="alice")
    _token, raw = ApiToken.issue(alice, Workspace.objects.get(slug="sepra"), "bench/serve_profile.py")
    signed_in = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="fi")
    signed_in.force_login(alice, backend="kumppani.accounts.backends.PasswordBackend")
    clients = {"none": Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="fi"), "session": signed_in,
               "token": Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="fi",
                               HTTP_AUTHORIZATION=f"Bearer {raw}")}
    print(f"  {connection.vendor}: {args.requests} requests per page after 10 to warm up, the least CPU of"
          f" {BATCHES} batches")
    for name, path, auth in PAGES:
        client = clients[auth]
        for _ in range(10):
            assert client.get(path).status_code == 200, path
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        captured = list(queries.captured_queries)  # read now: the next request empties the log
        profiler = cProfile.Profile() if args.profile == name else None
        if profiler:
            profiler.enable()
        cpu_ms = min(cpu_per_request(client, path, args.requests // BATCHES) for _ in range(BATCHES))
        if profiler:
            profiler.disable()
        print(f"  {name:<10} {cpu_ms:6.2f} ms CPU per request, {len(captured):3d} queries"
              f" ({len(client.get(path).content)} bytes)", flush=True)
        if args.show_queries == name:
            for query in captured:
                print("     ", query["sql"][:300])
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--profile", choices=[name for name, _path, _auth in PAGES])
    parser.add_argument("--show-queries", choices=[name for name, _path, _auth in PAGES])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure(args)
        return
    for database in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        folder = Path(tempfile.mkdtemp(prefix=f"kumppani-serve-profile-{database}-"))
        try:
            command = [sys.executable, str(Path(__file__).resolve()), "--child", "--requests", str(args.requests),
                       *(["--profile", args.profile] if args.profile else []),
                       *(["--show-queries", args.show_queries] if args.show_queries else [])]
            env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "SECURE_COOKIES": "0",
                   "SECRET_KEY": "bench-only-not-secret", "DJANGO_SETTINGS_MODULE": "kumppani.settings"}
            env.pop("DEBUG", None)
            if database == "sqlite":
                env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
            else:
                env.pop("DATABASE_URL", None)
                command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
            subprocess.run(command, env=env, cwd=REPO, check=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

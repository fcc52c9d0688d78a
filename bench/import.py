"""How long importing the Finnish ERDF/ESF list 2007-2013 (19,940 projects) takes, into a fresh SQLite database.

    .venv/bin/python bench/import.py [--format fi-2007] [--file PATH]

The database is a new SQLite file in a temporary folder (never var/kumppani.sqlite3), migrated first; the
migration's time is not counted. The file is imported twice: the first run creates the projects, organisations
and partners, the second must change nothing. The target for the first run is under 30 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("KUMPPANI_SHARED_DATA", REPO.parent / "shared" / "data"))
DEFAULT_FILE = SHARED_DATA / "eu-structural-funds" / "fi_erdf_esf_2007-2013.csv.gz"
TARGET_SECONDS = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", default="fi-2007")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kumppani-bench-import-"))
    try:
        os.environ.update({"DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}", "KUMPPANI_VAR_DIR": str(folder),
                           "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "DEBUG": "0",
                           "SECURE_COOKIES": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings"})
        sys.path.insert(0, str(REPO))
        run(args.format, args.file)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(data_format: str, path: Path) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from kumppani.projects.public_import import import_projects

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated a fresh SQLite database in {time.perf_counter() - started:.1f} s")
    for attempt in ("first import", "second import (must change nothing)"):
        started = time.perf_counter()
        with path.open("rb") as binary:
            report = import_projects(binary, data_format, filename=path.name, skip_bad_rows=True)
        seconds = time.perf_counter() - started
        print(f"{attempt}: {seconds:.1f} s — {report.projects} projects read; {report.summary()} "
              f"{report.partners_created} partner links created.")
        if attempt == "first import":
            verdict = "within" if seconds < TARGET_SECONDS else "OVER"
            print(f"  {verdict} the target of {TARGET_SECONDS:.0f} s")


if __name__ == "__main__":
    main()

"""How long the directory import (kumppani/directory/transfer.py) takes: organisations and people from CSV.

    .venv/bin/python bench/directory_import.py [--rows 2000]

The database is a new SQLite file in a temporary folder (never var/kumppani.sqlite3), migrated first; the
migration's time is not counted. A synthetic file of organisations (with regions, themes and Finnish business IDs)
and one of people (linked to those organisations by name) are imported through `transfer.apply`, the path of the
import page and its background job: first run creates every row, the second changes nothing, the third changes
one column of every row. Each line prints the seconds, the rows per second and the process's CPU seconds (steadier
than the wall clock on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REGIONS = ["FI1B1", "FI1C1", "FI1C5", "FI193", "FI195", "FI197", "FI1D1", "FI1D9"]
TYPES = ["association", "company", "municipality", "university", "foundation", "other"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2000, help="rows of each file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kumppani-bench-directory-import-"))
    try:
        os.environ.update({"DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}", "KUMPPANI_VAR_DIR": str(folder),
                           "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "DEBUG": "0",
                           "SECURE_COOKIES": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings"})
        sys.path.insert(0, str(REPO))
        run(args.rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def business_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(7)]
        remainder = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if remainder != 1:
            return "".join(map(str, digits)) + f"-{0 if remainder == 0 else 11 - remainder}"


def organisation_file(count: int, rng: random.Random, website: str) -> bytes:
    lines = ["name,short_name,type,country,region,business_id,website,description_fi,themes"]
    ids: set[str] = set()
    while len(ids) < count:
        ids.add(business_id(rng))
    for number, identifier in enumerate(sorted(ids)):
        lines.append(f"Yhdistys {number} ry,Y{number},{rng.choice(TYPES)},FI,{rng.choice(REGIONS)},{identifier},"
                     f"{website}/{number},Kuvaus {number},tourism;energy")
    return ("\n".join(lines) + "\n").encode()


def people_file(count: int, rng: random.Random, phone: str) -> bytes:
    lines = ["name,title_fi,kind,organisation,organisation_country,email,phone,consent_to_publish,consent_date"]
    for number in range(count):
        lines.append(f"Henkilö {number},Asiantuntija,{rng.choice(['staff', 'partner'])},Yhdistys {number} ry,FI,"
                     f"henkilo{number}@example.test,{phone} {number},yes,2024-05-0{1 + number % 9}")
    return ("\n".join(lines) + "\n").encode()


def run(rows: int) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from kumppani.directory import transfer
    from kumppani.directory.models import Theme
    from kumppani.workspaces.models import Role, Workspace, WorkspaceMember

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated a fresh SQLite database in {time.perf_counter() - started:.1f} s")
    workspace = Workspace.objects.create(slug="bench", name="Bench Regional Council")
    actor = get_user_model().objects.create_user("bench-staff", "staff@example.test", None)
    WorkspaceMember.objects.create(workspace=workspace, user=actor, role=Role.STAFF)
    for slug in ("tourism", "energy"):
        Theme.objects.get_or_create(slug=slug, defaults={"name": {"fi": slug, "en": slug}})
    files = [
        ("organisations", "create", organisation_file(rows, random.Random(1), "https://a.example")),
        ("organisations", "unchanged", organisation_file(rows, random.Random(1), "https://a.example")),
        ("organisations", "update", organisation_file(rows, random.Random(1), "https://b.example")),
        ("people", "create", people_file(rows, random.Random(2), "+358 40")),
        ("people", "unchanged", people_file(rows, random.Random(2), "+358 40")),
        ("people", "update", people_file(rows, random.Random(2), "+358 50")),
    ]
    for what, expected, content in files:
        started, cpu = time.perf_counter(), time.process_time()
        report = transfer.apply(transfer.parse(content, what), workspace, actor)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        counts = {action: report.count(action) for action in ("create", "update", "unchanged")}
        if not report.is_valid or counts[expected] != rows:
            raise SystemExit(f"{what} ({expected}): unexpected report {counts}, errors {report.errors[:3]}")
        print(f"{what:13} {expected:9} {rows} rows: {seconds:6.2f} s ({rows / seconds:6.0f} rows/s), "
              f"CPU {cpu:6.2f} s")


if __name__ == "__main__":
    main()

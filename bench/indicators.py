"""How fast the strategy dashboard answers with 200,000 activities and 20,000 projects in one workspace.

    .venv/bin/python bench/indicators.py [--activities 200000] [--projects 20000] [--database sqlite|postgres|both]

Each database gets a fresh one of its own (never var/kumppani.sqlite3): an SQLite file in a temporary folder and a
throwaway PostgreSQL server started by scripts/with-postgres.sh, as in bench/directory.py. One workspace holds the
records (with partners, themes, networks, outputs, partnerships, good practices) and a strategy 2023-2027 with 20
indicators of mixed kinds; another workspace holds a tenth as many records that must never count.

Timed, as the median of --runs after a warm-up: values.dashboard(strategy, TODAY) (all 20 indicators with per-year
values achieved by TODAY and planned beside them, and status, computed by database aggregates) and the dashboard page
through the test client, signed in as staff. Next to them, the peer: a plain Python loop over the same records
(loaded with .values()) computing the same per-year numbers, achieved and planned, and a check that both agree. The
target is a median under 300 ms. Both databases: a few minutes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.directory import REPO, format_ms

TARGET_MS = 300.0
START, END = datetime.date(2023, 1, 1), datetime.date(2027, 12, 31)
# The bench's "today": late in the period, so every status occurs.
TODAY = datetime.date(2026, 6, 30)
COUNTRIES = ["FI", "EE", "LV", "LT", "SE", "NO", "DK", "DE"]
THEMES = ["tourism", "youth", "energy", "green-care", "culture"]
BATCH = 5000


def main() -> None:
    args = parse_args()
    if args.worker:
        worker(args)
        return
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results: list[dict[str, Any]] = []
    for database in databases:
        results += run_worker(database, args)
    print_table(results)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--projects", type=int, default=20_000)
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each probe, after the warm-up")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    return parser.parse_args()


def run_worker(database: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """The measurement in a child process of its own, against a fresh database of the given kind."""
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--results", str(results_file),
                   "--activities", str(args.activities), "--projects", str(args.projects), "--runs", str(args.runs),
                   "--seed", str(args.seed)]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1",
               "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "SECURE_COOKIES": "0",
               "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
               "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings", "ALLOWED_HOSTS": "testserver"}
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database} ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return list(json.loads(results_file.read_text()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def worker(args: argparse.Namespace) -> None:
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        sys.exit("The worker runs only under bench/indicators.py, against a database of its own.")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    if Path(str(settings.DATABASES["default"]["NAME"])) == REPO / "var" / "kumppani.sqlite3":
        sys.exit("Refusing to benchmark against var/kumppani.sqlite3.")
    call_command("migrate", verbosity=0)
    from kumppani.activities.models import Activity

    if Activity.objects.exists():
        sys.exit("The bench database is not empty: refusing to fill it.")
    started = time.perf_counter()
    rng = random.Random(args.seed)
    strategy, user = build(args.activities, args.projects, rng)
    print(f"{connection.vendor}: built in {time.perf_counter() - started:.1f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # A running server's autovacuum would have vacuumed and analysed the freshly loaded tables by now.
            cursor.execute("VACUUM ANALYZE")
    Path(args.results).write_text(json.dumps(measure(connection.vendor, strategy, user, args.runs)))


# ---------------------------------------------------------------- data


def _bulk(model: Any, objects: list[Any]) -> list[Any]:
    return model.objects.bulk_create(objects, batch_size=BATCH)


def _day(rng: random.Random, first: datetime.date = datetime.date(2021, 1, 1),
         last: datetime.date = datetime.date(2028, 12, 31)) -> datetime.date:
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def build(activity_count: int, project_count: int, rng: random.Random) -> tuple[Any, Any]:
    from django.contrib.auth import get_user_model

    from kumppani.directory.models import Organisation, Theme
    from kumppani.funding.models import Programme
    from kumppani.workspaces.models import FocusArea, Role, Workspace, WorkspaceMember

    workspace = Workspace.objects.create(slug="bench", name="Bench")
    other = Workspace.objects.create(slug="other", name="Other")
    user = get_user_model().objects.create_user("bench", "bench@example.test", "bench-password")
    WorkspaceMember.objects.create(workspace=workspace, user=user, role=Role.STAFF)
    themes = [Theme.objects.get_or_create(slug=slug, defaults={"name": {"fi": slug}})[0] for slug in THEMES]
    programmes = [Programme.objects.create(slug=f"programme-{i}", name={"fi": f"Ohjelma {i}"}, period_start=2021,
                                           period_end=2027) for i in range(5)]
    organisations = _bulk(Organisation, [Organisation(name=f"Organisation {i}", country=rng.choice(COUNTRIES),
                                                      type="network" if i < 40 else "association")
                                         for i in range(2000)])
    strategy = _strategy(workspace)
    areas = [FocusArea.objects.create(workspace=workspace, strategy=strategy, title={"fi": f"Ala {i}"})
             for i in range(4)]
    for target, share in [(workspace, 1), (other, 10)]:
        records = _records(target, activity_count // share, project_count // share, rng, organisations, themes,
                           programmes, areas if target == workspace else [])
        print(f"{target.slug}: {records}", flush=True)
    _indicators(strategy, areas, organisations, rng)
    return strategy, user


def _strategy(workspace: Any) -> Any:
    from kumppani.strategy.models import Strategy

    return Strategy.objects.create(workspace=workspace, name={"fi": "Strategia"}, starts_on=START, ends_on=END)


def _records(workspace: Any, activity_count: int, project_count: int, rng: random.Random, organisations: list[Any],
             themes: list[Any], programmes: list[Any], areas: list[Any]) -> str:
    from kumppani.activities.models import Activity, ActivityType
    from kumppani.directory.models import Membership, Partnership
    from kumppani.projects.models import Output, OutputKind, Project, ProjectPartner, Status
    from kumppani.results.models import GoodPractice, Uptake

    memberships = _bulk(Membership, [Membership(workspace=workspace, network=network, since=_day(rng, datetime.date(
        2015, 1, 1))) for network in organisations[:40]])
    _bulk(Partnership, [Partnership(workspace=workspace, organisation=organisation, since=_day(rng, datetime.date(
        2015, 1, 1))) for organisation in rng.sample(organisations[40:], 300)])
    projects = _bulk(Project, [Project(
        workspace=workspace, title={"fi": f"Hanke {i}"}, status=rng.choice(Status.values),
        programme=rng.choice([*programmes, None]), starts_on=_day(rng, datetime.date(2019, 1, 1)),
        total_budget=Decimal(rng.randrange(10_000, 2_000_000)), grant=Decimal(rng.randrange(5_000, 1_000_000)),
        focus_area=rng.choice([*areas, None])) for i in range(project_count)])
    _bulk(ProjectPartner, [ProjectPartner(project=project, organisation=organisation) for project in projects
                           for organisation in rng.sample(organisations, rng.randrange(0, 6))])
    _bulk(Project.themes.through, [Project.themes.through(project_id=project.pk, theme_id=rng.choice(themes).pk)
                                   for project in projects])
    _bulk(Output, [Output(project=rng.choice(projects), kind=rng.choice(OutputKind.values), title={"fi": "Tuotos"},
                          delivered_on=_day(rng)) for _ in range(project_count)])
    _bulk(GoodPractice, [GoodPractice(workspace=workspace, title={"fi": "Käytäntö"}, uptake=rng.choice(Uptake.values),
                                      source_country=rng.choice(COUNTRIES), taken_up_on=_day(rng))
                         for _ in range(project_count // 10)])
    activities = []
    for i in range(activity_count):
        participants = rng.randrange(0, 80)
        young = rng.randrange(0, participants + 1)
        women = rng.randrange(0, participants + 1)
        activities.append(Activity(
            workspace=workspace, type=rng.choice(ActivityType.values), title={"fi": f"Toiminta {i}"},
            starts_on=_day(rng), country=rng.choice(COUNTRIES), focus_area=rng.choice([*areas, None]),
            project=rng.choice(projects) if rng.random() < 0.3 else None,
            membership=rng.choice(memberships) if rng.random() < 0.2 else None,
            participants=participants, young_participants=young, women=women, men=participants - women,
            international=rng.random() < 0.4, youth_led=rng.random() < 0.1, crosses_area_types=rng.random() < 0.2,
            history_based=rng.random() < 0.05))
    activities = _bulk(Activity, activities)
    _bulk(Activity.themes.through, [Activity.themes.through(activity_id=activity.pk, theme_id=theme.pk)
                                    for activity in activities for theme in rng.sample(themes, rng.randrange(0, 3))])
    return f"{len(activities)} activities, {len(projects)} projects"


INDICATORS: list[tuple[str, str, dict[str, Any], bool]] = [
    ("activities", "count", {"type": ["workshop", "study_trip"], "international": True}, True),
    ("activities", "count", {"youth_led": True}, True),
    ("activities", "participants", {}, True),
    ("activities", "young_participants", {"international": True}, True),
    ("activities", "count", {"theme": ["tourism"]}, True),
    ("activities", "count", {"country": ["EE", "LV"]}, True),
    ("activities", "count", {"crosses_area_types": True}, False),
    ("activities", "participants", {"focus_area": "AREA"}, True),
    ("activities", "count", {"network": "NETWORK"}, True),
    ("activities", "count", {"history_based": True, "project_status": ["running"]}, True),
    ("projects", "count", {"status": ["running", "closed"]}, True),
    ("projects", "total_budget", {}, True),
    ("projects", "grant", {"programme": ["programme-1"]}, True),
    ("projects", "count", {"min_partners": 3}, True),
    ("projects", "count", {"partner_country": ["EE"], "new_in_period": True}, True),
    ("partnerships", "count", {"new_in_period": True}, True),
    ("memberships", "count", {"international": True}, True),
    ("outputs", "count", {"kind": ["product"]}, True),
    ("good_practices", "count", {"uptake": ["adopted", "spread"]}, True),
    ("manual", "count", {}, False),
]


def _indicators(strategy: Any, areas: list[Any], organisations: list[Any], rng: random.Random) -> None:
    from kumppani.strategy.definitions import clean_filters
    from kumppani.strategy.models import Indicator, ManualValue

    for position, (source, aggregate, filters, cumulative) in enumerate(INDICATORS):
        filters = {key: [str(areas[0].pk)] if value == "AREA" else [str(organisations[0].pk)]
                   if value == "NETWORK" else value for key, value in filters.items()}
        made = Indicator.objects.create(
            workspace=strategy.workspace, strategy=strategy, position=position, name={"fi": f"Mittari {position}"},
            source=source, aggregate=aggregate, filters=clean_filters(source, aggregate, filters),
            target=Decimal(rng.randrange(10, 100_000)), cumulative=cumulative, focus_area=rng.choice(areas))
        if source == "manual":
            for year in range(2023, 2027):
                ManualValue.objects.create(indicator=made, year=year, value=Decimal(year - 2020), source="bench")


# ---------------------------------------------------------------- the peer: a plain Python loop


Split = tuple[dict[int, Decimal], dict[int, Decimal]]  # achieved and planned per year


def peer(strategy: Any) -> dict[int, Split]:
    """The per-year numbers (achieved and planned as of TODAY) of the activity and project indicators, from records
    loaded into Python and looped."""
    from kumppani.activities.models import Activity
    from kumppani.projects.models import Project, ProjectPartner

    workspace = strategy.workspace
    activities: list[dict[str, Any]] = list(Activity.objects.filter(workspace=workspace).values(  # type: ignore[arg-type]
        "id", "type", "starts_on", "country", "focus_area_id", "participants", "young_participants",
        "international", "youth_led", "crosses_area_types", "history_based", "membership__network_id",
        "project__status"))
    themes: dict[int, set[str]] = defaultdict(set)
    for activity_id, slug in Activity.themes.through.objects.filter(activity__workspace=workspace).values_list(
            "activity_id", "theme__slug"):
        themes[activity_id].add(slug)
    projects: list[dict[str, Any]] = list(Project.objects.filter(workspace=workspace).values(  # type: ignore[arg-type]
        "id", "status", "starts_on", "ends_on", "programme__slug", "total_budget", "grant"))
    partners: dict[int, list[str]] = defaultdict(list)
    for project_id, country in ProjectPartner.objects.filter(project__workspace=workspace).values_list(
            "project_id", "organisation__country"):
        partners[project_id].append(country)
    found: dict[int, Split] = {}
    for indicator in strategy.indicators.all():
        if indicator.source == "activities":
            found[indicator.pk] = _loop(indicator, activities, partial(_activity_matches, filters=indicator.filters,
                                                                       themes=themes), "starts_on")
        elif indicator.source == "projects":
            found[indicator.pk] = _loop(indicator, projects, partial(_project_matches, filters=indicator.filters,
                                                                     partners=partners),
                                        "starts_on", ongoing=not indicator.filters.get("new_in_period"),
                                        by_status="status" not in indicator.filters)
    return found


HAPPENED, PIPELINE = {"approved", "running", "closed"}, {"idea", "preparing", "submitted"}


def _state(row: dict[str, Any], day: datetime.date, by_status: bool) -> str | None:
    """"achieved", "planned" or None (a rejected project) as of TODAY, as the engine's rule says."""
    if by_status and row["status"] not in HAPPENED:
        return "planned" if row["status"] in PIPELINE else None
    return "achieved" if day <= TODAY else "planned"


def _loop(indicator: Any, rows: list[dict[str, Any]], matches: Callable[[dict[str, Any]], bool], on: str,
          ongoing: bool = False, by_status: bool = False) -> Split:
    split = {state: {year: Decimal(0) for year in range(START.year, END.year + 1)}
             for state in ("achieved", "planned")}
    summed = {"participants": "participants", "young_participants": "young_participants",
              "total_budget": "total_budget", "grant": "grant"}.get(indicator.aggregate)
    for row in rows:
        day = row[on]
        if day is None or day > END or (day < START and not (ongoing and (row["ends_on"] is None
                                                                        or row["ends_on"] >= START))):
            continue
        state = _state(row, day, by_status)
        if state and matches(row):
            split[state][max(day.year, START.year)] += (row[summed] or 0) if summed else 1
    return split["achieved"], split["planned"]


def _activity_matches(row: dict[str, Any], filters: dict[str, Any], themes: dict[int, set[str]]) -> bool:
    checks = {
        "type": lambda v: row["type"] in v, "country": lambda v: row["country"] in v,
        "theme": lambda v: bool(themes[row["id"]] & set(v)),
        "focus_area": lambda v: str(row["focus_area_id"]) in v,
        "network": lambda v: str(row["membership__network_id"]) in v,
        "project_status": lambda v: row["project__status"] in v,
    }
    return all(checks[key](value) if key in checks else row[key] == value for key, value in filters.items())


def _project_matches(row: dict[str, Any], filters: dict[str, Any], partners: dict[int, list[str]]) -> bool:
    checks = {
        "status": lambda v: row["status"] in v, "programme": lambda v: row["programme__slug"] in v,
        "min_partners": lambda v: len(partners[row["id"]]) >= v,
        "partner_country": lambda v: bool(set(partners[row["id"]]) & set(v)),
        "new_in_period": lambda v: True,
    }
    return all(checks[key](value) for key, value in filters.items())


# ---------------------------------------------------------------- timing


def median_ms(probe: Callable[[], Any], runs: int, warm_up: int = 2) -> tuple[float, float]:
    for _ in range(warm_up):
        probe()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        probe()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def measure(vendor: str, strategy: Any, user: Any, runs: int) -> list[dict[str, Any]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse

    from kumppani.strategy import values

    computed = dict(values.dashboard(strategy, TODAY))
    looped = peer(strategy)
    disagreeing = [i.pk for i, v in computed.items()
                   if i.pk in looped and looped[i.pk] != (v.per_year, v.planned_per_year)]
    with CaptureQueriesContext(connection) as captured:
        values.dashboard(strategy, TODAY)
    results = []
    engine = median_ms(lambda: values.dashboard(strategy, TODAY), runs)
    peer_time = median_ms(lambda: peer(strategy), max(3, runs // 5), warm_up=1)
    results.append({"database": vendor, "probe": "values.dashboard()", "median": engine[0], "p95": engine[1],
                    "queries": len(captured), "peer": peer_time[0], "checked": len(looped),
                    "disagreeing": disagreeing})
    try:
        url = reverse("strategy:strategy_dashboard", kwargs={"workspace": "bench", "pk": strategy.pk})
    except NoReverseMatch:
        return results
    url += f"?as_of={TODAY.year}"  # the end of that year: later than TODAY, so as of the real today (the page's rule)
    client = Client()
    client.force_login(user)
    status = client.get(url).status_code
    page = median_ms(lambda: client.get(url), runs)
    results.append({"database": vendor, "probe": f"dashboard page (HTTP {status})", "median": page[0],
                    "p95": page[1], "queries": None, "peer": None, "checked": None, "disagreeing": []})
    return results


def print_table(results: list[dict[str, Any]]) -> None:
    header = ["database", "probe", "median ms", "p95 ms", f"< {TARGET_MS:.0f} ms", "queries", "peer loop ms"]
    rows = [[row["database"], row["probe"], format_ms(row["median"]), format_ms(row["p95"]),
             "yes" if row["median"] < TARGET_MS else "NO", "" if row["queries"] is None else str(row["queries"]),
             format_ms(row["peer"]) if row["peer"] is not None else "–"] for row in results]
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    print("\nmedian, p95: 20 indicators (values per year, total, share of target and of the period, status).")
    print("peer loop: the same per-year numbers of the 15 activity and project indicators by a plain Python loop "
          "over the records loaded with .values().\n")
    for line in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(cell.rjust(width) if i >= 2 else cell.ljust(width)
                        for i, (cell, width) in enumerate(zip(line, widths, strict=True))))
    for row in results:
        if row["checked"] is not None:
            verdict = "all agree" if not row["disagreeing"] else f"DISAGREE on {row['disagreeing']}"
            print(f"{row['database']}: engine and loop checked on {row['checked']} indicators: {verdict}")


if __name__ == "__main__":
    main()

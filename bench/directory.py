"""How fast the organisation search and the public page answer with 100,000 organisations and 20,000 people.

    .venv/bin/python bench/directory.py [--orgs 100000] [--people 20000] [--database sqlite|postgres|both]

Each database gets a fresh one of its own, never var/kumppani.sqlite3: an SQLite file in a temporary folder,
and a throwaway PostgreSQL server started by scripts/with-postgres.sh. The organisation names are synthesised
from the real beneficiary names in ../shared/data (read here, at bench time, not copied into the repository).
Pages are fetched through Django's test client, signed in as a staff user, after a warm-up, in rounds (one
request of each page per round). Next to each search: the page's own two queries (count and first page, through
the selector) and the peer, the plain Django query `Organisation.objects.filter(name__icontains=term)` (its count
and first page). The target is a median under 150 ms. A full run of both databases takes a few minutes.

    --explain               print the plans of the search queries (EXPLAIN ANALYZE on PostgreSQL)
    --without-search-index  drop the substring index (kumppani/directory/search_index.py) to see what it is worth
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("KUMPPANI_SHARED_DATA", REPO.parent / "shared" / "data"))
TARGET_MS = 150.0
WORKSPACE = "bench"
NONE_MATCHING = "qxzvykq"

# (file under the shared data folder, country, columns naming an organisation, CSV delimiter)
SOURCES = [
    ("eu-structural-funds/fi_erdf_esf_2007-2013.csv.gz", "FI", ["Toteuttajan nimi"], ","),
    ("eu-structural-funds/fi_erdf_esf_2014-2020.csv.gz", "FI", ["Toteuttajan nimi"], ","),
    ("eu-structural-funds/dk_erdf_2007-2013.csv.gz", "DK", ["navn"], ","),
    ("eu-structural-funds/dk_erdf_esf_2014-2020.csv.gz", "DK", ["Kontraktansvarlig partner / Beneficiary name"], ","),
    ("eu-structural-funds/lt_applications_2014-2020.csv.gz", "LT", ["Pareiškėjas/ Vykdytojas"], ","),
    ("eu-structural-funds/lv_all_funds_2014-2020.csv.gz", "LV", ["Finansējuma saņēmējs"], ","),
    ("norway-eu-grants/dataset.csv", "NO", ["Organisasjonsnavn"], ";"),
    ("eu-structural-funds/se_erdf_2014-2020.json.gz", "SE", ["stödmottagare"], ""),
]
# Share of the synthesised names per country: roughly the sources' sizes, capped where few names exist.
COUNTRY_WEIGHTS = {"FI": 58, "LT": 18, "NO": 10, "DK": 6, "SE": 6, "LV": 2}
# Words that tell an organisation's type, in the sources' languages.
TYPE_WORDS = [
    ("university", ["yliopisto", "university", "universitet", "universitetas", "universitāte", "korkeakoulu",
                    "høgskole", "högskola", "kolegija"]),
    ("municipality", ["kunta", "kaupunki", "kommune", "kommun", "savivaldybė", "novada", "pašvaldība"]),
    ("regional_council", ["maakuntaliitto", "liitto", "region ", "landsting", "fylkeskommune", "plānošanas"]),
    ("school", ["koulutus", "opisto", "skole", "skola", "mokykla", "skolen", "akademi"]),
    ("research", ["tutkimus", "forskning", "institutt", "institut", "centras", "sintef", "centrs"]),
    ("foundation", ["säätiö", "fond", "stiftelse", "stiftelsen", "fondas", "fonds"]),
    ("association", [" ry ", "yhdistys", "forening", "förening", "asociacija", "biedrība", "ekonomisk fören"]),
    ("chamber", ["kauppakamari", "chamber", "handelskammer", "rūmai", "kamer"]),
    ("public_body", ["ely-keskus", "ministeriö", "ministerija", "ministrija", "virasto", "styrelse", "verket",
                     "agentūra", "aģentūra", "direktorat"]),
    ("company", [" oy", " oyj", " ab", " as", " a/s", " aps", "uab", " sia", "ab ", "akcinė", " asa"]),
]
# Real European networks that regional organisations belong to: the workspace's memberships.
NETWORKS = [
    ("European Regions Research and Innovation Network", "ERRIN"),
    ("European Federation of Agencies and Regions for Energy and the Environment", "FEDARENE"),
    ("European LEADER Association for Rural Development", "ELARD"),
    ("Eesti Külaliikumine Kodukant", "Kodukant"),
    ("Conference of Peripheral Maritime Regions", "CPMR"),
    ("Association of European Border Regions", "AEBR"),
    ("European Network of Living Labs", "ENoLL"),
    ("European Association of Development Agencies", "EURADA"),
    ("Baltic Sea States Subregional Co-operation", "BSSSC"),
    ("Euromontana", ""), ("Union of the Baltic Cities", "UBC"), ("Rural Youth Europe", ""),
    ("Baltic Sea Commission", ""), ("Eurocities", ""), ("European Rural Parliament", "ERP"),
    ("PREPARE Partnership for Rural Europe", "PREPARE"), ("West Finland European Office", "WFEO"),
    ("Finnish-Russian Chamber of Commerce", "FRCC"), ("Vanguard Initiative", ""),
    ("Nordic Council of Ministers' Office in Estonia", ""),
]
THEMES = [
    ("tourism", "Matkailu", "Tourism"), ("green-care", "Green Care", "Green Care"), ("youth", "Nuoret", "Youth"),
    ("energy", "Energia", "Energy"), ("fisheries", "Kalatalous", "Fisheries"),
    ("creative-economy", "Luova talous", "Creative economy"),
    ("education-export", "Koulutusvienti", "Education export"),
    ("rural-development", "Maaseudun kehittäminen", "Rural development"),
    ("innovation", "Innovaatiot", "Innovation"), ("circular-economy", "Kiertotalous", "Circular economy"),
    ("culture", "Kulttuuri", "Culture"), ("digitalisation", "Digitalisaatio", "Digitalisation"),
]
FIRST_NAMES = ["Aino", "Eero", "Liisa", "Mikko", "Sari", "Juha", "Anna", "Timo", "Maria", "Pekka", "Kaisa", "Jari",
               "Ingrid", "Lars", "Karin", "Erik", "Kristiina", "Tõnu", "Mari", "Rasmus", "Rūta", "Jonas", "Ilze",
               "Jānis", "Sofie", "Mads", "Helena", "Ville", "Elina", "Antti", "Päivi", "Heikki", "Marja", "Olli"]
LAST_NAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
              "Järvinen", "Lehtonen", "Tamm", "Saar", "Sepp", "Kask", "Andersson", "Johansson", "Hansen", "Nielsen",
              "Olsen", "Berzina", "Kalniņš", "Kazlauskas", "Petrauskaitė", "Lindqvist", "Salminen", "Rantanen",
              "Peltonen", "Kallio", "Turunen", "Lindroos"]
TITLES = [("Kehittämispäällikkö", "Development manager"), ("Toiminnanjohtaja", "Executive director"),
          ("Hankekoordinaattori", "Project coordinator"),
          ("Kansainvälisten asioiden päällikkö", "Head of international affairs"),
          ("Hallituksen jäsen", "Board member"), ("Maakuntahallituksen jäsen", "Member of the regional board"),
          ("Asiantuntija", "Specialist"), ("Tutkija", "Researcher")]


# ---------------------------------------------------------------- orchestration


def main() -> None:
    args = parse_args()
    if args.worker:
        worker(args)
        return
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results: list[dict[str, Any]] = []
    failed = []
    for database in databases:
        try:
            results += run_worker(database, args)
        except subprocess.CalledProcessError:
            failed.append(database)
    if results:
        print_table(results)
    if failed:
        sys.exit(f"The run on {', '.join(failed)} failed: see its output above.")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, default=100_000, help="organisations in the directory")
    parser.add_argument("--people", type=int, default=20_000, help="people, over two workspaces")
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page, after the warm-up")
    parser.add_argument("--explain", action="store_true", help="print the query plans of the search")
    parser.add_argument("--without-search-index", action="store_true",
                        help="drop the substring index after migrating, to see what it is worth")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--results", help=argparse.SUPPRESS)
    return parser.parse_args()


def run_worker(database: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Run the measurement in a child process of its own, against a fresh database of the given kind."""
    folder = Path(tempfile.mkdtemp(prefix=f"kumppani-bench-{database}-"))
    try:
        results_file = folder / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--results", str(results_file),
                   "--orgs", str(args.orgs), "--people", str(args.people), "--requests", str(args.requests),
                   "--seed", str(args.seed), *(["--explain"] if args.explain else []),
                   *(["--without-search-index"] if args.without_search_index else [])]
        env = {**os.environ, "KUMPPANI_VAR_DIR": str(folder), "KUMPPANI_BENCH": "1",
               "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"), "SECURE_COOKIES": "0",
               "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
               "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "kumppani.settings"}
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
        else:
            env.pop("DATABASE_URL", None)
            command = [str(REPO / "scripts" / "with-postgres.sh"), *command]
        print(f"\n=== {database} ===", flush=True)
        subprocess.run(command, env=env, cwd=REPO, check=True)
        return json.loads(results_file.read_text())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def worker(args: argparse.Namespace) -> None:
    if os.environ.get("KUMPPANI_BENCH") != "1" or not os.environ.get("DATABASE_URL"):
        sys.exit("The worker runs only under bench/directory.py, against a database of its own.")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    if Path(str(settings.DATABASES["default"]["NAME"])) == REPO / "var" / "kumppani.sqlite3":
        sys.exit("Refusing to benchmark against var/kumppani.sqlite3.")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if args.without_search_index:
        drop_search_index()
    from kumppani.directory.models import Organisation

    if Organisation.objects.exists():
        sys.exit("The bench database is not empty: refusing to fill it.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()" if connection.vendor == "sqlite" else "SHOW server_version")
        version = cursor.fetchone()[0]
    print(f"{connection.vendor} {version}: migrated in {time.perf_counter() - started:.1f} s, "
          f"search index: {search_index_in_use()}", flush=True)
    terms = build(args.orgs, args.people, random.Random(args.seed))
    if connection.vendor == "postgresql":
        # A running server's autovacuum would have analysed the freshly loaded tables by now.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    load_before = os.getloadavg()[0]
    results = measure(connection.vendor, terms, args.requests, args.explain)
    for row in results:
        row.update(load=[load_before, os.getloadavg()[0]], search_index=search_index_in_use())
    Path(args.results).write_text(json.dumps(results))


def drop_search_index() -> None:
    from django.db import connection

    from kumppani.directory import search_index

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for trigger in search_index.SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER {trigger}")
            cursor.execute(f"DROP TABLE {search_index.FTS_TABLE}")
        else:
            cursor.execute("DROP INDEX organisation_search_trgm_idx")


def search_index_in_use() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'directory_organisation_search'")
            return "FTS5 trigram table" if cursor.fetchone() else "none (LIKE scans the table)"
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'organisation_search_trgm_idx'")
        return "pg_trgm GIN index" if cursor.fetchone() else "none (LIKE scans the table)"


# ---------------------------------------------------------------- data


def source_names() -> dict[str, list[tuple[str, str]]]:
    """The distinct real organisation names per country, with a short name where the source has one."""
    names: dict[str, dict[str, tuple[str, str]]] = collections.defaultdict(dict)
    for path, country, columns, delimiter in SOURCES:
        for row in read_rows(SHARED_DATA / path, delimiter):
            short = " ".join(str(row.get("Kortnavn") or "").split())[:60]
            for column in columns:
                name = " ".join(str(row.get(column) or "").split())
                if 3 <= len(name) <= 200:
                    names[country].setdefault(name.casefold(), (name, short))
    return {country: list(found.values()) for country, found in names.items()}


def read_rows(path: Path, delimiter: str) -> Iterator[dict[str, Any]]:
    if not path.exists():
        sys.exit(f"Missing {path}: the bench reads real organisation names from ../shared/data.")
    opener: Callable[..., Any] = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as handle:
        if not delimiter:
            yield from json.load(handle)
        else:
            yield from csv.DictReader(handle, delimiter=delimiter)


def organisation_names(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(name, short name, country): every real name first, then new ones that join the head of one real
    name of a country to the tail of another ("Helsingin" + "ammattikorkeakoulu Oy")."""
    real = source_names()
    chosen = [(name, short, country) for country, names in sorted(real.items()) for name, short in names]
    rng.shuffle(chosen)
    chosen = chosen[:count]
    seen = {(name.casefold(), country) for name, _short, country in chosen}
    countries = list(COUNTRY_WEIGHTS)
    weights = list(COUNTRY_WEIGHTS.values())
    words = {country: [name.split() for name, _short in names if len(name.split()) >= 2]
             for country, names in real.items()}
    while len(chosen) < count:
        country = rng.choices(countries, weights)[0]
        for _attempt in range(20):
            head, tail = rng.choice(words[country]), rng.choice(words[country])
            cut = 1 if len(head) < 4 else 2
            name = " ".join(head[:cut] + tail[min(cut, len(tail) - 1):])
            if len(name) <= 200 and (name.casefold(), country) not in seen:
                seen.add((name.casefold(), country))
                chosen.append((name, "", country))
                break
    return chosen


def organisation_type(name: str) -> str:
    text = f" {name.casefold()} "
    for kind, words in TYPE_WORDS:
        if any(word in text for word in words):
            return kind
    return "other"


def finnish_business_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(7)]
        remainder = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if remainder != 1:
            return "".join(map(str, digits)) + f"-{0 if remainder == 0 else 11 - remainder}"


def build(org_count: int, people_count: int, rng: random.Random) -> dict[str, str]:
    """Fill the database; return the search terms to time (common, rare, none-matching)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from kumppani.workspaces.models import Role, Workspace, WorkspaceMember

    started = time.perf_counter()
    with transaction.atomic():
        themes = build_themes()
        organisations = build_organisations(org_count, rng, themes)
        workspace = Workspace.objects.create(
            slug=WORKSPACE, name="Bench Regional Council", public=True,
            intro={"fi": "Kansainvälinen toiminta vie alueen osaamista maailmalle.",
                   "en": "International work takes the region's know-how abroad."})
        other = Workspace.objects.create(slug=f"{WORKSPACE}-other", name="Another Council")
        staff = get_user_model().objects.create_user("bench-staff", "staff@example.test", None)
        WorkspaceMember.objects.create(workspace=workspace, user=staff, role=Role.STAFF)
        people = build_people(people_count, rng, [workspace, other], organisations)
        build_public_page(workspace, rng, organisations, themes, [p for p in people if p.workspace_id == workspace.pk])
    print(f"built {org_count} organisations, {people_count} people in {time.perf_counter() - started:.1f} s",
          flush=True)
    return search_terms([org.normalised_name for org in organisations], rng)


def build_themes() -> list[Any]:
    from kumppani.directory.models import Theme

    return Theme.objects.bulk_create([Theme(slug=slug, name={"fi": fi, "en": en}) for slug, fi, en in THEMES])


def build_organisations(count: int, rng: random.Random, themes: list[Any]) -> list[Any]:
    from kumppani.directory.models import Organisation, Region

    regions: dict[str, list[int]] = collections.defaultdict(list)
    for pk, country in Region.objects.filter(level=3).values_list("pk", "country"):
        regions[country].append(pk)
    names = [(name, short, "EU") for name, short in NETWORKS] + organisation_names(count - len(NETWORKS), rng)
    organisations: list[Organisation] = []
    for name, short, country in names:
        org = Organisation(name=name, short_name=short, country="BE" if country == "EU" else country,
                           type="network" if country == "EU" else organisation_type(name),
                           region_id=rng.choice(regions[country]) if regions.get(country) else None,
                           pic=str(rng.randrange(10**8, 10**9)) if rng.random() < 0.2 else "",
                           business_id=finnish_business_id(rng) if country == "FI" and rng.random() < 0.5 else "",
                           website=f"https://www.example-{len(organisations)}.test/" if rng.random() < 0.3 else "")
        org.refresh_derived_fields()
        organisations.append(org)
    created = Organisation.objects.bulk_create(organisations, batch_size=2000)
    links = [Organisation.themes.through(organisation_id=org.pk, theme_id=theme.pk)
             for org in created if rng.random() < 0.4 for theme in rng.sample(themes, rng.randint(1, 2))]
    Organisation.themes.through.objects.bulk_create(links, batch_size=5000)
    return created


def build_people(count: int, rng: random.Random, workspaces: list[Any], organisations: list[Any]) -> list[Any]:
    from kumppani.directory.models import Person
    from kumppani.directory.normalise import normalise_name

    people = []
    for number in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        fi, en = rng.choice(TITLES)
        consents = rng.random() < 0.3
        person = Person(workspace=workspaces[0] if number % 10 < 7 else workspaces[1], name=f"{first} {last}",
                        title={"fi": fi, "en": en}, kind=rng.choice(["staff", "elected", "partner"]),
                        organisation=rng.choice(organisations), email=f"{first}.{last}.{number}@example.test".lower(),
                        phone=f"+358 40 {rng.randrange(1000000, 9999999)}", consent_to_publish=consents,
                        consent_date=datetime.date(2025, 1, 15) if consents else None)
        person.normalised_name = normalise_name(person.name)
        people.append(person)
    return Person.objects.bulk_create(people, batch_size=2000)


def build_public_page(workspace: Any, rng: random.Random, organisations: list[Any], themes: list[Any],
                      people: list[Any]) -> None:
    """The content of the workspace's public page: partners, memberships, contact persons, focus areas."""
    from kumppani.directory.models import Membership, Partnership, Representation
    from kumppani.workspaces.models import FocusArea

    FocusArea.objects.bulk_create([
        FocusArea(workspace=workspace, position=number, title={"fi": f"Painopiste {number}", "en": f"Focus {number}"},
                  body={"fi": "Yritysten ja innovaatioiden yhteydet verkostojen kautta.",
                        "en": "Business and innovation links through networks."}) for number in range(1, 4)])
    partners = rng.sample(organisations[len(NETWORKS):], 200)
    partnerships = Partnership.objects.bulk_create([
        Partnership(workspace=workspace, organisation=org, since=datetime.date(rng.randint(2005, 2025), 1, 1),
                    description={"fi": "Yhteistyötä vuodesta alkaen.", "en": "Cooperation for years."})
        for org in partners])
    Partnership.themes.through.objects.bulk_create([
        Partnership.themes.through(partnership_id=partnership.pk, theme_id=theme.pk)
        for partnership in partnerships for theme in rng.sample(themes, rng.randint(1, 3))])
    memberships = Membership.objects.bulk_create([
        Membership(workspace=workspace, network=org, since=datetime.date(rng.randint(1995, 2024), 1, 1),
                   description={"fi": "Jäsenyys tuo tietoa rahoituksesta.", "en": "News of funding."})
        for org in organisations[:len(NETWORKS)]])
    contacts = [person for person in people if person.consent_to_publish]
    roles = ["contact", "representative", "deputy"]
    representations = [Representation(workspace=workspace, person=rng.choice(contacts), role=rng.choice(roles),
                                       membership=membership, position=position)
                       for membership in memberships for position in range(rng.randint(1, 2))]
    representations += [Representation(workspace=workspace, person=rng.choice(contacts), role="contact", theme=theme)
                        for theme in themes]
    Representation.objects.bulk_create(representations)


def search_terms(normalised_names: list[str], rng: random.Random) -> dict[str, str]:
    """The most common word, a rare one (in three organisations, drawn at random) and one that matches nothing."""
    counts = collections.Counter(word for name in normalised_names for word in set(name.split()) if len(word) >= 5)
    common = counts.most_common(1)[0][0]
    rare_words = sorted(word for word, found in counts.items() if found == 3 and word.isalpha())
    return {"common": common, "rare": rng.choice(rare_words) if rare_words else common, "none": NONE_MATCHING}


# ---------------------------------------------------------------- measurement


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fetcher(client: Any, url: str) -> Callable[[], Any]:
    def fetch() -> Any:
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        return response

    return fetch


def peer_query(term: str) -> Callable[[], Any]:
    """The plain Django ORM search: a case-insensitive substring match on the name, count and first page."""
    from kumppani.directory.models import Organisation

    def query() -> tuple[int, list[Any]]:
        found = Organisation.objects.filter(name__icontains=term)
        return found.count(), list(found.order_by("name", "id")[:25])

    return query


def own_query(term: str) -> Callable[[], Any]:
    """The same two queries as the organisation list runs them: count and first page, through the selector."""
    from kumppani.directory import selectors

    def query() -> tuple[int, list[Any]]:
        found = selectors.organisations({"q": term})
        return found.count(), list(found[:25])

    return query


def measure(vendor: str, terms: dict[str, str], repeats: int, explain_plans: bool) -> list[dict[str, Any]]:
    """Time every page and query in rounds (one of each per round), so that a busy moment of the machine falls
    on all of them alike rather than on one page."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-staff"))
    rows: list[dict[str, Any]] = [
        {"page": f"organisations, search {kind} «{term}»", "url": f"/w/{WORKSPACE}/organisations/?q={term}",
         "term": term} for kind, term in terms.items()
    ]
    rows += [{"page": "organisations, no search", "url": f"/w/{WORKSPACE}/organisations/", "term": None},
             {"page": "public page", "url": f"/p/{WORKSPACE}/", "term": None}]
    probes: dict[tuple[int, str], Callable[[], Any]] = {}
    for number, row in enumerate(rows):
        row.update(database=vendor, matches=None)
        if explain_plans and row["term"] is not None:
            explain(client, row["url"])
        try:
            fetcher(client, row["url"])()
            probes[number, "page"] = fetcher(client, row["url"])
        except Exception as error:  # a page that fails is reported in the table, not hidden
            row["error"] = str(error)[:160]
        if row["term"] is not None:
            probes[number, "query"], probes[number, "peer"] = own_query(row["term"]), peer_query(row["term"])
            row.update(matches=probes[number, "query"]()[0], peer_matches=probes[number, "peer"]()[0])
    times = time_in_rounds(probes, repeats)
    for (number, kind), measured in times.items():
        rows[number][f"{kind}_median"] = statistics.median(measured)
        rows[number][f"{kind}_p95"] = percentile(measured, 0.95)
    for row in rows:
        print(f"  {row['page']}: {format_ms(row.get('page_median'))} ms median", flush=True)
    return rows


def time_in_rounds(probes: dict[Any, Callable[[], Any]], repeats: int, warm_up: int = 3) -> dict[Any, list[float]]:
    for _ in range(warm_up):
        for call in probes.values():
            call()
    times: dict[Any, list[float]] = {key: [] for key in probes}
    for _ in range(repeats):
        for key, call in probes.items():
            started = time.perf_counter()
            call()
            times[key].append((time.perf_counter() - started) * 1000)
    return times


def explain(client: Any, url: str) -> None:
    """The plans of the queries that the page runs on the organisations (the paginator's count, the page)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    prefix = "EXPLAIN ANALYZE" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
    for query in captured.captured_queries:
        if 'FROM "directory_organisation"' in query["sql"]:
            with connection.cursor() as cursor:
                cursor.execute(f"{prefix} {query['sql']}")
                plan = "\n".join(" ".join(str(cell) for cell in row) for row in cursor.fetchall())
            print(f"\n{query['sql']}\n{plan}", flush=True)


def format_ms(value: float | None) -> str:
    return "failed" if value is None else f"{value:.1f}"


def print_table(results: list[dict[str, Any]]) -> None:
    header = ["database", "page", "matches", "median ms", "p95 ms", f"< {TARGET_MS:.0f} ms", "its queries ms",
              "peer ms", "peer p95 ms", "peer matches"]
    rows = []
    for row in results:
        median = row.get("page_median")
        verdict = "FAILED" if median is None else ("yes" if median < TARGET_MS else "NO")
        searched = "peer_median" in row
        rows.append([row["database"], row["page"], str(row["matches"]) if searched else "",
                     format_ms(median), format_ms(row.get("page_p95")), verdict,
                     format_ms(row["query_median"]) if searched else "–",
                     format_ms(row["peer_median"]) if searched else "–",
                     format_ms(row["peer_p95"]) if searched else "–",
                     str(row["peer_matches"]) if searched else ""])
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    print("\nmedian, p95: the whole page through the test client, signed in as staff, after a warm-up.")
    print("its queries: the page's own two queries (count, first page of 25) through the selector, in the ORM.")
    print("peer: Organisation.objects.filter(name__icontains=term), its count and first page of 25, in the ORM.\n")
    for line in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(cell.rjust(width) if i >= 2 else cell.ljust(width)
                        for i, (cell, width) in enumerate(zip(line, widths, strict=True))))
    for row in results:
        if row.get("error"):
            print(f"{row['database']} {row['page']}: {row['error']}")
    for database in dict.fromkeys(row["database"] for row in results):
        first = next(row for row in results if row["database"] == database)
        print(f"{database}: search index: {first['search_index']}; load average {first['load'][0]:.2f} before the "
              f"timing, {first['load'][1]:.2f} after ({os.cpu_count()} CPUs; other work slows every figure alike).")
    missed = [row for row in results if row.get("page_median") is None or row["page_median"] >= TARGET_MS]
    print(f"\n{'Every page is' if not missed else f'{len(missed)} page(s) are not'} under the "
          f"{TARGET_MS:.0f} ms median target.")


if __name__ == "__main__":
    main()

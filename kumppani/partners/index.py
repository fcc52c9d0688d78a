"""Writing the partner-search index: organisation profiles → terms, postings, profile lengths and statistics.

`reindex_public` and `reindex_workspace` replace the postings of a few organisations inside the caller's
transaction (follow.py calls them after each commit, for the organisations its events concern); `rebuild`
recomputes everything with bulk inserts (COPY on PostgreSQL), the impact index dropped during the load and made
again after it.
"""

import contextlib
import functools
import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, models, transaction

from kumppani.directory.models import Organisation, OrganisationNote, Region, Theme
from kumppani.partners import analysis, embeddings, facets, scoring
from kumppani.partners.models import IndexStats, Posting, Profile, Term, WorkspacePosting, WorkspaceProfile
from kumppani.projects.models import Project, ProjectPartner

BATCH = 500
PROJECT_BATCH = 900  # ids per IN list (SQLite allows 999 parameters in old builds)
MAX_TERM = 64
IMPACT_INDEX = "partners_posting_impact_idx"
POSTING_COLUMNS = ["organisation_id", "term_id", "tf", "length", "impact", "filter_key"]
PROFILE_COLUMNS = ["organisation_id", "length", "projects"]
TERM_BATCH = 2000
REINDEX_BATCH = 2000  # organisations per step (IN lists stay under SQLite's 32,766 parameters)

Progress = Callable[[str], Any]
Lookups = dict[str, Any]

@dataclass
class ProfileTerms:
    terms: Counter[str] = field(default_factory=Counter)
    projects: int = 0
    filter_key: int = facets.NONE  # the organisation's country, type and region (facets.py)

    @property
    def length(self) -> float:
        return float(sum(self.terms.values()))


def _on(prefix: str, organisations: Lookups) -> Lookups:
    """Organisation lookups ({"pk__in": …}) restated on a related model's organisation field."""
    return {key.replace("pk", prefix, 1): value for key, value in organisations.items()}


def theme_terms() -> dict[int, list[str]]:
    """Every theme's terms (all its names), by theme id."""
    return {pk: analysis.analyse_translated(name) for pk, name in Theme.objects.values_list("pk", "name")}


class _ProjectTerms:
    """Each project's terms, computed once per batch however many partners share it."""

    def __init__(self) -> None:
        self.themes = theme_terms()
        self.by_project: dict[int, list[str]] = {}

    def of(self, project_id: int, title: Any, summary: Any, theme_ids: list[int]) -> list[str]:
        terms = self.by_project.get(project_id)
        if terms is None:
            terms = _translated_terms(title) + _translated_terms(summary)
            for theme_id in theme_ids:
                terms += self.themes.get(theme_id, [])
            self.by_project[project_id] = terms
        return terms


def _translated_terms(value: dict[str, str] | None) -> list[str]:
    terms: list[str] = []
    for language, text in (value or {}).items():
        if text:
            terms.extend(_text_terms(text, language))
    return terms


@functools.lru_cache(maxsize=65_536)
def _text_terms(text: str, language: str) -> tuple[str, ...]:
    """Cached per text: titles repeat across a programme's calls and projects (and in synthesised data)."""
    return tuple(analysis.analyse(text, language))


def batches(items: list[Any], size: int = BATCH) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def public_profiles(organisations: Lookups, projects: _ProjectTerms | None = None) -> dict[int, ProfileTerms]:
    """The public profiles of the organisations the lookups select (on "pk")."""
    projects = projects or _ProjectTerms()
    profiles: dict[int, ProfileTerms] = {}
    for pk, description, country, type_, region_id in Organisation.objects.filter(**organisations).values_list(
            "pk", "description", "country", "type", "region_id"):
        profiles[pk] = ProfileTerms(Counter(analysis.analyse_translated(description)),
                                    filter_key=facets.pack(country, type_, region_id))
    through = Organisation.themes.through
    for organisation_id, theme_id in through.objects.filter(**_on("organisation_id", organisations)).values_list(
            "organisation_id", "theme_id"):
        profiles[organisation_id].terms.update(projects.themes.get(theme_id, []))
    pairs = ProjectPartner.objects.filter(**_on("organisation_id", organisations)).values_list(
        "organisation_id", "project_id")
    _add_projects(profiles, list(pairs), projects, None)
    return profiles


def _add_projects(profiles: dict[int, ProfileTerms], pairs: list[tuple[int, int]], projects: _ProjectTerms,
                  workspace_id: int | None) -> None:
    """Add the terms of the projects (of this workspace, or public) in the (organisation, project) pairs.

    Projects are read by primary key and their workspace checked here: a join on the workspace lets SQLite's
    planner walk every project of the workspace (or every public one) instead."""
    themes: dict[int, list[int]] = defaultdict(list)
    texts: dict[int, tuple[Any, Any]] = {}
    wanted = [project_id for project_id in {project_id for _organisation_id, project_id in pairs}
              if project_id not in projects.by_project]
    project_table, themes_table = Project._meta.db_table, Project.themes.through._meta.db_table
    with connection.cursor() as cursor:
        # Raw reads: the JSONField converters cost more than the query (json.loads of the text is all they do).
        for chunk in batches(sorted(wanted), PROJECT_BATCH):
            placeholders = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"SELECT id, workspace_id, title, summary FROM {project_table} "  # noqa: S608
                           f"WHERE id IN ({placeholders})", chunk)
            for pk, owner, title, summary in cursor.fetchall():
                if owner == workspace_id:
                    texts[pk] = (_json(title), _json(summary))
            cursor.execute(f"SELECT project_id, theme_id FROM {themes_table} "  # noqa: S608
                           f"WHERE project_id IN ({placeholders})", chunk)
            for project_id, theme_id in cursor.fetchall():
                themes[project_id].append(theme_id)
    for organisation_id, project_id in pairs:
        profile = profiles.get(organisation_id)
        if profile is None:
            continue
        terms = projects.by_project.get(project_id)
        if terms is None and project_id in texts:
            title, summary = texts[project_id]
            terms = projects.of(project_id, title, summary, themes.get(project_id, []))
        if terms is not None:
            profile.terms.update(terms)
            profile.projects += 1


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def workspace_profiles(workspace_id: int, organisation_ids: Iterable[int]) -> dict[int, ProfileTerms]:
    """What only this workspace knows of the organisations: its notes on them and its own projects with them."""
    ids = list(organisation_ids)
    profiles = {pk: ProfileTerms() for pk in ids}
    for organisation_id, text in OrganisationNote.objects.filter(
            workspace_id=workspace_id, organisation_id__in=ids).values_list("organisation_id", "text"):
        profiles[organisation_id].terms.update(analysis.analyse(text))
    pairs = ProjectPartner.objects.filter(organisation_id__in=ids).values_list("organisation_id", "project_id")
    _add_projects(profiles, list(pairs), _ProjectTerms(), workspace_id)
    return profiles


def term_ids(texts: Iterable[str]) -> dict[str, int]:
    """The ids of the terms, creating the missing ones (concurrent writers may create the same: ignored).

    Raw SQL: building Django filters with IN lists of thousands of terms costs more than running them."""
    wanted = sorted(set(texts))
    ids: dict[str, int] = {}
    table = Term._meta.db_table
    with connection.cursor() as cursor:
        for chunk in batches(wanted, TERM_BATCH):
            cursor.execute(f"SELECT text, id FROM {table} WHERE text IN ({_placeholders(chunk)})", chunk)  # noqa: S608
            ids.update(cursor.fetchall())
            missing = [text for text in chunk if text not in ids]
            if missing:
                values = ", ".join(["(%s, 0)"] * len(missing))
                cursor.execute(f"INSERT INTO {table} (text, documents) VALUES {values} "  # noqa: S608
                               "ON CONFLICT (text) DO NOTHING", missing)
                cursor.execute(f"SELECT text, id FROM {table} WHERE text IN ({_placeholders(missing)})",  # noqa: S608
                               missing)
                ids.update(cursor.fetchall())
    return ids


def _placeholders(values: list[Any]) -> str:
    return ", ".join(["%s"] * len(values))


def _clip(terms: Counter[str]) -> Counter[str]:
    if all(len(term) <= MAX_TERM for term in terms):
        return terms
    clipped: Counter[str] = Counter()
    for term, count in terms.items():
        clipped[term[:MAX_TERM]] += count
    return clipped


def lock_organisations(organisation_ids: list[int]) -> None:
    """Two writers reindexing one organisation at once would both delete its postings and both insert them: under
    PostgreSQL's read committed the second insert fails on the primary key (bench/concurrency.py met it with two
    notes on one organisation). Locking the organisations' rows, in id order, until the transaction ends makes
    the second wait for the first. SQLite's IMMEDIATE transactions already let one writer in at a time."""
    if connection.vendor == "postgresql" and connection.in_atomic_block and organisation_ids:
        list(Organisation.objects.select_for_update().filter(pk__in=organisation_ids).order_by("pk").values_list(
            "pk", flat=True))


def reindex_public(organisation_ids: Iterable[int]) -> None:
    """Replace the public postings of these organisations (their current state; gone ones drop out)."""
    ids = sorted(set(organisation_ids))
    for chunk in batches(ids, REINDEX_BATCH):
        lock_organisations(chunk)
        _replace_public(chunk, public_profiles({"pk__in": chunk}))
    embeddings.schedule(ids)  # the dense profiles, in the worker after the commit


def _replace_public(ids: list[int], profiles: dict[int, ProfileTerms]) -> None:
    old_terms: dict[int, set[int]] = defaultdict(set)
    posting_table, profile_table, placeholders = Posting._meta.db_table, Profile._meta.db_table, _placeholders(ids)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT organisation_id, term_id FROM {posting_table} "  # noqa: S608
                       f"WHERE organisation_id IN ({placeholders})", ids)
        for organisation_id, term_id in cursor.fetchall():
            old_terms[organisation_id].add(term_id)
        cursor.execute(f"SELECT organisation_id, length FROM {profile_table} "  # noqa: S608
                       f"WHERE organisation_id IN ({placeholders})", ids)
        old_lengths = dict(cursor.fetchall())
    new_terms = {pk: _clip(profile.terms) for pk, profile in profiles.items() if profile.terms}
    ids_of = term_ids(term for terms in new_terms.values() for term in terms)
    with connection.cursor() as cursor:
        if old_terms:
            cursor.execute(f"DELETE FROM {posting_table} WHERE organisation_id IN ({placeholders})", ids)  # noqa: S608
        if old_lengths:
            cursor.execute(f"DELETE FROM {profile_table} WHERE organisation_id IN ({placeholders})", ids)  # noqa: S608
    posting_rows, profile_rows, documents = [], [], Counter[int]()
    for pk, terms in new_terms.items():
        length = float(sum(terms.values()))
        profile_rows.append((pk, length, profiles[pk].projects))
        posting_rows += [(pk, ids_of[term], float(tf), length, scoring.impact(tf, length), profiles[pk].filter_key)
                         for term, tf in terms.items()]
        documents.update(ids_of[term] for term in terms)
    for term_ids_before in old_terms.values():
        documents.subtract(term_ids_before)
    _insert(Posting, POSTING_COLUMNS, posting_rows)
    _insert(Profile, PROFILE_COLUMNS, profile_rows)
    _add_documents(documents)
    _add_stats(len(profile_rows) - len(old_lengths), sum(row[1] for row in profile_rows) - sum(old_lengths.values()))


def _add_documents(documents: Counter[int]) -> None:
    changes = [(delta, term_id) for term_id, delta in documents.items() if delta]
    if changes:
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {Term._meta.db_table} SET documents = documents + %s WHERE id = %s",  # noqa: S608
                               changes)


def _add_stats(profiles: int, length: float) -> None:
    if profiles or length:
        IndexStats.objects.get_or_create(pk=1)
        IndexStats.objects.filter(pk=1).update(profiles=models.F("profiles") + profiles,
                                               total_length=models.F("total_length") + length)


def reindex_workspace(workspace_id: int, organisation_ids: Iterable[int]) -> None:
    """Replace what this workspace alone adds to these organisations' profiles."""
    ids = sorted(set(organisation_ids))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        lock_organisations(chunk)
        profiles = workspace_profiles(workspace_id, chunk)
        WorkspacePosting.objects.filter(workspace_id=workspace_id, organisation_id__in=chunk).delete()
        WorkspaceProfile.objects.filter(workspace_id=workspace_id, organisation_id__in=chunk).delete()
        new_terms = {pk: _clip(profile.terms) for pk, profile in profiles.items() if profile.terms}
        ids_of = term_ids(term for terms in new_terms.values() for term in terms)
        WorkspacePosting.objects.bulk_create([
            WorkspacePosting(workspace_id=workspace_id, organisation_id=pk, term_id=ids_of[term], tf=float(tf))
            for pk, terms in new_terms.items() for term, tf in terms.items()], batch_size=BATCH)
        WorkspaceProfile.objects.bulk_create([
            WorkspaceProfile(workspace_id=workspace_id, organisation_id=pk, length=float(sum(terms.values())),
                             projects=profiles[pk].projects)
            for pk, terms in new_terms.items()], batch_size=BATCH)


def forget_workspace(workspace_id: int) -> None:
    WorkspacePosting.objects.filter(workspace_id=workspace_id).delete()
    WorkspaceProfile.objects.filter(workspace_id=workspace_id).delete()


def forget_organisation(organisation_id: int) -> None:
    """Drop a deleted organisation from every profile (called before its row goes)."""
    _replace_public([organisation_id], {})
    embeddings.schedule([organisation_id])
    WorkspacePosting.objects.filter(organisation_id=organisation_id).delete()
    WorkspaceProfile.objects.filter(organisation_id=organisation_id).delete()


def workspace_pairs() -> dict[int, set[int]]:
    """Every workspace's organisations that have a private profile part (notes, own projects)."""
    pairs: dict[int, set[int]] = defaultdict(set)
    for workspace_id, organisation_id in OrganisationNote.objects.values_list("workspace_id", "organisation_id"):
        pairs[workspace_id].add(organisation_id)
    # Driven from the workspaces' projects (their workspace index): joined the other way round, SQLite read all
    # 3.4 million partner rows of the 2,000,000-project bench (3 s; this way 3 ms).
    own_projects = Project.objects.filter(workspace__isnull=False)
    for workspace_id, organisation_id in ProjectPartner.objects.filter(project__in=own_projects).values_list(
            "project__workspace_id", "organisation_id"):
        pairs[workspace_id].add(organisation_id)
    return pairs


def rebuild(progress: Progress | None = None) -> int:
    """Recompute the whole index; returns the number of organisations with a non-empty public profile.

    The public part is written in bulk (bulk.py) with the impact index dropped and made again after the load."""
    from kumppani.partners import bulk

    report = progress or (lambda _message: None)
    started = time.perf_counter()
    processes = bulk.worker_count()  # decided before this transaction begins: workers see committed rows only
    with transaction.atomic():
        with _large_cache():
            profiles = bulk.rebuild(report, processes, prepare=_prepare_tables)
            _make_impact_index()
        report(f"impact index made ({time.perf_counter() - started:.1f} s)")
        for workspace_id, organisation_ids in workspace_pairs().items():
            reindex_workspace(workspace_id, organisation_ids)
        _analyse_tables()
    report(f"{profiles} profiles in {time.perf_counter() - started:.1f} s")
    embeddings.schedule_rebuild()  # the dense profiles, in the worker after the commit
    return profiles


def _make_impact_index() -> None:
    """With room to sort in memory, and on SQLite helper threads for the sort (a third faster on two cores)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            cursor.execute(_impact_index_sql())
            return
        cursor.execute("PRAGMA threads")
        before = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA threads = {min(4, os.cpu_count() or 1)}")
        try:
            cursor.execute(_impact_index_sql())
        finally:
            cursor.execute(f"PRAGMA threads = {int(before)}")


def _impact_index_sql() -> str:
    """Plain DDL (a schema editor cannot run inside a transaction on SQLite while foreign keys are checked)."""
    quote = connection.ops.quote_name
    index = next(index for index in Posting._meta.indexes if index.name == IMPACT_INDEX)
    columns = []
    for name in index.fields:
        descending = name.startswith("-")
        field = Posting._meta.get_field(name.lstrip("-"))
        assert isinstance(field, models.Field)
        columns.append(quote(str(field.column)) + (" DESC" if descending else ""))
    return f"CREATE INDEX {quote(IMPACT_INDEX)} ON {quote(Posting._meta.db_table)} ({', '.join(columns)})"


@contextlib.contextmanager
def _large_cache() -> Iterator[None]:
    """SQLite's default 2 MB page cache thrashes once the postings outgrow it: 256 MB while rebuilding."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        before = cursor.fetchone()[0]
        cursor.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")


def _execute(sql: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql)


def _prepare_tables() -> None:
    """Run while the workers analyse the projects."""
    _empty_tables()
    _analyse_joined_tables()


def _empty_tables() -> None:
    _execute(f"DROP INDEX IF EXISTS {IMPACT_INDEX}")  # first: then its pages need not be freed one by one
    tables = [model._meta.db_table for model in (Posting, Profile, WorkspacePosting, WorkspaceProfile, Term,
                                                 IndexStats)]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 (table names from the models)


def _analyse_tables() -> None:
    """The index tables' statistics (on SQLite the postings' from counts: _write_posting_statistics)."""
    models_: list[type[models.Model]] = [Term, Profile] + ([Posting] if connection.vendor == "postgresql" else [])
    with connection.cursor() as cursor:
        for model in models_:
            cursor.execute(f"ANALYZE {model._meta.db_table}")
        if connection.vendor == "sqlite":
            _write_posting_statistics(cursor)


def _analyse_joined_tables() -> None:
    """On SQLite, the statistics of the tables a search joins, once (PostgreSQL's autovacuum keeps them): a
    rebuild does not change their shape, and at 700,000 organisations they take 5 s."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        analysed = set()
        if cursor.fetchone():
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
            analysed = {row[0] for row in cursor.fetchall()}
        for model in (Organisation, ProjectPartner, Region):
            if model._meta.db_table not in analysed:
                cursor.execute(f"ANALYZE {model._meta.db_table}")


def _write_posting_statistics(cursor: Any) -> None:
    """SQLite's statistics of the postings' indexes, from counts the index keeps anyway: ANALYZE would read all
    the postings (10 s at 30 million), and a sampled ANALYZE (analysis_limit) guesses thousands of postings per
    organisation, which turns the planner to the term index for lookups by organisation."""
    postings, profiles = Posting.objects.count(), Profile.objects.count()
    terms = Term.objects.filter(documents__gt=0).count()
    table = Posting._meta.db_table
    per_term, per_profile = max(1, postings // max(terms, 1)), max(1, postings // max(profiles, 1))
    cursor.execute("DELETE FROM sqlite_stat1 WHERE tbl = %s", [table])
    if postings:
        # (term, impact) ties are common: with b = 0 every posting of a term with the same tf and length ties.
        cursor.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (%s, %s, %s), (%s, %s, %s)", [
            table, IMPACT_INDEX, f"{postings} {per_term} {max(1, per_term // 10)}" + " 1" * (len(POSTING_COLUMNS) - 2),
            table, f"sqlite_autoindex_{table}_1", f"{postings} {per_profile} 1"])
    cursor.execute("ANALYZE sqlite_schema")  # the planner reads the statistics again


def _insert(model: type[models.Model], columns: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
    if isinstance(rows, list) and not rows:
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["?"] * len(columns))
            cursor.cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608
                                      rows)

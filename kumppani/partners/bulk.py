"""Rebuilding the partner-search index from scratch, in bulk.

The incremental path (index.py) builds profiles organisation by organisation. A rebuild goes project by project
instead: every public project is analysed once into term ids (in worker processes when there are many and the rows
are committed), then each organisation's term frequencies are summed with numpy over sorted (organisation, term)
keys, and postings and profiles are written in primary-key order: multi-row INSERTs on SQLite, binary COPY on
PostgreSQL.
The result is the index that index.reindex_public gives every organisation (tests/test_rebuild_equals_incremental).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import multiprocessing
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from django.core.management.color import no_style
from django.db import connection, models

from kumppani.directory.models import Organisation
from kumppani.partners import analysis, facets, index, scoring
from kumppani.partners.models import IndexStats, Posting, Profile, Term
from kumppani.projects.models import Project, ProjectPartner

PROJECT_RANGE = 20_000  # project ids per analysis task
PARALLEL_FROM = 20_000  # public projects from which worker processes share the analysis
MAX_PROCESSES = 4
ENTRIES_PER_STEP = 4_000_000  # (organisation, term) occurrences summed per aggregation step
FETCH = 5_000
WRITE_BATCH = 100_000
ROWS_PER_STATEMENT = 100  # on SQLite, one INSERT of many rows binds them in half the time of a row per INSERT

Progress = Callable[[str], Any]
T = TypeVar("T")
_decode = json.JSONDecoder().decode


@dataclass
class AnalysedProjects:
    """Public projects' terms in compressed rows: project ids[i] has terms[offsets[i]:offsets[i + 1]]."""

    ids: np.ndarray
    offsets: np.ndarray
    terms: np.ndarray


@dataclass
class _Range:
    """One task's result: its projects' term counts and terms in ids local to the task, with their texts."""

    ids: np.ndarray
    lengths: np.ndarray
    terms: np.ndarray
    vocabulary: list[str]


class Vocabulary:
    """Term texts (clipped to the column's length) → ids 1, 2, … in order of first sight."""

    def __init__(self) -> None:
        self.ids: defaultdict[str, int] = defaultdict(itertools.count(1).__next__)

    def remap(self, texts: list[str]) -> np.ndarray:
        ids = self.ids
        return np.fromiter((ids[text[:index.MAX_TERM]] for text in texts), dtype=np.int32, count=len(texts))

    def __len__(self) -> int:
        return len(self.ids)


def rebuild(progress: Progress | None = None, processes: int = 0, prepare: Callable[[], None] = lambda: None
            ) -> int:
    """Write the public part of the index inside the caller's transaction; `prepare` (which empties the tables)
    runs while the projects are analysed."""
    report = progress or (lambda _message: None)
    started = time.perf_counter()
    vocabulary = Vocabulary()

    def meanwhile() -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], OrganisationKeys]:
        prepare()
        return _partner_pairs(), _organisation_terms(vocabulary), OrganisationKeys.read()

    projects, (pairs, (extra_organisations, extra_terms), keys) = analyse_public_projects(
        vocabulary, processes, report, meanwhile)
    report(f"{len(projects.ids)} public projects analysed, {len(vocabulary)} terms "
           f"({time.perf_counter() - started:.1f} s)")
    with _posting_sink() as postings:
        writer = _Writer(len(vocabulary) + 1, keys, postings)
        for step in _steps(projects, pairs, extra_organisations, extra_terms):
            writer.add(*step)
    report(f"{writer.profiles} profiles, {writer.postings} postings written ({time.perf_counter() - started:.1f} s)")
    writer.finish({text: term_id for text, term_id in vocabulary.ids.items()})
    return writer.profiles


# Analysis ------------------------------------------------------------------------------------------------------

def analyse_public_projects(vocabulary: Vocabulary, processes: int, report: Progress,
                            meanwhile: Callable[[], T]) -> tuple[AnalysedProjects, T]:
    """The public projects' terms; `meanwhile` runs here while worker processes analyse."""
    count, lowest, highest = Project.objects.filter(workspace__isnull=True).aggregate(
        count=models.Count("pk"), lowest=models.Min("pk"), highest=models.Max("pk")).values()
    if not count:
        return AnalysedProjects(np.zeros(0, np.int64), np.zeros(1, np.int64), np.zeros(0, np.int32)), meanwhile()
    ranges = [(low, min(low + PROJECT_RANGE, highest + 1)) for low in range(lowest, highest + 1, PROJECT_RANGE)]
    themes = index.theme_terms()
    ids, lengths, terms = [], [], []
    with _analysed_ranges(ranges, themes, processes) as results:
        side = meanwhile()
        for done, result in enumerate(results, start=1):
            ids.append(result.ids)
            lengths.append(result.lengths)
            terms.append(vocabulary.remap(result.vocabulary)[result.terms] if len(result.terms) else result.terms)
            if done % 20 == 0:
                report(f"{done}/{len(ranges)} project id ranges analysed")
    offsets = np.zeros(sum(len(chunk) for chunk in ids) + 1, dtype=np.int64)
    np.cumsum(np.concatenate(lengths), out=offsets[1:])
    return AnalysedProjects(np.concatenate(ids), offsets, np.concatenate(terms).astype(np.int32, copy=False)), side


def worker_count() -> int:
    """How many worker processes should share the analysis. They read committed rows through connections of their
    own: only outside a caller's transaction, never for an in-memory database, only when there is work to share."""
    cpus = os.cpu_count() or 1
    if cpus < 2 or connection.in_atomic_block:
        return 0
    if connection.vendor == "sqlite" and connection.is_in_memory_db():  # type: ignore[attr-defined]
        return 0
    if not Project.objects.filter(workspace__isnull=True).values("pk")[PARALLEL_FROM - 1:PARALLEL_FROM].exists():
        return 0
    return min(MAX_PROCESSES, cpus)


@contextlib.contextmanager
def _analysed_ranges(ranges: list[tuple[int, int]], themes: dict[int, list[str]], workers: int
                     ) -> Iterator[Iterator[_Range]]:
    """The ranges' results in order; with workers, they are at work from the start of the block."""
    if workers == 0:
        yield (_analyse_range_here(low, high, themes) for low, high in ranges)
        return
    global _worker_themes
    _worker_themes = themes  # inherited by the forked workers
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_open_worker_connection) as pool:
        yield pool.imap(_analyse_in_worker, ranges)


def _analyse_range_here(low: int, high: int, themes: dict[int, list[str]]) -> _Range:
    with connection.cursor() as cursor:
        return _analyse_range(cursor, "%s", low, high, themes)


_worker_themes: dict[int, list[str]] = {}
_worker_connection: Any = None


def _open_worker_connection() -> None:
    """A connection of the worker's own. The inherited one stays untouched (closing it would end the parent's
    session on PostgreSQL); forked workers leave through os._exit, which never finalises it."""
    global _worker_connection
    _worker_connection = connection.get_new_connection(connection.get_connection_params())


def _analyse_in_worker(bounds: tuple[int, int]) -> _Range:
    mark = "?" if connection.vendor == "sqlite" else "%s"
    cursor = _worker_connection.cursor()
    try:
        return _analyse_range(cursor, mark, bounds[0], bounds[1], _worker_themes)
    finally:
        cursor.close()
        _worker_connection.rollback()


def _analyse_range(cursor: Any, mark: str, low: int, high: int, themes: dict[int, list[str]]) -> _Range:
    """The terms (with repeats) of the public projects with ids in [low, high): title, summary, theme names."""
    project_themes: dict[int, list[int]] = defaultdict(list)
    cursor.execute(f"SELECT project_id, theme_id FROM {Project.themes.through._meta.db_table} "  # noqa: S608
                   f"WHERE project_id >= {mark} AND project_id < {mark}", [low, high])
    for project_id, theme_id in cursor.fetchall():
        project_themes[project_id].append(theme_id)
    local: defaultdict[str, int] = defaultdict(itertools.count().__next__)
    term_id = local.__getitem__
    ids: list[int] = []
    lengths: list[int] = []
    terms: list[int] = []
    cursor.execute(f"SELECT id, title, summary FROM {Project._meta.db_table} "  # noqa: S608
                   f"WHERE workspace_id IS NULL AND id >= {mark} AND id < {mark} ORDER BY id", [low, high])
    while rows := cursor.fetchmany(FETCH):
        for pk, title, summary in rows:
            found = index._translated_terms(_json(title)) + index._translated_terms(_json(summary))
            for theme_id in project_themes.get(pk, ()):
                found += themes.get(theme_id, [])
            ids.append(pk)
            lengths.append(len(found))
            terms.extend(map(term_id, found))
    return _Range(np.array(ids, dtype=np.int64), np.array(lengths, dtype=np.int64),
                  np.array(terms, dtype=np.int32), list(local))


def _json(value: Any) -> Any:
    return _decode(value) if isinstance(value, str) else value


def _organisation_terms(vocabulary: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """(organisation, term) occurrences of the organisations' descriptions and directory themes, by organisation."""
    organisations: list[int] = []
    texts: list[str] = []
    for pk, description in Organisation.objects.exclude(description={}).values_list("pk", "description").iterator(
            chunk_size=FETCH):
        for term in analysis.analyse_translated(description):
            organisations.append(pk)
            texts.append(term)
    themes = index.theme_terms()
    for organisation_id, theme_id in Organisation.themes.through.objects.values_list(
            "organisation_id", "theme_id").iterator(chunk_size=FETCH):
        for term in themes.get(theme_id, []):
            organisations.append(organisation_id)
            texts.append(term)
    owners = np.array(organisations, dtype=np.int64)
    terms = vocabulary.remap(texts)
    order = np.argsort(owners, kind="stable")
    return owners[order], terms[order]


# Aggregation ---------------------------------------------------------------------------------------------------

def _partner_pairs() -> np.ndarray:
    """Every partner link as (organisation, project)."""
    chunks = []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT organisation_id, project_id FROM {ProjectPartner._meta.db_table}")  # noqa: S608
        while rows := cursor.fetchmany(FETCH * 20):
            chunks.append(np.array(rows, dtype=np.int64))
    return np.concatenate(chunks) if chunks else np.zeros((0, 2), dtype=np.int64)


def _partner_rows(projects: AnalysedProjects, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(organisation, analysed-project row) of every partner link to a public project, by organisation."""
    rows, found = _find(projects.ids, pairs[:, 1])
    organisations, rows = pairs[found, 0], rows[found]
    order = np.argsort(organisations, kind="stable")
    return organisations[order], rows[order]


def _steps(projects: AnalysedProjects, pairs: np.ndarray, extra_organisations: np.ndarray, extra_terms: np.ndarray
           ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Per run of organisations: their ids, project counts and (organisation, term) occurrences, ENTRIES_PER_STEP
    or so at a time (an organisation is never split)."""
    partner_organisations, rows = _partner_rows(projects, pairs)
    sizes = projects.offsets[rows + 1] - projects.offsets[rows]
    everyone = np.union1d(partner_organisations, extra_organisations)
    if not len(everyone):
        return
    entries = np.zeros(len(everyone), dtype=np.int64)
    np.add.at(entries, np.searchsorted(everyone, partner_organisations), sizes)
    np.add.at(entries, np.searchsorted(everyone, extra_organisations), 1)
    cumulative = np.cumsum(entries)
    cuts = np.unique(np.searchsorted(cumulative, np.arange(ENTRIES_PER_STEP, cumulative[-1], ENTRIES_PER_STEP)))
    bounds = [0, *[int(cut) + 1 for cut in cuts if cut + 1 < len(everyone)], len(everyone)]
    for first, last in itertools.pairwise(bounds):
        low, high = everyone[first], everyone[last - 1] + 1
        a, b = np.searchsorted(partner_organisations, [low, high])
        c, d = np.searchsorted(extra_organisations, [low, high])
        owners, counts = np.unique(partner_organisations[a:b], return_counts=True)
        step_sizes = sizes[a:b]
        starts = projects.offsets[rows[a:b]]
        # The positions of every term of every linked project, in link order.
        shift = np.repeat(starts - (np.cumsum(step_sizes) - step_sizes), step_sizes)
        terms = projects.terms[shift + np.arange(len(shift))]
        organisations = np.concatenate([np.repeat(partner_organisations[a:b], step_sizes), extra_organisations[c:d]])
        yield (owners, counts, organisations, np.concatenate([terms, extra_terms[c:d]]))


def _find(sorted_values: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each wanted value is in the sorted array, and whether it is there at all."""
    positions = np.searchsorted(sorted_values, wanted)
    found = positions < len(sorted_values)
    found[found] = sorted_values[positions[found]] == wanted[found]
    return positions, found


def _run_starts(values: np.ndarray) -> np.ndarray:
    """The positions where a run of equal values begins in a sorted array."""
    return np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))


@dataclass
class OrganisationKeys:
    """Every organisation's packed filter key (facets.py), by organisation id."""

    ids: np.ndarray
    keys: np.ndarray

    @classmethod
    def read(cls) -> OrganisationKeys:
        chunks = []
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, country, type, region_id FROM {Organisation._meta.db_table} "  # noqa: S608
                           "ORDER BY id")
            while rows := cursor.fetchmany(FETCH * 20):
                chunks.append(np.array([(pk, facets.pack(country, type_, region_id))
                                        for pk, country, type_, region_id in rows], dtype=np.int64))
        table = np.concatenate(chunks) if chunks else np.zeros((0, 2), dtype=np.int64)
        return cls(table[:, 0].copy(), table[:, 1].copy())

    def of(self, organisations: np.ndarray) -> np.ndarray:
        """The key of each of these organisations (facets.NONE for one that is gone)."""
        positions, found = _find(self.ids, organisations)
        keys = np.full(len(organisations), facets.NONE, dtype=np.int64)
        keys[found] = self.keys[positions[found]]
        return keys


class _Writer:
    """Sums term frequencies per organisation and hands the postings to a sink; the profile and term rows go in at
    the end."""

    def __init__(self, vocabulary_size: int, keys: OrganisationKeys, postings: Callable[[list[np.ndarray]], None]
                 ) -> None:
        self.size = vocabulary_size
        self.keys = keys
        self.sink = postings
        self.documents = np.zeros(vocabulary_size, dtype=np.int64)
        self.profile_rows: list[list[np.ndarray]] = []
        self.profiles = self.postings = 0
        self.total_length = 0.0

    def add(self, owners: np.ndarray, project_counts: np.ndarray, organisations: np.ndarray,
            terms: np.ndarray) -> None:
        if not len(terms):
            return
        base = int(organisations.min())
        keys = (organisations - base) * self.size + terms
        keys.sort()
        first = _run_starts(keys)
        tf = np.diff(np.append(first, len(keys))).astype(np.float64)
        keys = keys[first]
        posting_organisations, posting_terms = keys // self.size + base, keys % self.size
        starts = _run_starts(posting_organisations)
        profile_organisations = posting_organisations[starts]
        lengths = np.add.reduceat(tf, starts)
        runs = np.diff(np.append(starts, len(tf)))
        posting_lengths = np.repeat(lengths, runs)
        # scoring.impact(tf, length), the same arithmetic on arrays (the rebuild test compares the two).
        norm = scoring.K1 * (1.0 - scoring.B + scoring.B * posting_lengths / max(scoring.IMPACT_LENGTH, 1.0))
        impacts = tf * (scoring.K1 + 1.0) / (tf + norm) + scoring.EVIDENCE_TIE_BREAK * np.minimum(posting_lengths, 1e6)
        found, linked = _find(owners, profile_organisations)
        projects = np.zeros(len(profile_organisations), dtype=np.int64)  # organisations with a description only: 0
        projects[linked] = project_counts[found[linked]]
        self.documents += np.bincount(posting_terms, minlength=self.size)
        self.profiles += len(profile_organisations)
        self.postings += len(tf)
        self.total_length += float(lengths.sum())
        filter_keys = np.repeat(self.keys.of(profile_organisations), runs)
        self.sink([posting_organisations, posting_terms, tf, posting_lengths, impacts, filter_keys])
        self.profile_rows.append([profile_organisations, lengths, projects])

    def finish(self, term_ids: dict[str, int]) -> None:
        if self.profile_rows:
            columns = zip(*self.profile_rows, strict=True)
            write(Profile, index.PROFILE_COLUMNS, [np.concatenate(column) for column in columns])
        used = [(term_id, text) for text, term_id in term_ids.items() if self.documents[term_id]]
        ids = np.array([term_id for term_id, _text in used], dtype=np.int64)
        index._insert(Term, ["id", "text", "documents"],
                     zip(ids.tolist(), [text for _id, text in used], self.documents[ids].tolist(), strict=True))
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), [Term]):
                cursor.execute(statement)
        IndexStats.objects.create(pk=1, profiles=self.profiles, total_length=self.total_length)


# Writing -------------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def _posting_sink() -> Iterator[Callable[[list[np.ndarray]], None]]:
    """Where the postings go, a run of organisations at a time. On PostgreSQL that is one binary COPY for them all,
    sent by psycopg's writer thread: the server stores one run while the next is summed."""
    columns = index.POSTING_COLUMNS
    if connection.vendor != "postgresql":
        yield lambda arrays: write(Posting, columns, arrays)
        return
    types = _column_types(Posting, columns)
    with connection.cursor() as cursor, _binary_copy(cursor.cursor, Posting._meta.db_table, columns) as copy:
        yield lambda arrays: copy.write(_binary_rows(arrays, types))


def write(model: type[models.Model], columns: list[str], arrays: list[np.ndarray]) -> None:
    """Rows given as columns: binary COPY on PostgreSQL, multi-row INSERTs on SQLite."""
    if not len(arrays[0]):
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor, _binary_copy(cursor.cursor, model._meta.db_table, columns) as copy:
            copy.write(_binary_rows(arrays, _column_types(model, columns)))
        return
    table = model._meta.db_table
    one_row = f"({', '.join(['?'] * len(columns))})"
    per_statement = min(ROWS_PER_STATEMENT, (connection.features.max_query_params or 999) // len(columns))
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "  # noqa: S608 (names from the model)
    with connection.cursor() as cursor:
        for start in range(0, len(arrays[0]), WRITE_BATCH):  # Python objects for a batch at a time
            rows = np.empty((min(WRITE_BATCH, len(arrays[0]) - start), len(columns)), dtype=object)
            for number, array in enumerate(arrays):
                rows[:, number] = array[start:start + WRITE_BATCH].tolist()
            whole = len(rows) // per_statement * per_statement
            cursor.cursor.executemany(insert + ", ".join([one_row] * per_statement),
                                      rows[:whole].reshape(-1, per_statement * len(columns)).tolist())
            cursor.cursor.executemany(insert + one_row, rows[whole:].tolist())


_BINARY_TYPES = {"bigint": ">i8", "integer": ">i4", "double precision": ">f8"}


def _column_types(model: type[models.Model], columns: list[str]) -> list[str]:
    types = []
    for column in columns:
        field = next(field for field in model._meta.concrete_fields if field.column == column)
        db_type = str(field.db_type(connection)).split()[0]
        types.append(_BINARY_TYPES["double precision" if db_type == "double" else db_type])
    return types


@contextlib.contextmanager
def _binary_copy(cursor: Any, table: str, columns: list[str]) -> Iterator[Any]:
    """A binary COPY into the table, between the format's header and trailer. FREEZE (the tables were emptied by
    TRUNCATE in this transaction) also marks the pages all-visible, so that searches read the impact index alone
    from the start, not each posting's row until autovacuum has been by."""
    from psycopg.copy import QueuedLibpqWriter

    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY, FREEZE)",
                     writer=QueuedLibpqWriter(cursor)) as copy:
        copy.write(b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big"))
        yield copy
        copy.write((-1).to_bytes(2, "big", signed=True))


def _binary_rows(arrays: list[np.ndarray], types: list[str]) -> memoryview:
    """Rows in PostgreSQL's binary COPY format, built by numpy: per row a field count, then each field's length and
    value. A view of the array, not a copy: the writer thread holds it until it is sent."""
    fields: list[tuple[str, str]] = [("count", ">i2")]
    for number, kind in enumerate(types):
        fields += [(f"size{number}", ">i4"), (f"value{number}", kind)]
    rows = np.empty(len(arrays[0]), dtype=np.dtype(fields))
    rows["count"] = len(arrays)
    for number, (array, kind) in enumerate(zip(arrays, types, strict=True)):
        rows[f"size{number}"] = np.dtype(kind).itemsize
        rows[f"value{number}"] = array
    return rows.view(np.uint8).data

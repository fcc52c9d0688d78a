"""Dense retrieval for partner search: organisations' profile vectors, scanned as centred sign bits, fused with BM25.

An organisation's dense profile is the normalised mean of the vectors (semantic.py) of its public projects' titles
and summaries and of its description; embeddings.py computes them in the background worker and stores them
(models.OrganisationVector): 384 int8 components and 48 bytes of sign bits of the vector minus a corpus centre
(VectorState). Centring matters: e5's vectors share a large common component, so raw signs agree on most bits for
any pair of texts; minus the mean, each bit says on which side of the average text a profile lies.

A search process keeps the ids, bits and filter keys of every profile in memory (VectorIndex: 56 bytes an
organisation, 39 MB at 700,000) and reads only the rows changed since (the rows carry the version at which they
were written). A query's bits are compared with all of them (XOR and popcount in numpy, the same code on SQLite and
PostgreSQL), the CANDIDATES nearest are re-ranked by the cosine of their int8 vectors read from the database by
primary key, and the best become the dense ranking that `fuse` combines with the lexical one.

Measured in bench/partner_languages.py (see its docstring): the choices of aggregation (profile mean vs best
project), scan (bits + int8 re-rank vs exact) and fusion (reciprocal ranks vs score blend) were made there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from kumppani.partners import semantic

BITS_BYTES = semantic.DIMENSIONS // 8
WORDS = BITS_BYTES // 8  # uint64 words per profile
CANDIDATES = 1000  # profiles re-ranked by their int8 vectors after the bit scan (300: R@10 en 0.29 → 1000: 0.32)
EVIDENCE_CANDIDATES = 100  # the organisations with the most projects, re-ranked too (nearest_rows)
EVIDENCE_CHUNK = 8192  # rows of the heaviest looked at a time for the allowed ones
PRIOR = 0.01  # evidence prior of the re-rank (bench/partner_languages.py: en→fi R@10 0.23 → 0.35 with it)
DENSE_HITS = 100  # the dense ranking's length given to the fusion
# Fusion (bench/partner_languages.py): score = lexical / best lexical + DENSE_WEIGHT * dense part, where the dense
# part is how far a profile's cosine stands above the typical candidate's, as a share of the best one's lead.
DENSE_WEIGHT = 2.0
RRF_K = 60
# The dense part weighs less as the query's coverage grows: on Finnish queries against Finnish records BM25 is the
# better ranking (bench/partner_quality.py: R@10 0.231 lexical, 0.223 fused without this damping).
DAMPING = 0.9
FEW = 10
MIN_SPREAD = 0.02


def centre_of(vectors: np.ndarray) -> np.ndarray:
    """The mean of the profile vectors (n, 384) as float32; zeros when there are none. (The mean of the projects'
    vectors instead lost 0.05-0.1 of R@10: profiles are averages, nearer to each other than projects are.)"""
    if not len(vectors):
        return np.zeros(semantic.DIMENSIONS, dtype=np.float32)
    return vectors.mean(axis=0).astype(np.float32)


def sign_bits(vectors: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Packed sign bits of (vector - centre), (n, 48) uint8."""
    return np.packbits((vectors - centre) > 0, axis=1)


def profile_vector(vectors: np.ndarray) -> np.ndarray | None:
    """The unit mean of an organisation's unit vectors (n, 384); None when it has none."""
    if not len(vectors):
        return None
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm > 1e-9 else None


def to_int8(vector: np.ndarray) -> bytes:
    """A unit vector stored as semantic.py stores vectors (int8, the largest component ±127)."""
    peak = max(float(np.abs(vector).max()), 1e-12)
    return np.rint(vector * (127.0 / peak)).astype(np.int8).tobytes()


def as_words(bits: np.ndarray | bytes) -> np.ndarray:
    """Packed bits (n, 48) uint8 or their concatenation as (n, 6) uint64 words for the scan."""
    raw = bits.tobytes() if isinstance(bits, np.ndarray) else bytes(bits)
    return np.frombuffer(raw, dtype=np.uint64).reshape(-1, WORDS)


def hamming(columns: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Differing bits between each profile and the query: `columns` holds the profiles' words column by column,
    (WORDS, n) uint64, query (WORDS,). One word of every profile at a time into reused buffers: at 2,000,000
    rows this took 11 ms of CPU where XOR and a row sum over an (n, 6) array took 50 ms (allocation and the
    short-row reduction)."""
    count = columns.shape[1]
    distances = np.zeros(count, dtype=np.uint16)
    buffer = np.empty(count, dtype=np.uint64)
    bits = np.empty(count, dtype=np.uint8)
    for word in range(columns.shape[0]):
        np.bitwise_xor(columns[word], query[word], out=buffer)
        np.bitwise_count(buffer, out=bits)
        np.add(distances, bits, out=distances)
    return distances


def nearest_rows(columns: np.ndarray, query: np.ndarray, count: int, allowed: np.ndarray | None = None,
                 projects: np.ndarray | None = None, heaviest: np.ndarray | None = None) -> np.ndarray:
    """Row numbers of the `count` profiles with the fewest differing bits (among the allowed), nearest first, then
    the EVIDENCE_CANDIDATES with the most projects not among them: their profiles, averaged over many projects, sit
    near the centre where sign bits say little, yet the re-rank's prior may lift them. `heaviest` (the rows by
    their projects, most first; heaviest_first) spares a second partition of every row per query."""
    distances = hamming(columns, query)
    if allowed is not None:
        distances = np.where(allowed, distances, np.uint16(0xFFFF))
    count = min(count, len(distances))
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    rows = _fewest(distances, count)
    rows = rows[distances[rows] != 0xFFFF]
    rows = rows[np.lexsort((rows, distances[rows]))]
    if projects is not None and len(rows) < len(distances):
        rows = np.concatenate([rows, _evidence_rows(rows, distances, projects, heaviest)])
    return rows


def _fewest(distances: np.ndarray, count: int) -> np.ndarray:
    """Row numbers of `count` rows with the fewest differing bits (ties: the lower rows), in no order. Distances
    are small integers, so a count of each finds the cut (1 ms at 436,000 rows, where argpartition took 3.5)."""
    if count >= len(distances):
        return np.arange(len(distances))
    cut = int(np.searchsorted(np.cumsum(np.bincount(distances)), count))  # the distance the count is reached at
    below = np.flatnonzero(distances < cut)
    return np.concatenate([below, np.flatnonzero(distances == cut)[:count - len(below)]])


def heaviest_first(projects: np.ndarray) -> np.ndarray:
    """Row numbers by their number of projects, most first (ties: the lower row first)."""
    return np.argsort(-projects.astype(np.int64), kind="stable")


def _evidence_rows(rows: np.ndarray, distances: np.ndarray, projects: np.ndarray,
                   heaviest: np.ndarray | None) -> np.ndarray:
    """The EVIDENCE_CANDIDATES allowed rows with the most projects (at least one) that are not among `rows`."""
    if heaviest is None:
        heaviest = heaviest_first(projects)
    wanted, pool, found = EVIDENCE_CANDIDATES + len(rows), [], 0
    for start in range(0, len(heaviest), EVIDENCE_CHUNK):  # the heaviest allowed, without a pass over every row
        chunk = heaviest[start:start + EVIDENCE_CHUNK]
        chunk = chunk[distances[chunk] != 0xFFFF]
        pool.append(chunk)
        found += len(chunk)
        if found >= wanted:
            break
    allowed = np.concatenate(pool)[:wanted] if pool else np.zeros(0, dtype=np.int64)
    allowed = allowed[~np.isin(allowed, rows)][:EVIDENCE_CANDIDATES]
    return allowed[projects[allowed] > 0]


def rerank(query: np.ndarray, ids: Sequence[int], vectors: Sequence[bytes], projects: Sequence[int],
           count: int = DENSE_HITS) -> dict[int, float]:
    """The `count` best candidates by the cosine of their int8 vectors with the query's unit vector, plus the
    evidence prior (PRIOR * log(1 + projects)): a profile averaged over many projects is blurred towards the
    average text, and the organisation with more projects is more often the one sought."""
    if not ids:
        return {}
    similarities = semantic.as_matrix(list(vectors)) @ query + PRIOR * np.log1p(np.asarray(projects, dtype=np.float32))
    order = np.lexsort((np.asarray(ids), -similarities))[:count]
    return {int(ids[row]): float(similarities[row]) for row in order}


def fuse(lexical: dict[int, float], dense: dict[int, float], coverage: float = 1.0,
         weight: float = DENSE_WEIGHT) -> dict[int, float]:
    """Lexical BM25 scores and dense similarities as one score. The lexical part is each score as a share of the
    best, times the query's coverage (the share of its terms that occur in any profile: an English query against
    Finnish records matches a few stray words, and its lexical ranking deserves little trust); the dense part is how
    far a profile stands above the median candidate, as a share of the best one's lead, times `weight`."""
    best_lexical = max(lexical.values(), default=0.0)
    fused = {pk: coverage * score / best_lexical for pk, score in lexical.items()} if best_lexical > 0 else {}
    weight *= 1.0 - DAMPING * coverage
    if dense:
        values = np.fromiter(dense.values(), dtype=np.float64)
        top = float(values.max())
        # Among a handful of profiles (a new database) the median says nothing: then each counts above its lowest.
        floor = float(np.median(values)) if len(values) >= FEW else float(values.min()) - MIN_SPREAD
        spread = max(top - floor, MIN_SPREAD)
        for pk, similarity in dense.items():
            part = (similarity - floor) / spread
            if part > 0:
                fused[pk] = fused.get(pk, 0.0) + weight * part
    return {pk: score for pk, score in fused.items() if score > 0}


def reciprocal_rank_fusion(lexical: dict[int, float], dense: dict[int, float], k: int = RRF_K) -> dict[int, float]:
    """The alternative measured in the bench: 1 / (k + rank) summed over both rankings."""
    fused: dict[int, float] = {}
    for scores in (lexical, dense):
        for rank, pk in enumerate(sorted(scores, key=lambda pk: (-scores[pk], pk)), start=1):
            fused[pk] = fused.get(pk, 0.0) + 1.0 / (k + rank)
    return fused


@dataclass
class VectorIndex:
    """Every stored profile's id, packed filter key and sign bits, in arrays a query scans at once."""

    ids: np.ndarray  # int64 (n,)
    keys: np.ndarray  # int64 (n,)
    columns: np.ndarray  # uint64 (WORDS, n): the profiles' bits, word by word (hamming)
    projects: np.ndarray  # int32 (n,)
    version: int = 0

    @classmethod
    def empty(cls) -> VectorIndex:
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros((WORDS, 0), dtype=np.uint64),
                   np.zeros(0, dtype=np.int32))

    def __len__(self) -> int:
        return len(self.ids)

    def heaviest(self) -> np.ndarray:
        """The rows by their projects, most first: sorted once per index (the index is never changed in place)."""
        found = self.__dict__.get("_heaviest")
        if found is None:
            found = self.__dict__["_heaviest"] = heaviest_first(self.projects)
        return found

    def updated(self, rows: Iterable[tuple[int, int, bytes, int]], version: int) -> VectorIndex:
        """A copy with these (id, filter key, bits, projects) rows replacing or adding to the old ones; empty bits
        remove."""
        rows = list(rows)
        if not rows:
            return VectorIndex(self.ids, self.keys, self.columns, self.projects, version)
        changed = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        keep = ~np.isin(self.ids, changed)
        present = [row for row in rows if row[2]]
        ids = np.concatenate([self.ids[keep], np.fromiter((row[0] for row in present), dtype=np.int64)])
        keys = np.concatenate([self.keys[keep], np.fromiter((row[1] for row in present), dtype=np.int64)])
        projects = np.concatenate([self.projects[keep], np.fromiter((row[3] for row in present), dtype=np.int32)])
        new_words = as_words(b"".join(bytes(row[2]) for row in present)) if present else np.zeros(
            (0, WORDS), dtype=np.uint64)
        columns = np.ascontiguousarray(np.concatenate([self.columns[:, keep], new_words.T], axis=1))
        return VectorIndex(ids, keys, columns, projects, version)

    def nearest(self, query_bits: np.ndarray, count: int, allowed_keys: KeyFilter | None = None) -> list[int]:
        """Ids of the `count` profiles whose bits are nearest to the query's, the filters applied."""
        allowed = allowed_keys.mask(self.keys) if allowed_keys is not None else None
        rows = nearest_rows(self.columns, as_words(query_bits)[0], count, allowed, self.projects,
                            self.heaviest())
        return self.ids[rows].tolist()


@dataclass
class KeyFilter:
    """The search filters on packed facet keys (facets.py): allowed country and type codes and region ids."""

    countries: list[int]
    types: list[int]
    regions: list[int] | None  # None: any region; [] : none allowed

    def mask(self, keys: np.ndarray) -> np.ndarray:
        from kumppani.partners import facets

        allowed = np.ones(len(keys), dtype=bool)
        if self.countries:
            allowed &= np.isin(keys >> facets.COUNTRY_SHIFT, self.countries)
        if self.types:
            allowed &= np.isin((keys >> facets.TYPE_SHIFT) & facets.TYPE_MASK, self.types)
        if self.regions is not None:
            allowed &= np.isin(keys & facets.REGION_MASK, self.regions)
        return allowed


_lock = threading.Lock()

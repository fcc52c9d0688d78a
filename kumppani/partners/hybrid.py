"""The dense half of partner search in a search process: the profiles' bits kept in memory, a query's nearest
profiles found and re-ranked (dense.py explains the method, bench/partner_languages.py measures it).

The query is embedded in the embedding thread (crosslingual.py's) while the lexical SQL runs; `start` returns a
pending result the caller collects after its lexical ranking. Without the model, or with no stored profiles,
there is no dense ranking and search is lexical only.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from django.db import connection

from kumppani.partners import crosslingual, dense, facets, semantic
from kumppani.partners.models import OrganisationVector, ProjectVector, VectorState
from kumppani.projects.models import Project, ProjectPartner

if TYPE_CHECKING:
    from kumppani.partners.search import SearchFilters

logger = logging.getLogger(__name__)

# The first words of a query are embedded: the CPU time grows with the text (~20 ms for a title, ~65 ms at 120
# characters, 0.5 s for a page), and the subject comes first. bench/partner_languages.py embeds the same.
QUERY_WORDS = 16
PROJECTS_COMPARED = 500  # an organisation's most recent public projects compared with the query for its reason
# Profiles' int8 vectors a search process keeps for the re-rank (~22 MB): the candidates of one query come again in
# the next (bench/partner_speed.py's 200 queries at 2,000,000 projects: 220,000 candidates, 39,000 profiles).
VECTORS_KEPT = 50_000

_lock = threading.Lock()
_cache: dict[str, object] = {"index": dense.VectorIndex.empty(), "generation": None, "vectors": OrderedDict()}


@dataclass
class PendingDense:
    future: concurrent.futures.Future[bytes] | None = None
    centre: np.ndarray | None = None
    index: dense.VectorIndex | None = None

    def result(self, filters: SearchFilters, count: int = dense.DENSE_HITS) -> dict[int, float]:
        """Organisation → dense similarity (with the evidence prior) of the best `count` profiles; {} without."""
        if self.future is None or self.index is None or self.centre is None:
            return {}
        try:
            query = semantic.as_matrix(self.future.result())[0]
        except RuntimeError as error:
            logger.warning("No dense ranking: %s", error)
            return {}
        return nearest(self.index, self.centre, query, filters, count)


def start(query: str | None) -> PendingDense:
    """Begin the dense ranking of a query: its vector computed in the embedding thread, the index brought up to
    date here (in the caller's transaction)."""
    if not query or not query.strip() or not semantic.available():
        return PendingDense()
    state = VectorState.objects.filter(pk=1).values_list("version", "generation", "centre").first()
    if state is None or not state[2]:
        return PendingDense()
    index = current_index(state[0], state[1])
    if not len(index):
        return PendingDense()
    future = crosslingual.embedding_thread().submit(semantic.embed_query, query_text(query))
    return PendingDense(future, np.frombuffer(bytes(state[2]), dtype=np.float32), index)


def query_text(query: str) -> str:
    return " ".join(query[:2000].split()[:QUERY_WORDS])


def current_index(version: int, generation: str) -> dense.VectorIndex:
    """The in-memory index at this version: all rows read again after a new generation, else the changed ones."""
    with _lock:
        index: dense.VectorIndex = _cache["index"]  # type: ignore[assignment]
        if _cache["generation"] == generation and index.version >= version:
            return index
        since = index.version if _cache["generation"] == generation else None
        base = index if since is not None else dense.VectorIndex.empty()
        rows = OrganisationVector.objects.filter(version__gt=since) if since is not None else \
            OrganisationVector.objects.exclude(bits=b"")
        changed = [(pk, key, bytes(bits), projects) for pk, key, bits, projects in rows.values_list(
            "organisation_id", "filter_key", "bits", "projects").iterator(chunk_size=20_000)]
        kept: OrderedDict[int, tuple[bytes, int]] = OrderedDict()
        if since is not None:  # the vectors kept for the old index that did not change, for the new one
            kept = _cache["vectors"].copy()  # type: ignore[attr-defined]
            for row in changed:
                kept.pop(row[0], None)
        index = base.updated(changed, version)
        _cache["index"], _cache["generation"], _cache["vectors"] = index, generation, kept
        return index


def nearest(index: dense.VectorIndex, centre: np.ndarray, query: np.ndarray, filters: SearchFilters,
            count: int = dense.DENSE_HITS) -> dict[int, float]:
    query_bits = dense.sign_bits(query[None, :], centre)
    candidates = index.nearest(query_bits, dense.CANDIDATES, key_filter(filters))
    if not candidates:
        return {}
    rows = _vectors(index, candidates)
    ids = [pk for pk in candidates if pk in rows]
    return dense.rerank(query, ids, [rows[pk][0] for pk in ids], [rows[pk][1] for pk in ids], count)


def _vectors(index: dense.VectorIndex, organisation_ids: list[int]) -> dict[int, tuple[bytes, int]]:
    """Organisation → (its profile's int8 vector, its projects), the VECTORS_KEPT last used kept with the index
    they belong to (current_index passes on those that did not change to the next one)."""
    with _lock:
        kept: OrderedDict[int, tuple[bytes, int]] = _cache["vectors"]  # type: ignore[assignment]
        current = _cache["index"] is index
        found = {pk: kept[pk] for pk in organisation_ids if current and pk in kept}
    missing = [pk for pk in organisation_ids if pk not in found]
    read = _stored_vectors(missing) if missing else {}
    with _lock:
        if _cache["index"] is index:
            for pk in found:
                kept.move_to_end(pk)
            kept.update(read)
            while len(kept) > VECTORS_KEPT:
                kept.popitem(last=False)
    return found | read


def _stored_vectors(organisation_ids: list[int]) -> dict[int, tuple[bytes, int]]:
    """Organisation → (its profile's int8 vector, its projects) for those that have one. A plain read (through
    the ORM the same rows cost 9 ms rather than 6 at 1,100 candidates on SQLite), in id order, and on PostgreSQL
    with the ids as one array (1,100 placeholders cost it 13 ms rather than 10)."""
    ids = sorted(organisation_ids)
    params: list[Any] = [ids] if connection.vendor == "postgresql" else ids
    where = "= ANY(%s)" if connection.vendor == "postgresql" else f"IN ({', '.join(['%s'] * len(ids))})"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT organisation_id, vector, projects FROM {OrganisationVector._meta.db_table} "  # noqa: S608 (ids as parameters)
                       f"WHERE organisation_id {where}", params)
        return {pk: (bytes(vector), projects) for pk, vector, projects in cursor.fetchall() if vector}


def key_filter(filters: SearchFilters) -> dense.KeyFilter | None:
    if not (filters.countries or filters.types or filters.regions):
        return None
    return dense.KeyFilter(
        countries=sorted({facets.country_code(code) for code in filters.countries}),
        types=sorted({facets.type_code(value) for value in filters.types}),
        regions=facets.region_ids(filters.regions) if filters.regions else None)


def forget_cache() -> None:
    """Drop the in-memory index (tests; a process that knows the tables were emptied)."""
    with _lock:
        _cache["index"], _cache["generation"], _cache["vectors"] = dense.VectorIndex.empty(), None, OrderedDict()


def closest_projects(pending: PendingDense, organisation_ids: list[int], per_organisation: int = 2
                     ) -> dict[int, list[int]]:
    """Each organisation's public projects nearest in meaning to the query, by their stored vectors: the reason a
    hit found only across languages shows ("King's Road" for a query about historic routes in Finnish records)."""
    if pending.future is None or not organisation_ids:
        return {}
    try:
        query = semantic.as_matrix(pending.future.result())[0]
    except RuntimeError:
        return {}
    closest = {}
    for organisation_id, rows in _recent_project_vectors(organisation_ids).items():
        similarities = semantic.as_matrix([vector for _project_id, vector in rows]) @ query
        order = np.argsort(-similarities, kind="stable")[:per_organisation]
        closest[organisation_id] = [rows[row][0] for row in order]
    return closest


def _recent_project_vectors(organisation_ids: list[int]) -> dict[int, list[tuple[int, bytes]]]:
    """(project, vector) of each organisation's most recently linked public projects that have a vector, at most
    PROJECTS_COMPARED each, in one round trip: one LIMITed branch per organisation, read through its partner rows'
    index (a join over every public project would scan them all: 1.3 s at 2,000,000 projects)."""
    partner_table, project_table = ProjectPartner._meta.db_table, Project._meta.db_table
    vector_table = ProjectVector._meta.db_table
    branch = (f"SELECT * FROM (SELECT pp.organisation_id, pv.project_id, pv.vector FROM {partner_table} pp "  # noqa: S608
              f"JOIN {project_table} p ON p.id = pp.project_id JOIN {vector_table} pv ON pv.project_id = pp.project_id "
              f"WHERE pp.organisation_id = %s AND p.workspace_id IS NULL ORDER BY pp.id DESC LIMIT %s) r")
    parts, params = [], []
    for number, organisation_id in enumerate(organisation_ids):
        parts.append(f"{branch}{number}")
        params += [organisation_id, PROJECTS_COMPARED]
    found: dict[int, list[tuple[int, bytes]]] = {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for organisation_id, project_id, vector in cursor.fetchall():
            found.setdefault(organisation_id, []).append((project_id, bytes(vector)))
    return found

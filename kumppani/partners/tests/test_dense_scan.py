import numpy as np

from kumppani.partners import dense


def _profiles(count: int, seed: int = 7) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    columns = rng.integers(0, 2**63, size=(dense.WORDS, count), dtype=np.uint64)
    projects = rng.integers(0, 50, size=count).astype(np.int32)
    query = rng.integers(0, 2**63, size=dense.WORDS, dtype=np.uint64)
    return columns, projects, query


def test_the_scan_adds_the_allowed_profiles_with_most_projects_not_already_nearest():
    columns, projects, query = _profiles(5_000)
    allowed = np.arange(5_000) % 3 != 0
    rows = dense.nearest_rows(columns, query, 200, allowed, projects, dense.heaviest_first(projects))
    nearest, evidence = rows[:200], rows[200:]
    assert allowed[rows].all() and len(set(rows.tolist())) == len(rows)
    others = [row for row in np.flatnonzero(allowed) if row not in set(nearest.tolist()) and projects[row] > 0]
    threshold = sorted((projects[row] for row in others), reverse=True)[dense.EVIDENCE_CANDIDATES - 1]
    assert len(evidence) == dense.EVIDENCE_CANDIDATES
    assert min(projects[evidence]) == threshold


def test_the_presorted_order_gives_the_same_rows_as_sorting_per_query():
    columns, projects, query = _profiles(3_000, seed=11)
    index = dense.VectorIndex(np.arange(3_000, dtype=np.int64), np.zeros(3_000, dtype=np.int64), columns, projects)
    sorted_once = index.nearest(query.view(np.uint8)[None, :], 100)
    sorted_now = dense.nearest_rows(columns, query, 100, None, projects).tolist()
    assert sorted_once == sorted_now

"""BM25 over organisation profiles: the functions the database engine and bench/partner_quality.py share."""

import math

# Tuned on bench/partner_quality.py (see its docstring for the measurements).
K1 = 1.2
B = 0.0
# Stored impacts use this fixed length instead of the live average: they only order each term's postings (so a
# query reads the best ones first), and a fixed reference keeps them independent of every other profile, so an
# incremental update never has to rewrite other organisations' rows. Final scores use the live average.
IMPACT_LENGTH = 40.0
# Weight of an organisation's evidence (number of projects) in its score: score * (1 + PRIOR * log(1 + projects)).
PRIOR = 0.0


def idf(documents: int, profiles: int) -> float:
    """BM25's inverse document frequency (never negative)."""
    return math.log(1.0 + (profiles - documents + 0.5) / (documents + 0.5))


def tf_part(tf: float, length: float, average_length: float, k1: float | None = None,
            b: float | None = None) -> float:
    """BM25's saturated, length-normalised term frequency (k1 and b default to the module's tuned values)."""
    if tf <= 0:
        return 0.0
    k1 = K1 if k1 is None else k1
    b = B if b is None else b
    return tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * length / max(average_length, 1.0)))


# Among equal impacts (with b = 0 every posting of the same tf ties), organisations with more evidence come first.
EVIDENCE_TIE_BREAK = 1e-7


def impact(tf: float, length: float) -> float:
    return tf_part(tf, length, IMPACT_LENGTH) + EVIDENCE_TIE_BREAK * min(length, 1e6)


def evidence_factor(projects: int, prior: float | None = None) -> float:
    prior = PRIOR if prior is None else prior
    return 1.0 + prior * math.log1p(projects) if prior else 1.0

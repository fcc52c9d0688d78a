"""A cross-language theme signal for partner search: the query's meaning matched against the theme names.

Lexical search only finds a theme whose name shares a word with the query; "nuorisotyö" never reaches an
organisation whose theme is named "Youth work" only. Here the query is embedded (semantic.py, ~15-20 ms of CPU)
and compared with every theme name in every language it has; the themes it is close to give the organisations
that carry them (their directory themes) a bounded boost, and a hit found only this way still shows the theme
as its reason. Project themes are left out: their names, in all their languages, are already terms of the
lexical profiles, and reading the projects' theme links of the best candidates cost 0.3-1.5 s a query at
500,000 projects on SQLite (the candidates are the organisations with the most projects).

Raw cosine similarities of e5 are compressed (0.82-0.94 for related and unrelated short texts alike), so a theme
matches when it stands out from the query's similarities to BACKGROUND, a fixed list of unrelated topic names:
z = (similarity - their mean) / their deviation. Measured on the demo's themes with 24 fi/sv/en/et queries (see
the report of issue 5): z >= 4 kept 63% of the right query-theme pairs with one wrong one ("hankkeen tavoitteena
on kehittää" -> "Maaseudun kehittäminen"); a raw threshold with as few errors kept under 20%. A theme with one
name in one language is the hard case ("maaseutumatkailu" vs "Rural tourism": z 3.9; "rural tourism" vs
"Maaseutumatkailu": 2.5), so the threshold is z >= 3 (84% of the right pairs, 5% of the wrong ones, most of
those near misses such as "rural tourism" -> "Rural development"), and the boost grows with z.

Theme and background vectors are computed once per process and kept by the theme's name, so a renamed or new
theme is embedded on the next query and every process sees changes at once. Without the model: no signal.
"""

from __future__ import annotations

import concurrent.futures
import functools
import logging
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from django.db.models import Q

from kumppani.directory.models import Organisation, Theme
from kumppani.partners import facets, semantic

if TYPE_CHECKING:
    from kumppani.partners.search import PartnerHit, SearchFilters

logger = logging.getLogger(__name__)

MIN_Z = 3.0  # how far above the background a theme name must be to match (see the module's docstring)
FULL_Z = 8.0  # at this distance (or more) a theme gives the whole boost; at MIN_Z a quarter of it
MAX_THEMES = 3  # the query's closest themes at most
BOOST_SHARE = 0.3  # a full theme match adds this share of the best lexical score (or of 1.0 without one)
# An organisation with no lexical evidence on the query's words gets half of it: a theme alone is weaker evidence,
# and generic queries match themes too ("Investointi ja kehittäminen" -> "Maaseudun kehittäminen").
THEME_ONLY_SHARE = 0.15
# Only the first words of a query are embedded: CPU time grows with the tokens (measured: 20 characters ~20 ms,
# 60 ~40 ms, 120 ~65 ms, 1,500 0.5-0.8 s) and a query may cost ~25 ms more at most; the subject comes first. With
# dense profiles stored, the dense ranking's vector of the first 16 words (hybrid.QUERY_WORDS) serves instead.
QUERY_WORDS = 5
LEXICAL_CANDIDATES = 200  # the best lexical hits whose directory themes are looked at
THEME_ONLY_CANDIDATES = 50  # organisations found only through a theme, at most

# Unrelated topic names in the four languages: the yardstick of how similar "not related" looks for a query.
BACKGROUND = [
    "Health care", "Terveydenhuolto", "Hälso- och sjukvård", "Tervishoid", "Transport", "Liikenne", "Agriculture",
    "Maatalous", "Jordbruk", "Põllumajandus", "Banking", "Pankkitoiminta", "Sport", "Urheilu", "Idrott", "Music",
    "Musiikki", "Defence", "Puolustus", "Chemistry", "Kemia", "Housing", "Asuminen", "Bostäder", "Eluase",
    "Public administration", "Julkinen hallinto", "Offentlig förvaltning", "Avalik haldus", "Water management",
    "Vesihuolto", "Forestry", "Metsätalous", "Skogsbruk", "Metsandus", "Employment", "Työllisyys", "Sysselsättning",
    "Tööhõive", "Manufacturing", "Teollisuus", "Industri", "Tööstus", "Elderly care", "Vanhustenhoito",
    "Äldreomsorg", "Eakate hooldus",
]

_lock = threading.Lock()
_vectors: dict[str, np.ndarray] = {}  # theme name (one language) or background text → unit vector


@dataclass
class ThemeSignal:
    """The themes a query means (id → strength 0.25-1) and, once looked up, the organisations that carry them."""

    themes: dict[int, float] = field(default_factory=dict)
    by_organisation: dict[int, list[int]] = field(default_factory=dict)  # organisation → its matching themes

    def __bool__(self) -> bool:
        return bool(self.themes)

    def boost(self, scores: dict[int, float], filters: SearchFilters) -> None:
        """Add each organisation's bounded theme boost to `scores` (in place), new organisations included."""
        if not self.themes:
            return
        reference = max(scores.values(), default=0.0) or 1.0
        self.by_organisation = organisations_with_themes(list(self.themes), scores, filters)
        for organisation_id, theme_ids in self.by_organisation.items():
            strength = max(self.themes[theme_id] for theme_id in theme_ids)
            share = BOOST_SHARE if organisation_id in scores else THEME_ONLY_SHARE
            scores[organisation_id] = scores.get(organisation_id, 0.0) + share * reference * strength

    def explain(self, hits: list[PartnerHit]) -> list[PartnerHit]:
        """Add the matching themes to each hit's reasons (after the lexical ones); returns the hits."""
        wanted = {theme_id for hit in hits for theme_id in self.by_organisation.get(hit.organisation.pk, [])}
        if not wanted:
            return hits
        themes = Theme.objects.in_bulk(wanted)
        for hit in hits:
            shown = {theme.pk for theme in hit.matching_themes}
            hit.matching_themes += [themes[pk] for pk in self.by_organisation.get(hit.organisation.pk, [])
                                    if pk in themes and pk not in shown]
        return hits


def theme_signal(query: str | None) -> ThemeSignal:
    """The themes whose names are close in meaning to the query, in whatever languages; empty without the model."""
    return start_theme_signal(query).result()


@dataclass
class PendingThemeSignal:
    """A theme signal being computed in the embedding thread (None: there is none to wait for)."""

    future: concurrent.futures.Future[tuple[tuple[int, float], ...]] | None = None

    def __bool__(self) -> bool:
        return self.future is not None

    def result(self) -> ThemeSignal:
        if self.future is None:
            return ThemeSignal()
        try:
            return ThemeSignal(dict(self.future.result()))
        except RuntimeError as error:  # the model failed after it loaded
            logger.warning("No cross-language theme signal: %s", error)
            return ThemeSignal()


# One thread embeds queries while the lexical search runs in the caller's: the engine is C code called through
# ctypes, which lets go of the GIL, so on two cores the ~14 ms of embedding (on one core: semantic.one_thread_here)
# overlap the database's work.
_embedding_thread = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="kumppani-embed",
                                                          initializer=semantic.one_thread_here)


def embedding_thread() -> concurrent.futures.ThreadPoolExecutor:
    """The one thread that embeds queries (hybrid.py embeds its query there too)."""
    return _embedding_thread


def query_text(query: str) -> str:
    """The words of a query the theme signal embeds."""
    return " ".join(query[:1000].split()[:QUERY_WORDS])


def start_theme_signal(query: str | None, vector: concurrent.futures.Future[bytes] | None = None
                       ) -> PendingThemeSignal:
    """Start theme_signal: the theme names are read here (in the caller's transaction), the query embedded in the
    embedding thread, or its `vector` awaited there: the dense ranking's (hybrid.start), of the query's first 16
    words, so that a search embeds its query once (a second call of the engine cost ~15 ms more)."""
    if not query or not query.strip() or not semantic.available():
        return PendingThemeSignal()
    names = tuple(Theme.objects.order_by("pk").values_list("pk", "name"))
    if not names:
        return PendingThemeSignal()
    key = tuple((pk, tuple(sorted((name or {}).items()))) for pk, name in names)
    if vector is not None:
        return PendingThemeSignal(_embedding_thread.submit(lambda: _themes_near(vector.result(), key)))
    return PendingThemeSignal(_embedding_thread.submit(_query_themes, query_text(query), key))


@functools.lru_cache(maxsize=512)
def _query_themes(query: str, themes: tuple[tuple[int, tuple[tuple[str, str], ...]], ...]
                  ) -> tuple[tuple[int, float], ...]:
    """(theme, strength) of the query's closest themes; cached, as typing repeats queries (page, then API)."""
    return _themes_near(semantic.embed_query(query), themes)


@functools.lru_cache(maxsize=512)
def _themes_near(vector: bytes, themes: tuple[tuple[int, tuple[tuple[str, str], ...]], ...]
                 ) -> tuple[tuple[int, float], ...]:
    query_vector = semantic.as_matrix(vector)[0]
    background = _matrix(BACKGROUND) @ query_vector
    deviation = max(float(background.std()), 1e-6)
    texts = sorted({text for _pk, name in themes for _language, text in name if text and text.strip()})
    similarity = dict(zip(texts, (_matrix(texts) @ query_vector).tolist(), strict=True)) if texts else {}
    z_scores: list[tuple[float, int]] = []
    for pk, name in themes:
        best = max((similarity[text] for _language, text in name if text in similarity), default=None)
        if best is not None:
            z_scores.append(((best - float(background.mean())) / deviation, pk))
    z_scores.sort(reverse=True)
    return tuple((pk, _strength(z)) for z, pk in z_scores[:MAX_THEMES] if z >= MIN_Z)


def _strength(z: float) -> float:
    return 0.25 + 0.75 * min(1.0, (z - MIN_Z) / (FULL_Z - MIN_Z))


def _matrix(texts: list[str]) -> np.ndarray:
    """The texts' unit vectors as rows, embedding (as passages) only the texts not seen before."""
    with _lock:
        missing = [text for text in dict.fromkeys(texts) if text not in _vectors]
    if missing:
        vectors = semantic.as_matrix(semantic.embed_passages(missing))
        with _lock:
            if len(_vectors) > 20_000:  # renamed themes leave old names behind; start over rather than grow
                _vectors.clear()
            _vectors.update(zip(missing, vectors, strict=True))
    with _lock:
        return np.stack([_vectors[text] for text in texts])


def organisations_with_themes(theme_ids: list[int], scores: dict[int, float], filters: SearchFilters
                              ) -> dict[int, list[int]]:
    """Organisations whose directory themes include these: the best lexical candidates that do, and at most
    THEME_ONLY_CANDIDATES others (lowest ids first, as ties rank; the filters applied)."""
    order = {theme_id: number for number, theme_id in enumerate(theme_ids)}
    found: dict[int, set[int]] = defaultdict(set)
    candidates = sorted(scores, key=lambda pk: (-scores[pk], pk))[:LEXICAL_CANDIDATES]
    links = Organisation.themes.through.objects.filter(theme_id__in=theme_ids)
    _collect(found, links.filter(organisation_id__in=candidates).values_list("organisation_id", "theme_id"))
    wanted, allowed = THEME_ONLY_CANDIDATES * len(theme_ids), _filter_q(filters)
    theme_only: list[tuple[int, int]] = []
    for theme_id in theme_ids:  # one short read of the (theme, organisation) index per theme, not a sort of all
        theme_only += Organisation.themes.through.objects.filter(theme_id=theme_id).filter(allowed).exclude(
            organisation_id__in=candidates).order_by("organisation_id").values_list(
            "organisation_id", "theme_id")[:wanted]
    _collect(found, sorted(theme_only)[:wanted])
    return {pk: sorted(themes, key=order.__getitem__) for pk, themes in found.items()}


def _collect(found: dict[int, set[int]], pairs: Iterable[tuple[int, Any]]) -> None:
    for organisation_id, theme_id in pairs:
        found[organisation_id].add(theme_id)


def _filter_q(filters: SearchFilters) -> Q:
    """The search filters (country, NUTS region and its sub-regions, type) on the organisation of a theme link."""
    condition = Q()
    if filters.countries:
        condition &= Q(organisation__country__in=filters.countries)
    if filters.types:
        condition &= Q(organisation__type__in=filters.types)
    if filters.regions:
        condition &= Q(organisation__region_id__in=facets.region_ids(filters.regions))
    return condition

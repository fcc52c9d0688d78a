"""Partner search: which organisations have the expertise a project needs, ranked by BM25 over their profiles.

Design. A profile (description, themes, the titles, summaries and themes of the organisation's public projects) is
analysed into terms (analysis.py) and stored in the database (models.py): a term dictionary with document
frequencies and an impact-ordered postings table (term, organisation, tf, profile length, BM25 impact without
idf), indexed on (term, impact DESC). A workspace's private projects and notes add a separate profile part that
only that workspace reads; frequencies and lengths that feed the scores of others count public profiles only.
A query reads, in one round trip (UNION ALL of per-term `ORDER BY impact DESC LIMIT N`, N smaller for common
terms), the best postings of each query term; the database sums BM25 (live idf and average length) per
organisation and returns only the best rows. Each posting carries its organisation's country, type and region,
packed in one key (facets.py), in the impact index: a filter skips postings there, without organisation lookups. The
few organisations with a part only the searching workspace sees are scored in Python from both parts. The
reasons (reasons.py) read at most 60 recent projects per hit, in one round trip. Signals keep the index
current in the writing transaction (signals.py); `rebuild_index` recomputes it with bulk loads (index.py).
Tuned on bench/partner_quality.py: k1 1.2, b 0 (a longer profile is more evidence, not noise), N 1000.

Any language in: when the model loads and dense profiles are stored, a query is also embedded and its nearest
organisations' profiles found (hybrid.py, dense.py); the two rankings are fused (dense.fuse), so that a description
in English or Estonian finds organisations whose records are in Finnish. Without the model: lexical only.
"""

import functools
import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry
from django.db import connection
from django.db.models import Q
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kumppani.core.translated import localized
from kumppani.directory.models import Organisation, OrganisationType, Partnership, Region, Theme
from kumppani.partners import analysis, crosslingual, dense, facets, hybrid, index, scoring
from kumppani.partners.models import IndexStats, Posting, Profile, Term, WorkspacePosting, WorkspaceProfile
from kumppani.partners.reasons import MatchingProject, ProjectReasons
from kumppani.projects.models import Project, ProjectPartner
from kumppani.workspaces.models import Workspace

MAX_QUERY_CHARS = 10_000
MAX_QUERY_TERMS = 40  # the rarest terms of a long query (or of a profile for more_like)
MORE_LIKE_TERMS = 25
POSTINGS_PER_TERM = 1000  # N: measured on bench/partner_quality.py (see its docstring)
MIN_POSTINGS_PER_TERM = 200  # N for the commonest terms; it grows with the idf up to N at RARE_IDF
RARE_IDF = 5.0


class QueryError(ValueError):
    """A query or filter the search cannot run; the message is translated, field names the offending input."""

    def __init__(self, message: Any, field: str = "q"):
        super().__init__(str(message))
        self.message = str(message)
        self.field = field


@dataclass
class SearchFilters:
    countries: list[str] = field(default_factory=list)  # ISO alpha-2
    regions: list[str] = field(default_factory=list)  # NUTS codes; a code matches its sub-regions
    types: list[str] = field(default_factory=list)  # OrganisationType values


@dataclass
class PartnerHit:
    organisation: Organisation
    score: float
    matching_projects: list[MatchingProject] = field(default_factory=list)
    matching_themes: list[Theme] = field(default_factory=list)
    matched_terms: list[str] = field(default_factory=list)
    cooperation: str | None = None


def validate_filters(countries: list[str] | None = None, regions: list[str] | None = None,
                     types: list[str] | None = None) -> SearchFilters:
    countries = [code.strip().upper() for code in countries or [] if code.strip()]
    regions = [code.strip().upper() for code in regions or [] if code.strip()]
    types = [value.strip() for value in types or [] if value.strip()]
    for code in countries:
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            raise QueryError(_("Unknown country code: %(code)s.") % {"code": code[:20]}, field="countries")
    known_regions = set(Region.objects.filter(code__in=regions).values_list("code", flat=True))
    for code in regions:
        if code not in known_regions:
            raise QueryError(_("Unknown NUTS region: %(code)s.") % {"code": code[:20]}, field="regions")
    for value in types:
        if value not in OrganisationType.values:
            raise QueryError(_("Unknown organisation type: %(type)s.") % {"type": value[:40]}, field="types")
    return SearchFilters(countries, regions, types)


def query_weights(query: str) -> Counter[str]:
    """The query's terms and how often each occurs; QueryError when there is nothing to search for."""
    if not query or not query.strip():
        raise QueryError(_("Describe the project or the expertise you are looking for."))
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(_("The description is too long: at most %(count)s characters.")
                         % {"count": MAX_QUERY_CHARS})
    weights = Counter(analysis.analyse_query(query))
    if not weights:
        raise QueryError(_("The query has no words to search for (only common words or punctuation)."))
    return weights


def search_partners(workspace: Workspace | None, query: str, filters: SearchFilters | None = None,
                    limit: int = 20) -> list[PartnerHit]:
    weights = query_weights(query)
    return _hits(workspace, weights, filters, limit, query_words=analysis.words(query), query=query)


def more_like(workspace: Workspace | None, organisation: Organisation, filters: SearchFilters | None = None,
              limit: int = 20) -> list[PartnerHit]:
    """Organisations whose profiles share this one's most distinctive terms (highest tf·idf); not itself."""
    weights = distinctive_terms(workspace, organisation)
    if not weights:
        return []
    return _hits(workspace, weights, filters, limit, exclude=organisation.pk)


def distinctive_terms(workspace: Workspace | None, organisation: Organisation,
                      count: int = MORE_LIKE_TERMS) -> Counter[str]:
    tf: Counter[int] = Counter(dict(Posting.objects.filter(organisation=organisation).values_list("term_id", "tf")))
    if workspace is not None:
        tf.update(dict(WorkspacePosting.objects.filter(workspace=workspace, organisation=organisation).values_list(
            "term_id", "tf")))
    profiles = _stats()[0]
    terms = {pk: (text, documents) for pk, text, documents in
             Term.objects.filter(pk__in=list(tf)).values_list("pk", "text", "documents")}
    ranked = sorted(terms, key=lambda pk: -tf[pk] * scoring.idf(terms[pk][1], profiles))
    return Counter({terms[pk][0]: 1 for pk in ranked[:count]})


def rebuild_index(progress: index.Progress | None = None) -> int:
    """Recompute the whole index from scratch; returns the number of organisations indexed."""
    return index.rebuild(progress)


# Ranking ------------------------------------------------------------------------------------------------------

@dataclass
class QueryTerm:
    term_id: int
    text: str
    weight: float
    idf: float


Postings = dict[int, dict[int, tuple[float, float]]]  # organisation → term → (tf, profile length)


def _stats() -> tuple[int, float]:
    stats = IndexStats.objects.filter(pk=1).values_list("profiles", "total_length").first()
    profiles, total_length = stats or (0, 0.0)
    return profiles, (total_length / profiles if profiles else 1.0)


def _query_terms(workspace: Workspace | None, weights: Counter[str], profiles: int) -> list[QueryTerm]:
    """The query's terms that occur in a public profile or in this workspace's own part: a term that only another
    workspace's notes or projects hold (the dictionary is shared) must not take a place among the query's terms."""
    visible = Q(documents__gt=0)
    if workspace is not None:
        visible |= Q(pk__in=WorkspacePosting.objects.filter(workspace=workspace).values("term_id"))
    rows = Term.objects.filter(visible, text__in=list(weights)).values_list("pk", "text", "documents")
    return select_terms(weights, rows, profiles)


def select_terms(weights: Counter[str], rows: Iterable[tuple[int, str, int]], profiles: int) -> list[QueryTerm]:
    """The query's known terms (id, text, document frequency) with their idf; the MAX_QUERY_TERMS strongest."""
    terms = [QueryTerm(pk, text, float(weights[text]), scoring.idf(documents, profiles))
             for pk, text, documents in rows]
    terms.sort(key=lambda term: (-term.weight * term.idf, term.text))
    return terms[:MAX_QUERY_TERMS]


def _hits(workspace: Workspace | None, weights: Counter[str], filters: SearchFilters | None, limit: int,
          exclude: int | None = None, query_words: list[str] | None = None, query: str | None = None
          ) -> list[PartnerHit]:
    # Embedded meanwhile, once: the query's vector for the dense ranking (hybrid.py) and its themes in any language
    # (crosslingual.py)
    pending_dense = hybrid.start(query)
    pending = crosslingual.start_theme_signal(query, pending_dense.future)
    profiles, average_length = _stats()
    terms = _query_terms(workspace, weights, profiles)
    keep = max(limit, 0) + (1 if exclude is not None else 0)
    keep = max(keep, crosslingual.LEXICAL_CANDIDATES) if pending or pending_dense.future else keep
    filters = filters or SearchFilters()
    scores, matched = rank(workspace, terms, filters, average_length, keep=keep) if terms else ({}, {})
    reasons = ProjectReasons(workspace, {term.text for term in terms}, query_words)
    if pending or pending_dense.future:  # while the query is embedded: the lexical best's (60% of them stay)
        reasons.prepare(heapq.nsmallest(max(limit, 0), scores, key=lambda pk: (-scores[pk], pk)))
    nearest = pending_dense.result(filters)
    themes = pending.result()
    if not terms and not themes and not nearest:
        return []
    if nearest:
        scores = dense.fuse(scores, nearest, coverage(weights, terms))
    themes.boost(scores, filters)
    if exclude is not None:
        scores.pop(exclude, None)
    best = heapq.nsmallest(max(limit, 0), scores, key=lambda pk: (-scores[pk], pk))
    _add_public_matches(matched, [pk for pk in best if pk not in matched], terms)
    hits = themes.explain(_explain(workspace, best, scores, matched, {term.text for term in terms}, query_words,
                                   reasons))
    return _explain_dense_only(hits, pending_dense)


def _explain_dense_only(hits: list[PartnerHit], pending_dense: hybrid.PendingDense) -> list[PartnerHit]:
    """A hit the dense ranking found (no word or theme of the query in its profile) shows its public projects
    nearest in meaning to the query, so that every hit says why it is there."""
    unexplained = [hit for hit in hits if not (hit.matching_projects or hit.matching_themes or hit.matched_terms)]
    closest = hybrid.closest_projects(pending_dense, [hit.organisation.pk for hit in unexplained])
    if not closest:
        return hits
    projects = Project.objects.in_bulk([pk for ids in closest.values() for pk in ids])
    for hit in unexplained:
        hit.matching_projects = [_nearest_project(projects[pk]) for pk in closest.get(hit.organisation.pk, [])
                                 if pk in projects]
    return hits


def _nearest_project(project: Project) -> MatchingProject:
    title = localized(project.title)
    starts_on = project.starts_on
    return MatchingProject(project_id=project.pk, title=title, highlighted_title=escape(title),
                           year=starts_on.year if starts_on else None, is_own=False)


def coverage(weights: Counter[str], terms: list[QueryTerm]) -> float:
    """The share of the query's term occurrences that some profile holds: how far its lexical ranking can be
    trusted when fused with the dense one (dense.fuse)."""
    total = sum(weights.values())
    return min(1.0, sum(term.weight for term in terms) / total) if total else 0.0


def rank(workspace: Workspace | None, terms: list[QueryTerm], filters: SearchFilters, average_length: float,
         per_term: int = POSTINGS_PER_TERM, keep: int = 200
         ) -> tuple[dict[int, float], dict[int, set[int]]]:
    """BM25 scores of the best organisations found in the query terms' best postings, and the matched terms of
    those with a part only this workspace sees (_add_public_matches reads the others' for the hits shown).

    The public part is summed in SQL and only the best `keep` rows come back; an organisation with a part only
    this workspace sees is scored exactly in Python from both parts (they are few: the workspace's partners)."""
    private, private_lengths = _private_postings(workspace, terms, filters) if workspace is not None else ({}, {})
    with_private = set(private) | set(private_lengths)
    scores = _public_top(terms, filters, average_length, per_term, keep + len(with_private))
    for organisation_id in with_private:
        scores.pop(organisation_id, None)
    matched: dict[int, set[int]] = defaultdict(set)
    if with_private:
        public: Postings = defaultdict(dict)
        _complete_public(public, list(with_private), [term.term_id for term in terms])
        for organisation_id in list(public):
            if organisation_id not in with_private:
                del public[organisation_id]
        own_scores = bm25_scores({term.term_id: term for term in terms}, public, private, private_lengths,
                                 average_length)
        scores.update({pk: score for pk, score in own_scores.items() if score > 0})  # matching nothing: no hit
        for organisation_id in with_private:
            matched[organisation_id] = matched_terms(organisation_id, public, private)
    best = heapq.nsmallest(keep, scores, key=lambda pk: (-scores[pk], pk))
    return {pk: scores[pk] for pk in best}, matched


def _add_public_matches(matched: dict[int, set[int]], organisation_ids: list[int], terms: list[QueryTerm]) -> None:
    """The query terms in these organisations' public profiles."""
    if organisation_ids and terms:
        for organisation_id, term_id in Posting.objects.filter(
                organisation_id__in=organisation_ids, term_id__in=[term.term_id for term in terms]).values_list(
                "organisation_id", "term_id"):
            matched[organisation_id].add(term_id)


def _public_top(terms: list[QueryTerm], filters: SearchFilters, average_length: float, per_term: int,
                keep: int) -> dict[int, float]:
    """The public BM25 sum over each term's best postings, summed in SQL (the same formula as bm25_scores)."""
    parts, params = [], []
    posting_table = Posting._meta.db_table
    where, filter_params = facets.conditions("filter_key", filters.countries, filters.types, filters.regions)
    for number, term in enumerate(terms):
        parts.append(f"SELECT * FROM (SELECT %s AS w, organisation_id, tf, length "  # noqa: S608
                     f"FROM {posting_table} WHERE term_id = %s{where} "
                     f"ORDER BY impact DESC LIMIT %s) t{number}")
        params += [term.weight * term.idf * (scoring.K1 + 1.0), term.term_id, *filter_params,
                   _postings_for(term, per_term)]
    k1, b = scoring.K1, scoring.B
    sql = ("SELECT organisation_id, SUM(w * tf / (tf + %s + %s * length)) AS score "  # noqa: S608
           f"FROM ({' UNION ALL '.join(parts)}) u WHERE tf > 0 "
           "GROUP BY organisation_id ORDER BY score DESC, organisation_id LIMIT %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [k1 * (1.0 - b), k1 * b / max(average_length, 1.0), *params, keep])
        return {organisation_id: float(score) for organisation_id, score in cursor.fetchall()}


def _postings_for(term: QueryTerm, per_term: int) -> int:
    """Fewer postings for a common term: it cannot lift an organisation far (recall@10 on bench/partner_quality.py
    with N 200 for every term: 0.228, N 1000: 0.231), and common terms have the longest lists."""
    return min(per_term, max(MIN_POSTINGS_PER_TERM, int(per_term * term.idf / RARE_IDF)))


def _private_postings(workspace: Workspace, terms: list[QueryTerm], filters: SearchFilters
                      ) -> tuple[dict[int, dict[int, float]], dict[int, float]]:
    """This workspace's own postings of the query terms (organisation → term → tf) and its profile lengths."""
    private: dict[int, dict[int, float]] = defaultdict(dict)
    private_lengths: dict[int, float] = {}
    join, where, filter_params = _filter_sql(filters, "w")
    placeholders = ", ".join(["%s"] * len(terms))
    sql = (f"SELECT 1, w.term_id, w.organisation_id, w.tf, 0.0 FROM {WorkspacePosting._meta.db_table} w"  # noqa: S608
           f"{join} WHERE w.workspace_id = %s AND w.term_id IN ({placeholders}){where} UNION ALL "
           f"SELECT 2, 0, w.organisation_id, 0.0, w.length FROM {WorkspaceProfile._meta.db_table} w "
           f"WHERE w.workspace_id = %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [workspace.pk, *[term.term_id for term in terms], *filter_params, workspace.pk])
        for kind, term_id, organisation_id, tf, length in cursor.fetchall():
            if kind == 1:
                private[organisation_id][term_id] = tf
            else:
                private_lengths[organisation_id] = length
    return private, private_lengths


def bm25_scores(terms: dict[int, "QueryTerm"], public: Postings, private: dict[int, dict[int, float]],
                private_lengths: dict[int, float], average_length: float) -> dict[int, float]:
    """Sum BM25 per organisation over the postings read: public and (this workspace's) private frequencies add
    up, as do the two parts' lengths. bench/partner_quality.py ranks through this same function."""
    k1, b = scoring.K1, scoring.B
    weights = {term_id: term.weight * term.idf * (k1 + 1.0) for term_id, term in terms.items()}
    average_length = max(average_length, 1.0)
    scores: dict[int, float] = {}
    for organisation_id, found in public.items():
        if organisation_id in private or organisation_id in private_lengths:
            continue
        norm = k1 * (1.0 - b + b * _public_length(found) / average_length)
        scores[organisation_id] = sum(weights[term_id] * tf / (tf + norm) for term_id, (tf, _length) in found.items()
                                      if term_id != -1 and tf > 0)
    for organisation_id in set(private) | (set(private_lengths) & set(public)):
        found = public.get(organisation_id, {})
        extra = private.get(organisation_id, {})
        length = _public_length(found) + private_lengths.get(organisation_id, 0.0)
        score = 0.0
        for term_id in (set(found) | set(extra)) - {-1}:
            tf = found.get(term_id, (0.0, 0.0))[0] + extra.get(term_id, 0.0)
            score += terms[term_id].weight * terms[term_id].idf * scoring.tf_part(tf, length, average_length)
        scores[organisation_id] = score
    return scores


def matched_terms(organisation_id: int, public: Postings, private: dict[int, dict[int, float]]) -> set[int]:
    return (set(public.get(organisation_id, {})) | set(private.get(organisation_id, {}))) - {-1}


def _public_length(found: dict[int, tuple[float, float]]) -> float:
    return next(iter(found.values()))[1] if found else 0.0


def _complete_public(public: dict[int, dict[int, tuple[float, float]]], organisation_ids: list[int],
                     term_ids: list[int]) -> None:
    """The public side of the organisations the workspace's own postings found (not always in the top N)."""
    for organisation_id, term_id, tf, length in Posting.objects.filter(
            organisation_id__in=organisation_ids, term_id__in=term_ids).values_list(
            "organisation_id", "term_id", "tf", "length"):
        public[organisation_id][term_id] = (tf, length)
    for organisation_id, length in Profile.objects.filter(organisation_id__in=organisation_ids).values_list(
            "organisation_id", "length"):
        public[organisation_id].setdefault(-1, (0.0, length))


def _filter_sql(filters: SearchFilters, alias: str) -> tuple[str, str, list[Any]]:
    """A join and conditions that keep the organisations the filters allow."""
    if not (filters.countries or filters.regions or filters.types):
        return "", "", []
    organisation_table = Organisation._meta.db_table
    join = f" JOIN {organisation_table} o ON o.id = {alias}.organisation_id"
    conditions, params = [], []
    if filters.countries:
        conditions.append(f"o.country IN ({', '.join(['%s'] * len(filters.countries))})")
        params += filters.countries
    if filters.types:
        conditions.append(f"o.type IN ({', '.join(['%s'] * len(filters.types))})")
        params += filters.types
    if filters.regions:
        join += f" JOIN {Region._meta.db_table} r ON r.id = o.region_id"
        conditions.append("(" + " OR ".join(["r.code LIKE %s"] * len(filters.regions)) + ")")
        params += [code + "%" for code in filters.regions]
    return join, " AND " + " AND ".join(conditions), params


# Reasons -------------------------------------------------------------------------------------------------------

def _explain(workspace: Workspace | None, organisation_ids: list[int], scores: dict[int, float],
             matched: dict[int, set[int]], query_terms: set[str], query_words: list[str] | None,
             reasons: "ProjectReasons | None" = None) -> list[PartnerHit]:
    if not organisation_ids:
        return []
    organisations, projects = (reasons or ProjectReasons(workspace, query_terms, query_words)).of(organisation_ids)
    term_texts = dict(Term.objects.filter(pk__in={pk for ids in matched.values() for pk in ids}).values_list(
        "pk", "text"))
    cooperation = _cooperation(workspace, organisation_ids)
    hits = []
    for pk in organisation_ids:
        organisation = organisations.get(pk)
        if organisation is None:
            continue
        found = {term_texts[term_id] for term_id in matched.get(pk, set()) if term_id in term_texts}
        hits.append(PartnerHit(
            organisation=organisation, score=round(scores[pk], 4), matching_projects=projects.get(pk, []),
            matching_themes=[theme for theme in organisation.themes.all()
                             if query_terms & _theme_terms(theme.pk, json.dumps(theme.name, sort_keys=True))],
            matched_terms=_matched_words(found, query_words), cooperation=cooperation.get(pk)))
    return hits


@functools.lru_cache(maxsize=4096)
def _theme_terms(_theme_id: int, name: str) -> frozenset[str]:
    return frozenset(analysis.analyse_translated(json.loads(name)))


def _matched_words(found: set[str], query_words: list[str] | None) -> list[str]:
    """The query's own words whose terms matched (the terms themselves for more_like)."""
    if query_words is None:
        return sorted(found)
    languages = analysis.likely_languages(query_words)
    result: list[str] = []
    for word in query_words:
        terms = {term for language in languages for term in analysis.word_terms(word, language)}
        if terms & found and word not in result:
            result.append(word)
    return result


SHARED_PROJECT = gettext_lazy("shared project")


def _cooperation(workspace: Workspace | None, organisation_ids: list[int]) -> dict[int, str]:
    if workspace is None:
        return {}
    result: dict[int, str] = {}
    for organisation_id in ProjectPartner.objects.filter(
            project__workspace=workspace, organisation_id__in=organisation_ids).values_list(
            "organisation_id", flat=True):
        result[organisation_id] = str(SHARED_PROJECT)
    for partnership in Partnership.objects.filter(workspace=workspace, organisation_id__in=organisation_ids):
        result[partnership.organisation_id] = _("Partnership: %(status)s") % {
            "status": partnership.get_status_display()}
    return result


__all__ = ["MAX_QUERY_CHARS", "MatchingProject", "PartnerHit", "QueryError", "SearchFilters",
           "more_like", "rebuild_index", "search_partners", "validate_filters"]

"""Why a partner search hit is there: each hit's matching projects, its most recent visible ones (public, or the
searching workspace's own) whose title shares a query term, the matching words marked.

An organisation's most recently linked projects (PROJECTS_SCANNED_FOR_REASONS) are read in one round trip for all
the hits (one LIMITed branch per organisation) and kept in the process while nothing changes (KeptRecentProjects):
the same organisations come up search after search. A sieve on the stored text spares parsing and analysing most
titles (Sieve). search.py reads the lexical best's while the query is still being embedded (ProjectReasons).
"""

import functools
import heapq
import json
import re
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from kumppani.audit import changes
from kumppani.core.translated import localized
from kumppani.directory.models import Organisation
from kumppani.partners import analysis
from kumppani.projects.models import Project, ProjectPartner
from kumppani.workspaces.models import Workspace

MATCHING_PROJECTS = 5
PROJECTS_SCANNED_FOR_REASONS = 60  # the organisation's most recent projects looked at for the reasons
KEPT_ORGANISATIONS = 1000  # organisations whose recent projects a process keeps (~10 KB each; KeptRecentProjects)
TITLES_KEPT = 20_000  # titles whose terms a process keeps (_title_terms; ~0.5 KB each)
SIEVE_PREFIX = 3


@dataclass
class MatchingProject:
    project_id: int
    title: str
    highlighted_title: SafeString
    year: int | None
    is_own: bool


def _matching_projects(recent: dict[int, list["RecentProject"]], query_terms: set[str],
                       languages: tuple[str, ...]) -> dict[int, list[MatchingProject]]:
    """Each organisation's recent visible projects (public, or the workspace's own) whose title shares a query term.

    Titles only (the summary is not shown), each word analysed in the title's language key and in the query's
    languages: a cached dictionary lookup per word, no language vote per title. Only the titles whose stored text
    passes the sieve are looked at (Sieve)."""
    result: dict[int, list[MatchingProject]] = {}
    sieve = Sieve.of(query_terms)
    for organisation_id, projects in recent.items():
        found: list[tuple[int, int, Any]] = []  # (-overlap, position, title): most overlap first, then most recent
        for position, (_project_id, _year, _is_own, stored) in enumerate(projects):
            if sieve.may_match(stored):
                overlap = len(_title_terms(stored, languages) & query_terms)
                if overlap:
                    found.append((-overlap, position, json.loads(stored)))
        result[organisation_id] = []
        for _overlap, position, title in heapq.nsmallest(MATCHING_PROJECTS, found, key=lambda row: row[:2]):
            project_id, year, is_own, _stored = projects[position]
            text = localized(title)
            result[organisation_id].append(MatchingProject(
                project_id=project_id, title=text,
                highlighted_title=highlight(text, query_terms, _text_languages(title, text, languages), sieve.word),
                year=int(year) if year else None, is_own=is_own))
    return result


NOTHING = re.compile(r"(?!)")


@dataclass(frozen=True)
class Sieve:
    """A cheap first sieve: a title or word that may hold a query term contains the start of one (a stem, a base
    form's stem or a compound part begins like the written word or part, except for a changed ending or stem
    vowel)."""

    stored: re.Pattern[str]  # over a title's stored JSON text, lower-cased
    word: re.Pattern[str]  # over a lower-case word

    @classmethod
    def of(cls, query_terms: set[str]) -> "Sieve":
        """The starts as written and as JSON escapes them: SQLite keeps "kehittäminen" as "kehitt\\u00e4minen",
        and an escape does not change case ("Ää" is "\\u00c4\\u00e4"), so capitalised and upper-case starts are
        escaped too."""
        starts = {term[:SIEVE_PREFIX] for term in query_terms}
        stored = starts | {json.dumps(variant)[1:-1].lower() for start in starts
                           for variant in (start, start.capitalize(), start.upper())}
        return cls(_alternatives(stored), _alternatives(starts))

    def may_match(self, stored: str) -> bool:
        return self.stored.search(stored.lower()) is not None


def _alternatives(texts: set[str]) -> re.Pattern[str]:
    if not texts:
        return NOTHING
    return re.compile("|".join(re.escape(text) for text in sorted(texts, key=lambda text: (-len(text), text))))


@functools.lru_cache(maxsize=TITLES_KEPT)
def _title_terms(stored: str, languages: tuple[str, ...]) -> frozenset[str]:
    """The terms of a title, as stored, each word analysed in the title's language key and in the query's
    languages. Kept by the stored text itself, so a changed title is a new key: the same organisations' titles come
    up search after search, and a kept one costs a set intersection instead of its analysis."""
    terms: set[str] = set()
    for key, text in (json.loads(stored) or {}).items():
        if text:
            in_languages = _languages_with(key, languages)
            for word in analysis.words(text):
                for language in in_languages:
                    terms.update(analysis.word_terms(word, language))
    return frozenset(terms)


def _text_languages(title: dict[str, str] | None, text: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    key = next((key for key, value in (title or {}).items() if value == text), analysis.DEFAULT_LANGUAGE)
    return _languages_with(key, languages)


@functools.lru_cache(maxsize=256)
def _languages_with(key: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(([key] if key in analysis.STEMMER_NAMES else []) + list(languages)
                               or [analysis.DEFAULT_LANGUAGE]))


RecentProject = tuple[int, Any, bool, str]  # project, start year, the workspace's own?, title as stored (JSON text)


class ProjectReasons:
    """Each hit's organisation and matching projects (_matching_projects), read and worked out once per search: the
    lexical best's while the query is still being embedded in the other thread, the other hits' after the fusion."""

    def __init__(self, workspace: Workspace | None, query_terms: set[str], query_words: list[str] | None) -> None:
        self.workspace, self.query_terms = workspace, query_terms
        self.languages = tuple(analysis.likely_languages(query_words)) if query_words else ()
        self.found: dict[int, list[MatchingProject]] = {}
        self.organisations: dict[int, Organisation] = {}
        self.marker: tuple[int, ...] | None = None

    def prepare(self, organisation_ids: list[int]) -> None:
        missing = [pk for pk in organisation_ids if pk not in self.found]
        if missing:
            self.organisations.update(Organisation.objects.select_related("region").prefetch_related(
                "themes").in_bulk(missing))
            if self.marker is None:
                self.marker = changes.marker()  # read before the rows it keeps
            recent = kept_recent_projects.get(self.marker, self.workspace, missing)
            unread = [pk for pk in missing if pk not in recent]
            if unread:
                read = _recent_visible_projects(self.workspace, unread)
                recent.update({pk: read.get(pk, []) for pk in unread})
                kept_recent_projects.put(self.marker, self.workspace, {pk: recent[pk] for pk in unread})
            self.found.update({pk: [] for pk in missing})
            self.found.update(_matching_projects(recent, self.query_terms, self.languages))

    def of(self, organisation_ids: list[int]) -> tuple[dict[int, Organisation], dict[int, list[MatchingProject]]]:
        """The organisations (with their region and themes) that still exist, and their matching projects."""
        self.prepare(organisation_ids)
        return ({pk: self.organisations[pk] for pk in organisation_ids if pk in self.organisations},
                {pk: self.found[pk] for pk in organisation_ids})


class KeptRecentProjects:
    """Organisations' recent visible projects as last read, kept in this process while the change marker stays
    (audit/changes.py): the same organisations come up search after search (of the 4,000 hits of
    bench/partner_speed.py's 200 queries, 807 organisations; 4 hits in 5 had come up before)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows: OrderedDict[tuple[int | None, int], list[RecentProject]] = OrderedDict()
        self.marker: tuple[int, ...] | None = None
        self.lock = threading.Lock()

    def get(self, marker: tuple[int, ...], workspace: Workspace | None, organisation_ids: list[int]
            ) -> dict[int, list[RecentProject]]:
        owner = workspace.pk if workspace is not None else None
        with self.lock:
            if marker != self.marker:
                return {}
            found = {}
            for pk in organisation_ids:
                rows = self.rows.get((owner, pk))
                if rows is not None:
                    self.rows.move_to_end((owner, pk))
                    found[pk] = rows
            return found

    def put(self, marker: tuple[int, ...], workspace: Workspace | None, read: dict[int, list[RecentProject]]
            ) -> None:
        owner = workspace.pk if workspace is not None else None
        with self.lock:
            if marker != self.marker:
                self.rows.clear()
                self.marker = marker
            for pk, rows in read.items():
                self.rows[(owner, pk)] = rows
            while len(self.rows) > self.size:
                self.rows.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.rows.clear()
            self.marker = None


kept_recent_projects = KeptRecentProjects(KEPT_ORGANISATIONS)


def _recent_visible_projects(workspace: Workspace | None, organisation_ids: list[int]
                             ) -> dict[int, list[RecentProject]]:
    """(project, start year, the workspace's own?, title as stored) of each organisation's most recently linked
    visible projects, at most PROJECTS_SCANNED_FOR_REASONS each, in one round trip: one LIMITed branch per
    organisation (its partner rows by the organisation index, newest first), however many projects the big ones
    have. Titles come as their JSON text (PostgreSQL's jsonb too): _matching_projects parses the few that pass its
    sieve."""
    if not organisation_ids:
        return {}
    partner_table, project_table = ProjectPartner._meta.db_table, Project._meta.db_table
    if connection.vendor == "postgresql":
        year, title = "CAST(EXTRACT(YEAR FROM p.starts_on) AS INTEGER)", "p.title::text"
    else:  # the year as a number: a date column would be converted row by row
        year, title = "CAST(substr(p.starts_on, 1, 4) AS INTEGER)", "p.title"
    parts, params = [], []
    for number, organisation_id in enumerate(organisation_ids):
        parts.append(f"SELECT * FROM (SELECT pp.organisation_id, pp.project_id, {year}, p.workspace_id, "  # noqa: S608 (models' tables, values as parameters)
                     f"{title} FROM {partner_table} pp JOIN {project_table} p ON p.id = pp.project_id "
                     f"WHERE pp.organisation_id = %s AND (p.workspace_id IS NULL OR p.workspace_id = %s) "
                     f"ORDER BY pp.id DESC LIMIT %s) r{number}")
        params += [organisation_id, workspace.pk if workspace is not None else -1, PROJECTS_SCANNED_FOR_REASONS]
    visible: dict[int, list[RecentProject]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for organisation_id, project_id, year, owner, stored in cursor.fetchall():
            visible[organisation_id].append((project_id, year, owner is not None, stored or "{}"))
    return visible


def highlight(text: str, query_terms: set[str], languages: tuple[str, ...] | None = None,
              sieve: re.Pattern[str] | None = None) -> SafeString:
    """The text, HTML-escaped, with <mark> around the words whose terms (in these languages, else the text's
    detected one) are among the query's; with a `sieve` (Sieve.word), only the words it lets through are
    analysed."""
    languages = languages or (analysis.detect_language(text),)
    pieces: list[str] = []
    position = 0
    for match in analysis.word_spans(text):
        word = match.group().lower()
        if len(word) > 1 and (sieve is None or sieve.search(word)) and any(
                term in query_terms for language in languages for term in analysis.word_terms(word, language)):
            pieces.append(escape(text[position:match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece is escaped)

"""Text → index terms: tokens, language, stop words, Snowball stems and Finnish compound parts.

A text's language comes from per-word votes (stop words, letters only one language uses, a few endings, and for
Finnish whether Voikko knows the word), plus the language key the text was stored under as a tie-breaker. Each
word's terms are computed once per language and cached (most words repeat), so indexing costs a dictionary
lookup per word. Every word yields its Snowball stem; a Finnish word Voikko knows also yields the stem of its
base form (that is how "hankkeen" meets "hanke") and, for a compound, the stems of its parts ("matkailuyrittäjien"
→ matkailuyrittäj, matkailu, yrittäj). Without Voikko the stems alone are used, and the index still matches.
"""

import functools
import logging
import re
from collections.abc import Iterable
from typing import Any

import Stemmer

logger = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "da", "et", "en", "de", "nl")
STEMMER_NAMES = {"fi": "finnish", "sv": "swedish", "da": "danish", "et": "estonian", "en": "english",
                 "de": "german", "nl": "dutch"}
DEFAULT_LANGUAGE = "fi"
WORD = re.compile(r"[^\W_]+", re.UNICODE)
WORD_CACHE_SIZE = 400_000
SHORTEST_PART = 3
NAME_CLASSES = {"etunimi", "sukunimi", "paikannimi", "nimi"}



def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "fi": _word_set("""ja tai sekä että on ovat oli olivat ole ei eikä se ne sen niiden niitä sitä siitä siihen
        sillä tämä nämä tämän näiden tätä tässä tästä tähän joka jotka jonka joita jossa josta johon jolla mikä
        mitkä kuin kun jos myös vain vielä jo nyt sekä mutta koska kanssa ilman mukaan kautta välillä aikana
        alla yli ennen jälkeen vuonna vuoden he hän me te minä sinä me olla ollut olleet voi voidaan kaikki
        muut muiden muita eri uusi uuden uusia kohti osana osa noin yms eli esim"""),
    "sv": _word_set("""och i att det som en ett på är av för med till den de om har inte men ska var vid från
        eller så kan nu han hon vi ni jag du dem deras dess sin sitt sina man när också mellan under efter
        genom utan över hos än alla andra annat denna detta dessa samt inom"""),
    "da": _word_set("""og i at det som en et på er af for med til den de om har ikke men skal var ved fra
        eller så kan nu han hun vi jeg du dem deres dets sin sit sine man når også mellem under efter gennem
        uden over hos end alle andre andet denne dette disse samt inden hvor hvis blev bliver være"""),
    "et": _word_set("""ja ning või on oli olid ei see need selle nende seda sellest mis mida kes kus kui ka
        aga et ta nad me te mina sina oma kõik kõige veel siis nüüd juba üle ilma vahel järgi kaudu koos
        alates kuni pärast enne ning samuti ega iga üks üks"""),
    "en": _word_set("""the a an and or of to in on for with by from at as is are was were be been being it its
        this that these those which who whom what when where how not no but if then than so such into over
        under between through about also their they them we our you your he she his her has have had do does
        can will would should may more most other all any each new"""),
    "de": _word_set("""der die das den dem des ein eine einer eines einem einen und oder in im an am auf für
        mit von vom zu zur zum bei aus nach über unter zwischen durch ohne ist sind war waren wird werden
        wurde nicht auch als wie wenn dass sich sie er es wir ihr ihre sein seine dieser diese dieses"""),
    "nl": _word_set("""de het een en of van in op voor met door naar bij uit aan over onder tussen zonder is
        zijn was waren wordt worden werd niet ook als dan dat die dit deze er hij zij wij ze hun haar ons
        te om tot"""),
}
ALL_STOP_WORDS = frozenset().union(*STOP_WORDS.values())

# Letters and endings that point to one language (weights measured on a few hundred labelled titles).
LETTER_VOTES = {"õ": {"et": 3.0}, "æ": {"da": 3.0}, "ø": {"da": 3.0}, "ß": {"de": 3.0}, "å": {"sv": 1.5, "da": 1.5},
                "ä": {"fi": 0.5, "et": 0.4, "sv": 0.4, "de": 0.4}, "ö": {"fi": 0.5, "et": 0.4, "sv": 0.4, "de": 0.4},
                "ü": {"de": 1.0, "et": 1.0}, "y": {"fi": 0.2, "en": 0.2, "da": 0.1, "sv": 0.1}}
ENDING_VOTES = (
    (("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "ksi", "minen", "misen", "isuus", "hanke",
      "hankkeen", "ttäminen", "tämisen", "ista", "istä", "ien", "iden", "tten", "ja", "jä", "nen"), {"fi": 1.0}),
    (("mine", "misel", "mise", "miseks", "tus", "tuse", "mist", "ning", "misest", "ilise", "liku", "likud",
      "gude", "ide"), {"et": 1.0}),
    (("tion", "ing", "ment", "ness", "ity", "ies", "ship", "ance", "ence", "ated", "ative"), {"en": 1.0}),
    (("ung", "ungen", "keit", "heit", "lich", "liche", "schaft", "isch", "ische", "zentrum"), {"de": 1.0}),
    (("heid", "lijk", "lijke", "isch", "ische", "ij"), {"nl": 1.0}),
    (("het", "ning", "ningen", "tion", "ande", "ende", "lig", "liga", "skap"), {"sv": 0.6, "da": 0.4}),
    (("hed", "else", "elsen", "ning", "ningen", "lig", "lige", "skab"), {"da": 0.6, "sv": 0.3}),
)
HINT_VOTE = 0.75
# A text stored under one of these keys is taken to be in that language, unvoted (the vote is half the cost of
# indexing). Only the default key is voted on: Finnish lists carry Swedish and English titles under "fi", and
# keys without a stemmer ("lt", "lv") say nothing about the stemmer to use.
TRUSTED_KEYS = frozenset(STEMMER_NAMES) - {DEFAULT_LANGUAGE}
# Below this share of the winning language's votes, a query is also analysed in the runner-up language.
QUERY_AMBIGUITY = 0.6


@functools.cache
def stemmer(language: str) -> Any:
    return Stemmer.Stemmer(STEMMER_NAMES[language])


class _Voikko:
    """Finnish morphology from Voikko when it is installed; None (logged once) when it is not."""

    def __init__(self) -> None:
        self._instance: Any = None
        self._tried = False

    def get(self) -> Any:
        if not self._tried:
            self._tried = True
            try:
                from libvoikko import Voikko

                self._instance = Voikko("fi")
            except Exception as error:  # missing package, library or dictionary: OSError, ImportError…
                logger.warning("Voikko is not available (%s): Finnish words are stemmed without compound "
                               "analysis.", error)
        return self._instance

    def disable(self) -> None:
        """Act as if Voikko were missing (tests, measurements)."""
        self._tried, self._instance = True, None
        clear_caches()


voikko = _Voikko()


def voikko_available() -> bool:
    return voikko.get() is not None


def words(text: str) -> list[str]:
    """Lower-cased words of two or more characters (numbers alone are not words)."""
    return [word for word in WORD.findall(text.lower()) if len(word) > 1 and not word.isdigit()]


def word_spans(text: str) -> Iterable[re.Match[str]]:
    return WORD.finditer(text)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def word_votes(word: str) -> tuple[tuple[str, float], ...]:
    votes: dict[str, float] = {}
    for language, stop_words in STOP_WORDS.items():
        if word in stop_words:
            votes[language] = votes.get(language, 0.0) + 2.0
    for letter, letter_votes in LETTER_VOTES.items():
        if letter in word:
            for language, weight in letter_votes.items():
                votes[language] = votes.get(language, 0.0) + weight
    if len(word) > 4:
        for endings, ending_votes in ENDING_VOTES:
            if word.endswith(endings):
                for language, weight in ending_votes.items():
                    votes[language] = votes.get(language, 0.0) + weight
        if _finnish_analyses(word):
            votes["fi"] = votes.get("fi", 0.0) + 1.0
    return tuple(votes.items())


def language_scores(text_words: Iterable[str], hint: str | None = None) -> dict[str, float]:
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in text_words:
        for language, weight in word_votes(word):
            scores[language] += weight
    if hint in scores:
        scores[hint] += HINT_VOTE  # type: ignore[index]
    return scores


def detect_language(text: str, hint: str | None = None) -> str:
    """The likeliest of LANGUAGES; the hint (the key the text is stored under), else Finnish, when nothing votes."""
    scores = language_scores(words(text), hint)
    best = max(scores, key=lambda language: scores[language])
    if scores[best] <= 0:
        return hint if hint in STEMMER_NAMES else DEFAULT_LANGUAGE
    return best


def likely_languages(text_words: list[str]) -> list[str]:
    """One language when the votes are clear, else the two likeliest (a query of unknown language)."""
    scores = language_scores(text_words)
    ranked = sorted(LANGUAGES, key=lambda language: -scores[language])
    first, second = ranked[0], ranked[1]
    if scores[first] <= 0:
        return [DEFAULT_LANGUAGE, "en"]
    if scores[second] >= QUERY_AMBIGUITY * scores[first]:
        return [first, second]
    return [first]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _finnish_analyses(word: str) -> tuple[dict[str, str], ...]:
    instance = voikko.get()
    if instance is None or not word.isalpha():
        return ()
    return tuple(instance.analyze(word))


def compound_parts(word: str, analysis: dict[str, str]) -> list[str]:
    """The parts of a Finnish compound in base form: the last part from the base form, the others as written."""
    structure = analysis.get("STRUCTURE", "")
    base_form = analysis.get("BASEFORM", "").lower()
    if structure.count("=") < 2 or analysis.get("CLASS") in NAME_CLASSES:
        return []
    lengths, current = [], 0
    for mark in structure[1:]:
        if mark == "=":
            lengths.append(current)
            current = 0
        else:
            current += 1
    parts, start = [], 0
    for length in lengths:
        parts.append(word[start:start + length])
        start += length
    parts.append(base_form[start:])
    return [part.strip("-") for part in parts]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def word_terms(word: str, language: str) -> tuple[str, ...]:
    """A lower-case word's index terms in a language; () for a stop word."""
    if word in STOP_WORDS.get(language, ()) or (language == "fi" and word in ALL_STOP_WORDS and len(word) < 4):
        return ()
    stem = stemmer(language).stemWord(word)
    if language != "fi":
        return (stem,)
    analyses = _finnish_analyses(word)
    if not analyses:
        return (stem,)
    terms = [stem]
    analysis = analyses[0]
    base_stem = stemmer("fi").stemWord(analysis.get("BASEFORM", word).lower())
    if base_stem != stem:
        terms.append(base_stem)
    for part in compound_parts(word, analysis):
        if len(part) >= SHORTEST_PART and part not in STOP_WORDS["fi"]:
            part_stem = stemmer("fi").stemWord(part)
            if part_stem not in terms:
                terms.append(part_stem)
    return tuple(terms)


def analyse(text: str, hint: str | None = None) -> list[str]:
    """A stored text's index terms (repeated as often as they occur), in the text's detected language."""
    text_words = words(text)
    if not text_words:
        return []
    language = hint if hint in TRUSTED_KEYS else _detect(text_words, hint)
    terms: list[str] = []
    for word in text_words:
        terms.extend(word_terms(word, language))
    return terms


def _detect(text_words: list[str], hint: str | None) -> str:
    scores = language_scores(text_words, hint)
    best = max(scores, key=lambda language: scores[language])
    if scores[best] <= 0:
        return hint if hint in STEMMER_NAMES else DEFAULT_LANGUAGE
    return best


def analyse_translated(value: dict[str, str] | None) -> list[str]:
    """The terms of every language version of a TranslatedField value."""
    terms: list[str] = []
    for language, text in (value or {}).items():
        if text:
            terms.extend(analyse(text, language))
    return terms


def analyse_query(text: str) -> list[str]:
    """A query's terms: in its language, or in both of the two likeliest when the votes do not decide."""
    text_words = words(text)
    languages = likely_languages(text_words)
    terms: list[str] = []
    for word in text_words:
        if any(word in STOP_WORDS[language] for language in languages):
            continue
        seen: list[str] = []
        for language in languages:
            for term in word_terms(word, language):
                if term not in seen:
                    seen.append(term)
        terms.extend(seen)
    return terms


def is_stop_word(word: str) -> bool:
    return word in ALL_STOP_WORDS


def clear_caches() -> None:
    word_terms.cache_clear()
    word_votes.cache_clear()
    _finnish_analyses.cache_clear()

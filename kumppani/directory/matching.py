"""Finding organisations that are one real organisation: the same identifier (automatic), or a name that is the same
once legal forms, case, accents, word order and the common words of fi/sv/et/en/da/no are set aside (proposed to
staff, who confirm on the duplicates page).

The functions on `Candidate` are pure, so bench/duplicates.py runs them on the raw public lists too.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from kumppani.directory.identifiers import Key, identifier_keys
from kumppani.directory.models import DistinctOrganisations, Organisation, OrganisationIdentifier


def _words(text: str) -> list[str]:
    return text.split()


# Legal forms dropped from names: "Sepra ry", "Nokia Oyj", "Kodukant MTÜ", "Vestas A/S", "Equinor ASA".
LEGAL_FORMS = frozenset(_words("""
oy oyj ab abp ky tmi ry rf ay osk osuuskunta rs sr kf lkv
as asa sa ans ba da
mtü mtu oü ou tü tu aktsiaselts osaühing osauhing mittetulundusühing mittetulundusuhing
aps a s i s k s p s smba amba fmba
gmbh ag ug ev kg ohg mbh
ltd limited plc llp llc inc corp co bv nv sarl sas srl spa sl slu sp zoo ltda
"""))
# Words that carry no identity of their own.
STOP_WORDS = frozenset(_words("of the and for in i och för af av ja ning und für der die des de du la le et og"))
# The common words of organisation names, in the languages the records arrive in: each maps to one English word.
TRANSLATIONS: dict[str, str] = {}
for english, words in {
    "university": "yliopisto yliopiston universitet universitetet ülikool ulikool universität universitat universite "
                  "universidad università universiteit uniwersytet universitetas universitate universitāte",
    "university_of_applied_sciences": "ammattikorkeakoulu ammattikorkeakoulun yrkeshögskola yrkeshogskolan "
                                      "yrkeshögskolan rakenduskõrgkool rakenduskorgkool hogskule høgskole "
                                      "høgskolen hochschule",
    "college": "opisto kolledž kolledz college",
    "school": "koulu skola skolan kool school skole",
    "city": "kaupunki kaupungin stad staden linn linna city town by kommune kommun",
    "municipality": "kunta kunnan kommun kommunen vald valla municipality",
    "region": "maakunta maakuntaliitto landskap region regionen maakond regional",
    "council": "liitto neuvosto förbund forbund rådet raad council",
    "association": "yhdistys förening forening selts ühing uhing association verein",
    "foundation": "säätiö saatio stiftelse stiftelsen sihtasutus foundation fond stiftung",
    "institute": "instituutti institut institutet instituut instituut institute",
    "centre": "keskus center centrum centre keskuse zentrum",
    "chamber_of_commerce": "kauppakamari handelskammare kaubanduskoda handelskammer",
    "museum": "museo museum muuseum",
    "library": "kirjasto bibliotek raamatukogu library",
    "hospital": "sairaala sjukhus haigla hospital sykehus",
    "research": "tutkimus forskning uuring research",
    "technology": "teknologian tekniikan teknillinen teknisk tehnika tehnoloogia technical technology",
    "development": "kehittämis kehittämiskeskus utveckling arendus development udvikling",
}.items():
    for word in [english, *words.split()]:
        TRANSLATIONS[word] = english

_NORDIC = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ø": "o", "æ": "ae", "õ": "o", "ü": "u", "ß": "ss"})
_NON_WORD = re.compile(r"[^\w]+")


def stem(word: str) -> str:
    """The Finnish genitive that names of places and owners take: "Jyväskylän" → "jyvaskyla", "Tampereen" →
    "tampere", "Oulun" → "oulu" (nothing more: cutting words shorter made "Mastercom" and "Mastervox" one)."""
    if len(word) > 4 and word.endswith("n") and word[-2] in "aeiouy":
        word = word[:-1]
        if word.endswith("ee"):
            word = word[:-1]
    return word


def name_words(name: str) -> list[str]:
    """Lower-case, accent-free words of a name (ä→a too), punctuation gone."""
    text = unicodedata.normalize("NFKD", (name or "").casefold().translate(_NORDIC))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return [word for word in _NON_WORD.sub(" ", text).split() if word]


def name_key(name: str) -> tuple[str, ...]:
    """The name's identity: its words with legal forms and stop words dropped, common words translated to English,
    the others cut to their stem; sorted, so word order and language do not count."""
    folded_forms = {word.translate(_NORDIC) for word in LEGAL_FORMS}
    tokens = set()
    for word in name_words(name):
        if word in folded_forms or word in STOP_WORDS:
            continue
        translated = TRANSLATIONS.get(word) or TRANSLATIONS.get(word.removesuffix("n"))
        tokens.add(translated or stem(word))
    return tuple(sorted(tokens))


@dataclass(frozen=True)
class Candidate:
    """One organisation as the matching sees it."""

    pk: Any
    name: str
    country: str
    city: str = ""
    keys: frozenset[Key] = field(default_factory=frozenset)
    short_name: str = ""


Pair = tuple[Any, Any]


def identifier_groups(candidates: Iterable[Candidate]) -> list[list[Any]]:
    """Groups of two or more organisations that share an identifier key (transitively), each sorted by pk."""
    parent: dict[Any, Any] = {}

    def find(pk: Any) -> Any:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    holder: dict[Key, Any] = {}
    for candidate in candidates:
        parent.setdefault(candidate.pk, candidate.pk)
        for key in candidate.keys:
            if key in holder:
                parent[find(candidate.pk)] = find(holder[key])
            else:
                holder[key] = candidate.pk
    groups: dict[Any, list[Any]] = defaultdict(list)
    for pk in parent:
        groups[find(pk)].append(pk)
    return sorted((sorted(group) for group in groups.values() if len(group) > 1), key=lambda group: group[0])


def _conflicting(first: Candidate, second: Candidate) -> bool:
    """Both carry an identifier of the same scheme and they differ: two organisations, whatever their names."""
    schemes = {scheme for scheme, _value in first.keys} & {scheme for scheme, _value in second.keys}
    return any({key for key in first.keys if key[0] == scheme} != {key for key in second.keys if key[0] == scheme}
               for scheme in schemes)


def _cities_differ(first: Candidate, second: Candidate) -> bool:
    return bool(first.city and second.city and name_words(first.city) != name_words(second.city))


def name_pairs(candidates: list[Candidate], skip: set[frozenset[Any]] | None = None) -> list[Pair]:
    """Pairs proposed on their names: the same name key in the same country (or one's short name is the other's
    name), not in the same identifier group already, no conflicting identifiers, not in different cities."""
    skip = skip or set()
    by_key: dict[tuple[str, tuple[str, ...]], list[Candidate]] = defaultdict(list)
    by_short: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        key = name_key(candidate.name)
        if key:
            by_key[(candidate.country, key)].append(candidate)
        if candidate.short_name:
            by_short[(candidate.country, " ".join(name_words(candidate.short_name)))].append(candidate)
    pairs: set[Pair] = set()
    for group in by_key.values():
        for index, first in enumerate(group):
            for second in group[index + 1:]:
                pairs.add((min(first.pk, second.pk), max(first.pk, second.pk)))
    by_name = {(c.country, " ".join(name_words(c.name))): c for c in candidates}
    for (country, short), holders in by_short.items():
        named = by_name.get((country, short))
        for holder in holders:
            if named is not None and named.pk != holder.pk:
                pairs.add((min(named.pk, holder.pk), max(named.pk, holder.pk)))
    by_pk = {candidate.pk: candidate for candidate in candidates}
    grouped = {pk: set(group) for group in identifier_groups(candidates) for pk in group}
    return sorted(
        (first, second) for first, second in pairs
        if frozenset((first, second)) not in skip
        and not (first in grouped and second in grouped[first])
        and not _conflicting(by_pk[first], by_pk[second])
        and not _cities_differ(by_pk[first], by_pk[second]))


# In the database ---------------------------------------------------------------------------------------------------

IDENTIFIER_FIELDS = {"business_id": "fi_business_id", "ee_registry_code": "ee_registry_code", "pic": "pic",
                     "vat": "vat"}


def organisation_keys(organisation: Organisation, extra: Iterable[tuple[str, str]] = ()) -> frozenset[Key]:
    keys: set[Key] = set()
    for field_name, scheme in IDENTIFIER_FIELDS.items():
        keys |= identifier_keys(scheme, getattr(organisation, field_name))
    for scheme, value in extra:
        keys |= identifier_keys(scheme, value)
    return frozenset(keys)


def candidates(queryset: Any = None) -> list[Candidate]:
    """The directory's organisations as candidates (the region stands in for the city)."""
    organisations = list((queryset if queryset is not None else Organisation.objects.all()).select_related("region"))
    extra: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for pk, scheme, value in OrganisationIdentifier.objects.filter(
            organisation__in=[o.pk for o in organisations]).values_list("organisation_id", "scheme", "value"):
        extra[pk].append((scheme, value))
    return [Candidate(pk=o.pk, name=o.name, country=o.country, city=o.region.code if o.region else "",
                      keys=organisation_keys(o, extra[o.pk]), short_name=o.short_name) for o in organisations]


def rejected_pairs() -> set[frozenset[Any]]:
    return {frozenset(pair) for pair in DistinctOrganisations.objects.values_list("first_id", "second_id")}


@dataclass
class Duplicates:
    by_identifier: list[list[Organisation]]
    by_name: list[tuple[Organisation, Organisation]]


def find_duplicates(queryset: Any = None) -> Duplicates:
    found = candidates(queryset)
    groups = identifier_groups(found)
    pairs = name_pairs(found, skip=rejected_pairs())
    wanted = {pk for group in groups for pk in group} | {pk for pair in pairs for pk in pair}
    organisations = Organisation.objects.select_related("region", "steward").in_bulk(wanted)
    return Duplicates(by_identifier=[[organisations[pk] for pk in group] for group in groups],
                      by_name=[(organisations[a], organisations[b]) for a, b in pairs])


def visible_to(workspace: Any) -> Q:
    """What a workspace's duplicates page lists: public records and its own."""
    return Q(steward__isnull=True) | Q(steward=workspace)

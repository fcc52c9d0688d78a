"""A new organisation's type guessed from its name (words and legal forms), only when an import creates it."""

import re

from kumppani.directory.models import OrganisationType as T
from kumppani.directory.normalise import normalise_name

# (pattern on the normalised name, type), first match wins; patterns are whole words or word beginnings.
_RULES: list[tuple[str, str]] = [
    (r"\b(yliopisto\w*|ammattikorkeakoulu\w*|korkeakoulu\w*|universitet\w*|university|högskola\w*|hogskola\w*|"
     r"professionshøjskole\w*|erhvervsakademi\w*|university college)\b", T.UNIVERSITY),
    (r"\b(kuntayhtymä|kuntayhtyma|koulutuskeskus|oppilaitos|lukio|skole|skolen|gymnasium|vuc)\b", T.SCHOOL),
    (r"\b(kaupunki|kunta|kommune|kommun|regionskommune)\b", T.MUNICIPALITY),
    # Finland's regional councils ("Keski-Suomen liitto", "Satakuntaliitto"), Danish regions, Swedish county councils
    (r"(maan|suomen|savon|karjalan|hämeen|lapin|kainuun|laakson) liitto$|maakuntaliitto$|^satakuntaliitto$|"
     r"^region \w+$|\blandsting\w*\b", T.REGIONAL_COUNCIL),
    (r"\b(ely keskus|elinkeino liikenne ja ympäristökeskus|ministeri\w*|styrelse\w*|\w*verket|\w*virasto|"
     r"\w*myndighet\w*|länsstyrelsen)\b", T.PUBLIC_BODY),
    (r"\b(säätiö|saatio|sr|fond|fonden|stiftelse\w*|stiftelsen)\b", T.FOUNDATION),
    (r"\b(ry|r y|forening\w*|förening\w*|forbund\w*|förbund|yhdistys|seura)\b", T.ASSOCIATION),
    (r"\b(kauppakamari|handelskammer)\b", T.CHAMBER),
    (r"\b(tutkimuskeskus|teknologisk institut|institut\w*|research)\b", T.RESEARCH),
    (r"\b(oy|oyj|ab|aps|a s|i s|k s|amba|a m b a|asa|as|ltd|gmbh)$|^(oy|ab) ", T.COMPANY),
]
_COMPILED = [(re.compile(pattern), kind) for pattern, kind in _RULES]


def guess_type(name: str) -> str:
    normalised = normalise_name(name)
    for pattern, kind in _COMPILED:
        if pattern.search(normalised):
            return str(kind)
    return str(T.OTHER)

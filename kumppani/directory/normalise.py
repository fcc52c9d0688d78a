import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def normalise_name(name: str) -> str:
    """Lower-case, fold accents other than the Nordic letters, and collapse punctuation and spaces.

    Used to match organisations across imports ("Sepra ry", "SEPRA RY.") and for substring search.
    """
    text = unicodedata.normalize("NFC", name or "").casefold()
    kept = {"å", "ä", "ö", "õ", "ü", "ø", "æ"}
    folded = "".join(
        char if char in kept else unicodedata.normalize("NFKD", char)[0]
        for char in text
    )
    return _NON_WORD.sub(" ", folded).strip()

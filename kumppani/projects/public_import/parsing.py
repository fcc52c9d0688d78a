"""Reading the cells of public data sets: dates, amounts in national number formats, names and free-text lists."""

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kumppani.core.dates import validate_record_date

CENT = Decimal("0.01")
LARGEST_AMOUNT = Decimal("999999999999.99")  # what a 14-digit, 2-decimal column holds
# The Danish krone is pegged to the euro in ERM II at this central rate (DKK per EUR), so the Danish lists'
# kroner convert to euros within the band's 2.25 %. The Swedish krona floats: its amounts are not converted.
DKK_PER_EUR = Decimal("7.46038")

_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


class CellError(ValueError):
    """A cell that cannot be read; the message names the value and what was expected."""


def parse_date(text: str) -> datetime.date | None:
    """d.m.yyyy (with an optional time, as in the Norwegian list) or yyyy-mm-dd; empty is None."""
    text = text.strip()
    if not text:
        return None
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise CellError(_("“%(value)s” is not a date (d.m.yyyy or yyyy-mm-dd).") % {"value": text[:40]})
    try:
        found = datetime.date(year, month, day)
    except ValueError:
        raise CellError(_("“%(value)s” is not a date of the calendar.") % {"value": text[:40]}) from None
    try:
        validate_record_date(found)
    except ValidationError as error:
        raise CellError(f"“{text[:40]}”: {error.messages[0]}") from None
    return found


def parse_amount(text: str, decimal_mark: str = ".") -> Decimal | None:
    """An amount written with the given decimal mark; the other mark and spaces may group thousands.

    "15.414.794" and "64029231,00" (decimal mark ","), "66166.42" and "1 083 065.20" (decimal mark ".").
    Negative amounts are refused; cents are rounded half up.
    """
    text = text.strip().replace("\u00a0", " ")
    if not text:
        return None
    group_mark = "." if decimal_mark == "," else ","
    pattern = rf"-?(\d{{1,3}}([ {re.escape(group_mark)}]\d{{3}})+|\d+)({re.escape(decimal_mark)}\d+)?"
    if not re.fullmatch(pattern, text):
        raise CellError(_("“%(value)s” is not an amount.") % {"value": text[:40]})
    plain = text.replace(" ", "").replace(group_mark, "").replace(decimal_mark, ".")
    try:
        amount = Decimal(plain)
    except InvalidOperation:
        raise CellError(_("“%(value)s” is not an amount.") % {"value": text[:40]}) from None
    return checked_amount(amount, text)


def checked_amount(amount: Decimal, shown: str) -> Decimal:
    if amount < 0:
        raise CellError(_("The amount %(value)s is negative.") % {"value": shown[:40]})
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if amount > LARGEST_AMOUNT:
        raise CellError(_("The amount %(value)s is too large.") % {"value": shown[:40]})
    return amount


def kroner_to_euros(amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    return (amount / DKK_PER_EUR).quantize(CENT, rounding=ROUND_HALF_UP)


def clean_text(text: str) -> str:
    """Trimmed, with runs of spaces (the lists have many doubled ones) made single; line breaks kept."""
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)


def clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# "Finn M. Hansen ApS", "P.L. Jessen & Søn" and "Th. Langs HF" keep their initials: a full stop ends a partner
# only when the word before it is neither a single letter nor a capitalised two-letter abbreviation.
_PARTNER_END = re.compile(r"(?<![\s.][^\W\d_])(?<!^[^\W\d_])(?<![\s.][A-ZÆØÅ][a-zæøå])(?<!^[A-ZÆØÅ][a-zæøå])\.\s+")
_DOTTED_ABBREVIATION = re.compile(r"(?:\b[^\W\d_]\.){2,}$")  # "A.m.b.A.", "V.M.B.A."
# A legal form after a full stop belongs to the name before it ("Jeppesens Eftf. ApS").
_LEGAL_FORMS = {"aps", "a/s", "i/s", "k/s", "p/s", "amba", "a.m.b.a", "fmba", "f.m.b.a", "smba", "s.m.b.a", "ab",
                "as", "asa", "oy", "oyj", "ry", "ltd", "gmbh"}


def split_partner_list(text: str) -> list[str]:
    """The names in a free-text partner list ("Aalborg Universitet. Region Nordjylland." or one per line).

    Conservative: only a full stop followed by a space (or a line break) separates names, never a comma
    ("Copenhagen Capacity, fonden til …" is one name); fragments that do not start with a capital letter or a
    digit, and repeats, are left out.
    """
    names: list[str] = []
    for line in (text or "").splitlines():
        for part in _PARTNER_END.split(line.strip()):
            name = _without_final_stop(clean_name(part)).rstrip(",; ")
            if names and name.lower() in _LEGAL_FORMS:
                names[-1] = f"{names[-1]}. {name}"
            elif len(name) >= 2 and (name[0].isupper() or name[0].isdigit()) and name not in names:
                names.append(name)
    return names


def _without_final_stop(name: str) -> str:
    name = name[:-1] if name.endswith("..") else name
    if name.endswith(".") and not _DOTTED_ABBREVIATION.search(name):
        name = name[:-1].rstrip()
    return name

"""Validators of organisation identifiers, with their check digits where they have one, and the keys that match
the same organisation across schemes (a Finnish VAT number is its business ID, a Danish one its CVR number)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=True))


def finnish_check_digit_ok(digits: str) -> bool:
    """Y-tunnus: weights 7 9 10 5 8 4 2 on the first seven digits, modulo 11 (remainder 1 is never issued)."""
    remainder = _weighted(digits[:7], (7, 9, 10, 5, 8, 4, 2)) % 11
    return remainder != 1 and (0 if remainder == 0 else 11 - remainder) == int(digits[7])


def estonian_check_digit_ok(code: str) -> bool:
    """Äriregistri kood: weights 1…7,1, then (on a remainder of 10) 3…9,1, 3; a second 10 gives 0."""
    remainder = _weighted(code[:7], (1, 2, 3, 4, 5, 6, 7)) % 11
    if remainder == 10:
        remainder = _weighted(code[:7], (3, 4, 5, 6, 7, 8, 9)) % 11
        remainder = 0 if remainder == 10 else remainder
    return remainder == int(code[7])


def danish_check_digit_ok(cvr: str) -> bool:
    """CVR: weights 2 7 6 5 4 3 2 1, the sum divisible by 11."""
    return _weighted(cvr, (2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0


def norwegian_check_digit_ok(number: str) -> bool:
    """Organisasjonsnummer: weights 3 2 7 6 5 4 3 2, modulo 11 (a check of 10 is never issued)."""
    check = 11 - _weighted(number[:8], (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(number[8])


def validate_finnish_business_id(value: str) -> None:
    """Y-tunnus: seven digits, a hyphen and a check digit (weights 7 9 10 5 8 4 2, modulo 11)."""
    if not re.fullmatch(r"\d{7}-\d", value):
        raise ValidationError(_("A Finnish business ID has the form 1234567-8."))
    if not finnish_check_digit_ok(value.replace("-", "")):
        raise ValidationError(_("The check digit of this business ID is wrong."))


def validate_estonian_registry_code(value: str) -> None:
    if not re.fullmatch(r"[1-9]\d{7}", value):
        raise ValidationError(_("An Estonian registry code has eight digits."))
    if not estonian_check_digit_ok(value):
        raise ValidationError(_("The check digit of this Estonian registry code is wrong."))


def validate_danish_cvr(value: str) -> None:
    if not re.fullmatch(r"[1-9]\d{7}", value) or not danish_check_digit_ok(value):
        raise ValidationError(_("A Danish CVR number has eight digits with a valid check digit."))


def validate_norwegian_organisation_number(value: str) -> None:
    if not re.fullmatch(r"[89]\d{8}", value) or not norwegian_check_digit_ok(value):
        raise ValidationError(_("A Norwegian organisation number has nine digits with a valid check digit."))


def validate_pic(value: str) -> None:
    if not re.fullmatch(r"\d{9}", value):
        raise ValidationError(_("An EU PIC has nine digits."))


def validate_vat(value: str) -> None:
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z+*.]{2,13}", value.upper().replace(" ", "")):
        raise ValidationError(_("A VAT number starts with the country's two letters, e.g. FI12345678."))


# Matching keys ----------------------------------------------------------------------------------------------------
# One key per identity: ("fi", "12345678") whether it came as the business ID 1234567-8 or the VAT FI12345678.

Key = tuple[str, str]
SCHEMES = ("fi_business_id", "ee_registry_code", "dk_cvr", "no_organisation_number", "pic", "vat")


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def vat_keys(value: str) -> set[Key]:
    """A VAT number's own key and, where the scheme embeds it, the national identifier's key."""
    vat = re.sub(r"[\s.\-]", "", (value or "").upper())
    if len(vat) < 4 or not vat[:2].isalpha():
        return set()
    country, rest = vat[:2], vat[2:]
    if country == "NO" and re.fullmatch(r"\d{9}(MVA)?", rest):  # NO123456789MVA is the number 123456789
        return {("vat", "NO" + rest[:9]), ("no", rest[:9])}
    national = {"FI": "fi", "DK": "dk"}.get(country)
    if national and re.fullmatch(r"\d{8}", rest):
        return {("vat", vat), (national, rest)}
    return {("vat", vat)}


def identifier_keys(scheme: str, value: str) -> set[Key]:
    """The matching keys of one identifier; an empty set for a value that cannot be one of its scheme."""
    if not value or not value.strip():
        return set()
    if scheme == "vat":
        return vat_keys(value)
    digits = _digits(value)
    lengths = {"fi_business_id": ("fi", 8), "ee_registry_code": ("ee", 8), "dk_cvr": ("dk", 8),
               "no_organisation_number": ("no", 9), "pic": ("pic", 9)}
    if scheme not in lengths:
        return {(scheme, value.strip().upper())}
    name, length = lengths[scheme]
    return {(name, digits)} if len(digits) == length and set(digits) != {"0"} else set()

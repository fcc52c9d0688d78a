"""Validators of organisation identifiers, with their check digits where they have one."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_finnish_business_id(value: str) -> None:
    """Y-tunnus: seven digits, a hyphen and a check digit (weights 7 9 10 5 8 4 2, modulo 11)."""
    if not re.fullmatch(r"\d{7}-\d", value):
        raise ValidationError(_("A Finnish business ID has the form 1234567-8."))
    digits = [int(char) for char in value[:7]]
    remainder = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if remainder == 1 or (0 if remainder == 0 else 11 - remainder) != int(value[-1]):
        raise ValidationError(_("The check digit of this business ID is wrong."))


def validate_estonian_registry_code(value: str) -> None:
    if not re.fullmatch(r"[1-9]\d{7}", value):
        raise ValidationError(_("An Estonian registry code has eight digits."))


def validate_pic(value: str) -> None:
    if not re.fullmatch(r"\d{9}", value):
        raise ValidationError(_("An EU PIC has nine digits."))


def validate_vat(value: str) -> None:
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z+*.]{2,13}", value.upper().replace(" ", "")):
        raise ValidationError(_("A VAT number starts with the country's two letters, e.g. FI12345678."))

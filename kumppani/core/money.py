"""Euros as the reader writes them: 250 000 € in Finnish, Swedish and Estonian, €250,000 in English; cents only
when there are any (1 234,50 €). Grouping and the decimal mark come from the language's formats."""

from decimal import Decimal
from typing import Any

from django.utils import translation
from django.utils.formats import number_format

NO_BREAK_SPACE = "\xa0"
SIGN_FIRST = frozenset({"en"})


def euros(amount: Any, language: str | None = None) -> str:
    """The amount with thousands grouped and the euro sign; empty for no amount."""
    if amount is None or amount == "":
        return ""
    value = Decimal(str(amount))
    places = 0 if value == value.to_integral_value() else 2
    with translation.override(language or translation.get_language()):
        number = number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
        code = (translation.get_language() or "").split("-")[0]
    return f"€{number}" if code in SIGN_FIRST else f"{number}{NO_BREAK_SPACE}€"

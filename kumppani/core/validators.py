"""Validators shared by the apps."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Every character str.splitlines() breaks at: a mail header must hold none of them (header injection).
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def validate_single_line(value: str) -> None:
    """A name that reaches an e-mail header (a subject, a sender's name) holds no line break."""
    if any(character in LINE_BREAKS for character in value or ""):
        raise ValidationError(_("Write this on one line, without line breaks."), code="line_break")

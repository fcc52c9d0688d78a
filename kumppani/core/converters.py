"""Path converters of kumppani's URLs."""

from django.conf import settings
from django.urls import register_converter


class LanguageConverter:
    """A language of the public pages (settings.LANGUAGE_CODES) in a URL: `/p/<workspace>/<lang:language>/`.

    Only the codes match, so no other path reads as a language (`/p/<workspace>/partner/`), and the order of the
    URL modules does not decide which view answers."""

    regex = "|".join(settings.LANGUAGE_CODES)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def register() -> None:
    register_converter(LanguageConverter, "lang")

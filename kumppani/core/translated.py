"""Content that users write in several languages: stored as {"fi": ..., "en": ...} in one JSON column."""

from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import get_language


@dataclass(frozen=True)
class ShownText:
    """A translated field's text as a reader gets it: in which language it is written, and whether that is
    another language than the reader's (a fallback, which a page marks with its `lang`)."""

    text: str
    language: str
    fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def shown_text(value: dict[str, str] | None, language: str | None = None) -> ShownText:
    """The text in the given (or active) language, else Finnish, else English, else any."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    for code in (language, settings.LANGUAGE_CODE, "en", *(value or {}).keys()):
        text = (value or {}).get(code)
        if text:
            return ShownText(text, code, code != language)
    return ShownText("", language, False)


def localized(value: dict[str, str] | None, language: str | None = None) -> str:
    """The text in the given (or active) language, else Finnish, else English, else any."""
    return shown_text(value, language).text if value else ""


def missing_languages(value: dict[str, str] | None) -> list[str]:
    """The interface languages a text with some content still lacks (none for an empty text)."""
    if not value or not any(value.values()):
        return []
    return [code for code in settings.LANGUAGE_CODES if not value.get(code)]


class TranslatedWidget(forms.MultiWidget):
    template_name = "core/widgets/translated.html"

    def __init__(self, base_widget: type[forms.Widget] = forms.TextInput, attrs: dict[str, Any] | None = None):
        rows = {"rows": "3"} if base_widget is forms.Textarea else {}
        widgets: dict[str, Any] = {
            code: base_widget(attrs={**(attrs or {}), **rows, "lang": code}) for code in settings.LANGUAGE_CODES
        }
        super().__init__(widgets, attrs)

    def decompress(self, value: dict[str, str] | None) -> list[str]:
        value = value or {}
        return [value.get(code, "") for code in settings.LANGUAGE_CODES]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        texts = dict(zip(settings.LANGUAGE_CODES, self.decompress(value) if isinstance(value, dict | None)
                         else (value or []), strict=False))
        missing = missing_languages(texts)
        for code, subwidget in zip(settings.LANGUAGE_CODES, context["widget"]["subwidgets"], strict=True):
            subwidget["language"] = code
            subwidget["missing"] = code in missing
        context["widget"]["missing"] = missing
        return context


class TranslatedFormField(forms.MultiValueField):
    """One input per UI language; the first language (Finnish) is required when the field is."""

    def __init__(self, *, base_widget: type[forms.Widget] = forms.TextInput, max_length: int | None = None,
                 required: bool = True, **kwargs: Any):
        fields = [forms.CharField(required=False, max_length=max_length) for _code in settings.LANGUAGE_CODES]
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        super().__init__(fields, widget=TranslatedWidget(base_widget), required=required,
                         require_all_fields=False, **kwargs)

    def compress(self, data_list: list[str]) -> dict[str, str]:
        return {code: text.strip() for code, text in zip(settings.LANGUAGE_CODES, data_list, strict=False)
                if text and text.strip()}

    def validate(self, value: dict[str, str]) -> None:
        if self.required and not value.get(settings.LANGUAGE_CODE):
            raise forms.ValidationError(self.error_messages["required"], code="required")


class TranslatedField(models.JSONField):
    """A JSON column of per-language texts; forms get one input per UI language."""

    def __init__(self, *args: Any, multiline: bool = False, max_length: int | None = None, **kwargs: Any):
        self.multiline = multiline
        self.text_max_length = max_length
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        if self.multiline:
            kwargs["multiline"] = True
        if self.text_max_length:
            kwargs["max_length"] = self.text_max_length
        return name, path, args, kwargs

    def formfield(self, **kwargs: Any) -> forms.Field:  # type: ignore[override]
        return TranslatedFormField(
            base_widget=forms.Textarea if self.multiline else forms.TextInput,
            max_length=self.text_max_length,
            required=not self.blank,
            label=capfirst(self.verbose_name) if self.verbose_name else None,
            help_text=self.help_text,
        )

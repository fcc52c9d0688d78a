from typing import Any

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _

from kumppani.core.money import euros as euros_text
from kumppani.core.translated import ShownText, localized, shown_text

register = template.Library()


@register.filter
def tr(value: dict[str, str] | None, language: str | None = None) -> str:
    """The text of a translated field in the active (or given) language."""
    return localized(value, language)


@register.simple_tag(takes_context=True)
def translated(context: Any, value: dict[str, str] | ShownText | None) -> ShownText:
    """`{% translated field as text %}`: the text in the reader's language or, failing that, another one — then
    the page marks it with `lang="{{ text.language }}"` (text.fallback) and `fallback_notice` says so once."""
    text = value if isinstance(value, ShownText) else shown_text(value)
    request = context.get("request")
    if text.fallback and request is not None:
        fallbacks: set[str] = getattr(request, "text_fallbacks", set())
        fallbacks.add(text.language)
        request.text_fallbacks = fallbacks
    return text


@register.simple_tag(takes_context=True)
def fallback_notice(context: Any) -> str:
    """A discreet note at the end of a page that showed texts in another language than the reader's."""
    request = context.get("request")
    languages = sorted(getattr(request, "text_fallbacks", set()))
    if not languages:
        return ""
    names = ", ".join(str(name) for code, name in settings.LANGUAGES if code in languages)
    return format_html('<p class="fallback-notice">{}</p>', _(
        "Some texts on this page have not been translated into your language yet and are shown in: %(languages)s.")
        % {"languages": names})


@register.filter
def meter_percent(share: Any) -> int:
    """A share (1.0 = all) as a whole percent for a <meter max="100">: above the target the meter is full."""
    try:
        return max(0, min(100, round(float(share) * 100)))
    except (TypeError, ValueError):
        return 0


@register.filter
def iso_datetime(value: Any) -> str:
    """A date or moment for a `<time datetime>` attribute: ISO 8601 to the second (HTML allows at most three
    digits of a second's fraction; Django's "c" writes six)."""
    if value is None or value == "":
        return ""
    if hasattr(value, "microsecond"):
        value = value.replace(microsecond=0)
    return value.isoformat()


@register.filter
def shown(value: Any) -> Any:
    if value is None or value == "":
        return "–"
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    return value


@register.filter
def euros(value: Any) -> str:
    """Money in the reader's form (250 000 €, €250,000); a dash for none."""
    return euros_text(value) or "–"


@register.simple_tag(takes_context=True)
def query_with(context: Any, **changes: Any) -> str:
    """The current query string with some parameters changed (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()


@register.filter
def verbose_name_plural(model: Any) -> str:
    return str(model._meta.verbose_name_plural)


@register.filter
def user_name(user: Any) -> str:
    """A user's full name, else user name; "system" for changes made by no one signed in."""
    if user is None:
        return _("system")
    return user.get_full_name() or user.get_username()

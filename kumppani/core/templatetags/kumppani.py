from typing import Any

from django import template
from django.utils.translation import gettext as _

from kumppani.core.money import euros as euros_text
from kumppani.core.translated import localized

register = template.Library()


@register.filter
def tr(value: dict[str, str] | None, language: str | None = None) -> str:
    """The text of a translated field in the active (or given) language."""
    return localized(value, language)


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

"""`{{ project|partner_search_query }}`: the search page's query string, prefilled with the project's description."""

from typing import Any

from django import template
from django.utils.http import urlencode

from kumppani.core.translated import localized

register = template.Library()

# Long enough for a title and the start of a summary, short enough for any server's request line once
# percent-encoded (a Finnish "ä" takes six bytes).
MAX_PREFILL_CHARS = 1500


def project_description(project: Any) -> str:
    text = " ".join(part for part in (localized(project.title), localized(project.summary)) if part)
    if len(text) <= MAX_PREFILL_CHARS:
        return text
    return text[:MAX_PREFILL_CHARS].rsplit(maxsplit=1)[0]


@register.filter
def partner_search_query(project: Any) -> str:
    return urlencode({"q": project_description(project), "project": project.pk})

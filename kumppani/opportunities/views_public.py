"""The public side of opportunities: one opportunity's page and the feeds. No sign-in; one language per URL."""


from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kumppani.core.public_pages import in_language, language_links, page_language
from kumppani.core.translated import localized
from kumppani.opportunities import feeds
from kumppani.opportunities import selectors_public as selectors
from kumppani.opportunities.models import Opportunity
from kumppani.workspaces.models import Workspace
from kumppani.workspaces.public import public_workspace


def opportunity_page(request: HttpRequest, workspace: str, pk: int, language: str | None = None) -> HttpResponse:
    language = page_language(language)
    page_workspace = public_workspace(workspace)
    opportunity = selectors.public_opportunity(page_workspace, pk)
    return in_language(language, request, "opportunities/public/opportunity.html", {
        "page_workspace": page_workspace, "opportunity": opportunity,
        "themes": opportunity.themes.all(),
        "page_url": reverse("public:page_in_language", args=[workspace, language]),
        "language_links": language_links(request, "opportunities:public_opportunity_in_language", language,
                                         workspace=workspace, pk=pk),
    })


# Feeds -----------------------------------------------------------------------------------------------------------


def feed_language(request: HttpRequest, language: str | None) -> str:
    """The URL's language, else ?lang=, else the site's: feed readers send no useful Accept-Language."""
    if language is not None:
        return page_language(language)
    requested = request.GET.get("lang", "")
    return requested if requested in settings.LANGUAGE_CODES else settings.LANGUAGE_CODE


def entry_url_maker(request: HttpRequest, workspace: Workspace, language: str) -> feeds.EntryUrl:
    def entry_url(opportunity: Opportunity) -> str:
        return request.build_absolute_uri(reverse("opportunities:public_opportunity_in_language",
                                                  args=[workspace.slug, language, opportunity.pk]))

    return entry_url


def _atom_response(body: bytes, language: str) -> HttpResponse:
    response = HttpResponse(body, content_type="application/atom+xml; charset=utf-8")
    response.headers["Content-Language"] = language
    return response


@require_safe
def opportunities_atom(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    language = feed_language(request, language)
    page_workspace = public_workspace(workspace)
    with translation.override(language):
        info = feeds.FeedInfo(
            title=_("%(workspace)s: opportunities") % {"workspace": page_workspace.name}, language=language,
            feed_url=request.build_absolute_uri(request.path),
            page_url=request.build_absolute_uri(reverse("public:page_in_language", args=[workspace, language])),
            author=page_workspace.name)
        body = feeds.atom_feed(workspace, info, selectors.feed_entries(page_workspace),
                               entry_url_maker(request, page_workspace, language))
    return _atom_response(body, language)


@require_safe
def theme_atom(request: HttpRequest, workspace: str, theme: str, language: str | None = None) -> HttpResponse:
    language = feed_language(request, language)
    page_workspace = public_workspace(workspace)
    found = selectors.theme_or_404(theme)
    with translation.override(language):
        info = feeds.FeedInfo(
            title=_("%(workspace)s: opportunities on %(theme)s") % {
                "workspace": page_workspace.name, "theme": localized(found.name)},
            language=language, feed_url=request.build_absolute_uri(request.path),
            page_url=request.build_absolute_uri(reverse("public:page_in_language", args=[workspace, language])),
            author=page_workspace.name)
        body = feeds.atom_feed(workspace, info, selectors.feed_entries(page_workspace, found),
                               entry_url_maker(request, page_workspace, language))
    return _atom_response(body, language)


@require_safe
def deadlines_ics(request: HttpRequest, workspace: str, language: str | None = None) -> HttpResponse:
    language = feed_language(request, language)
    page_workspace = public_workspace(workspace)
    with translation.override(language):
        name = _("%(workspace)s: deadlines and events") % {"workspace": page_workspace.name}
        body = feeds.ical_feed(workspace, name, selectors.calendar_entries(page_workspace).iterator(chunk_size=500),
                               entry_url_maker(request, page_workspace, language))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page_workspace.slug}-deadlines.ics"'
    return response

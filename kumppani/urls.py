from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.i18n import set_language

from kumppani.api import api, api_root, unknown_path

handler500 = "kumppani.core.busy.handle_server_error"


def favicon(_request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Browsers ask for /favicon.ico whatever a page says; the icon is an SVG among the static files."""
    return HttpResponsePermanentRedirect(static("kumppani/favicon.svg"))


urlpatterns = [
    path("i18n/setlanguage/", set_language, name="set_language"),
    path("favicon.ico", favicon),
    path("api/v1/", api_root),  # before ninja's own root, which answers an HTML 404
    path("api/v1/", api.urls),
    re_path(r"^api/", unknown_path),
    # Django tries the patterns in order, and each include passed by costs its own tries: the pages read most
    # (the public page, the directory's lists) come first. No two includes match the same path.
    path("", include("kumppani.public.urls")),
    path("", include("kumppani.directory.urls")),
    path("", include("kumppani.accounts.urls")),
    path("", include("kumppani.opportunities.urls")),
    path("", include("kumppani.subscriptions.urls")),
    path("", include("kumppani.workspaces.history_urls")),
    path("", include("kumppani.home.urls")),
    path("", include("kumppani.workspaces.urls")),
    path("", include("kumppani.activities.urls")),
    path("", include("kumppani.results.urls")),
    path("", include("kumppani.projects.urls")),
    path("", include("kumppani.funding.urls")),
    path("", include("kumppani.strategy.urls")),
    path("", include("kumppani.projects.public_import.urls")),
    path("", include("kumppani.partners.urls")),
    path("", include("kumppani.jobs.urls")),
]

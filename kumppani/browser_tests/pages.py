"""Every page of the app, built from the URL patterns with their ids filled from the demo workspaces.

A pattern's `<int:pk>` is filled with a record of the model its URL name starts with (`good_practice_detail` → a
GoodPractice of Sepra); a new page whose name names no model fails `test_every_page_is_listed` until MODEL_FOR
maps it. Pages answering anything but a whole HTML document (exports, feeds, fragments, POST-only endpoints) are
left out by asking the Django test client first.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, reverse

WORKSPACE = "sepra"
# URL names whose first words are not a model's name.
MODEL_FOR = {
    "proposal": "directory.ChangeProposal",
    "instance_proposal": "directory.ChangeProposal",
    "inquiry": "subscriptions.PartnerInquiry",
    "public_opportunity": "opportunities.Opportunity",
    "revoke_api_token": "accounts.ApiToken",
    "restore": "audit.AuditEntry",
    "more_like_organisation": "directory.Organisation",
    "internship_applicant": "results.Internship",
    "strategy_indicator": "strategy.Strategy",
    "project_output": "projects.Project",
    "project_upload": "projects.Project",
    "contact": "directory.Person",
    "shortlist_entry": "partners.ShortlistEntry",
}
# Pages visited with a query too: the partner search's results (relevance, actions, the map by country).
WITH_QUERY = {"partners:partner_search": "?q=matkailu+kehittäminen"}
SKIPPED_PREFIXES = ("api/", "i18n/", "feeds/", "accounts/reset/", "accounts/logout/", "healthz")
LANGUAGES_VISITED = ("et",)


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    staff: bool


def url_patterns(resolver: URLResolver | None = None, prefix: str = "",
                 namespace: str = "") -> Iterator[tuple[str, str, URLPattern]]:
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_patterns(pattern, prefix + str(pattern.pattern), inner)
        elif pattern.name:
            yield prefix + str(pattern.pattern), namespace + pattern.name, pattern


def model_for(url_name: str) -> type[models.Model] | None:
    short = url_name.split(":")[-1]
    for start, label in MODEL_FOR.items():
        if short.startswith(start):
            return apps.get_model(label)
    words = short.split("_")
    by_name = {model._meta.model_name: model for model in apps.get_models()}
    for length in range(len(words), 0, -1):
        model = by_name.get("".join(words[:length]))
        if model is not None:
            return model
    return None


def record_id(model: type[models.Model], workspace: models.Model) -> int | None:
    records = model._default_manager.order_by("pk")
    field_names = {field.name for field in model._meta.get_fields()}
    if "workspace" in field_names:
        records = records.filter(workspace=workspace)
    elif "project" in field_names:
        records = records.filter(project__workspace=workspace)
    elif "internship" in field_names:
        records = records.filter(internship__workspace=workspace)
    return records.values_list("pk", flat=True).first()


class Unfillable(Exception):
    """A pattern's value the test does not know how to make up."""


def fill(route: str, url_name: str, converters: dict, workspace: models.Model) -> list[dict] | None:
    """The keyword arguments to reverse the pattern with, or None when the demo has no record for it."""
    kwargs: dict = {}
    for key in converters:
        if key == "workspace":
            kwargs[key] = WORKSPACE
        elif key in ("pk", "person"):
            model = model_for(url_name)
            if model is None:
                raise Unfillable(url_name)
            found = record_id(model, workspace)
            if found is None:
                return None
            kwargs[key] = found
        elif key == "theme":
            kwargs[key] = apps.get_model("directory.Theme").objects.order_by("pk").values_list("slug", flat=True)[0]
        elif key == "token" and url_name.startswith("subscriptions:"):
            kwargs[key] = subscriber_token(url_name, workspace)
        elif key != "language":
            raise Unfillable(url_name)
    if "language" in converters:
        return [{**kwargs, "language": code} for code in LANGUAGES_VISITED]
    return [kwargs]


def subscriber_token(url_name: str, workspace: models.Model) -> str:
    from kumppani.subscriptions import tokens

    subscriber = apps.get_model("subscriptions.Subscriber").objects.filter(workspace=workspace).order_by("pk")[0]
    return tokens.confirm_token(subscriber) if url_name.endswith(":confirm") else tokens.subscriber_token(subscriber)


def candidate_pages() -> tuple[list[Page], list[str]]:
    """Every page address to try, and the patterns whose values the test cannot make up."""
    workspace = apps.get_model("workspaces.Workspace").objects.get(slug=WORKSPACE)
    pages, unfilled = [], []
    for route, url_name, pattern in url_patterns():
        if route.startswith(SKIPPED_PREFIXES):
            continue
        try:
            kwargs_list = fill(route, url_name, pattern.pattern.converters, workspace)
        except Unfillable:
            unfilled.append(url_name)
            continue
        for kwargs in kwargs_list or []:
            pages.append(Page(url_name, reverse(url_name, kwargs=kwargs), staff=route.startswith("w/")))
            if url_name in WITH_QUERY:
                pages.append(Page(url_name, reverse(url_name, kwargs=kwargs) + WITH_QUERY[url_name],
                                  staff=route.startswith("w/")))
    return pages, unfilled


def html_pages(client, staff_user) -> list[Page]:
    """The candidate pages that answer a whole HTML document to a GET (staff pages signed in)."""
    found = []
    for page in candidate_pages()[0]:
        client.logout()
        if page.staff:
            client.force_login(staff_user)
        response = client.get(page.path)
        assert response.status_code < 500, f"{page.path} answered {response.status_code}"
        if response.status_code == 200 and response["Content-Type"].startswith("text/html") \
                and b"<html" in response.content[:400]:
            found.append(page)
    return found

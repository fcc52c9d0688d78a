"""Reads of the directory, scoped to a workspace where the records are private."""

from typing import Any, cast

from django.db.models import Prefetch, QuerySet

from kumppani.directory import search_index
from kumppani.directory.models import (
    Membership,
    Organisation,
    OrganisationQuerySet,
    Partnership,
    Person,
    Representation,
)
from kumppani.directory.normalise import normalise_name


def organisations(filters: dict[str, Any]) -> OrganisationQuerySet:
    queryset: QuerySet[Organisation] = Organisation.objects.select_related("region")
    if term := normalise_name(filters.get("q") or ""):
        queryset = search_index.matching(queryset, term)
    if filters.get("country"):
        queryset = queryset.filter(country=filters["country"])
    if filters.get("type"):
        queryset = queryset.filter(type=filters["type"])
    if filters.get("theme"):
        queryset = queryset.filter(themes=filters["theme"])
    return cast(OrganisationQuerySet, queryset.order_by(filters.get("order") or "name", "id"))


def people(workspace: Any, filters: dict[str, Any]) -> QuerySet[Person]:
    queryset = Person.objects.filter(workspace=workspace).select_related("organisation")
    if term := normalise_name(filters.get("q") or ""):
        queryset = queryset.filter(normalised_name__contains=term)
    if filters.get("kind"):
        queryset = queryset.filter(kind=filters["kind"])
    return queryset.order_by(filters.get("order") or "name", "id")


def memberships(workspace: Any) -> QuerySet[Membership]:
    return Membership.objects.filter(workspace=workspace).select_related("network").prefetch_related(
        Prefetch("representations", queryset=Representation.objects.select_related("person"))
    ).order_by("network__name")


def partnerships(workspace: Any, filters: dict[str, Any] | None = None) -> QuerySet[Partnership]:
    queryset = Partnership.objects.filter(workspace=workspace).select_related("organisation").prefetch_related(
        "themes")
    if filters and (term := normalise_name(filters.get("q") or "")):
        queryset = queryset.filter(organisation__search_text__contains=term)
    return queryset.order_by("organisation__country", "organisation__name")


def representations(workspace: Any) -> QuerySet[Representation]:
    return Representation.objects.filter(workspace=workspace).select_related(
        "person", "membership__network", "theme")

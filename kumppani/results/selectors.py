"""Reads of a workspace's good practices, advocacy items, internships and applicants."""

from typing import Any

from django.db.models import Count, QuerySet

from kumppani.activities.selectors import matching
from kumppani.results.models import AdvocacyItem, Applicant, GoodPractice, Internship


def good_practice_records(workspace: Any) -> QuerySet[GoodPractice]:
    return GoodPractice.objects.filter(workspace=workspace).select_related("source_organisation", "source_project")


def good_practices(workspace: Any, filters: dict[str, Any]) -> QuerySet[GoodPractice]:
    queryset = good_practice_records(workspace)
    if filters.get("uptake"):
        queryset = queryset.filter(uptake=filters["uptake"])
    if filters.get("country"):
        queryset = queryset.filter(source_country=filters["country"])
    if filters.get("theme"):
        queryset = queryset.filter(themes=filters["theme"])
    queryset = matching(queryset, filters.get("q") or "", ["title", "learned", "taken_up_at"])
    return queryset.order_by("-taken_up_on", "-id")


def advocacy_records(workspace: Any) -> QuerySet[AdvocacyItem]:
    return AdvocacyItem.objects.filter(workspace=workspace).select_related("channel")


def advocacy_items(workspace: Any, filters: dict[str, Any]) -> QuerySet[AdvocacyItem]:
    queryset = advocacy_records(workspace)
    if filters.get("channel"):
        queryset = queryset.filter(channel=filters["channel"])
    if filters.get("year"):
        queryset = queryset.filter(dated__year=filters["year"])
    queryset = matching(queryset, filters.get("q") or "", ["topic", "position", "outcome"])
    return queryset.order_by("-dated", "-id")


def internship_records(workspace: Any) -> QuerySet[Internship]:
    return Internship.objects.filter(workspace=workspace)


def internships(workspace: Any, filters: dict[str, Any]) -> QuerySet[Internship]:
    queryset = internship_records(workspace).annotate(applicant_count=Count("applicants"))
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    queryset = matching(queryset, filters.get("q") or "", ["title", "task"])
    return queryset.order_by("-apply_by", "-id")


def applicant_records(workspace: Any) -> QuerySet[Applicant]:
    """The applicants to the workspace's internships: another workspace's are out of reach."""
    return Applicant.objects.filter(internship__workspace=workspace).select_related("internship")


def applicants(internship: Internship) -> QuerySet[Applicant]:
    return internship.applicants.order_by("applied_on", "id")


def sees_applicant_details(member: Any) -> bool:
    """Applicants are personal data: every member sees their names, only staff their e-mail and the notes."""
    return bool(member and member.can_write)

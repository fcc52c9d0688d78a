"""Each demo workspace has projects in every status, and each project's timeline leads to its status."""

import pytest

from kumppani.projects.models import Project, Status, StatusChange

WORKSPACES = ["sepra", "keski-suomi"]


@pytest.mark.parametrize("slug", WORKSPACES)
def test_every_status_has_a_project_in_each_workspace(demo, slug):
    statuses = set(Project.objects.filter(workspace__slug=slug).values_list("status", flat=True))
    assert statuses == set(Status.values)


def test_each_project_timeline_is_dated_by_alice_and_ends_in_its_status(demo):
    for project in Project.objects.filter(workspace__isnull=False):
        changes = list(StatusChange.objects.filter(project=project).order_by("on", "id"))
        assert changes, f"{project} has no timeline"
        assert changes[-1].status == project.status
        assert {change.author.username for change in changes} == {"alice"}


def test_projects_have_partners_with_roles_and_most_name_a_programme_of_the_catalogue(demo):
    projects = Project.objects.filter(workspace__isnull=False)
    assert all(project.partners.exists() for project in projects)
    assert projects.filter(partners__role="lead").distinct().count() >= 10
    assert projects.filter(partners__role="associated").exists()
    assert projects.filter(programme__isnull=False).count() >= projects.count() - 4


def test_projects_show_what_they_created(demo):
    kinds = set(Project.objects.filter(workspace__slug="sepra").values_list("outputs__kind", flat=True))
    assert {"product", "service", "event"} <= kinds

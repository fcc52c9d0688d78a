"""public_workspace (written as SQL) finds the published workspace of a slug as the ORM would, and 404s otherwise."""

import pytest
from django.http import Http404

from kumppani.workspaces.models import Workspace
from kumppani.workspaces.public import public_workspace


def fields(workspace: Workspace) -> dict:
    return {field.attname: getattr(workspace, field.attname) for field in Workspace._meta.concrete_fields}


def test_the_published_workspace_is_found_with_every_field_as_the_orm_reads_it(sepra):
    found = public_workspace("sepra")
    assert fields(found) == fields(Workspace.objects.get(slug="sepra"))
    assert isinstance(found.intro, dict) and not found._state.adding


@pytest.mark.parametrize("slug", ["nobody", "sepra' OR '1'='1", ""])
def test_an_unknown_slug_is_not_found(sepra, slug):
    with pytest.raises(Http404):
        public_workspace(slug)


def test_a_workspace_that_does_not_publish_is_not_found(sepra):
    Workspace.objects.filter(pk=sepra.pk).update(public=False)
    with pytest.raises(Http404):
        public_workspace("sepra")

"""The workspaces that publish an international page: the public pages of every app find theirs here."""

from django.shortcuts import get_object_or_404

from kumppani.workspaces.models import Workspace


def public_workspace(slug: str) -> Workspace:
    return get_object_or_404(Workspace, slug=slug, public=True)

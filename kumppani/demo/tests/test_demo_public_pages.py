"""The demo's public pages show upcoming deadlines and recent news whenever the demo is loaded."""

import datetime

import pytest
from django.utils import timezone

from kumppani.demo.loader import load_demo
from kumppani.opportunities import selectors_public
from kumppani.workspaces.models import Workspace


@pytest.mark.parametrize("loaded_on", [None, datetime.datetime(2031, 6, 15, 10, 0, tzinfo=datetime.UTC)])
def test_public_page_of_each_demo_workspace_shows_an_upcoming_deadline_and_news(db, client, loaded_on):
    load_demo(loaded_on)
    now = loaded_on or timezone.now()
    for workspace in Workspace.objects.filter(slug__in=["sepra", "keski-suomi"]):
        deadlines = selectors_public.upcoming_deadlines(workspace, now)
        news = selectors_public.recent_news(workspace, now)
        assert deadlines and news, workspace.slug
        if loaded_on is None:
            page = client.get(f"/p/{workspace.slug}/en/").content.decode()
            assert "Upcoming deadlines" in page and deadlines[0].title["en"] in page
            assert "Recent news" in page and news[0].title["en"] in page

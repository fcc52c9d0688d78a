"""The seed organisations' partners read the demo in Swedish and Estonian: its public texts are in four languages."""

import html
import re

import pytest

from kumppani.demo.data import WORKSPACES
from kumppani.demo.loader import load_demo
from kumppani.demo.shapes import DemoWorkspace, Text
from kumppani.opportunities import selectors_public
from kumppani.workspaces.models import Workspace

LANGUAGES = {"fi", "sv", "en", "et"}


def public_texts(workspace: DemoWorkspace) -> list[Text]:
    """The demo's translated texts that the workspace's public page shows."""
    texts = [workspace.intro]
    texts += [text for area in workspace.focus_areas for text in area]
    texts += [membership.description for membership in workspace.memberships]
    texts += [partnership.description for partnership in workspace.partnerships]
    texts += [contact.person.title for contact in workspace.contacts]
    texts += [role.topic for contact in workspace.contacts for role in contact.roles if role.topic]
    if workspace.strategy:
        texts += list(workspace.strategy.measures)
    texts += [text for opportunity in workspace.sharing.opportunities
              for text in (opportunity.title, opportunity.body) if text]
    return texts


def main_content(html: str) -> str:
    match = re.search(r"<main\b.*?</main>", html, re.DOTALL)
    assert match
    return match.group(0)


@pytest.mark.parametrize("workspace", WORKSPACES, ids=lambda workspace: workspace.slug)
def test_every_text_of_the_demo_public_page_is_in_four_languages(workspace):
    for text in public_texts(workspace):
        assert {language for language, value in text.items() if value.strip()} == LANGUAGES, text.get("en")


@pytest.mark.parametrize("language", ["sv", "et"])
@pytest.mark.parametrize("slug", ["sepra", "keski-suomi"])
def test_swedish_and_estonian_public_pages_fall_back_to_finnish_nowhere(db, client, slug, language):
    load_demo()
    main = main_content(client.get(f"/p/{slug}/{language}/").content.decode())
    assert 'class="fallback-notice"' not in main
    assert 'lang="fi"' not in main


@pytest.mark.parametrize("language", ["sv", "et"])
@pytest.mark.parametrize("slug", ["sepra", "keski-suomi"])
def test_every_published_opportunity_of_the_demo_has_its_own_swedish_and_estonian_page(db, client, slug, language):
    load_demo()
    opportunities = selectors_public.published(Workspace.objects.get(slug=slug))
    assert opportunities
    for opportunity in opportunities:
        for text in (opportunity.title, opportunity.body):
            assert {code for code, value in text.items() if value.strip()} == LANGUAGES, opportunity.title["fi"]
        response = client.get(f"/p/{slug}/{language}/opportunities/{opportunity.pk}/")
        assert response.status_code == 200
        main = main_content(response.content.decode())
        assert 'class="fallback-notice"' not in main and 'lang="fi"' not in main
        assert opportunity.title[language] in html.unescape(main)

"""The staff pages' main navigation, kept rendered per workspace and language, follows the workspace's name and
address and the page's language; the organisation list's type labels equal Django's get_type_display()."""

import pytest
from django.utils import translation

from kumppani.directory.models import Organisation, OrganisationType
from kumppani.workspaces.models import Workspace

LIST = "/w/sepra/organisations/"


@pytest.fixture
def signed_in(client, alice):
    client.force_login(alice)
    return client


def navigation(page: bytes) -> str:
    text = page.decode()
    return text[text.index('<nav class="mainnav"'):text.index("</nav>")]


def test_the_navigation_shows_a_renamed_workspace_at_once(signed_in, sepra):
    assert sepra.name in navigation(signed_in.get(LIST).content)
    Workspace.objects.filter(pk=sepra.pk).update(name="Sepra ry (renamed)")
    assert "Sepra ry (renamed)" in navigation(signed_in.get(LIST).content)


def test_the_navigation_is_kept_per_language(signed_in):
    finnish = navigation(signed_in.get(LIST, headers={"Accept-Language": "fi"}).content)
    english = navigation(signed_in.get(LIST, headers={"Accept-Language": "en"}).content)
    assert "Organisaatiot" in finnish and "Organisations" not in finnish
    assert "Organisations" in english


@pytest.mark.parametrize("language", ["fi", "sv", "en", "et"])
def test_the_type_label_of_the_organisation_list_equals_get_type_display(language):
    with translation.override(language):
        for kind in [*OrganisationType.values, "unknown"]:
            organisation = Organisation(name="x", type=kind, country="FI")
            assert organisation.type_label == organisation.get_type_display()

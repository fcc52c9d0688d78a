"""The search page: a form that works as a plain GET, results that HTMX swaps in as you type, and the reasons
for each organisation (matching projects with the words highlighted, own projects marked, country, region)."""

import pytest

from kumppani.partners.tests import surface_data

directory = surface_data.directory

URL = "/w/sepra/partners/search/"
HTMX = {"HX-Request": "true", "HX-Target": "partner-results"}


def test_the_page_offers_a_labelled_form_and_a_live_results_region(client, alice):
    client.force_login(alice)
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("q", "country", "region"):
        assert f'for="id_{name}"' in html
    assert "<legend>" in html  # the organisation types are a group of checkboxes
    assert 'aria-live="polite"' in html and 'id="partner-results"' in html
    assert 'hx-get="/w/sepra/partners/search/"' in html and 'hx-target="#partner-results"' in html
    assert 'method="get"' in html  # without JavaScript the form submits as a plain GET


def test_a_plain_get_renders_the_whole_page_with_the_ranked_organisations(client, alice, directory):
    client.force_login(alice)
    response = client.get(URL, {"q": "rural tourism routes"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert f'href="/w/sepra/organisations/{directory["jyu"].pk}/"' in html
    assert "<mark>" in html  # the matched words of the matching project's title
    assert f'href="/w/sepra/projects/{directory["routes"].pk}/"' in html
    assert "Keski-Suomi" in html  # the organisation's region
    assert response.context["hits"][0].organisation in (directory["jyu"], directory["kodukant"])


def test_an_htmx_request_gets_only_the_results_and_the_field_error_slots(client, alice, directory):
    client.force_login(alice)
    response = client.get(URL, {"q": "tourism"}, headers=HTMX)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and 'class="partner-search"' not in html  # the search form stays as it is
    assert "Jyväskylän yliopisto" in html
    assert 'id="errors-q" hx-swap-oob="true"' in html  # clears an earlier error next to the field


def test_the_workspace_s_own_projects_are_marked(client, alice, directory):
    client.force_login(alice)
    response = client.get(URL, {"q": "whisky tourism"})

    hits = response.context["hits"]
    travel = next(hit for hit in hits if hit.organisation == directory["travel"])
    assert [project.is_own for project in travel.matching_projects] == [True]
    assert "own-project" in response.content.decode()


def test_filters_narrow_the_results_to_the_countries_and_types_asked(client, alice, directory):
    client.force_login(alice)
    response = client.get(URL, {"q": "tourism", "country": ["EE"], "type": ["university"]})

    assert response.status_code == 200
    assert [hit.organisation for hit in response.context["hits"]] == [directory["tartu"]]


def test_a_region_filter_takes_nuts_codes_with_their_sub_regions(client, alice, directory):
    client.force_login(alice)
    response = client.get(URL, {"q": "tourism", "region": "fi1"})

    assert response.status_code == 200
    assert [hit.organisation for hit in response.context["hits"]] == [directory["jyu"]]


@pytest.mark.parametrize("user", ["vera", "eero"])
def test_read_only_members_may_search(client, request, directory, user):
    client.force_login(request.getfixturevalue(user))
    response = client.get(URL, {"q": "tourism"})

    assert response.status_code == 200
    assert response.context["hits"]

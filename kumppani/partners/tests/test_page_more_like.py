"""Each organisation's page links to "More like this organisation": the organisations whose profiles resemble
its own, the organisation itself left out, shown as the search's results are."""

from kumppani.partners.tests import surface_data

directory = surface_data.directory


def test_the_organisation_page_links_to_organisations_like_it(client, vera, directory):
    client.force_login(vera)
    response = client.get(f"/w/sepra/organisations/{directory['jyu'].pk}/")

    link = f'<a class="button more-like" href="/w/sepra/partners/like/{directory["jyu"].pk}/">'
    assert link in response.content.decode()


def test_the_page_lists_similar_organisations_without_the_organisation_itself(client, alice, directory):
    client.force_login(alice)
    response = client.get(f"/w/sepra/partners/like/{directory['jyu'].pk}/")

    assert response.status_code == 200
    found = [hit.organisation for hit in response.context["hits"]]
    assert directory["jyu"] not in found
    assert directory["kodukant"] in found or directory["tartu"] in found
    html = response.content.decode()
    assert "Jyväskylän yliopisto" in html  # the heading names the organisation
    assert 'id="id_q"' not in html  # no description to type: the organisation is the query
    assert 'aria-live="polite"' in html


def test_the_page_takes_the_search_s_filters(client, alice, directory):
    client.force_login(alice)
    response = client.get(f"/w/sepra/partners/like/{directory['jyu'].pk}/", {"country": "EE", "type": "university"})

    assert [hit.organisation for hit in response.context["hits"]] in ([directory["tartu"]], [])


def test_an_unknown_organisation_answers_404(client, alice, directory):
    client.force_login(alice)

    assert client.get("/w/sepra/partners/like/999999/").status_code == 404

"""A workspace's private projects are evidence for that workspace only: another workspace's token (or page) sees
neither the project in the reasons nor its words in the ranking."""

from kumppani.directory.tests.api_client import api_for
from kumppani.partners.tests import surface_data

directory = surface_data.directory


def _all_reasons(body: dict) -> str:
    return " ".join(project["title"] for item in body["items"] for project in item["matching_projects"])


def test_another_workspace_s_token_never_sees_sepra_s_private_project(charlie, ksl, alice, sepra, directory):
    for path, params in (("/partners/search", {"q": "whisky distillery tourism pilot"}),
                         (f"/partners/like/{directory['jyu'].pk}", {}),
                         (f"/partners/like/{directory['tartu'].pk}", {})):
        body = api_for(charlie, ksl).get(path, **params).json()
        assert "Whisky" not in _all_reasons(body), path
        assert directory["whisky"].pk not in [project["id"] for item in body["items"]
                                               for project in item["matching_projects"]]

    own = api_for(alice, sepra).get("/partners/search", q="whisky distillery tourism pilot").json()
    assert "Whisky tourism pilot" in _all_reasons(own)


def test_the_private_project_does_not_make_its_partner_a_match_for_others(charlie, ksl, directory):
    body = api_for(charlie, ksl).get("/partners/search", q="whisky distillery").json()

    assert directory["travel"].pk not in [item["id"] for item in body["items"]]


def test_the_page_of_another_workspace_shows_no_private_project(client, charlie, directory):
    client.force_login(charlie)
    response = client.get("/w/keski-suomi/partners/search/", {"q": "whisky tourism pilot"})

    assert response.status_code == 200
    assert "Whisky" not in response.content.decode()


def test_an_outsider_gets_404_on_the_other_workspace_s_search_pages(client, charlie, directory):
    client.force_login(charlie)

    for url in ("/w/sepra/partners/search/?q=tourism", f"/w/sepra/partners/like/{directory['jyu'].pk}/"):
        assert client.get(url).status_code == 404
        assert client.get(url, headers={"HX-Request": "true", "HX-Target": "partner-results"}).status_code == 404

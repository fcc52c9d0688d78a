"""The partner search changes nothing, so every member role may run it, with GET or with the JSON body of POST;
read-only roles stay refused on every POST that writes."""

from kumppani.directory.tests.api_client import api_for
from kumppani.partners.tests import surface_data

directory = surface_data.directory


def test_viewer_and_elected_official_search_with_post_like_with_get(vera, eero, sepra, directory):
    for user in (vera, eero):
        api = api_for(user, sepra)
        by_get = api.get("/partners/search", q="rural tourism routes")
        by_post = api.post("/partners/search", {"q": "rural tourism routes"})

        assert by_get.status_code == by_post.status_code == 200
        assert by_post.json() == by_get.json()
        assert by_post.json()["count"] >= 1


def test_a_viewer_still_cannot_write_through_the_api(vera, sepra, directory):
    response = api_for(vera, sepra).post("/organisations", {"name": "Viewer Oy", "country": "FI", "type": "company"})

    assert response.status_code == 403

"""Every page names the app's icon, and the address browsers ask for by habit leads to it."""


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("kumppani/favicon.svg")


def test_pages_name_the_icon(client, db):
    assert b'rel="icon"' in client.get("/accounts/login/").content

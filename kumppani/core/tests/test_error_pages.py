"""The 404 and 500 pages are the site's own, translated, never Django's debug or default pages."""

from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


def test_an_unknown_address_answers_the_sites_own_translated_404_page(client, db):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="sv")

    assert response.status_code == 404
    text = response.content.decode()
    assert "<h1>Sidan hittades inte</h1>" in text
    assert 'class="topbar"' in text
    assert "Django" not in text and "Traceback" not in text


def test_a_server_error_answers_the_sites_own_translated_500_page_without_a_request_context():
    with translation.override("fi"):
        response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    text = response.content.decode()
    assert "<h1>Jokin meni vikaan</h1>" in text
    assert 'class="topbar"' in text

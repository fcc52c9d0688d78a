"""The public page speaks the language of its URL and links to the other three."""

import pytest
from django.urls import resolve

from kumppani.opportunities.models import Opportunity
from kumppani.public.tests.conftest import page_text
from kumppani.workspaces.models import Workspace


@pytest.mark.parametrize("language", ["fi", "sv", "en", "et"])
def test_page_is_in_the_language_of_its_url_and_links_to_the_others(client, demo, language):
    response = client.get(f"/p/sepra/{language}/")
    text = page_text(response)
    assert f'<html lang="{language}">' in text
    assert response["Content-Language"] == language
    for other in {"fi", "sv", "en", "et"} - {language}:
        assert f'<a href="/p/sepra/{other}/" hreflang="{other}"' in text
        assert f'<link rel="alternate" hreflang="{other}" href="http://testserver/p/sepra/{other}/">' in text
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/p/sepra/">' in text


def test_english_page_shows_the_english_texts(client, demo):
    text = page_text(client.get("/p/keski-suomi/en/"))
    assert "The international work of the Regional Council of Central Finland" in text
    assert "kolme painopistettä" not in text


def test_page_without_a_language_follows_the_visitor(client, demo):
    assert '<html lang="fi">' in page_text(client.get("/p/sepra/"))
    assert '<html lang="en">' in page_text(client.get("/p/sepra/", HTTP_ACCEPT_LANGUAGE="en"))


@pytest.mark.parametrize("url", ["/p/sepra/de/", "/p/sepra/xx/", "/p/sepra/de/contact/1/", "/p/nobody/fi/"])
def test_unknown_language_or_workspace_is_404(client, demo, url):
    assert client.get(url).status_code == 404


def test_a_text_not_yet_translated_is_marked_with_its_language_and_a_notice(client, demo):
    Workspace.objects.filter(slug="sepra").update(intro={"fi": "Kansainvälinen toimintamme."})
    text = page_text(client.get("/p/sepra/et/"))
    assert '<div class="public-intro" lang="fi"><p>Kansainvälinen toimintamme.</p></div>' in text
    assert 'class="fallback-notice"' in text


def test_a_page_in_the_texts_own_language_has_no_fallback_notice(client, demo):
    Workspace.objects.filter(slug="sepra").update(intro={"fi": "Kansainvälinen toimintamme."})
    text = page_text(client.get("/p/sepra/fi/"))
    assert '<div class="public-intro"><p>Kansainvälinen toimintamme.</p></div>' in text
    assert 'class="fallback-notice"' not in text


def test_the_page_links_to_each_of_its_sections(client, demo):
    text = page_text(client.get("/p/sepra/en/"))
    assert '<nav class="on-this-page" aria-label="On this page">' in text
    for anchor in ("#focus-areas", "#partners", "#subscribe-title"):
        assert f'href="{anchor}"' in text
        assert f'id="{anchor[1:]}"' in text


def test_the_partners_are_drawn_on_a_map_by_country_and_listed_in_words(client, demo):
    text = page_text(client.get("/p/sepra/en/"))
    assert '<svg class="partner-map" viewBox="0 0 600 560" role="img" aria-label="Our partners by country">' in text
    assert '<path class="map-level-3" data-country="EE"' in text  # Sepra's partners are mostly Estonian
    assert 'href="#country-ee">Estonia</a>' in text and '<h3 id="country-ee">Estonia</h3>' in text


def test_an_opportunity_not_yet_translated_is_marked_with_its_language_and_a_notice(client, demo):
    opportunity = Opportunity.objects.filter(workspace__slug="sepra").published().first()
    Opportunity.objects.filter(pk=opportunity.pk).update(title={"fi": "Vain suomeksi"}, body={"fi": "Teksti."})
    text = page_text(client.get(f"/p/sepra/et/opportunities/{opportunity.pk}/"))
    assert '<h1 lang="fi">Vain suomeksi</h1>' in text and 'class="fallback-notice"' in text


@pytest.mark.parametrize(("path", "view"), [("/p/sepra/partner/", "partner_request"),
                                            ("/p/sepra/subscribe/", "subscribe"),
                                            ("/p/sepra/sv/partner/", "partner_request"),
                                            ("/p/sepra/sv/", "public_page")])
def test_only_a_language_code_reads_as_the_page_language(path, view):
    """The public page's URLs come first (kumppani/urls.py): a form's address must not read as a language."""
    assert resolve(path).func.__name__ == view

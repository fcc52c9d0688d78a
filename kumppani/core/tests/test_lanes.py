"""The JSON API passes by the middleware only pages need (kumppani/core/lanes.py); pages keep all of it."""

import json

from django.test import Client

from kumppani.directory.tests.api_client import api_for


def test_an_api_call_with_a_session_cookie_neither_reads_nor_sets_one(alice, sepra):
    browser = Client()
    browser.force_login(alice)
    response = browser.get("/api/v1/organisations")  # a signed-in browser, but no token

    assert response.status_code == 401
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_an_api_answer_sets_no_csrf_cookie_and_needs_no_csrf_token(alice, sepra):
    strict = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {api_for(alice, sepra).key}"})
    response = strict.post("/api/v1/people", json.dumps({"name": "Sari Sepralainen"}),
                           content_type="application/json")

    assert response.status_code == 201
    assert not response.cookies


def test_a_page_still_refuses_a_post_without_its_csrf_token(alice, sepra):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)

    assert browser.post("/i18n/setlanguage/", {"language": "en"}).status_code == 403


def test_a_page_still_has_its_session_messages_and_htmx_details(alice, sepra):
    browser = Client()
    browser.force_login(alice)
    response = browser.get(f"/w/{sepra.slug}/organisations/", headers={"HX-Request": "true", "HX-Target": "results"})

    assert response.status_code == 200
    assert response.wsgi_request.user == alice
    assert response.wsgi_request.htmx.target == "results"
    assert hasattr(response.wsgi_request, "_messages")

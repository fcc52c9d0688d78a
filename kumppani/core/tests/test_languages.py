"""The interface answers in Finnish, Swedish, English or Estonian, and in Finnish unless asked otherwise."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.test import Client
from django.utils import translation

from kumppani.core.middleware import LocaleMiddleware

SIGN_IN = {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Sign in", "et": "Logi sisse"}
ORGANISATIONS = {"fi": "Organisaatiot", "sv": "Organisationer", "en": "Organisations", "et": "Organisatsioonid"}


def sign_in_page(client: Client, **headers: str) -> str:
    return client.get("/accounts/login/", **headers).content.decode()


def test_the_four_interface_languages_are_offered_and_finnish_is_the_default():
    assert settings.LANGUAGE_CODES == ["fi", "sv", "en", "et"]
    assert settings.LANGUAGE_CODE == "fi"


@pytest.mark.parametrize("language", SIGN_IN)
def test_sign_in_page_answers_in_the_language_the_browser_asks_for(client, language):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE=f"{language},de;q=0.8")
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert f"<h1>{SIGN_IN[language]}</h1>" in page
    assert response["Content-Language"] == language


@pytest.mark.parametrize("language", SIGN_IN)
def test_language_cookie_wins_over_the_browser(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    other = "en" if language != "en" else "sv"
    page = sign_in_page(client, HTTP_ACCEPT_LANGUAGE=other)
    assert f'<html lang="{language}">' in page
    assert f"<h1>{SIGN_IN[language]}</h1>" in page


def test_finnish_is_the_default_when_the_browser_asks_for_nothing(client):
    page = sign_in_page(client)
    assert '<html lang="fi">' in page
    assert f"<h1>{SIGN_IN['fi']}</h1>" in page


def test_finnish_is_the_default_when_the_browser_asks_only_for_unsupported_languages(client):
    page = sign_in_page(client, HTTP_ACCEPT_LANGUAGE="de,fr;q=0.8")
    assert f"<h1>{SIGN_IN['fi']}</h1>" in page


@pytest.mark.parametrize("language", ["sv", "en", "et"])
def test_language_switch_changes_the_language_and_remembers_it(client, language):
    response = client.post("/i18n/setlanguage/", {"language": language, "next": "/accounts/login/"}, follow=True)
    assert f"<h1>{SIGN_IN[language]}</h1>" in response.content.decode()
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
    assert f"<h1>{SIGN_IN[language]}</h1>" in sign_in_page(client)


def test_language_switch_goes_back_to_finnish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    response = client.post("/i18n/setlanguage/", {"language": "fi", "next": "/accounts/login/"}, follow=True)
    assert f"<h1>{SIGN_IN['fi']}</h1>" in response.content.decode()


@pytest.mark.parametrize("language", ORGANISATIONS)
def test_signed_in_pages_follow_the_chosen_language(client, alice, language):
    client.force_login(alice)
    client.post("/i18n/setlanguage/", {"language": language, "next": "/"})
    page = client.get("/w/sepra/").content.decode()
    assert f'<html lang="{language}">' in page
    assert f">{ORGANISATIONS[language]}</a>" in page


@pytest.mark.parametrize("path", ["/accounts/login/", "/api/v1/organisations", "/p/sepra/en/", "/fi/", "/et"])
@pytest.mark.parametrize("headers", [{}, {"HTTP_ACCEPT_LANGUAGE": "sv,en;q=0.5"},
                                     {"HTTP_ACCEPT_LANGUAGE": "de, et;q=0.2"},
                                     {"HTTP_ACCEPT_LANGUAGE": "en-GB", "HTTP_COOKIE": "django_language=et"},
                                     {"HTTP_COOKIE": "django_language=xx"}])
def test_the_language_middleware_answers_as_djangos_own(rf, path, headers):
    """kumppani's LocaleMiddleware leaves out Django's look for a language at the start of the path, which only
    URLs written with i18n_patterns use: for every request it chooses the same language and sets the same headers."""
    def answer(middleware_class: type) -> tuple[str, dict[str, str]]:
        request = rf.get(path, **headers)
        response = middleware_class(lambda request: HttpResponse(""))(request)
        return request.LANGUAGE_CODE, {name: response[name] for name in ("Vary", "Content-Language")}

    with translation.override(None):
        assert answer(LocaleMiddleware) == answer(DjangoLocaleMiddleware)

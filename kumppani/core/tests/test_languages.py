"""The interface answers in Finnish, Swedish, English or Estonian, and in Finnish unless asked otherwise."""

import pytest
from django.conf import settings
from django.test import Client

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

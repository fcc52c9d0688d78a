"""An editor sees which languages a text still lacks, next to the empty boxes."""

from django import forms
from django.utils import translation

from kumppani.core.translated import TranslatedFormField, missing_languages


class IntroForm(forms.Form):
    intro = TranslatedFormField(required=False)


def test_the_languages_a_written_text_lacks_are_marked_in_the_form():
    with translation.override("en"):
        html = str(IntroForm(initial={"intro": {"fi": "Tervetuloa", "en": "Welcome"}})["intro"])
    assert html.count("not translated yet") == 2
    assert 'lang-input lang-missing"><span class="lang-code">SV' in html


def test_an_empty_text_is_not_marked_as_missing_translations():
    with translation.override("en"):
        assert "not translated yet" not in str(IntroForm()["intro"])
    assert missing_languages({}) == []


def test_missing_languages_of_a_text():
    assert missing_languages({"fi": "Hei", "sv": ""}) == ["sv", "en", "et"]

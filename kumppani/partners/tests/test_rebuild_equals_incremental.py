"""The index kept current change by change equals the one rebuilt from scratch."""

import pytest
from django.core.management import call_command
from django.db import connection

from kumppani.directory.models import OrganisationNote
from kumppani.partners import bulk
from kumppani.partners.models import IndexStats, Posting, Profile, Term, WorkspacePosting, WorkspaceProfile
from kumppani.partners.search import rebuild_index, search_partners
from kumppani.partners.tests.writing import changed, created, deleted
from kumppani.projects.models import Project, ProjectPartner


def index_state():
    texts = dict(Term.objects.values_list("pk", "text"))
    return {
        "terms": sorted((text, documents) for text, documents in Term.objects.filter(documents__gt=0).values_list(
            "text", "documents")),
        "postings": sorted((organisation, texts[term], tf, length, round(impact, 9), key) for organisation, term,
                           tf, length, impact, key in Posting.objects.values_list(
                               "organisation_id", "term_id", "tf", "length", "impact", "filter_key")),
        "private": sorted((workspace, organisation, texts[term], tf) for workspace, organisation, term, tf in
                          WorkspacePosting.objects.values_list("workspace_id", "organisation_id", "term_id", "tf")),
        "profiles": sorted(Profile.objects.values_list("organisation_id", "length", "projects")),
        "private_profiles": sorted(WorkspaceProfile.objects.values_list("workspace_id", "organisation_id", "length",
                                                                        "projects")),
        "stats": list(IndexStats.objects.values_list("profiles", "total_length")),
    }


def test_rebuild_gives_the_incrementally_kept_index(sepra, matkailu_oy, nuoriso_ry, energia, tourism):
    changed(matkailu_oy, m2m={"themes": [tourism]})
    created(OrganisationNote, workspace=sepra, organisation=energia, text="Aurinkovoima")
    private = created(Project, workspace=sepra, title={"fi": "Tuulivoima saaristossa"})
    created(ProjectPartner, project=private, organisation=energia)
    deleted(Project.objects.get(title__fi="Nuorten työllistäminen ja koulutus"))
    incremental = index_state()
    results = [(hit.organisation.pk, hit.score) for hit in search_partners(sepra, "matkailu tuulivoima nuoret")]
    assert rebuild_index() == 3
    assert index_state() == incremental
    assert [(hit.organisation.pk, hit.score) for hit in search_partners(sepra, "matkailu tuulivoima nuoret")] == \
        results


def test_the_command_rebuilds_and_reports_throughput(matkailu_oy, capsys):
    Posting.objects.all().delete()
    call_command("rebuild_partner_index")
    assert "organisations" in capsys.readouterr().out
    assert search_partners(None, "matkailu")[0].organisation == matkailu_oy


def test_changes_after_a_rebuild_add_new_terms(matkailu_oy):
    from kumppani.partners.tests.conftest import public_project

    rebuild_index()
    public_project("Poronhoidon digitalisaatio", matkailu_oy)
    assert search_partners(None, "poronhoito")[0].organisation == matkailu_oy


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_shared_by_worker_processes_gives_the_same_index(sepra, matkailu_oy, nuoriso_ry, energia,
                                                                   monkeypatch):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("worker processes read committed rows through connections of their own: not in memory")
    incremental = index_state()
    monkeypatch.setattr(bulk, "PARALLEL_FROM", 1)
    monkeypatch.setattr(bulk, "PROJECT_RANGE", 2)
    assert bulk.worker_count() > 0
    assert rebuild_index() == 3
    assert index_state() == incremental

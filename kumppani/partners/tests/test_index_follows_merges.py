"""The partner index follows a merge of organisations and its undoing."""

from kumppani.audit.services import restore
from kumppani.directory.merging import merge_organisations
from kumppani.directory.models import Organisation
from kumppani.partners.search import search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import committed


def names(query):
    return [hit.organisation.name for hit in search_partners(None, query)]


def test_a_merged_organisation_is_found_under_the_kept_one_and_back_after_undo(alice, sepra):
    kept = Organisation.objects.create(name="Tartu Ülikool", country="EE", steward=sepra)
    duplicate = Organisation.objects.create(name="University of Tartu", country="EE", steward=sepra)
    public_project("Kalastusmatkailu Peipsillä", duplicate)
    assert names("kalastusmatkailu") == ["University of Tartu"]
    with committed():
        entry = merge_organisations(actor=alice, workspace=sepra, kept=kept, duplicate=duplicate)
    assert names("kalastusmatkailu") == ["Tartu Ülikool"]
    with committed():
        restore(entry, alice)
    assert names("kalastusmatkailu") == ["University of Tartu"]

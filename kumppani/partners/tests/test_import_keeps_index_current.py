"""A bulk import of public records reindexes the organisations it touched, in the same transaction."""

from kumppani.partners.search import search_partners
from kumppani.projects.tests.public_import_helpers import SAMPLES, run


def test_imported_projects_are_searchable_at_once(db):
    run("fi-2007")
    hits = search_partners(None, "HoivaRekry")
    assert [hit.organisation.name for hit in hits] == ["Helsingin yliopiston Koulutus- ja kehittämiskeskus Palmenia"]


def test_a_reimport_with_a_changed_title_changes_the_results(db):
    run("fi-2007")
    run("fi-2007", SAMPLES["fi-2007"].read_bytes().replace(b"HoivaRekry", b"Hoivamaailma"))
    assert search_partners(None, "HoivaRekry") == []
    assert len(search_partners(None, "Hoivamaailma")) == 1

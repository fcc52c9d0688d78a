"""A bulk import of public records: the index catches up from its events once it has committed, each organisation
reindexed once; every record written has its own history entry."""

from collections import Counter

from kumppani.audit.models import Action, AuditEntry
from kumppani.partners import index
from kumppani.partners.search import search_partners
from kumppani.partners.tests.writing import committed
from kumppani.projects.models import Project, ProjectPartner
from kumppani.projects.tests.public_import_helpers import SAMPLES, run


def imported(*arguments, **options):
    with committed():
        return run(*arguments, **options)


def test_imported_projects_are_searchable_once_committed(db):
    imported("fi-2007")
    hits = search_partners(None, "HoivaRekry")
    assert [hit.organisation.name for hit in hits] == ["Helsingin yliopiston Koulutus- ja kehittämiskeskus Palmenia"]


def test_a_reimport_with_a_changed_title_changes_the_results(db):
    imported("fi-2007")
    imported("fi-2007", SAMPLES["fi-2007"].read_bytes().replace(b"HoivaRekry", b"Hoivamaailma"))
    assert search_partners(None, "HoivaRekry") == []
    assert len(search_partners(None, "Hoivamaailma")) == 1


def test_an_import_of_n_rows_writes_n_history_entries_and_reindexes_each_organisation_once(db, monkeypatch):
    reindexed: Counter[int] = Counter()
    reindex_public = index.reindex_public

    def counting(organisation_ids):
        ids = list(organisation_ids)
        reindexed.update(set(ids))
        reindex_public(ids)

    monkeypatch.setattr(index, "reindex_public", counting)
    report = imported("fi-2007")
    created = AuditEntry.objects.filter(action=Action.CREATE)
    assert created.filter(event="project.created").count() == report.created == Project.objects.count()
    assert created.filter(event="project_partner.created").count() == ProjectPartner.objects.count()
    assert created.filter(event="organisation.created").count() == report.organisations_created
    partners = set(ProjectPartner.objects.values_list("organisation_id", flat=True))
    assert set(reindexed) == partners and set(reindexed.values()) == {1}

"""Importing the same file again changes nothing; a changed file changes only what differs."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects.models import Project, ProjectPartner
from kumppani.projects.tests.public_import_helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


def snapshot():
    return (list(Project.objects.order_by("pk").values()), list(ProjectPartner.objects.order_by("pk").values()),
            list(Organisation.objects.order_by("pk").values()), AuditEntry.objects.count())


@pytest.mark.parametrize("data_format", list(SAMPLES))
def test_importing_the_same_file_twice_changes_nothing(data_format):
    first = run(data_format, skip_bad_rows=True)
    before = snapshot()
    second = run(data_format, skip_bad_rows=True)
    assert snapshot() == before
    assert (second.created, second.updated, second.organisations_created) == (0, 0, 0)
    assert second.unchanged == first.created


def test_a_corrected_row_updates_only_its_project():
    run("fi-2007")
    changed = SAMPLES["fi-2007"].read_bytes().replace(b"HoivaRekry", b"HoivaRekry II")
    report = run("fi-2007", changed)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 9)
    assert Project.objects.get(source_id="S10324").title == {"fi": "HoivaRekry II"}


def test_a_partner_dropped_from_the_list_is_unlinked():
    run("dk-2014")
    project = Project.objects.get(title__da="Viden og Innovationslaboratorier")
    linked = project.partners.count()
    content = SAMPLES["dk-2014"].read_text(encoding="utf-8").replace(
        "Professionshøjskolen University College Syddanmark.\n", "")
    report = run("dk-2014", content.encode())
    assert report.updated == 1 and report.partners_removed == 1
    assert project.partners.count() == linked - 1


def test_each_import_that_changes_something_leaves_a_run_entry_and_one_per_record():
    run("fi-2007")
    entry = AuditEntry.objects.get(object_id="import:fi-2007")
    assert entry.changes["projects_created"] == 10
    assert AuditEntry.objects.filter(event="project.created").count() == 10
    entries = AuditEntry.objects.count()
    run("fi-2007")
    assert AuditEntry.objects.count() == entries

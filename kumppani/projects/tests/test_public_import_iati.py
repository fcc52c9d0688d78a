"""IATI activity files (2.01, 2.02, 2.03) of any publisher import as public records: titles and descriptions in
every language, participating organisations with their refs as identifiers, sectors as themes. Tested on IATI's own
example files (data/iati, see data/README.md) and on our own export read back."""

import datetime
import gzip
import io
from decimal import Decimal

import pytest
from django.utils import translation

from kumppani.directory.models import Organisation
from kumppani.projects.models import Project
from kumppani.projects.public_import import ImportRefused, import_projects
from kumppani.projects.tests.public_import_helpers import DATA
from kumppani.projects.tests.test_iati_export import (  # noqa: F401 (fixtures)
    export,
    exported_projects,
    sepra_organisation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The reasons are asserted in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield
EXAMPLES = {version: DATA / "iati" / f"activity-standard-example-annotated-{version}.xml"
            for version in ("2.01", "2.02", "2.03")}


def iati(content: bytes, **options):
    return import_projects(io.BytesIO(content), "iati", filename="activities.xml", **options)


@pytest.mark.parametrize("version", EXAMPLES)
def test_the_standards_example_file_imports_with_every_language_and_sector(version):
    report = iati(EXAMPLES[version].read_bytes())
    assert (report.created, report.bad_rows, report.written) == (1, [], True)
    project = Project.objects.get(source="iati", source_id="AA-AAA-123456789-ABC123")
    assert project.workspace is None and project.programme is None
    assert project.title == {"en": "Activity title", "fr": "Titre de l'activité", "es": "Título de la actividad"}
    assert project.summary["en"].startswith("General activity description text.")
    assert "Objectives for the activity" in project.summary["en"]  # the descriptions of every type, in order
    assert project.summary["fr"].startswith("Activité générale du texte de description.")
    assert (project.starts_on, project.ends_on) == (datetime.date(2012, 4, 28), datetime.date(2015, 12, 31))
    themes = {theme.slug: theme.name for theme in project.themes.all()}
    assert themes["dac-111"] == {"en": "Education, Level Unspecified", "fr": "Education, Niveau non spécifié"}
    assert "dac-112" in themes and themes["iati-99-a1"] == {"en": "A description of the sector"}
    # Its organisations are placeholders of no registration agency: no country, so not in the directory.
    assert not project.partners.exists()


def test_a_gzip_compressed_file_imports_and_importing_again_changes_nothing():
    content = gzip.compress(EXAMPLES["2.03"].read_bytes())
    assert iati(content).created == 1
    again = iati(content)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_our_own_export_reads_back_with_its_organisations_identifiers_and_themes(staff_client, request, tourism):
    road = request.getfixturevalue("exported_projects")["road"]
    report = iati(export(staff_client, "&q=kuninkaan"))
    assert (report.created, report.bad_rows, report.organisations_created) == (1, [], 0)
    record = Project.objects.get(source="iati", source_id=f"FI-PRO-1751327-5-P{road.pk}")
    assert (record.title, record.summary) == (road.title, road.summary)
    # the actual start (the day it started running) before the planned one
    assert (record.starts_on, record.ends_on, record.status) == (datetime.date(2025, 2, 1), road.ends_on, "running")
    assert record.total_budget == Decimal("123456.78")
    # matched by their refs (EE-RIK registry code, XI-PIC with the directory's country) to the same organisations
    assert {(item.organisation_id, item.role) for item in record.partners.all()} == {
        (partner.organisation_id, partner.role) for partner in road.partners.all()}
    assert list(record.themes.all()) == [tourism]  # the DAC sector it was exported as


def test_a_new_organisation_gets_the_identifier_of_its_ref():
    content = EXAMPLES["2.03"].read_bytes().replace(b'ref="CC-CCC-123456789"', b'ref="FI-PRO-0201256-6"')
    iati(content)
    organisation = Organisation.objects.get(business_id="0201256-6")
    assert (organisation.name, organisation.country) == ("Name of Agency C", "FI")
    project = Project.objects.get(source="iati")
    assert project.partners.get().role == "lead"  # accountable


def test_a_file_of_another_version_or_not_iati_is_refused():
    with pytest.raises(ImportRefused, match=r"2\.01, 2\.02 and 2\.03"):
        iati(EXAMPLES["2.03"].read_bytes().replace(b'version="2.03"', b'version="1.05"', 1))
    with pytest.raises(ImportRefused, match="not an IATI activity file"):
        iati(b"<?xml version='1.0'?><iati-organisations version='2.03'/>")
    with pytest.raises(ImportRefused, match="not XML"):
        iati(b"<iati-activities version='2.03'><iati-activity>")


def test_an_activity_without_a_title_is_a_bad_row_and_nothing_is_written():
    content = EXAMPLES["2.03"].read_bytes().replace(b"<iati-identifier>AA-AAA-123456789-ABC123", b"<iati-identifier>")
    report = iati(content)
    assert [bad.reason for bad in report.bad_rows] == ["iati-identifier: this is required."]
    assert not report.written and not Project.objects.filter(source="iati").exists()

"""Each data set's format imports its sample: projects become public records with their programme, dates,
amounts and texts, and their organisations are matched or created and linked as partners."""

import datetime
import gzip
from decimal import Decimal

import pytest

from kumppani.directory.models import Organisation
from kumppani.projects.models import Project
from kumppani.projects.tests.public_import_helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


def record(source, source_id):
    return Project.objects.select_related("programme").get(source=source, source_id=source_id)


def partners_of(project):
    return {(item.organisation.name, item.role) for item in project.partners.select_related("organisation")}


def test_finnish_2007_list():
    report = run("fi-2007")
    assert (report.created, report.bad_rows, report.written) == (10, [], True)
    project = record("fi-2007", "S10324")
    assert project.workspace is None and project.title == {"fi": "HoivaRekry"}
    assert project.programme.slug == "fi-esf-2007-2013" and project.status == "closed"
    assert (project.starts_on, project.ends_on) == (datetime.date(2008, 4, 1), datetime.date(2010, 12, 31))
    assert (project.grant, project.total_budget) == (Decimal("308999.00"), Decimal("368999.00"))
    assert partners_of(project) == {("Helsingin yliopiston Koulutus- ja kehittämiskeskus Palmenia", "lead")}
    # Two projects of one beneficiary share one directory organisation.
    assert Organisation.objects.filter(name="Kainuun ELY-keskus", country="FI").count() == 1
    assert Project.objects.filter(source="fi-2007", partners__organisation__name="Kainuun ELY-keskus").count() == 2


def test_finnish_2014_list_accepts_a_project_without_beneficiary():
    report = run("fi-2014", skip_bad_rows=True)
    assert report.created == 6
    assert record("fi-2014", "A70305").partners.count() == 0
    project = record("fi-2014", "A70302")
    assert project.programme.slug == "fi-sustainable-growth-2014-2020"
    assert partners_of(project) == {("Lappeenrannan teknillinen yliopisto", "lead")}
    assert Organisation.objects.get(name="Lappeenrannan teknillinen yliopisto").type == "university"


def test_danish_2007_list_with_descriptions_identifiers_and_partner_lists():
    report = run("dk-2007")
    assert (report.created, report.bad_rows) == (8, [])
    project = Project.objects.get(source="dk-2007", title__da="Alu-kompetenceudvikling")
    assert project.summary["da"].startswith("AluCluster vil med dette projekt")
    assert project.programme.slug == "dk-esf-2007-2013"
    assert partners_of(project) == {("AluCluster", "lead"), ("VUC Sønderjylland", "partner"),
                                    ("EUC Syd", "partner"), ("Tønder Handelsskole", "partner"),
                                    ("Syddansk Universitet", "partner")}
    lead = project.partners.get(role="lead").organisation
    assert lead.vat.startswith("DK") and len(lead.vat) == 10 and lead.country == "DK"
    # Kroner are converted to euros at the krone's central rate, exactly to the cent.
    assert project.total_budget == (Decimal("204473.79") / Decimal("7.46038")).quantize(Decimal("0.01"))


def test_danish_2014_list_splits_partners_one_per_line_and_leaves_out_the_lead_repeated():
    report = run("dk-2014")
    assert (report.created, report.bad_rows) == (7, [])
    project = Project.objects.get(source="dk-2014", title__da="Viden og Innovationslaboratorier")
    assert project.programme.slug == "dk-erdf-2014-2020"
    assert ("Erhvervsakademiet Lillebælt", "lead") in partners_of(project)
    assert ("Professionshøjskolen University College Syddanmark", "partner") in partners_of(project)
    bornholm = Project.objects.get(source="dk-2014", title__da__startswith="Ungeguide")
    assert partners_of(bornholm) == {("Bornholms Regionskommune", "lead")}
    assert record("dk-2014", project.source_id).grant == (Decimal("5225503") / Decimal("7.46038")).quantize(
        Decimal("0.01"))


def test_swedish_json_list_keeps_kronor_out_of_the_euro_fields():
    report = run("se-2014")
    assert (report.created, report.bad_rows) == (5, [])
    project = record("se-2014", "20200940")
    assert project.title == {"sv": "Ortsammanbindande nät Arjeplogs kommun"}
    assert project.summary["sv"].startswith("Avsikten med projektet")
    assert project.grant is None and project.programme.slug == "se-erdf-2014-2020"
    assert partners_of(project) == {("Arjeplogs kommun", "lead")}
    assert Organisation.objects.get(name="Arjeplogs kommun").country == "SE"


def test_norwegian_participations_become_one_project_with_its_norwegian_partners():
    report = run("no-h2020")
    assert (report.created, report.bad_rows) == (4, [])
    project = record("no-h2020", "779469")
    assert project.programme.slug == "horizon-2020" and project.title["en"].startswith("Haeolus – ")
    assert partners_of(project) == {("SINTEF AS", "lead"), ("VARANGER KRAFTVIND AS", "partner"),
                                    ("NEL HYDROGEN ELECTROLYSER AS", "partner"), ("STIFTELSEN SINTEF", "partner")}
    sintef = Organisation.objects.get(name="SINTEF AS")
    assert sintef.vat == "NO919303808MVA" and sintef.type == "research"
    assert project.partners.get(organisation=sintef).budget is not None
    # SINTEF coordinates two of the sample's projects: one organisation, matched by its number.
    assert Organisation.objects.filter(vat="NO919303808MVA").count() == 1
    assert record("no-h2020", "818009").partners.filter(role="lead").count() == 0


@pytest.mark.parametrize("data_format", list(SAMPLES))
def test_a_gzip_compressed_file_imports_like_the_plain_one(data_format):
    report = run(data_format, gzip.compress(SAMPLES[data_format].read_bytes()), skip_bad_rows=True)
    assert report.created > 0 and report.written

"""CORDIS imports as the EU publishes it (a ZIP of the project and organization files, CSV with `;`, `|`, XLSX or
JSON): objectives as summaries, euroSciVoc fields as themes, PIC and VAT as identifiers, roles and EC
contributions kept. The fixtures are rows of real CORDIS files (data/README.md)."""

import csv
import io
import json
import zipfile
from decimal import Decimal

import pytest
from django.test import TestCase
from django.utils import translation
from openpyxl import Workbook

from kumppani.directory.models import Organisation
from kumppani.partners.search import search_partners
from kumppani.projects.models import Project
from kumppani.projects.public_import import ImportRefused, import_projects
from kumppani.projects.tests.public_import_helpers import DATA

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The reasons are asserted in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield
CORDIS = DATA / "cordis"


def archive(files: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, content in files.items():
            zipped.writestr(name, content)
    buffer.seek(0)
    return buffer


def h2020_json() -> io.BytesIO:
    return archive({"project.json": (CORDIS / "h2020_project.json").read_bytes(),
                    "organization.json": (CORDIS / "h2020_organization.json").read_bytes()})


def horizon_europe_csv() -> io.BytesIO:
    return archive({name: (CORDIS / f"he_{name}").read_bytes() for name in ("projects.csv", "orgs.csv",
                                                                             "euroSciVoc.csv")})


def semicolon_csv(objects: list[dict]) -> bytes:
    """The EU's CSV form of a JSON table: `;`-separated, quoted, decimal commas."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", quoting=csv.QUOTE_ALL)
    writer.writerow(list(objects[0]))
    for item in objects:
        writer.writerow([str(value).replace(".", ",") if isinstance(value, float) else value
                         for value in item.values()])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def xlsx(path) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="|"):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def cordis(binary, **options):
    return import_projects(binary, "cordis", filename="cordis.zip", **options)


def test_h2020_json_reports_the_fp7_project_and_writes_nothing_unless_told():
    report = cordis(h2020_json())
    assert [bad.line for bad in report.bad_rows] and "neither Horizon 2020" in report.bad_rows[0].reason
    assert not report.written and not Project.objects.filter(source="cordis").exists()


def test_h2020_json_projects_with_objectives_roles_contributions_and_identifiers():
    report = cordis(h2020_json(), skip_bad_rows=True)
    assert (report.created, len(report.bad_rows), report.written) == (4, 1, True)
    project = Project.objects.get(source="cordis", source_id="732642")
    assert project.title["en"].startswith("ULPEC – ") and project.programme.slug == "horizon-2020"
    objective = json.loads((CORDIS / "h2020_project.json").read_text())[0]["objective"]
    assert project.summary["en"].startswith(objective[:60])
    assert (project.grant, project.total_budget) == (Decimal("3876396.00"), Decimal("4862256.25"))
    lead = project.partners.get(role="lead")
    source = next(item for item in json.loads((CORDIS / "h2020_organization.json").read_text())
                  if item["projectID"] == 732642 and item["role"] == "coordinator")
    assert lead.organisation.pic == str(source["organisationID"])
    assert lead.budget == Decimal(str(source["ecContribution"])).quantize(Decimal("0.01"))
    bosch = Organisation.objects.get(pic="999908787")
    assert (bosch.name, bosch.country, bosch.vat, bosch.type) == ("ROBERT BOSCH GMBH", "DE", "DE811128135", "company")


def test_the_eus_semicolon_csv_reads_as_its_json():
    projects = json.loads((CORDIS / "h2020_project.json").read_text())
    organisations = json.loads((CORDIS / "h2020_organization.json").read_text())
    report = cordis(archive({"project.csv": semicolon_csv(projects), "organization.csv": semicolon_csv(organisations)}),
                    skip_bad_rows=True)
    assert (report.created, len(report.bad_rows)) == (4, 1)
    project = Project.objects.get(source="cordis", source_id="643921")
    assert (project.grant, project.total_budget) == (Decimal("4932902.25"), Decimal("4932902.75"))
    assert project.status == "closed"


def test_horizon_europe_pipe_separated_with_euroscivoc_fields_as_themes():
    report = cordis(horizon_europe_csv())
    assert (report.created, report.bad_rows) == (6, [])
    project = Project.objects.get(source="cordis", source_id="101259018")
    assert project.programme.slug == "horizon-europe" and project.summary["en"].startswith("The OutMARCH project")
    assert {"oncology", "cell signaling"} <= {theme.name["en"] for theme in project.themes.all()}
    lead = project.partners.get(role="lead").organisation
    assert (lead.name, lead.pic) == ("UNIVERSITAIR MEDISCH CENTRUM UTRECHT", "999915189")  # from its contactForm
    assert Project.objects.get(source="cordis", source_id="101257985").total_budget == Decimal("2998012.75")
    # CORDIS writes UK for the United Kingdom
    assert Organisation.objects.get(name="UNIVERSITY OF LANCASTER").country == "GB"


def test_horizon_europe_xlsx_reads_as_its_csv():
    report = cordis(archive({"project.xlsx": xlsx(CORDIS / "he_projects.csv"),
                             "organization.xlsx": xlsx(CORDIS / "he_orgs.csv")}))
    assert (report.created, report.bad_rows) == (6, [])
    assert Project.objects.get(source="cordis", source_id="101257985").total_budget == Decimal("2998012.75")


def test_importing_again_changes_nothing_and_matches_organisations_by_pic():
    known = Organisation.objects.create(name="VTT", country="FI", pic="932760440")
    cordis(horizon_europe_csv())
    lead = Project.objects.get(source="cordis", source_id="101257985").partners.get(role="lead")
    assert lead.organisation == known
    again = cordis(horizon_europe_csv())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)


def test_an_archive_without_the_organization_file_is_refused():
    with pytest.raises(ImportRefused, match="organization"):
        cordis(archive({"project.json": (CORDIS / "h2020_project.json").read_bytes()}))
    with pytest.raises(ImportRefused, match="ZIP"):
        cordis(io.BytesIO((CORDIS / "he_projects.csv").read_bytes()))


def test_partner_search_reads_euroscivoc_fields_as_the_participants_expertise():
    with TestCase.captureOnCommitCallbacks(execute=True):  # the index follows the import once it commits
        cordis(horizon_europe_csv())
    # "immunotherapy" is in no title or objective, only among OutMARCH's euroSciVoc fields
    found = {hit.organisation.name for hit in search_partners(None, "immunotherapy")}
    assert "UNIVERSITAIR MEDISCH CENTRUM UTRECHT" in found

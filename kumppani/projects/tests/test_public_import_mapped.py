"""Any other CSV or XLSX list imports through columns the user picks: the choice is saved under a name (per
workspace) and reused; the file is checked first, every bad row is reported, and nothing is written unless all
rows are good or the user leaves the bad ones out. Tested on rows of Lithuania's list (data/README.md)."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects.models import ColumnMapping, Project
from kumppani.projects.public_import.mapped import identifier_field
from kumppani.projects.tests.public_import_helpers import DATA

URL = "/w/sepra/public-records/import/mapped/"
SAMPLE = DATA / "lt_applications_2014-2020_sample.csv"
COLUMNS = {"column_title": "Projektas", "column_project_code": "Kodas",
           "column_organisation": "Pareiškėjas/ Vykdytojas", "column_starts_on": "Sutarties pasirašymo data"}


def upload(client, content: bytes, name: str = SAMPLE.name, mapping=None):
    data = {"file": SimpleUploadedFile(name, content)}
    if mapping is not None:
        data["mapping"] = mapping.pk
    return client.post(URL, data)


def map_columns(client, token, **extra):
    return client.post(URL, {"token": token, "step": "map", "name": "Lithuania 2014-2020", "language": "lt",
                             "default_country": "LT", **COLUMNS, **extra})


def test_staff_pick_the_columns_check_then_import_as_a_job(staff_client, sepra):
    offered = upload(staff_client, SAMPLE.read_bytes())
    assert offered.status_code == 200 and offered.context["step"] == "map"
    assert "Pareiškėjas/ Vykdytojas" in offered.content.decode()  # the file's headers to pick from
    checked = map_columns(staff_client, offered.context["token"])
    assert checked.status_code == 200
    report = checked.context["report"]
    assert (report.created, report.bad_rows, report.organisations_created) == (7, [], 7)
    assert not Project.objects.exists()  # the check writes nothing
    mapping = ColumnMapping.objects.get(workspace=sepra, name="Lithuania 2014-2020")
    assert mapping.columns["organisation"] == "Pareiškėjas/ Vykdytojas" and mapping.default_country == "LT"
    assert AuditEntry.objects.filter(object_repr="Lithuania 2014-2020").exists()  # saved through the audited path
    done = staff_client.post(URL, {"token": checked.context["token"]})
    assert done.status_code == 302 and done["Location"].startswith("/w/sepra/jobs/")
    assert staff_client.get(done["Location"]).context["job"].status == "done"
    project = Project.objects.get(source=f"map-{mapping.pk}", source_id="03.2.1-LVPA-K-801-01-0010")
    assert project.workspace is None and project.title["lt"].startswith("Lietuvos sveikatingumo")
    assert str(project.starts_on) == "2015-10-08"
    lead = project.partners.get()
    assert (lead.organisation.name, lead.organisation.country, lead.role) == ("Nacionalinė SPA asociacija", "LT",
                                                                             "partner")


def test_a_saved_mapping_is_reused_for_an_xlsx_file_of_the_same_list(staff_client, sepra):
    offered = upload(staff_client, SAMPLE.read_bytes())
    map_columns(staff_client, offered.context["token"])
    staff_client.post(URL, {"token": offered.context["token"]})
    mapping = ColumnMapping.objects.get()
    workbook = Workbook()
    for row in csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8"))):
        workbook.active.append(row)
    content = io.BytesIO()
    workbook.save(content)
    checked = upload(staff_client, content.getvalue(), name="lt.xlsx", mapping=mapping)
    report = checked.context["report"]
    assert (report.created, report.updated, report.unchanged, report.bad_rows) == (0, 0, 7, [])


def test_every_bad_row_is_reported_and_nothing_is_written(staff_client, sepra):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"Uždaroji akcinė bendrovė ""LISKANDAS"""', '""')  # no organisation
    lines[5] = lines[5].replace("2015-10-08", "8.13.2015")  # no such month
    offered = upload(staff_client, "\n".join(lines).encode())
    checked = map_columns(staff_client, offered.context["token"])
    assert [(bad.line, bad.reason) for bad in checked.context["report"].bad_rows] == [
        (2, "Pareiškėjas/ Vykdytojas: this is required."),
        (6, "Sutarties pasirašymo data: “8.13.2015” is not a date of the calendar.")]
    refused = staff_client.post(URL, {"token": checked.context["token"]})
    assert refused.status_code == 409 and not Project.objects.exists()
    skipped = staff_client.post(URL, {"token": checked.context["token"], "skip_bad_rows": "1"})
    assert skipped.status_code == 302 and Project.objects.count() == 5


def test_the_mapping_needs_a_title_and_an_organisation_column(staff_client, sepra):
    offered = upload(staff_client, SAMPLE.read_bytes())
    refused = map_columns(staff_client, offered.context["token"], column_title="")
    assert refused.status_code == 400 and "column_title" in refused.context["form"].errors
    assert not ColumnMapping.objects.exists()


def test_viewers_and_outsiders_cannot_import(client, vera, charlie):
    client.force_login(vera)
    assert client.get(URL).status_code == 403
    client.force_login(charlie)
    assert client.get(URL).status_code == 404


def test_an_identifier_goes_to_the_directory_field_its_form_and_country_tell():
    assert identifier_field("0201256-6", "FI") == ("business_id", "0201256-6")
    assert identifier_field("80042937", "EE") == ("ee_registry_code", "80042937")
    assert identifier_field("12345674", "DK")[0] in {"vat", ""}
    assert identifier_field("999999999", "BE") == ("pic", "999999999")
    assert identifier_field("DE811128135", "DE") == ("vat", "DE811128135")
    assert identifier_field("nonsense", "DE") == ("", "")


@pytest.mark.django_db
def test_an_identifier_column_is_stored_on_the_new_organisation(staff_client, sepra):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[0] += ",PIC"
    lines[1:] = [line + ",999999999" if number == 0 else line + "," for number, line in enumerate(lines[1:])]
    offered = upload(staff_client, "\n".join(lines).encode())
    checked = map_columns(staff_client, offered.context["token"], column_identifier="PIC")
    staff_client.post(URL, {"token": checked.context["token"]})
    assert Organisation.objects.get(pic="999999999").name == 'Uždaroji akcinė bendrovė "LISKANDAS"'

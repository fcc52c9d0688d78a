"""Exporting the directory to CSV and XLSX, and importing the export back without duplicates or changes."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from kumppani.audit.models import AuditEntry
from kumppani.directory import transfer
from kumppani.directory.models import Organisation, Person, Region, Theme


@pytest.fixture(autouse=True)
def _in_english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def export(client, what: str, file_format: str, slug: str = "sepra", **filters: str):
    return client.get(reverse("directory:export", args=[slug]), {"what": what, "format": file_format, **filters})


def content_of(response) -> bytes:
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content_of(response).decode("utf-8-sig"))))


def xlsx_rows(response) -> list[tuple]:
    workbook = load_workbook(io.BytesIO(content_of(response)))
    return list(workbook.active.iter_rows(values_only=True))


@pytest.fixture
def directory(db, kodukant, tourism):
    """Organisations with every kind of value an export must carry back intact."""
    green_care = Theme.objects.create(slug="green-care", name={"fi": "Green Care"})
    sepra_ry = Organisation.objects.create(
        name="Sepra ry", short_name="Sepra", type="leader", country="FI", business_id="0201256-6",
        region=Region.objects.get(code="FI195"), website="https://sepra.fi",
        description={"fi": "Leader-ryhmä.\nKaksi riviä.", "en": "A Leader group; \"quoted\", with commas."})
    sepra_ry.themes.set([tourism, green_care])
    kodukant.pic = "912345678"
    kodukant.description = {"et": "Külaliikumine", "sv": "Byarörelse"}
    kodukant.save()
    Organisation.objects.create(name="=HYPERLINK(\"http://evil.test\")", country="SE", vat="SE556677889901")
    Organisation.objects.create(name="Namesake Oy", country="FI")
    Organisation.objects.create(name="Namesake Oy", country="FI", business_id="0116297-6")
    return sepra_ry


@pytest.fixture
def people(sepra, ksl, directory, kodukant):
    twin = Organisation.objects.create(name="Kodukant", country="EE", type="network")
    Person.objects.create(workspace=sepra, name="Liisa Laine", title={"fi": "Toiminnanjohtaja", "en": "Director"},
                          organisation=directory, email="liisa@example.test", phone="+358 40 123 4567",
                          consent_to_publish=True, consent_date=datetime.date(2024, 3, 1),
                          notes="@mention\nsecond line")
    Person.objects.create(workspace=sepra, name="Mari Maasikas", kind="partner", organisation=twin)
    Person.objects.create(workspace=sepra, name="Ilman Postia", phone="-")
    Person.objects.create(workspace=ksl, name="Kaisa Keski", email="kaisa@example.test")


def test_csv_export_has_the_columns_of_the_import(client, vera, directory):
    client.force_login(vera)

    response = export(client, "organisations", "csv")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert list(csv_rows(response)[0]) == transfer.COLUMNS["organisations"]


def test_export_follows_the_organisation_lists_filters(client, vera, directory, tourism):
    client.force_login(vera)

    by_country = csv_rows(export(client, "organisations", "csv", country="EE"))
    by_theme = csv_rows(export(client, "organisations", "csv", theme="tourism"))
    by_term = xlsx_rows(export(client, "organisations", "xlsx", q="namesake"))

    assert [row["name"] for row in by_country] == ["Kodukant"]
    assert [(row["name"], row["themes"], row["region"]) for row in by_theme] == [
        ("Sepra ry", "green-care;tourism", "FI195")]
    assert [row[1] for row in by_term[1:]] == ["Namesake Oy", "Namesake Oy"]


def test_the_list_offers_an_export_of_its_current_selection(client, vera, directory):
    client.force_login(vera)

    page = client.get(reverse("directory:organisation_list", args=["sepra"]), {"country": "EE"}).content.decode()

    assert "country=EE&amp;what=organisations&amp;format=csv" in page
    assert "country=EE&amp;what=organisations&amp;format=xlsx" in page


def test_xlsx_export_of_people(client, vera, people):
    client.force_login(vera)

    response = export(client, "people", "xlsx")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows = xlsx_rows(response)
    assert rows[0] == tuple(transfer.COLUMNS["people"])
    liisa = next(dict(zip(rows[0], row, strict=True)) for row in rows if row[1] == "Liisa Laine")
    assert (liisa["title_en"], liisa["organisation"], liisa["organisation_country"]) == ("Director", "Sepra ry", "FI")
    assert (liisa["consent_to_publish"], liisa["consent_date"]) == (True, datetime.datetime(2024, 3, 1))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_never_contains_another_workspaces_people(client, bob, people, file_format):
    client.force_login(bob)

    content = content_of(export(client, "people", file_format))

    table = transfer.parse(content, "people")
    assert sorted(cells["name"] for _line, cells in table.rows) == ["Ilman Postia", "Liisa Laine", "Mari Maasikas"]
    assert b"Kaisa" not in content
    assert b"kaisa@example.test" not in content


def test_csv_cells_are_guarded_against_formula_injection(client, bob, people):
    client.force_login(bob)

    organisations = content_of(export(client, "organisations", "csv")).decode("utf-8-sig")
    persons = content_of(export(client, "people", "csv")).decode("utf-8-sig")

    assert "\"'=HYPERLINK(\"\"http://evil.test\"\")\"" in organisations
    assert ",'+358 40 123 4567," in persons
    assert "\"'@mention\nsecond line\"" in persons
    assert ",'-," in persons
    for row in csv.reader(io.StringIO(organisations + persons)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_xlsx_cells_that_look_like_formulas_stay_text(client, bob, people):
    client.force_login(bob)

    workbook = load_workbook(io.BytesIO(content_of(export(client, "organisations", "xlsx"))))

    cell = next(row[1] for row in workbook.active.iter_rows() if "HYPERLINK" in str(row[1].value))
    assert cell.data_type == "s"
    assert cell.value == "'=HYPERLINK(\"http://evil.test\")"
    for row in workbook.active.iter_rows():
        assert not any(cell.data_type == "f" for cell in row)


def round_trip(client, what: str, file_format: str):
    """The rows of an export, read as an import reads them."""
    return transfer.parse(content_of(export(client, what, file_format)), what, filename=f"export.{file_format}")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_importing_the_export_of_organisations_creates_no_duplicates_and_changes_nothing(
        client, bob, sepra, directory, file_format):
    client.force_login(bob)
    table = round_trip(client, "organisations", file_format)
    before = (Organisation.objects.count(), AuditEntry.objects.count())

    report = transfer.apply(table, sepra, bob)

    assert report.is_valid, [str(error) for error in report.errors]
    assert [row.action for row in report.rows] == ["unchanged"] * Organisation.objects.count()
    assert (Organisation.objects.count(), AuditEntry.objects.count()) == before


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_importing_the_export_of_people_creates_no_duplicates_and_changes_nothing(
        client, bob, sepra, people, file_format):
    client.force_login(bob)
    table = round_trip(client, "people", file_format)
    before = (Person.objects.count(), AuditEntry.objects.count())

    report = transfer.apply(table, sepra, bob)

    assert report.is_valid, [str(error) for error in report.errors]
    assert [row.action for row in report.rows] == ["unchanged"] * 3
    assert (Person.objects.count(), AuditEntry.objects.count()) == before


def test_the_export_without_ids_matches_by_identifiers_and_names(client, bob, sepra, directory):
    client.force_login(bob)
    table = round_trip(client, "organisations", "csv")
    table.columns.remove("id")
    for _line, cells in table.rows:
        del cells["id"]
    ambiguous = next(line for line, cells in table.rows if cells["name"] == "Namesake Oy" and not cells["business_id"])

    report = transfer.preview(table, sepra)

    assert [error.line for error in report.errors] == [ambiguous]
    assert {row.action for row in report.rows if not row.errors} == {"unchanged"}


def test_readers_may_export_and_outsiders_get_404(client, eero, charlie, directory):
    client.force_login(eero)
    assert export(client, "organisations", "csv").status_code == 200

    client.force_login(charlie)
    assert export(client, "organisations", "csv").status_code == 404


def test_an_unknown_format_is_a_bad_request(client, vera):
    client.force_login(vera)

    assert export(client, "organisations", "pdf").status_code == 400
    assert export(client, "secrets", "csv").status_code == 400

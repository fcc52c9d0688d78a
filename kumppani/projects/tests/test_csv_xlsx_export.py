"""Projects export to CSV (streamed) and XLSX, filtered like the list, with money as exact decimals."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kumppani.projects.tests.factories import partner, programme, project


@pytest.fixture
def road(sepra, bob, kodukant, tourism):
    created = project(sepra, bob, title={"fi": "Kuninkaantie", "en": "King's Road"}, status="running",
                      programme=programme(), total_budget=Decimal("1234567.89"), grant=Decimal("0.10"),
                      own_share=Decimal("1234567.79"), starts_on=datetime.date(2025, 1, 1))
    created.themes.set([tourism])
    partner(created, kodukant, "lead", "0.30")
    project(sepra, bob, title={"fi": "Vihreä vyöhyke"}, status="idea")
    return created


def csv_rows(client, query: str) -> list[dict[str, str]]:
    response = client.get(f"/w/sepra/projects/export/?format=csv{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_the_filtered_projects_with_exact_money(staff_client, road):
    rows = csv_rows(staff_client, "&status=running")
    assert len(rows) == 1
    row = rows[0]
    assert (row["id"], row["title_fi"], row["title_en"], row["status"]) == (
        str(road.pk), "Kuninkaantie", "King's Road", "running")
    assert (row["total_budget"], row["grant"], row["own_share"], row["partners_budget"]) == (
        "1234567.89", "0.10", "1234567.79", "0.30")
    assert row["lead_partner"] == "Kodukant" and row["partners"] == "Kodukant (lead, 0.30 €)"
    assert row["themes"] == "tourism" and row["starts_on"] == "2025-01-01"
    assert row["public_record"] == "false"


def test_csv_without_filters_has_every_project_of_the_workspace(staff_client, road, ksl):
    project(ksl, None, title={"fi": "Toisen työtilan"})
    assert {row["title_fi"] for row in csv_rows(staff_client, "")} == {"Kuninkaantie", "Vihreä vyöhyke"}


def test_xlsx_has_the_same_rows_with_money_as_numbers_of_exact_digits(staff_client, road):
    response = staff_client.get("/w/sepra/projects/export/?format=xlsx&q=kuninkaan")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = list(workbook.active.values)
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["title_fi"] == "Kuninkaantie"
    assert Decimal(str(row["total_budget"])) == Decimal("1234567.89")
    assert Decimal(str(row["grant"])) == Decimal("0.10")


def test_an_unknown_format_is_refused(staff_client):
    assert staff_client.get("/w/sepra/projects/export/?format=pdf").status_code == 400


def test_a_title_like_a_formula_comes_out_as_text_in_csv_and_xlsx(staff_client, sepra, bob):
    project(sepra, bob, title={"fi": "=HYPERLINK(\"http://evil.test\")"}, status="idea",
            total_budget=Decimal("-5"))

    (row,) = csv_rows(staff_client, "&q=hyperlink")
    assert row["title_fi"] == "'=HYPERLINK(\"http://evil.test\")"
    assert row["total_budget"] == "-5.00"  # a number keeps its sign
    response = staff_client.get("/w/sepra/projects/export/?format=xlsx&q=hyperlink")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))
    assert cells["title_fi"].data_type == "s" and cells["title_fi"].value == "'=HYPERLINK(\"http://evil.test\")"
    assert cells["total_budget"].data_type == "n" and cells["total_budget"].value == -5


def test_xlsx_shows_money_and_dates_in_the_readers_form(staff_client, road, settings):
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = staff_client.get("/w/sepra/projects/export/?format=xlsx&q=kuninkaan")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    cells = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert cells["total_budget"].number_format == '"€"#,##0.00'
    assert cells["starts_on"].number_format == "d mmm yyyy"
    assert cells["starts_on"].is_date

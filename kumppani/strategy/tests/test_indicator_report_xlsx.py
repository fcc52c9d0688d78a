"""The annual indicator report downloads as XLSX: one sheet per strategy holding the numbers values computes."""

import io
from decimal import Decimal

from openpyxl import load_workbook

from kumppani.strategy import reports, values
from kumppani.strategy.tests.report_records import reported_strategy


def download(client, strategy, query: str = "") -> bytes:
    response = client.get(f"/w/sepra/strategy/{strategy.pk}/report.xlsx{query}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Type"] == reports.XLSX_TYPE
    assert response["Content-Disposition"].startswith("attachment;")
    return response.content


def test_a_reader_downloads_the_report_with_the_computed_numbers(client, sepra, vera):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    workbook = load_workbook(io.BytesIO(download(client, strategy, "?year=2027")))
    (sheet,) = workbook.worksheets
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[3]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[4:] if row[0]}
    for indicator in strategy.indicators.all():
        computed = values.indicator_values(indicator, values.as_of_date(2027))
        row = by_name[indicator.name["en"]]
        for year, value in computed.per_year.items():
            assert Decimal(str(row[f"Actual {year}"])) == value, (indicator, year)
        assert Decimal(str(row["Period total (achieved)"])) == computed.total
        assert Decimal(str(row["Planned (not counted)"])) == computed.planned_total
        assert Decimal(str(row["Target for the period"])) == indicator.target
    workshops = by_name["International workshops"]
    assert (workshops["Actual 2025"], workshops["Period total (achieved)"], workshops["Target 2026"]) == (2, 4, 3)
    assert (workshops["Baseline"], workshops["Baseline year"], workshops["Unit"]) == (1, 2022, "pcs")
    assert by_name["Income growth"]["Period total (achieved)"] == 4.25  # not cumulative: the latest year
    assert len(sheet._charts) == 1


def test_the_years_after_the_reports_year_have_no_actuals(client, sepra, vera):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    sheet = load_workbook(io.BytesIO(download(client, strategy, "?year=2025"))).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    workshops = dict(zip(rows[3], rows[4], strict=True))
    assert (workshops["Actual 2025"], workshops["Actual 2026"], workshops["Period total (achieved)"]) == (2, None, 3)


def test_every_strategy_gets_a_sheet_of_its_own(sepra):
    first, second = reported_strategy(sepra), reported_strategy(sepra)
    content = reports.xlsx_report([reports.indicator_report(first), reports.indicator_report(second)])
    titles = load_workbook(io.BytesIO(content)).sheetnames
    assert len(titles) == 2 and len(set(titles)) == 2


def test_a_year_outside_the_period_is_refused(client, sepra, vera):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    for query in ("?year=2031", "?year=soon"):
        assert client.get(f"/w/sepra/strategy/{strategy.pk}/report.xlsx{query}").status_code == 400


def test_an_outsider_gets_404_for_both_reports(client, sepra, charlie):
    strategy = reported_strategy(sepra)
    client.force_login(charlie)
    for extension in ("xlsx", "pdf"):
        assert client.get(f"/w/sepra/strategy/{strategy.pk}/report.{extension}").status_code == 404


def test_an_indicator_named_like_a_formula_comes_out_as_text(client, sepra, vera):
    strategy = reported_strategy(sepra)
    strategy.indicators.filter(position=1).update(name={"en": "=HYPERLINK(\"http://evil.test\",\"x\")"},
                                                  unit={"en": "+1"})
    client.force_login(vera)
    sheet = load_workbook(io.BytesIO(download(client, strategy, "?year=2027"))).worksheets[0]

    names = [row[0] for row in sheet.iter_rows(min_row=5)]
    evil = next(cell for cell in names if "HYPERLINK" in str(cell.value))
    assert evil.data_type == "s" and evil.value == "'=HYPERLINK(\"http://evil.test\",\"x\")"
    assert sheet.cell(row=evil.row, column=2).value == "'+1"
    assert not [cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert sheet.cell(row=evil.row, column=3).data_type == "n"  # numbers stay numbers

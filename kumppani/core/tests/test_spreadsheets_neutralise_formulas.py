"""The one CSV and XLSX writer: text that a spreadsheet would evaluate is prefixed with a quote, typed values stay
typed."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kumppani.core.spreadsheets import csv_lines, xlsx_file

DANGEROUS = ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil.test\")"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_text_that_starts_like_a_formula_gets_a_quote(text):
    (row,) = list(csv.reader(io.StringIO("".join(csv_lines(["a"], [[text]])).lstrip("\ufeff"))))[1:]

    assert row == ["'" + text]


@pytest.mark.parametrize("text", DANGEROUS)
def test_xlsx_text_that_starts_like_a_formula_is_a_quoted_text_cell(text):
    sheet = load_workbook(xlsx_file(["a"], [[text]], title="t")).active

    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value == "'" + text


def test_numbers_dates_and_booleans_stay_typed():
    row = [-5, Decimal("-1.50"), 2.5, datetime.date(2026, 1, 2), True, None, "plain"]

    text = "".join(csv_lines(list("abcdefg"), [row])).lstrip("\ufeff")
    assert list(csv.reader(io.StringIO(text)))[1] == ["-5", "-1.50", "2.5", "2026-01-02", "true", "", "plain"]
    cells = load_workbook(xlsx_file(list("abcdefg"), [row], title="t")).active[2]
    assert [cell.value for cell in cells[:3]] == [-5, -1.5, 2.5]
    assert [cell.data_type for cell in cells[:3]] == ["n", "n", "n"]
    assert cells[3].is_date and cells[3].value.date() == datetime.date(2026, 1, 2)
    assert cells[4].value is True and cells[6].value == "plain"

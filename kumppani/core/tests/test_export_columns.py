"""A record type's export is one list of typed columns: the CSV and XLSX writers take their headers, cells and
formats from it."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.utils import translation
from openpyxl import load_workbook

from kumppani.core.columns import Column, attribute, row, translated
from kumppani.core.spreadsheets import EURO_FORMAT, csv_lines, xlsx_file

COLUMNS = [Column("id", lambda record: record.pk, "number"), *translated("title", ["fi", "en"]),
           attribute("grant", "money"), attribute("starts_on", "date")]
RECORD = SimpleNamespace(pk=7, title={"fi": "Hanke"}, grant=Decimal("1500.50"), starts_on=datetime.date(2026, 5, 4))


def test_a_row_has_one_cell_per_column_in_order():
    assert row(COLUMNS, RECORD) == [7, "Hanke", "", Decimal("1500.50"), datetime.date(2026, 5, 4)]


def test_the_csv_header_is_the_columns_names():
    lines = "".join(csv_lines(COLUMNS, [row(COLUMNS, RECORD)])).lstrip("\ufeff").splitlines()

    assert lines == ["id,title_fi,title_en,grant,starts_on", "7,Hanke,,1500.50,2026-05-04"]


def test_a_money_column_gets_the_euro_format_in_xlsx():
    with translation.override("fi"), xlsx_file(COLUMNS, [row(COLUMNS, RECORD)], title="t") as workbook:
        header, cells = load_workbook(workbook).active.iter_rows(max_row=2)

    assert [cell.value for cell in header] == ["id", "title_fi", "title_en", "grant", "starts_on"]
    assert (cells[3].number_format, cells[0].number_format) == (EURO_FORMAT, "General")

"""Reading one strategy's numbers from every channel for one as-of year: the engine, the indicator page's values,
the dashboard page, the XLSX and PDF reports, the API and the IATI results. Used by the channel tests."""

import io
import re
import subprocess
from decimal import Decimal
from typing import Any

from django.test import Client
from openpyxl import load_workbook

from kumppani.directory.tests.api_client import api_for
from kumppani.strategy import reports, values

Numbers = dict[int, tuple[Decimal, Decimal, str]]  # indicator id: (achieved, planned, status)


def engine(strategy: Any, year: int) -> Numbers:
    return {indicator.pk: (found.total, found.planned_total, found.status)
            for indicator, found in values.dashboard(strategy, values.as_of_date(year))}


def indicator_pages(strategy: Any, year: int) -> Numbers:
    found = {}
    for indicator in strategy.indicators.all():
        computed = values.indicator_values(indicator, values.as_of_date(year))
        found[indicator.pk] = (computed.total, computed.planned_total, computed.status)
    return found


def dashboard_page(client: Client, strategy: Any, year: int) -> Numbers:
    html = client.get(f"/w/{strategy.workspace.slug}/strategy/{strategy.pk}/dashboard/?as_of={year}").content.decode()
    cards = re.findall(r'data-indicator="(\d+)" data-achieved="([^"]+)" data-planned="([^"]+)" data-status="(\w+)"',
                       html)
    return {int(pk): (Decimal(achieved), Decimal(planned), status) for pk, achieved, planned, status in cards}


def report(strategy: Any, year: int) -> Numbers:
    rows = reports.indicator_report(strategy, year).rows
    return {row.indicator.pk: (row.total, row.planned, row.status) for row in rows}


def xlsx(strategy: Any, year: int) -> dict[str, tuple[Decimal, Decimal]]:
    """By indicator name: the achieved period total and the planned column of the XLSX report."""
    content = reports.xlsx_report([reports.indicator_report(strategy, year)])
    rows = list(load_workbook(io.BytesIO(content)).worksheets[0].iter_rows(values_only=True))
    header = rows[3]
    found = {}
    for row in rows[4:]:
        if row[0]:
            cells = dict(zip(header, row, strict=True))
            found[row[0]] = (Decimal(str(cells["Period total (achieved)"])),
                             Decimal(str(cells["Planned (not counted)"])))
    return found


def api(user: Any, strategy: Any, year: int) -> Numbers:
    body = api_for(user, strategy.workspace).get(f"/strategies/{strategy.pk}/values", year=year).json()
    return {item["indicator"]: (Decimal(item["total"]), Decimal(item["planned_total"]), item["status"])
            for item in body}


def pdf_text(strategy: Any, year: int) -> str:
    content = reports.pdf_report(reports.indicator_report(strategy, year))
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=content, capture_output=True,
                          check=True).stdout.decode()

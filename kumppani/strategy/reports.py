"""The annual indicator report of a strategy: one table of every indicator's baseline, targets and actuals per
year, as an XLSX workbook (with a chart) and as a PDF (with a small SVG chart per indicator).

The numbers are those of values.indicator_values: the report never counts anything itself.
"""

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from kumppani.core.spreadsheets import xlsx_row
from kumppani.core.translated import localized
from kumppani.strategy import values
from kumppani.strategy.models import Indicator, Strategy

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def status_label(status: str) -> str:
    return {"reached": _("Reached"), "on_track": _("On track"), "behind": _("Behind")}.get(status, status)


@dataclass
class ReportRow:
    indicator: Indicator
    name: str
    unit: str
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal
    yearly_targets: dict[int, Decimal | None]
    actuals: dict[int, Decimal | None]  # None: a year after the report's year
    total: Decimal  # achieved by the report's as-of date
    planned: Decimal  # planned records (future dates, pipeline statuses): beside the total, never in it
    target_is_example: bool
    baseline_is_example: bool
    share_of_target: float
    status: str

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass
class Report:
    strategy: Strategy
    year: int  # the report's year: actuals up to and including it
    as_of: date  # the end of the report's year, or today while the year runs
    years: list[int]
    rows: list[ReportRow]

    @property
    def name(self) -> str:
        return str(self.strategy)


def strategy_years(strategy: Strategy) -> list[int]:
    return list(range(strategy.starts_on.year, strategy.ends_on.year + 1))


def default_year(strategy: Strategy) -> int:
    """This year, or the strategy's last year when the strategy has ended (its first before it has begun)."""
    return min(max(timezone.localdate().year, strategy.starts_on.year), strategy.ends_on.year)


def yearly_target(indicator: Indicator, year: int) -> Decimal | None:
    target = (indicator.yearly_targets or {}).get(str(year))
    return None if target in (None, "") else Decimal(str(target))


def report_row(indicator: Indicator, computed: values.IndicatorValues, years: list[int], year: int) -> ReportRow:
    """The row as values computed it for the report's as-of date: the report never counts anything itself."""
    actuals = {each: computed.per_year.get(each, Decimal(0)) if each <= year else None for each in years}
    return ReportRow(
        indicator=indicator, name=localized(indicator.name), unit=localized(indicator.unit),
        baseline=indicator.baseline_value, baseline_year=indicator.baseline_year, target=indicator.target,
        yearly_targets={each: yearly_target(indicator, each) for each in years}, actuals=actuals,
        total=computed.total, planned=computed.planned_total, target_is_example=indicator.target_is_example,
        baseline_is_example=indicator.baseline_is_example, share_of_target=computed.share_of_target,
        status=computed.status,
    )


def indicator_report(strategy: Strategy, year: int | None = None) -> Report:
    """The report of a year: every number as the dashboard shows it as of the end of that year (today while the
    year runs)."""
    years = strategy_years(strategy)
    year = default_year(strategy) if year is None else year
    as_of = values.as_of_date(year)
    rows = [report_row(indicator, computed, years, year) for indicator, computed in values.dashboard(strategy, as_of)]
    return Report(strategy=strategy, year=year, as_of=as_of, years=years, rows=rows)


# XLSX -----------------------------------------------------------------------------------------------------------


def sheet_title(name: str, taken: set[str]) -> str:
    """A worksheet title Excel accepts: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or _("Strategy")
    title, number = base, 2
    while title.lower() in taken:
        suffix = f" ({number})"
        title, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(title.lower())
    return title


def report_header(report: Report) -> list[str]:
    per_year = [label for each in report.years for label in (_("Target %(year)s") % {"year": each},
                                                              _("Actual %(year)s") % {"year": each})]
    return [_("Indicator"), _("Unit"), _("Baseline"), _("Baseline year"), _("Target for the period"), *per_year,
            _("Period total (achieved)"), _("Planned (not counted)"), _("Share of target (%)"), _("Status"),
            _("Examples, not agreed figures")]


def example_note(row: ReportRow) -> str:
    parts = ([_("target")] if row.target_is_example else []) + ([_("baseline")] if row.baseline_is_example else [])
    return ", ".join(parts)


def as_of_words(report: Report) -> str:
    return _("As of %(date)s") % {"date": date_format(report.as_of, "SHORT_DATE_FORMAT")}


def report_cells(row: ReportRow, years: list[int]) -> list[Any]:
    per_year = [cell for each in years for cell in (row.yearly_targets[each], row.actuals[each])]
    return [row.name, row.unit, row.baseline, row.baseline_year, row.target, *per_year, row.total, row.planned,
            round(row.share_of_target * 100, 1), row.status_label, example_note(row)]


def add_report_sheet(workbook: Workbook, report: Report, title: str) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(xlsx_row([report.name]))
    sheet.append([_("Indicator report %(year)s") % {"year": report.year}, as_of_words(report)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    header = report_header(report)
    sheet.append(xlsx_row(header))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in report.rows:
        sheet.append(xlsx_row(report_cells(row, report.years)))
    sheet.column_dimensions["A"].width = 60
    sheet.freeze_panes = "B5"
    if report.rows:
        add_share_chart(sheet, share_column=len(header) - 2, first_row=5, last_row=4 + len(report.rows))


def add_share_chart(sheet: Any, share_column: int, first_row: int, last_row: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = _("Share of target reached (%)")
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=share_column, min_row=first_row - 1, max_row=last_row),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first_row, max_row=last_row))
    chart.height, chart.width = 4 + 0.8 * (last_row - first_row + 1), 24
    sheet.add_chart(chart, f"A{last_row + 3}")


def xlsx_report(reports: list[Report]) -> bytes:
    """One sheet per strategy."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for report in reports:
        add_report_sheet(workbook, report, sheet_title(report.name, taken))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# PDF ------------------------------------------------------------------------------------------------------------

CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN = 300, 110, 18


def number(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    text = f"{Decimal(str(value)).quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")
    return text or "0"


def year_chart_svg(row: ReportRow, years: list[int]) -> SafeString:
    """Bars of the actual per year, with a tick at each year's target: inline SVG for the PDF."""
    highest = max([*(value or 0 for value in row.actuals.values()),
                   *(value or 0 for value in row.yearly_targets.values()), Decimal(1)])
    slot = (CHART_WIDTH - 2 * CHART_MARGIN) / max(len(years), 1)
    plot_height = CHART_HEIGHT - 2 * CHART_MARGIN
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" '
             f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" aria-label="{escape(row.name)}">',
             f'<line x1="{CHART_MARGIN}" y1="{CHART_HEIGHT - CHART_MARGIN}" x2="{CHART_WIDTH - CHART_MARGIN}" '
             f'y2="{CHART_HEIGHT - CHART_MARGIN}" stroke="#555" stroke-width="1"/>']
    for index, year in enumerate(years):
        left = CHART_MARGIN + index * slot
        actual, target = row.actuals[year], row.yearly_targets[year]
        if actual is not None:
            height = float(actual / highest) * plot_height
            top = CHART_HEIGHT - CHART_MARGIN - height
            parts.append(f'<rect x="{left + slot * 0.2:.1f}" y="{top:.1f}" width="{slot * 0.6:.1f}" '
                         f'height="{height:.1f}" fill="#2f6f9f"/>')
            parts.append(f'<text x="{left + slot / 2:.1f}" y="{top - 3:.1f}" font-size="9" '
                         f'text-anchor="middle">{number(actual)}</text>')
        if target is not None:
            y = CHART_HEIGHT - CHART_MARGIN - float(target / highest) * plot_height
            parts.append(f'<line x1="{left + slot * 0.1:.1f}" y1="{y:.1f}" x2="{left + slot * 0.9:.1f}" '
                         f'y2="{y:.1f}" stroke="#c0392b" stroke-width="2"/>')
        parts.append(f'<text x="{left + slot / 2:.1f}" y="{CHART_HEIGHT - 4}" font-size="9" '
                     f'text-anchor="middle">{year}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text in it is a number or escaped above


def progress_svg(row: ReportRow) -> SafeString:
    """The bar against the target."""
    width = 160
    filled = min(max(row.share_of_target, 0.0), 1.0) * width
    colour = {"reached": "#2e8b57", "on_track": "#2f6f9f"}.get(row.status, "#c0392b")
    return mark_safe(  # noqa: S308 - numbers only
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="12" viewBox="0 0 {width} 12">'
        f'<rect x="0" y="0" width="{width}" height="12" fill="#e5e5e5"/>'
        f'<rect x="0" y="0" width="{filled:.1f}" height="12" fill="{colour}"/></svg>')


def pdf_report(report: Report) -> bytes:
    from weasyprint import HTML  # imported here: it loads Pango, which only the PDF needs

    rows = [{"row": row, "chart": year_chart_svg(row, report.years), "progress": progress_svg(row),
             "cells": [(row.yearly_targets[each], row.actuals[each]) for each in report.years]}
            for row in report.rows]
    html = render_to_string("strategy/indicator_report_pdf.html", {"report": report, "rows": rows,
                                                                   "generated": timezone.localdate(),
                                                                   "as_of": as_of_words(report)})
    # PDF/UA: a tagged PDF (structure tree, reading order) with its title and language, readable by screen readers.
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")

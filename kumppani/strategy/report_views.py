"""The annual indicator report of a strategy as a download: XLSX and PDF (readers may download both)."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from kumppani.strategy import reports
from kumppani.strategy.models import Strategy
from kumppani.strategy.records import STRATEGY
from kumppani.workspaces.access import workspace_view


def report_year(request: HttpRequest, strategy: Strategy) -> int | None:
    """The ?year= of the request: None when not given; ValueError when it is not a year of the strategy."""
    given = request.GET.get("year", "").strip()
    if not given:
        return None
    year = int(given)
    if year not in reports.strategy_years(strategy):
        raise ValueError(given)
    return year


def download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def report_or_400(request: HttpRequest, pk: int) -> reports.Report | HttpResponse:
    strategy = STRATEGY.get(request.workspace, pk)  # type: ignore[attr-defined]
    try:
        year = report_year(request, strategy)
    except ValueError:
        return HttpResponseBadRequest(_("Give a year of the strategy's period."))
    return reports.indicator_report(strategy, year)


def filename(report: reports.Report, extension: str) -> str:
    return f"{report.strategy.workspace.slug}-indicators-{report.year}.{extension}"


@workspace_view()
def report_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    report = report_or_400(request, pk)
    if isinstance(report, HttpResponse):
        return report
    return download(reports.xlsx_report([report]), reports.XLSX_TYPE, filename(report, "xlsx"))


@workspace_view()
def report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    report = report_or_400(request, pk)
    if isinstance(report, HttpResponse):
        return report
    return download(reports.pdf_report(report), "application/pdf", filename(report, "pdf"))

"""The annual indicator report downloads as a PDF with its charts and the indicators' names."""

import io
import re
import shutil
import subprocess
import zlib

import pytest

from kumppani.strategy import reports
from kumppani.strategy.tests.report_records import reported_strategy


def pdf_text(content: bytes) -> str | None:
    """The PDF's text through pdftotext (poppler-utils) or pypdf; None when neither is installed."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", "-", "-"], input=content, capture_output=True,
                              check=True).stdout.decode()
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_a_reader_downloads_the_report_as_a_pdf_with_the_indicators(client, sepra, vera):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    response = client.get(f"/w/sepra/strategy/{strategy.pk}/report.pdf?year=2025", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="sepra-indicators-2025.pdf"'
    assert response.content.startswith(b"%PDF")
    assert len(response.content) > 2000
    text = pdf_text(response.content)
    if text is None:
        pytest.skip("neither pdftotext nor pypdf is installed to read the PDF back")
    for name in ("International workshops", "Income growth", "Indicator report 2025"):
        assert name in text


def test_each_indicator_gets_a_chart_of_its_years(sepra):
    report = reports.indicator_report(reported_strategy(sepra), 2026)
    workshops = report.rows[0]
    chart = reports.year_chart_svg(workshops, report.years)
    assert chart.startswith("<svg") and chart.count("<rect") == 4  # 2023 to 2026 have actuals, 2027 not yet
    assert chart.count('stroke="#c0392b"') == 2  # the targets of 2025 and 2026


def pdf_catalog_language(content: bytes) -> str | None:
    """The /Lang of the PDF's catalog (WeasyPrint writes it into a compressed object stream)."""
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", content, re.S):
        try:
            unpacked = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        found = re.search(rb"/Lang \(([^)]*)\)", unpacked)
        if found:
            return found.group(1).decode()
    return None


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="pdfinfo (poppler-utils) reads the PDF's structure")
@pytest.mark.parametrize("language", ["en", "fi"])
def test_the_pdf_is_tagged_with_its_title_and_language(client, sepra, vera, language):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    content = client.get(f"/w/sepra/strategy/{strategy.pk}/report.pdf?year=2025",
                         HTTP_ACCEPT_LANGUAGE=language).content
    info = subprocess.run(["pdfinfo", "-"], input=content, capture_output=True, check=True).stdout.decode()
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Tagged"].strip() == "yes"
    assert fields["Title"].strip().startswith(f"{strategy} · ")
    assert "2025" in fields["Title"]
    assert pdf_catalog_language(content) == language


def test_the_pdf_states_its_as_of_date_and_the_planned_column(client, sepra, vera):
    strategy = reported_strategy(sepra)
    client.force_login(vera)
    content = client.get(f"/w/sepra/strategy/{strategy.pk}/report.pdf?year=2025", HTTP_ACCEPT_LANGUAGE="en").content
    text = pdf_text(content)
    if text is None:
        pytest.skip("neither pdftotext nor pypdf is installed to read the PDF back")
    assert "As of 31 Dec 2025" in text
    assert "Planned (not" in text

"""Bad rows are reported with their line numbers, and nothing is written unless the bad rows are skipped."""

import pytest
from django.utils import translation

from kumppani.directory.models import Organisation
from kumppani.projects.models import Project
from kumppani.projects.tests.public_import_helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in their own (English) words."""
    with translation.override("en"):
        yield


def sample_lines(data_format):
    return SAMPLES[data_format].read_text(encoding="utf-8").splitlines()


def with_line(data_format, number, old, new):
    lines = sample_lines(data_format)
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return ("\n".join(lines) + "\n").encode()


def test_bad_date_negative_amount_and_missing_title_are_reported_with_their_lines_and_nothing_is_written():
    lines = sample_lines("fi-2007")
    lines[1] = lines[1].replace("1.4.2008", "31.2.2008")
    lines[2] = lines[2].replace("Koulutusorganisaatiot innovaatiojärjestelmän toimijoina (KIT -projekti)", "")
    lines[3] = lines[3].replace(",755798,", ",-755798,")
    report = run("fi-2007", ("\n".join(lines) + "\n").encode())
    assert not report.written
    reasons = {bad.line: bad.reason for bad in report.bad_rows}
    assert set(reasons) == {2, 3, 4}
    assert "“31.2.2008” is not a date" in reasons[2]
    assert "Projektin nimi" in reasons[3] and "required" in reasons[3]
    assert "-755798 is negative" in reasons[4]
    assert not Project.objects.exists() and not Organisation.objects.exists()


def test_a_negative_amount_is_reported():
    report = run("fi-2007", with_line("fi-2007", 3, ",487000,", ",-487000,"))
    assert [(bad.line, "negative" in bad.reason) for bad in report.bad_rows] == [(3, True)]
    assert not Project.objects.exists()


def test_the_real_fi_2014_row_with_a_start_date_of_7560_is_reported():
    report = run("fi-2014")
    assert [str(bad) for bad in report.bad_rows] == [
        "line 8: Aloituspvm: “7560” is not a date (d.m.yyyy or yyyy-mm-dd)."]
    assert not report.written and not Project.objects.exists()


def test_skipping_bad_rows_writes_the_good_ones_and_lists_the_bad():
    report = run("fi-2014", skip_bad_rows=True)
    assert report.written and len(report.bad_rows) == 1
    assert Project.objects.filter(source="fi-2014").count() == 6
    assert not Project.objects.filter(source_id="A70447").exists()


def test_a_row_of_a_multiline_file_is_reported_on_the_line_it_starts():
    lines = sample_lines("dk-2014")
    starts = [number for number, line in enumerate(lines, start=1) if line.startswith("Viden og Innovation")]
    content = with_line("dk-2014", starts[0], "01.09.2015", "01.09.20xx")
    report = run("dk-2014", content)
    assert [bad.line for bad in report.bad_rows] == starts


def test_a_project_that_ends_before_it_starts_is_a_bad_row():
    report = run("fi-2007", with_line("fi-2007", 2, "31.12.2010", "31.12.2007"))
    assert report.bad_rows[0].line == 2 and "ends" in report.bad_rows[0].reason


def test_a_project_code_twice_is_a_bad_row():
    lines = sample_lines("fi-2007")
    report = run("fi-2007", ("\n".join([*lines, lines[1]]) + "\n").encode())
    assert [(bad.line, "line 2" in bad.reason) for bad in report.bad_rows] == [(len(lines) + 1, True)]


def test_a_bad_norwegian_participation_keeps_its_whole_project_out():
    lines = sample_lines("no-h2020")
    number = next(n for n, line in enumerate(lines, start=1) if "VARANGER KRAFTVIND" in line)
    lines[number - 1] = lines[number - 1].replace("VARANGER KRAFTVIND AS;", ";", 1)
    report = run("no-h2020", ("\n".join(lines) + "\n").encode(), skip_bad_rows=True)
    assert [bad.line for bad in report.bad_rows] == [number]
    assert not Project.objects.filter(source_id="779469").exists()
    assert Project.objects.filter(source="no-h2020").count() == 3

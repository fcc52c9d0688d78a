"""Dates and money as each reader writes them: fi 28.12.2026, sv 2026-12-28, et 28.12.2026, en 28 Dec 2026 (never
the US form), euros grouped by thousands with the euro sign, in pages, e-mails, reports and spreadsheets."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.formats import date_format

from kumppani.core.money import euros
from kumppani.core.spreadsheets import display_format

DAY = datetime.date(2026, 12, 28)
EXPECTED_DATES = {"fi": "28.12.2026", "sv": "2026-12-28", "et": "28.12.2026", "en": "28 Dec 2026"}


@pytest.mark.parametrize("language", sorted(EXPECTED_DATES))
@pytest.mark.parametrize("form", ["DATE_FORMAT", "SHORT_DATE_FORMAT"])
def test_a_date_is_written_in_the_readers_form(language, form):
    with translation.override(language):
        assert date_format(DAY, form) == EXPECTED_DATES[language]


@pytest.mark.parametrize("language", sorted(EXPECTED_DATES))
def test_a_time_is_written_day_first_with_a_24_hour_clock(language):
    moment = datetime.datetime(2026, 12, 28, 14, 30)
    with translation.override(language):
        written = date_format(moment, "SHORT_DATETIME_FORMAT")
    assert written.startswith(EXPECTED_DATES[language]) and "14" in written and "/" not in written
    assert "p.m." not in written


@pytest.mark.parametrize(("language", "large", "with_cents"), [
    ("fi", "250\xa0000\xa0€", "1\xa0234,50\xa0€"),
    ("sv", "250\xa0000\xa0€", "1\xa0234,50\xa0€"),
    ("et", "250\xa0000\xa0€", "1\xa0234,50\xa0€"),
    ("en", "€250,000", "€1,234.50"),
])
def test_money_is_grouped_by_thousands_with_the_euro_sign(language, large, with_cents):
    assert euros(Decimal("250000.00"), language) == large
    assert euros(Decimal("1234.5"), language) == with_cents


def test_no_amount_is_shown_as_a_dash_in_pages():
    template = Template("{% load kumppani %}{{ none|euros }} {{ some|euros }}")
    with translation.override("fi"):
        assert template.render(Context({"none": None, "some": Decimal("5")})) == "– 5\xa0€"


def test_the_digest_line_of_an_estonian_reader_has_an_estonian_date():
    template = Template('{{ deadline|date:"SHORT_DATETIME_FORMAT" }}')
    with translation.override("et"):
        assert template.render(Context({"deadline": datetime.datetime(2026, 12, 28, 16, 0)})) == "28.12.2026 16:00"


@pytest.mark.parametrize(("language", "date_code", "euro_code"), [
    ("fi", "d.m.yyyy", '#,##0.00\\ "€"'),
    ("sv", "yyyy-mm-dd", '#,##0.00\\ "€"'),
    ("et", "dd.mm.yyyy", '#,##0.00\\ "€"'),
    ("en", "d mmm yyyy", '"€"#,##0.00'),
])
def test_spreadsheet_cells_get_the_readers_date_and_euro_formats(language, date_code, euro_code):
    assert display_format(DAY, language=language) == date_code
    assert display_format(Decimal("1.00"), money=True, language=language) == euro_code
    assert display_format(Decimal("1.00"), money=False, language=language) is None
    assert display_format("text", money=True, language=language) is None

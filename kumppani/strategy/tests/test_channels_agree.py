"""One number everywhere: for an as-of year, the dashboard page, the engine, the indicator pages, the XLSX and PDF
reports and the API give the same achieved and planned values and status; the IATI results carry today's; and an
achieved value never holds a record that has not happened (the cause of "9/8 Reached" beside "6/8 Behind")."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from kumppani.directory.models import Organisation
from kumppani.projects import iati
from kumppani.strategy import iati_results, values
from kumppani.strategy.tests import channels
from kumppani.strategy.tests.records import activity, indicator, organisation, project, strategy_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def measured(sepra):
    """The issue's case: two-partner projects that happened, and others rejected, in preparation, submitted, or
    approved but starting after the as-of date; activities past and future."""
    strategy = strategy_of(sepra)
    two = [organisation("Tartu", "EE"), organisation("Riga", "LV")]
    for status in ("approved", "running", "closed"):
        project(sepra, date(2024, 3, 1), two, status=status)
    for status in ("rejected", "preparing", "preparing", "submitted"):
        project(sepra, date(2025, 3, 1), two, status=status)
    project(sepra, date(2027, 2, 1), two, status="preparing")
    project(sepra, date(2027, 3, 1), two, status="approved")
    for on in (date(2023, 5, 1), date(2025, 5, 1), date(2026, 1, 10), date(2027, 5, 1)):
        activity(sepra, on, international=True, participants=10)
    indicator(strategy, source="projects", filters={"min_partners": 2}, target=4, name={"en": "Two partners"})
    indicator(strategy, aggregate="participants", target=30, name={"en": "Participants"})
    indicator(strategy, filters={"international": True}, target=3, cumulative=False, name={"en": "Latest year"})
    return strategy


def test_an_achieved_value_counts_only_what_happened_and_planned_stands_beside_it(measured):
    projects, participants, _latest = values.dashboard(measured, date(2026, 12, 31))
    assert (projects[1].total, projects[1].planned_total) == (3, 5)  # never the rejected one
    assert projects[1].status == values.BEHIND or projects[1].total < projects[0].target
    assert (participants[1].total, participants[1].planned_total) == (30, 10)
    assert participants[1].status == values.REACHED  # decided by the achieved value alone


def test_a_definition_can_ask_for_other_statuses(measured):
    submitted = indicator(measured, source="projects", filters={"status": ["submitted", "rejected"]}, target=1)
    computed = values.indicator_values(submitted, date(2026, 12, 31))
    assert (computed.total, computed.planned_total) == (2, 0)


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027])
def test_every_channel_gives_the_same_numbers_as_of_a_year_end(client, bob, measured, year):
    client.force_login(bob)
    expected = channels.engine(measured, year)
    assert channels.indicator_pages(measured, year) == expected
    assert channels.dashboard_page(client, measured, year) == expected
    assert channels.report(measured, year) == expected
    assert channels.api(bob, measured, year) == expected
    by_name = {indicator.name["en"]: indicator.pk for indicator in measured.indicators.all()}
    assert {by_name[name]: pair for name, pair in channels.xlsx(measured, year).items()} == {
        pk: (achieved, planned) for pk, (achieved, planned, _status) in expected.items()}


def test_the_pdf_states_its_as_of_date_and_the_reports_numbers(measured):
    with translation.override("en"):
        text = channels.pdf_text(measured, 2025)
    assert "As of 31 Dec 2025" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("Two"))  # the table's row
    achieved, planned, _status = channels.report(measured, 2025)[measured.indicators.get(name__en="Two partners").pk]
    assert (achieved, planned) == (3, 5)
    assert row.split()[-3:-1] == ["3", "5"]


def test_the_iati_results_carry_the_achieved_values_as_of_today(sepra, measured):
    sepra.organisation = Organisation.objects.create(name="Sepra", country="FI", business_id="1751327-5")
    sepra.save()
    context = iati.ExportContext(iati.reporter_for(sepra))
    today = values.dashboard(measured, timezone.localdate())
    found = iati_results.workspace_indicators(sepra.pk, context)
    assert [(i.pk, v.total, v.per_year) for i, v in found] == [(i.pk, v.total, v.per_year) for i, v in today]
    periods = iati_results.indicator_periods(*found[0])
    assert Decimal(periods[-1].find("actual").get("value")) == today[0][1].total


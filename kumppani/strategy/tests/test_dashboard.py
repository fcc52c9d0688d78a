"""The dashboard shows each indicator's value against its target, its status in words, a chart per year, and
each number leads to the records behind it; another workspace's records never count."""

import re

from django.urls import reverse

from kumppani.activities.tests.records import activity
from kumppani.strategy.tests.pages import strategy, workshops


def test_the_dashboard_shows_the_value_the_bar_and_the_chart_of_an_indicator(client, alice, sepra, ksl, charlie):
    plan = strategy(sepra, alice)
    indicator = workshops(sepra, alice, plan)
    activity(sepra, alice, title="Työpaja Tartossa", type="workshop", international=True, starts="2024-03-01")
    activity(sepra, alice, title="Työpaja Narvassa", type="workshop", international=True, starts="2026-05-04")
    activity(sepra, alice, title="Opintomatka", type="study_trip", international=True, starts="2026-05-04")
    activity(ksl, charlie, title="Toisen työpaja", type="workshop", international=True, starts="2026-05-04")
    client.force_login(alice)

    page = client.get(reverse("strategy:strategy_dashboard", args=["sepra", plan.pk]),
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()

    card = page.split(f'data-indicator="{indicator.pk}"')[1]
    assert re.search(r'class="value"[^>]*>2</a>\s*/ 3', card)
    assert 'aria-valuenow="67"' in card  # 2 of 3
    assert re.search(r'aria-valuetext="2 [^"]+ 3 \(67 %\)', card)
    assert any(words in card for words in ("Reached", "On track", "Behind"))
    assert '<svg class="year-chart" role="img"' in card and "2024: 2" not in card and "2024: 1" in card
    assert f"/strategy/indicators/{indicator.pk}/records/?year=2026" in card


def test_a_number_leads_to_the_records_behind_it(client, alice, sepra, ksl, charlie):
    plan = strategy(sepra, alice)
    indicator = workshops(sepra, alice, plan)
    counted = activity(sepra, alice, title="Työpaja Narvassa", type="workshop", international=True,
                       starts="2026-05-04")
    activity(sepra, alice, title="Työpaja Tartossa", type="workshop", international=True, starts="2024-03-01")
    activity(sepra, alice, title="Kotimainen työpaja", type="workshop", starts="2026-05-04", country="FI")
    activity(ksl, charlie, title="Toisen työpaja", type="workshop", international=True, starts="2026-05-04")
    client.force_login(alice)

    page = client.get(reverse("strategy:indicator_records", args=["sepra", indicator.pk]), {"year": "2026"})

    text = page.content.decode()
    assert page.status_code == 200
    assert reverse("activities:activity_detail", args=["sepra", counted.pk]) in text
    assert "Työpaja Narvassa" in text
    assert "Tartossa" not in text and "Kotimainen" not in text and "Toisen" not in text


def test_the_indicator_page_explains_the_definition_and_breaks_the_value_down(client, alice, sepra):
    plan = strategy(sepra, alice)
    indicator = workshops(sepra, alice, plan, aggregate="participants")
    activity(sepra, alice, type="workshop", international=True, starts="2025-03-01", participants=12, women=7, men=5)
    client.force_login(alice)

    page = client.get(reverse("strategy:indicator_detail", args=["sepra", indicator.pk]),
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "international" in page.split('class="definition"')[1].split("</p>")[0]
    records = reverse("strategy:indicator_records", args=["sepra", indicator.pk])
    assert f'{records}?year=2025">12</a>' in page
    assert f'{records}?country=EE">12</a>' in page
    assert "By age group and gender" in page


def test_junk_in_a_drill_down_link_is_ignored(client, alice, sepra):
    plan = strategy(sepra, alice)
    indicator = workshops(sepra, alice, plan)
    client.force_login(alice)

    response = client.get(reverse("strategy:indicator_records", args=["sepra", indicator.pk]),
                          {"year": "x'); DROP", "country": "<script>", "focus_area": "99999999999999"})

    assert response.status_code == 200

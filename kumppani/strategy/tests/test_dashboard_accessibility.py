"""The dashboard's charts are pictures with a text alternative in the page's language: no links nested inside
role="img" (axe: nested-interactive), aria-labels that are words (never a Python dict), the year links beside the
chart; planned records drawn as a lighter segment and said in words."""

import re
from datetime import date

import pytest

from kumppani.strategy.tests.records import activity, indicator, strategy_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard_html(client, bob, sepra):
    def fetch(language: str) -> str:
        client.force_login(bob)
        strategy = strategy_of(sepra)
        indicator(strategy, name={"fi": "Työpajat", "en": "Workshops"}, target=4)
        activity(sepra, date(2024, 5, 1))
        activity(sepra, date(2027, 5, 1))  # planned: after today
        response = client.get(f"/w/sepra/strategy/{strategy.pk}/dashboard/", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        return response.content.decode()
    return fetch


def test_no_link_is_nested_inside_a_picture(dashboard_html):
    html = dashboard_html("en")
    pictures = re.findall(r'<svg[^>]*role="img".*?</svg>', html, re.S)
    assert pictures
    assert all("<a " not in picture for picture in pictures)
    assert 'href="/w/sepra/strategy/indicators/' in html  # the year links live beside the chart


@pytest.mark.parametrize(("language", "name", "planned"), [("fi", "Työpajat", "suunniteltu"),
                                                           ("en", "Workshops", "planned")])
def test_aria_labels_are_words_in_the_pages_language(dashboard_html, language, name, planned):
    html = dashboard_html(language)
    labels = re.findall(r'aria-label="([^"]*)"', html)
    assert f'aria-label="{name}"' in html
    assert not [label for label in labels if "{" in label or "&#x27;" in label]
    chart = re.search(r'<svg class="year-chart"[^>]*aria-label="([^"]*)"', html).group(1)
    assert planned in chart.lower()
    assert 'class="progress-planned"' in html and 'class="planned"' in html

"""The indicator page builds its definition from the source's fixed filter fields, and shows errors next to them."""

import re
from decimal import Decimal

from django.urls import reverse

from kumppani.strategy.models import Indicator
from kumppani.strategy.tests.pages import indicator_data, strategy


def field_html(response, name: str) -> str:
    """The markup of one field: its input and whatever is shown next to it."""
    return response.content.decode().split(f'id="field-{name}"')[1].split('id="field-')[0]


def create_url(of_strategy) -> str:
    return reverse("strategy:strategy_indicator_create", args=["sepra", of_strategy.pk])


def test_the_filter_fields_become_the_indicators_filters_and_yearly_targets(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)

    response = client.post(create_url(plan), indicator_data())

    assert response.status_code == 302
    indicator = Indicator.objects.get(strategy=plan)
    assert indicator.filters == {"type": ["workshop", "study_trip"], "international": True}
    assert indicator.yearly_targets == {"2024": 2, "2025": "4.5"}
    assert indicator.target == Decimal("10")
    assert indicator.workspace == sepra


def test_the_page_offers_each_filter_field_of_the_source_and_a_target_for_each_year(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)

    page = client.get(create_url(plan)).content.decode()

    assert 'name="filter__type"' in page and 'value="workshop"' in page
    assert 'name="filter__international"' in page
    assert all(f'name="target_{year}"' in page for year in range(2023, 2028))
    assert "<textarea" not in page.split('id="indicator-definition"')[1].split("</fieldset>")[0]  # no free-form code


def test_an_unknown_choice_is_shown_next_to_its_filter_field(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)

    response = client.post(create_url(plan), indicator_data(filter__type=["workshop", "DROP TABLE"]))

    assert response.status_code == 400
    field = field_html(response, "filter__type")
    assert "field-errors" in field
    assert not Indicator.objects.exists()


def test_a_sum_the_source_cannot_give_is_shown_next_to_the_value_field(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)

    response = client.post(create_url(plan), indicator_data(source="partnerships", aggregate="participants",
                                                            **{"filter__type": None, "filter__international": None}))

    assert response.status_code == 400
    assert "field-errors" in field_html(response, "aggregate")


def test_a_negative_number_of_partners_is_shown_next_to_its_field(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)

    response = client.post(create_url(plan), indicator_data(source="projects", filter__min_partners="-2",
                                                            **{"filter__type": None, "filter__international": None}))

    assert response.status_code == 400
    assert "field-errors" in field_html(response, "filter__min_partners")


def test_switching_the_source_brings_that_sources_filter_fields(client, alice, sepra):
    client.force_login(alice)

    response = client.get(reverse("strategy:indicator_definition_fields", args=["sepra"]), {"source": "projects"},
                          headers={"HX-Request": "true"})

    page = response.content.decode()
    assert 'name="filter__min_partners"' in page and 'name="filter__programme"' in page
    assert 'name="filter__youth_led"' not in page
    assert 'value="total_budget"' in page and 'value="participants"' not in page


def test_editing_keeps_the_filters_shown_in_their_fields(client, alice, sepra):
    plan = strategy(sepra, alice)
    client.force_login(alice)
    client.post(create_url(plan), indicator_data())
    indicator = Indicator.objects.get()

    page = client.get(reverse("strategy:indicator_edit", args=["sepra", indicator.pk])).content.decode()

    assert re.search(r'value="study_trip"[^>]*checked', page)
    assert re.search(r'name="filter__international" value="yes"[^>]*checked', page)
    response = client.post(reverse("strategy:indicator_edit", args=["sepra", indicator.pk]),
                           indicator_data(filter__international="", target="12"))
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert indicator.filters == {"type": ["workshop", "study_trip"]}
    assert indicator.target == 12

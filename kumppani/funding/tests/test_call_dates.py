"""A call that closes before it opens is refused, with the error next to the closing date."""

import datetime

import pytest
from django.utils import translation

from kumppani.funding.forms import CallForm
from kumppani.funding.models import Call, Programme

pytestmark = pytest.mark.django_db


def call_data(**changes):
    data = {"programme": Programme.objects.get(slug="erasmus-plus").pk, "title_fi": "KA2-kumppanuudet",
            "opens_on": "2026-11-01", "closes_on": "2027-03-05", "url": "", "description_fi": ""}
    return {**data, **changes}


def test_a_call_that_closes_before_it_opens_is_an_error_next_to_the_field():
    form = CallForm(call_data(opens_on="2027-03-05", closes_on="2027-03-01"))
    with translation.override("en"):
        assert not form.is_valid()
        assert list(form.errors) == ["closes_on"]
        assert "closes before it opens" in form.errors["closes_on"][0]


def test_a_call_may_close_on_the_day_it_opens_or_have_no_opening_date():
    assert CallForm(call_data(opens_on="2027-03-05", closes_on="2027-03-05")).is_valid()
    assert CallForm(call_data(opens_on="")).is_valid()


def test_the_page_shows_the_error_and_saves_nothing(client, bob):
    client.force_login(bob)
    response = client.post("/w/sepra/calls/new/", call_data(opens_on="2027-03-05", closes_on="2027-01-01"),
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert 'id="field-closes_on"' in response.content.decode()
    assert "closes before it opens" in response.content.decode()
    assert not Call.objects.exists()


def test_a_programme_period_that_ends_before_it_starts_is_an_error_next_to_the_field(client, bob):
    client.force_login(bob)
    response = client.post("/w/sepra/programmes/new/", {
        "slug": "test-programme", "name_fi": "Testiohjelma", "period_start": "2027", "period_end": "2021",
        "eligible_countries": "FI"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "ends before it starts" in response.content.decode()
    assert not Programme.objects.filter(slug="test-programme").exists()


def test_closes_on_is_a_date():
    call = Call(programme=Programme.objects.first(), title={"fi": "x"}, closes_on=datetime.date(2027, 1, 1),
                opens_on=datetime.date(2027, 2, 1))
    with translation.override("en"), pytest.raises(Exception, match="closes before it opens"):
        call.full_clean()

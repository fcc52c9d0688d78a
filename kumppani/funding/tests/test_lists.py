"""The programme list filters by theme and eligible country; the call list by programme and open or closing soon."""

import datetime

import pytest
from django.utils import timezone

from kumppani.funding.models import Call, Programme

pytestmark = pytest.mark.django_db


def names_on(client, url):
    return client.get(url).content.decode()


def test_programmes_filtered_by_eligible_country(client, vera):
    client.force_login(vera)
    page = names_on(client, "/w/sepra/programmes/?country=NO")
    assert "Interreg Aurora" in page or "Aurora" in page
    assert "Horizon Europe" in page or "Horisontti Eurooppa" in page
    assert "Central Baltic" not in page and "EMKVR" not in page


def test_programmes_filtered_by_theme(client, vera):
    client.force_login(vera)
    page = names_on(client, "/w/sepra/programmes/?theme=fisheries")
    assert "Euroopan meri-, kalatalous- ja vesiviljelyrahaston" in page
    assert "Erasmus+" not in page


def test_programmes_found_by_a_word_of_their_name_in_any_language(client, vera):
    client.force_login(vera)
    assert "Itämeren alueen ohjelma" in names_on(client, "/w/sepra/programmes/?q=itämeren")
    assert "Nordplus" in names_on(client, "/w/sepra/programmes/?q=nordic council")


def test_calls_filtered_by_programme_and_by_open_or_closing_soon(client, vera):
    today = timezone.localdate()
    erasmus, life = Programme.objects.get(slug="erasmus-plus"), Programme.objects.get(slug="life")
    days = datetime.timedelta
    Call.objects.create(programme=erasmus, title={"fi": "Sulkeutuu pian"}, opens_on=today - days(30),
                        closes_on=today + days(10))
    Call.objects.create(programme=erasmus, title={"fi": "Auki pitkään"}, opens_on=today - days(30),
                        closes_on=today + days(120))
    Call.objects.create(programme=life, title={"fi": "Tulossa"}, opens_on=today + days(40),
                        closes_on=today + days(100))
    Call.objects.create(programme=life, title={"fi": "Päättynyt"}, closes_on=today - days(1))
    client.force_login(vera)
    closing = names_on(client, "/w/sepra/calls/?state=closing_soon")
    assert "Sulkeutuu pian" in closing and "Auki pitkään" not in closing and "Tulossa" not in closing
    open_calls = names_on(client, "/w/sepra/calls/?state=open")
    assert "Sulkeutuu pian" in open_calls and "Auki pitkään" in open_calls
    assert "Tulossa" not in open_calls and "Päättynyt" not in open_calls
    of_life = names_on(client, "/w/sepra/calls/?programme=life")
    assert "Tulossa" in of_life and "Päättynyt" in of_life and "Sulkeutuu pian" not in of_life

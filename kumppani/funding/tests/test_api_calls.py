"""Calls through the API: any workspace's staff adds and changes them with the call form's rules; the list
filters by programme, open calls and closing day."""

import datetime

import pytest

from kumppani.audit.services import history_for
from kumppani.directory.tests.api_client import api_for
from kumppani.funding.models import Call, Programme
from kumppani.projects.models import Project

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def _day(offset: int) -> str:
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


@pytest.fixture
def leader():
    return Programme.objects.get(slug="leader-cooperation")


def _call(programme, title: str, opens: int | None, closes: int) -> Call:
    return Call.objects.create(programme=programme, title={"fi": title},
                               opens_on=None if opens is None else TODAY + datetime.timedelta(days=opens),
                               closes_on=TODAY + datetime.timedelta(days=closes))


def test_staff_creates_a_call_and_the_history_records_it(bob, sepra, leader):
    response = api_for(bob, sepra).post("/calls", {
        "programme": leader.pk, "title": {"fi": "Yhteistyöhaku", "en": "Cooperation call"},
        "opens_on": "2026-01-01", "closes_on": "2026-12-31"})

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["programme"] == leader.pk and body["programme_name"] == str(leader)
    assert body["closes_on"] == "2026-12-31"
    call = Call.objects.get(pk=body["id"])
    assert history_for(call).get().actor == bob


def test_a_call_closing_before_it_opens_is_refused_naming_the_field(bob, sepra, leader):
    response = api_for(bob, sepra).post("/calls", {
        "programme": leader.pk, "title": {"fi": "Haku"}, "opens_on": "2026-06-01", "closes_on": "2026-05-31"})

    assert response.status_code == 422
    assert "closes_on" in response.json()["errors"]
    assert not Call.objects.exists()


def test_a_change_that_makes_the_call_close_before_it_opens_is_refused(bob, sepra, leader):
    call = _call(leader, "Haku", 0, 30)

    response = api_for(bob, sepra).patch(f"/calls/{call.pk}", {"opens_on": _day(60)})

    assert response.status_code == 422
    assert "closes_on" in response.json()["errors"]
    call.refresh_from_db()
    assert call.opens_on == TODAY


def test_an_unknown_programme_is_refused_naming_the_field(bob, sepra):
    missing = Programme.objects.order_by("-pk").first().pk + 1

    response = api_for(bob, sepra).post("/calls", {"programme": missing, "title": {"fi": "Haku"},
                                                    "closes_on": "2026-05-31"})

    assert response.status_code == 422
    assert "programme" in response.json()["errors"]
    assert not Call.objects.exists()


def test_a_call_without_a_title_or_closing_day_is_refused_naming_them(bob, sepra, leader):
    response = api_for(bob, sepra).post("/calls", {"programme": leader.pk, "title": {"en": "Only English"}})

    assert response.status_code == 422
    assert "closes_on" in response.json()["errors"]


def test_staff_of_another_workspace_moves_a_call_to_another_programme(charlie, ksl, leader):
    call = _call(leader, "Haku", None, 30)
    nordplus = Programme.objects.get(slug="nordplus")

    response = api_for(charlie, ksl).patch(f"/calls/{call.pk}", {"programme": nordplus.pk})

    assert response.status_code == 200, response.content
    assert response.json()["title"]["fi"] == "Haku"
    call.refresh_from_db()
    assert call.programme == nordplus
    assert history_for(call).get().actor == charlie


def test_open_calls_and_calls_closing_before_a_day_are_listed(vera, sepra, leader):
    _call(leader, "Closed", -60, -1)
    _call(leader, "Open soon closing", -10, 10)
    _call(leader, "Open later closing", None, 90)
    _call(leader, "Upcoming", 20, 120)
    api = api_for(vera, sepra)

    open_calls = api.get("/calls", state="open").json()["items"]
    closing = api.get("/calls", closes_before=_day(90)).json()["items"]
    open_and_closing = api.get("/calls", state="open", closes_before=_day(90)).json()["items"]

    assert [row["title"]["fi"] for row in open_calls] == ["Open soon closing", "Open later closing"]
    assert [row["title"]["fi"] for row in closing] == ["Closed", "Open soon closing"]
    assert [row["title"]["fi"] for row in open_and_closing] == ["Open soon closing"]


def test_calls_are_filtered_by_programme(vera, sepra, leader):
    _call(leader, "Leader", None, 10)
    _call(Programme.objects.get(slug="nordplus"), "Nordplus", None, 10)

    rows = api_for(vera, sepra).get("/calls", programme="nordplus").json()["items"]

    assert [row["title"]["fi"] for row in rows] == ["Nordplus"]


def test_a_bad_filter_is_refused_naming_the_filter(vera, sepra):
    api = api_for(vera, sepra)

    assert "programme" in api.get("/calls", programme="no-such-programme").json()["errors"]
    assert "state" in api.get("/calls", state="maybe").json()["errors"]
    assert "closes_before" in api.get("/calls", closes_before="2026-02-30").json()["errors"]


def test_staff_deletes_a_call(bob, sepra, leader):
    call = _call(leader, "Haku", None, 10)
    api = api_for(bob, sepra)

    assert api.delete(f"/calls/{call.pk}").status_code == 204
    assert api.get(f"/calls/{call.pk}").status_code == 404
    assert not Call.objects.exists()


def test_a_call_another_workspaces_project_refers_to_is_not_deleted(bob, sepra, ksl, leader):
    call = _call(leader, "Haku", None, 10)
    Project.objects.create(workspace=ksl, title={"fi": "KSL:n hanke"}, programme=leader, call=call)

    response = api_for(bob, sepra).delete(f"/calls/{call.pk}")

    assert response.status_code == 409
    assert Call.objects.filter(pk=call.pk).exists()

"""The iCalendar feed: calendar apps read it without signing in, through a secret link per workspace."""

import datetime

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from kumppani.activities import services
from kumppani.activities.tests.records import activity


def feed_url(workspace, token: str | None = None, language: str = "") -> str:
    url = reverse("activities:activity_feed", args=[workspace.slug, token or services.feed_token(workspace)])
    return url + (f"?lang={language}" if language else "")


def events(response) -> dict[str, icalendar.Event]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def anonymous():
    return Client()


def test_the_feed_holds_the_workspaces_activities_with_their_days_and_places(anonymous, sepra, ksl):
    activity(sepra, title="Opintomatka Tarttoon", starts="2026-05-04", ends="2026-05-06", town="Tartu",
             description={"fi": "Kodukantin kylät"})
    activity(sepra, title="Kokous", starts="2026-06-01", country="FI", type="meeting")
    activity(ksl, title="Keski-Suomen tapahtuma", starts="2026-05-05")

    found = events(anonymous.get(feed_url(sepra)))

    assert set(found) == {"Opintomatka Tarttoon", "Kokous"}
    trip = found["Opintomatka Tarttoon"]
    assert trip.decoded("dtstart") == datetime.date(2026, 5, 4)
    assert trip.decoded("dtend") == datetime.date(2026, 5, 7)  # the day after the last, as whole-day events end
    assert str(trip["location"]) == "Tartu, Viro"
    assert str(trip["description"]) == "Kodukantin kylät"
    assert found["Kokous"].decoded("dtend") == datetime.date(2026, 6, 2)
    assert len({str(event["uid"]) for event in found.values()}) == 2


def test_the_feed_speaks_the_language_asked_for(anonymous, sepra):
    activity(sepra, title={"fi": "Opintomatka", "en": "Study trip"}, starts="2026-05-04", town="Tartu")

    found = events(anonymous.get(feed_url(sepra, language="en")))

    assert str(found["Study trip"]["location"]) == "Tartu, Estonia"


def test_a_wrong_token_answers_404(anonymous, sepra):
    activity(sepra, title="Salainen matka")

    for token in ("wrong", services.feed_token(sepra)[:-1], services.feed_token(sepra) + "x", "<str:token>"):
        response = anonymous.get(feed_url(sepra, token))
        assert response.status_code == 404, token
        assert b"Salainen matka" not in response.content


def test_another_workspaces_token_opens_no_feed_but_its_own(anonymous, sepra, ksl):
    activity(sepra, title="Sepran matka")

    assert anonymous.get(feed_url(sepra, services.feed_token(ksl))).status_code == 404
    assert "Sepran matka" not in events(anonymous.get(feed_url(ksl)))
    assert anonymous.get(reverse("activities:activity_feed", args=["nobody", "x"])).status_code == 404


def test_each_workspace_has_its_own_token(sepra, ksl):
    assert services.feed_token(sepra) != services.feed_token(ksl)
    assert services.feed_token(sepra) == services.feed_token(sepra)


def test_members_see_the_feed_link(client, vera, sepra):
    client.force_login(vera)

    response = client.get(reverse("activities:activity_feed_link", args=["sepra"]))

    assert response.status_code == 200
    assert services.feed_token(sepra) in response.content.decode()


def test_outsiders_do_not_see_the_feed_link(client, charlie, sepra):
    client.force_login(charlie)

    response = client.get(reverse("activities:activity_feed_link", args=["sepra"]))

    assert response.status_code == 404
    assert services.feed_token(sepra) not in response.content.decode()

"""The iCalendar feed: calendar apps read it without signing in, through a secret link per member, stored hashed,
renewed with "New link" and gone with the membership."""

import datetime
import re

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from kumppani.activities import services
from kumppani.activities.models import FeedToken
from kumppani.activities.tests.records import activity
from kumppani.workspaces.models import WorkspaceMember


def member_token(user, workspace) -> str:
    return services.issue_feed_token(member=WorkspaceMember.objects.get(user=user, workspace=workspace))


@pytest.fixture
def sepra_token(vera, sepra) -> str:
    return member_token(vera, sepra)


@pytest.fixture
def ksl_token(charlie, ksl) -> str:
    return member_token(charlie, ksl)


def feed_url(workspace, token: str, language: str = "") -> str:
    url = reverse("activities:activity_feed", args=[workspace.slug, token])
    return url + (f"?lang={language}" if language else "")


def events(response) -> dict[str, icalendar.Event]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def anonymous():
    return Client()


def test_the_feed_holds_the_workspaces_activities_with_their_days_and_places(anonymous, sepra, ksl, sepra_token):
    activity(sepra, title="Opintomatka Tarttoon", starts="2026-05-04", ends="2026-05-06", town="Tartu",
             description={"fi": "Kodukantin kylät"})
    activity(sepra, title="Kokous", starts="2026-06-01", country="FI", type="meeting")
    activity(ksl, title="Keski-Suomen tapahtuma", starts="2026-05-05")

    found = events(anonymous.get(feed_url(sepra, sepra_token)))

    assert set(found) == {"Opintomatka Tarttoon", "Kokous"}
    trip = found["Opintomatka Tarttoon"]
    assert trip.decoded("dtstart") == datetime.date(2026, 5, 4)
    assert trip.decoded("dtend") == datetime.date(2026, 5, 7)  # the day after the last, as whole-day events end
    assert str(trip["location"]) == "Tartu, Viro"
    assert str(trip["description"]) == "Kodukantin kylät"
    assert found["Kokous"].decoded("dtend") == datetime.date(2026, 6, 2)
    assert len({str(event["uid"]) for event in found.values()}) == 2


def test_the_feed_speaks_the_language_asked_for(anonymous, sepra, sepra_token):
    activity(sepra, title={"fi": "Opintomatka", "en": "Study trip"}, starts="2026-05-04", town="Tartu")

    found = events(anonymous.get(feed_url(sepra, sepra_token, language="en")))

    assert str(found["Study trip"]["location"]) == "Tartu, Estonia"


def test_a_wrong_token_answers_404(anonymous, sepra, sepra_token):
    activity(sepra, title="Salainen matka")

    for token in ("wrong", sepra_token[:-1], sepra_token + "x", "<str:token>"):
        response = anonymous.get(feed_url(sepra, token))
        assert response.status_code == 404, token
        assert b"Salainen matka" not in response.content


def test_another_workspaces_token_answers_404(anonymous, sepra, ksl, sepra_token, ksl_token):
    activity(sepra, title="Sepran matka")

    assert anonymous.get(feed_url(sepra, ksl_token)).status_code == 404
    assert anonymous.get(feed_url(ksl, sepra_token)).status_code == 404
    assert "Sepran matka" not in events(anonymous.get(feed_url(ksl, ksl_token)))
    assert anonymous.get(reverse("activities:activity_feed", args=["nobody", "x"])).status_code == 404


def test_each_member_has_a_token_of_their_own_stored_hashed(vera, bob, sepra, sepra_token):
    bobs = member_token(bob, sepra)

    assert bobs != sepra_token
    stored = list(FeedToken.objects.values_list("key_hash", flat=True))
    assert len(stored) == 2 and sepra_token not in stored and bobs not in stored


def test_a_new_link_replaces_the_old_one(client, anonymous, vera, sepra, sepra_token):
    client.force_login(vera)  # a viewer: the link is personal, every role may renew it

    response = client.post(reverse("activities:activity_feed_link", args=["sepra"]))

    assert response.status_code == 200
    assert anonymous.get(feed_url(sepra, sepra_token)).status_code == 404
    (new_token,) = {token for token in re.findall(r"/feeds/sepra/([^/]+)/activities\.ics", response.content.decode())}
    events(anonymous.get(feed_url(sepra, new_token)))
    assert new_token not in client.get(reverse("activities:activity_feed_link", args=["sepra"])).content.decode()


def test_the_link_stops_working_when_the_member_is_removed(anonymous, vera, sepra, sepra_token):
    events(anonymous.get(feed_url(sepra, sepra_token)))

    WorkspaceMember.objects.filter(user=vera, workspace=sepra).delete()

    assert anonymous.get(feed_url(sepra, sepra_token)).status_code == 404
    assert not FeedToken.objects.exists()


def test_the_link_stops_working_when_the_user_is_deactivated(anonymous, vera, sepra, sepra_token):
    vera.is_active = False
    vera.save()

    assert anonymous.get(feed_url(sepra, sepra_token)).status_code == 404


def test_the_calendar_page_has_the_new_link_button(client, vera, sepra):
    client.force_login(vera)

    page = client.get(reverse("activities:activity_calendar", args=["sepra"])).content.decode()

    assert reverse("activities:activity_feed_link", args=["sepra"]) in page
    assert 'method="post"' in page


def test_outsiders_do_not_get_a_feed_link(client, charlie, sepra):
    client.force_login(charlie)

    assert client.get(reverse("activities:activity_feed_link", args=["sepra"])).status_code == 404
    assert client.post(reverse("activities:activity_feed_link", args=["sepra"])).status_code == 404
    assert not FeedToken.objects.exists()

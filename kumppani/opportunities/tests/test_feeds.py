"""Atom feeds of a workspace's opportunities (all, or one theme) and an iCalendar of deadlines and events."""

import datetime
from xml.etree import ElementTree

import icalendar
from django.utils import timezone

from kumppani.directory.models import Theme
from kumppani.opportunities.tests.pages import days_from_now, opportunity

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url: str) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)


def titles(feed: ElementTree.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def calendar(client, url: str) -> icalendar.Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_the_atom_feed_lists_published_opportunities_newest_first_with_links_to_their_pages(client, sepra, tourism):
    older = opportunity(sepra, "Vanhempi", publish_on=days_from_now(-3), themes=[tourism])
    newer = opportunity(sepra, "Uudempi", kind="call", deadline=days_from_now(9))

    feed = atom(client, "/p/sepra/feeds/opportunities.atom?lang=en")

    assert feed.findtext(f"{ATOM}title") == "Sepra: opportunities"
    assert titles(feed) == ["EN Uudempi", "EN Vanhempi"]
    first, second = feed.iter(f"{ATOM}entry")
    assert first.find(f"{ATOM}link").get("href") == f"http://testserver/p/sepra/en/opportunities/{newer.pk}/"
    assert first.findtext(f"{ATOM}id") == f"urn:kumppani:sepra:opportunity:{newer.pk}"
    assert "Deadline" in first.findtext(f"{ATOM}summary")
    assert [category.get("term") for category in second.iter(f"{ATOM}category")] == ["news", "tourism"]
    assert second.findtext(f"{ATOM}id") == f"urn:kumppani:sepra:opportunity:{older.pk}"
    assert client.get(f"/p/sepra/en/opportunities/{newer.pk}/").status_code == 200


def test_the_language_comes_from_the_address_or_the_lang_parameter(client, sepra):
    opportunity(sepra, "Uutinen")

    assert titles(atom(client, "/p/sepra/feeds/opportunities.atom")) == ["Uutinen"]
    assert titles(atom(client, "/p/sepra/feeds/opportunities.atom?lang=en")) == ["EN Uutinen"]
    english = atom(client, "/p/sepra/en/feeds/opportunities.atom")
    assert titles(english) == ["EN Uutinen"]
    assert english.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert client.get("/p/sepra/xx/feeds/opportunities.atom").status_code == 404


def test_unpublished_and_expired_opportunities_stay_out_of_the_feeds(client, sepra):
    opportunity(sepra, "Näkyvä")
    opportunity(sepra, "Ajastettu", publish_on=days_from_now(1))
    opportunity(sepra, "Vanhentunut", kind="call", deadline=days_from_now(2), expires_on=days_from_now(-1))

    assert titles(atom(client, "/p/sepra/feeds/opportunities.atom")) == ["Näkyvä"]
    events = calendar(client, "/p/sepra/feeds/deadlines.ics").walk("VEVENT")
    assert events == []


def test_a_theme_feed_has_only_that_themes_opportunities(client, sepra, tourism):
    youth = Theme.objects.create(slug="youth-work", name={"fi": "Nuorisotyö", "en": "Youth work"})
    opportunity(sepra, "Matkailu-uutinen", themes=[tourism])
    opportunity(sepra, "Nuorisouutinen", themes=[youth])

    feed = atom(client, "/p/sepra/en/feeds/themes/tourism.atom")

    assert titles(feed) == ["EN Matkailu-uutinen"]
    assert feed.findtext(f"{ATOM}title") == "Sepra: opportunities on Tourism"
    assert client.get("/p/sepra/feeds/themes/no-such-theme.atom").status_code == 404


def test_the_calendar_has_call_deadlines_and_events_with_stable_uids(client, sepra):
    deadline = timezone.make_aware(datetime.datetime(2027, 3, 5, 23, 59))
    call = opportunity(sepra, "KA2-haku", kind="call", deadline=deadline)
    event = opportunity(sepra, "Tarton opintomatka", kind="event", location="Tartu",
                        starts_at=timezone.make_aware(datetime.datetime(2027, 5, 4, 9, 0)),
                        ends_at=timezone.make_aware(datetime.datetime(2027, 5, 6, 17, 0)))
    opportunity(sepra, "Uutinen")

    feed = calendar(client, "/p/sepra/en/feeds/deadlines.ics")

    events = {str(item["uid"]): item for item in feed.walk("VEVENT")}
    assert set(events) == {f"opportunity-{call.pk}-deadline@sepra.kumppani", f"opportunity-{event.pk}@sepra.kumppani"}
    closing = events[f"opportunity-{call.pk}-deadline@sepra.kumppani"]
    assert str(closing["summary"]) == "Deadline: EN KA2-haku"
    assert closing.decoded("dtstart") == datetime.date(2027, 3, 5)
    assert str(closing["url"]) == f"http://testserver/p/sepra/en/opportunities/{call.pk}/"
    trip = events[f"opportunity-{event.pk}@sepra.kumppani"]
    assert trip.decoded("dtstart") == event.starts_at and trip.decoded("dtend") == event.ends_at
    assert str(trip["location"]) == "Tartu"
    again = calendar(client, "/p/sepra/feeds/deadlines.ics")
    assert {str(item["uid"]) for item in again.walk("VEVENT")} == set(events)


def test_an_event_dated_by_its_activity_spans_the_activitys_days(client, sepra, bob):
    from kumppani.activities.models import Activity
    from kumppani.audit.writes import create_record

    activity = create_record(bob, sepra, Activity(title={"fi": "Työpaja"}, starts_on=datetime.date(2027, 6, 1),
                                                  ends_on=datetime.date(2027, 6, 2), country="FI"))
    opportunity(sepra, "Työpaja", kind="event", activity=activity)

    (event,) = calendar(client, "/p/sepra/feeds/deadlines.ics").walk("VEVENT")

    assert event.decoded("dtstart") == datetime.date(2027, 6, 1)
    assert event.decoded("dtend") == datetime.date(2027, 6, 3)


def test_the_public_page_links_its_feeds(client, sepra):
    page = client.get("/p/sepra/fi/").content.decode()

    assert 'type="application/atom+xml"' in page and "/p/sepra/fi/feeds/opportunities.atom" in page
    assert 'type="text/calendar"' in page and "/p/sepra/fi/feeds/deadlines.ics" in page

""""Publish as opportunity" on a call, an activity and an internship opens the form filled in from the record."""

import datetime

from django.urls import reverse
from django.utils import timezone

from kumppani.activities.models import Activity
from kumppani.audit.writes import create_record
from kumppani.funding.models import Call, Programme
from kumppani.results.models import Internship


def initial(client, **params):
    response = client.get(reverse("opportunities:opportunity_create", args=["sepra"]), params)
    assert response.status_code == 200
    form = response.context["form"]
    return {name: form[name].value() for name in form.fields}


def local_day(value) -> datetime.date:
    """The form shows datetimes in the local time zone, without the zone."""
    return (value if timezone.is_naive(value) else timezone.localtime(value)).date()


def test_a_call_fills_in_kind_title_deadline_programme_and_themes(client, bob, tourism):
    client.force_login(bob)
    programme = Programme.objects.get(slug="erasmus-plus")
    programme.themes.add(tourism)
    call = Call.objects.create(programme=programme, title={"fi": "KA2-haku", "en": "KA2 call"},
                               description={"fi": "Yhteistyökumppanuudet"}, closes_on=datetime.date(2027, 3, 5),
                               url="https://example.eu/ka2")

    values = initial(client, call=call.pk)

    assert values["kind"] == "call"
    assert values["title"] == {"fi": "KA2-haku", "en": "KA2 call"}
    assert values["link"] == "https://example.eu/ka2"
    assert values["call"] == call.pk and values["programme"] == programme.pk
    assert local_day(values["deadline"]) == datetime.date(2027, 3, 5)
    assert sorted(values["themes"]) == sorted(programme.themes.values_list("pk", flat=True))
    assert tourism.pk in values["themes"]


def test_an_activity_fills_in_an_event_with_its_dates_and_place(client, bob, sepra, tourism):
    client.force_login(bob)
    activity = create_record(bob, sepra, Activity(title={"fi": "Nuorisovaihto"}, starts_on=datetime.date(2026, 6, 1),
                                                  ends_on=datetime.date(2026, 6, 3), country="EE", town="Tartu"),
                             {"themes": [tourism]})

    values = initial(client, activity=activity.pk)

    assert values["kind"] == "event" and values["title"] == {"fi": "Nuorisovaihto"}
    assert local_day(values["starts_at"]) == datetime.date(2026, 6, 1)
    assert local_day(values["ends_at"]) == datetime.date(2026, 6, 3)
    assert values["location"].startswith("Tartu, ") and values["countries"] == ["EE"]
    assert values["themes"] == [tourism.pk]


def test_an_internship_fills_in_its_title_and_application_deadline(client, bob, sepra):
    client.force_login(bob)
    posting = create_record(bob, sepra, Internship(title={"fi": "Viestintäharjoittelija"},
                                                  apply_by=datetime.date(2026, 4, 30)))

    values = initial(client, internship=posting.pk)

    assert values["kind"] == "internship" and values["title"] == {"fi": "Viestintäharjoittelija"}
    assert local_day(values["deadline"]) == datetime.date(2026, 4, 30)


def test_another_workspaces_activity_fills_in_nothing(client, bob, ksl):
    client.force_login(bob)
    theirs = Activity.objects.create(workspace=ksl, title={"fi": "Salainen matka"}, starts_on=datetime.date(2026, 6, 1),
                                     country="EE")

    response = client.get(reverse("opportunities:opportunity_create", args=["sepra"]), {"activity": theirs.pk})

    assert "Salainen matka" not in response.content.decode()


def test_the_record_pages_offer_the_shortcut_to_staff_only(client, bob, vera, sepra):
    call = Call.objects.create(programme=Programme.objects.get(slug="erasmus-plus"), title={"fi": "KA2"},
                               closes_on=datetime.date(2027, 3, 5))
    activity = create_record(bob, sepra, Activity(title={"fi": "Työpaja"}, starts_on=datetime.date(2026, 6, 1),
                                                  country="FI"))
    posting = create_record(bob, sepra, Internship(title={"fi": "Harjoittelu"}))
    create_url = reverse("opportunities:opportunity_create", args=["sepra"])
    pages = {f"{create_url}?call={call.pk}": reverse("funding:call_detail", args=["sepra", call.pk]),
             f"{create_url}?activity={activity.pk}": reverse("activities:activity_detail", args=["sepra", activity.pk]),
             f"{create_url}?internship={posting.pk}": reverse("results:internship_detail", args=["sepra", posting.pk])}

    client.force_login(bob)
    for link, page in pages.items():
        assert link in client.get(page).content.decode(), page
    client.force_login(vera)
    for link, page in pages.items():
        assert link not in client.get(page).content.decode(), page

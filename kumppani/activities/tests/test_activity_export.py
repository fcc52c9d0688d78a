"""Exporting activities to CSV (streamed) and XLSX: the list's filters apply, and only the workspace's own."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kumppani.activities.records import ACTIVITY
from kumppani.activities.tests.records import activity
from kumppani.directory.models import Theme


def export(client, file_format: str, **filters: str):
    response = client.get(reverse("activities:activity_export", args=["sepra"]), {"format": file_format, **filters})
    assert response.status_code == 200
    return response


def csv_rows(response) -> list[dict[str, str]]:
    assert response.streaming
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def xlsx_rows(response) -> list[dict]:
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = list(workbook.active.iter_rows(values_only=True))
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def recorded(client, vera, sepra, ksl, kodukant, tourism):
    client.force_login(vera)
    green_care = Theme.objects.create(slug="green-care", name={"fi": "Green Care"})
    trip = activity(sepra, title={"fi": "Opintomatka Tarttoon", "en": "Study trip to Tartu"}, starts="2026-05-04",
                    ends="2026-05-06", type="study_trip", town="Tartu", organisers=[kodukant], participants=30,
                    young_participants=12, women=16, men=13, other_gender=1, countries_represented=["EE", "FI"],
                    international=True)
    trip.themes.set([tourism, green_care])
    activity(sepra, title="=HYPERLINK(\"http://evil\")", starts="2025-01-10", country="FI")
    activity(ksl, title="Keski-Suomen työpaja", starts="2026-03-10")
    return trip


def test_csv_holds_every_column_of_the_workspaces_activities(client, recorded):
    rows = csv_rows(export(client, "csv"))

    assert [row["title_fi"] for row in rows] == ["Opintomatka Tarttoon", "'=HYPERLINK(\"http://evil\")"]
    trip = rows[0]
    assert list(trip) == ACTIVITY.column_names()
    assert trip["title_en"] == "Study trip to Tartu"
    assert (trip["starts_on"], trip["ends_on"], trip["country"], trip["town"]) == ("2026-05-04", "2026-05-06", "EE",
                                                                                  "Tartu")
    assert trip["organisers"] == "Kodukant"
    assert trip["themes"] == "green-care;tourism"
    assert (trip["participants"], trip["young_participants"], trip["women"]) == ("30", "12", "16")
    assert trip["countries_represented"] == "EE;FI"
    assert (trip["international"], trip["youth_led"]) == ("true", "false")


def test_xlsx_holds_the_same_rows(client, recorded):
    rows = xlsx_rows(export(client, "xlsx"))

    assert [row["title_fi"] for row in rows] == ["Opintomatka Tarttoon", "'=HYPERLINK(\"http://evil\")"]
    assert rows[0]["participants"] == 30
    assert rows[0]["international"] is True


def test_the_export_follows_the_lists_filters(client, recorded):
    assert [row["title_fi"] for row in csv_rows(export(client, "csv", year="2026", type="study_trip"))] == [
        "Opintomatka Tarttoon"]
    assert [row["title_fi"] for row in xlsx_rows(export(client, "xlsx", q="tartu"))] == ["Opintomatka Tarttoon"]
    assert csv_rows(export(client, "csv", country="SE")) == []


def test_an_unknown_format_is_refused(client, recorded):
    response = client.get(reverse("activities:activity_export", args=["sepra"]), {"format": "pdf"})

    assert response.status_code == 400


def test_an_outsider_exports_nothing(client, charlie, recorded):
    client.force_login(charlie)

    assert client.get(reverse("activities:activity_export", args=["sepra"]), {"format": "csv"}).status_code == 404

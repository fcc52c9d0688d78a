"""Activities through the JSON API: the same rules as the page's form, scoped to the token's workspace."""

import pytest

from kumppani.activities.models import Activity
from kumppani.activities.tests.records import activity
from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Membership
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.models import Project

VALID = {
    "type": "study_trip", "title": {"fi": "Opintomatka Tarttoon", "en": "Study trip to Tartu"},
    "starts_on": "2026-05-04", "ends_on": "2026-05-06", "country": "EE", "town": "Tartu",
    "participants": 30, "young_participants": 12, "women": 16, "men": 13, "other_gender": 1,
    "organisations_represented": 9, "countries_represented": ["FI", "EE"], "international": True,
}


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


def _errors(response) -> dict:
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()["errors"]


def test_an_activity_is_created_read_changed_and_deleted(api, sepra, kodukant):
    created = api.post("/activities", {**VALID, "organisers": [kodukant.pk]})

    assert created.status_code == 201, created.content
    body = created.json()
    assert body["organisers"] == [kodukant.pk]
    assert body["countries_represented"] == ["EE", "FI"]
    assert api.get(f"/activities/{body['id']}").json()["title"]["en"] == "Study trip to Tartu"

    changed = api.patch(f"/activities/{body['id']}", {"title": {"en": "Trip to Tartu"}, "ends_on": None})
    assert changed.status_code == 200, changed.content
    assert changed.json()["title"] == {"fi": "Opintomatka Tarttoon", "en": "Trip to Tartu"}
    assert changed.json()["ends_on"] is None
    assert changed.json()["participants"] == 30  # what the change leaves out stays

    assert api.delete(f"/activities/{body['id']}").status_code == 204
    assert not Activity.objects.exists()
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == ["create", "update", "delete"]


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"ends_on": "2026-05-03"}, "ends_on", "The end is before the start."),
    ({"young_participants": 31}, "young_participants", "31 young people is more than the 30 participants."),
    ({"women": 20, "men": 11, "other_gender": 0}, "women",
     "Women, men and other together (31) are more than the 30 participants."),
    ({"organisations_represented": 31}, "organisations_represented", "31 organisations cannot be represented"),
    ({"participants": 1, "young_participants": 1, "women": 1, "men": 0, "other_gender": 0,
      "organisations_represented": 1}, "countries_represented", "2 countries cannot be represented"),
    ({"country": "XX"}, "country", "XX is not an ISO 3166 country code."),
    ({"countries_represented": ["FI", "QQ"]}, "countries_represented", "QQ is not an ISO 3166 country code."),
    ({"participants": -1}, "participants", "greater than or equal to 0"),
    ({"starts_on": "2026-02-30"}, "starts_on", ""),
    ({"type": "picnic"}, "type", ""),
    ({"title": {"en": "Only English"}}, "title", "This field is required."),
    ({"colour": "red"}, "colour", "Extra inputs are not permitted"),
])
def test_invalid_input_answers_422_naming_the_field_and_saves_nothing(api, change, field, message):
    errors = _errors(api.post("/activities", {**VALID, **change}))

    assert field in errors
    assert message in " ".join(errors[field])
    assert not Activity.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_change_that_breaks_a_rule_changes_nothing(api, sepra, bob):
    trip = activity(sepra, bob, participants=10, young_participants=5)

    errors = _errors(api.patch(f"/activities/{trip.pk}", {"participants": 4, "country": "xx"}))

    assert set(errors) == {"young_participants", "country"}
    trip.refresh_from_db()
    assert trip.participants == 10
    assert AuditEntry.objects.count() == 1  # the creation only


def test_a_lower_case_country_is_read_as_its_code(api):
    response = api.post("/activities", {**VALID, "country": "ee", "countries_represented": ["fi"]})

    assert response.status_code == 201
    assert (response.json()["country"], response.json()["countries_represented"]) == ("EE", ["FI"])


def test_links_must_be_the_workspaces_own_or_public(api, ksl, kodukant):
    theirs = Project.objects.create(workspace=ksl, title={"fi": "Heidän hankkeensa"})
    their_membership = Membership.objects.create(workspace=ksl, network=kodukant)
    public = Project.objects.create(workspace=None, title={"fi": "Julkinen"}, source="eu", source_id="1")

    errors = _errors(api.post("/activities", {**VALID, "project": theirs.pk, "membership": their_membership.pk}))
    assert set(errors) == {"project", "membership"}

    response = api.post("/activities", {**VALID, "project": public.pk})
    assert response.status_code == 201
    assert response.json()["project"] == public.pk


def test_another_workspaces_activity_answers_404_to_every_method(charlie, ksl, sepra, alice):
    theirs = activity(sepra, alice)
    api = api_for(charlie, ksl)

    for method, body in (("get", b""), ("patch", '{"town": "Hijacked"}'), ("delete", b"")):
        response = api.send(method, f"/activities/{theirs.pk}", body)
        assert response.status_code == 404, (method, response.content)
    assert api.get("/activities").json()["count"] == 0
    theirs.refresh_from_db()
    assert theirs.town == ""


def test_the_list_filters_like_the_page(api, sepra, bob):
    activity(sepra, bob, title="Nuorten vaihto", starts="2025-06-01", youth_led=True, type="exchange")
    activity(sepra, bob, title="Työpaja", starts="2026-02-01", country="FI")

    def titles(**params) -> list[str]:
        response = api.get("/activities", **params)
        assert response.status_code == 200, response.content
        return [item["title"]["fi"] for item in response.json()["items"]]

    assert titles() == ["Työpaja", "Nuorten vaihto"]
    assert titles(youth_led="true") == ["Nuorten vaihto"]
    assert titles(year=2026) == ["Työpaja"]
    assert titles(type="exchange", country="EE") == ["Nuorten vaihto"]
    assert titles(q="TYÖPAJA") == ["Työpaja"]
    assert "type" in api.get("/activities", type="picnic").json()["errors"]


def test_a_viewer_reads_but_cannot_write(vera, sepra, alice):
    trip = activity(sepra, alice)
    api = api_for(vera, sepra)

    assert api.get(f"/activities/{trip.pk}").status_code == 200
    assert api.post("/activities", VALID).status_code == 403
    assert api.patch(f"/activities/{trip.pk}", {"town": "x"}).status_code == 403
    assert api.delete(f"/activities/{trip.pk}").status_code == 403

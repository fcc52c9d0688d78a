"""Indicators through /api/v1/: definitions validated like the page's form, values per year, workspace scoping."""

from datetime import date

import pytest

from kumppani.activities.tests.api_junk import send_junk, write_operations
from kumppani.audit.models import AuditEntry
from kumppani.directory.tests.api_client import api_for
from kumppani.strategy.api import router
from kumppani.strategy.models import Indicator, ManualValue
from kumppani.strategy.tests.records import activity, indicator, strategy_of

pytestmark = pytest.mark.django_db


def new_indicator(strategy, **fields):
    return {"strategy": strategy.pk, "name": {"fi": "Kansainväliset työpajat", "en": "International workshops"},
            "source": "activities", "aggregate": "count", "target": "10",
            "filters": {"type": ["workshop", "study_trip"], "international": True}, **fields}


def test_an_indicator_is_created_with_its_filters_and_explained_in_words(bob, sepra):
    strategy = strategy_of(sepra)
    response = api_for(bob, sepra).post("/indicators", new_indicator(strategy, yearly_targets={"2024": 2}))
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["filters"] == {"type": ["workshop", "study_trip"], "international": True}
    assert body["yearly_targets"] == {"2024": 2}
    assert body["definition"] == ("activities, of type workshop or study trip, international, "
                                  "1 Jan 2023–31 Dec 2027. Achieved: activities that have begun by the as-of "
                                  "date; later ones are shown as planned.")
    assert Indicator.objects.get(pk=body["id"]).workspace == sepra
    assert AuditEntry.objects.filter(action="create").exists()


def test_unknown_filter_keys_and_values_answer_422_naming_the_key(bob, sepra):
    api = api_for(bob, sepra)
    strategy = strategy_of(sepra)
    response = api.post("/indicators", new_indicator(strategy, filters={"colour": ["red"], "type": ["picnic"]}))
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"filters.colour", "filters.type"}
    wrong_sum = api.post("/indicators", new_indicator(strategy, source="partnerships", aggregate="participants",
                                                      filters={}))
    assert wrong_sum.status_code == 422
    assert "aggregate" in wrong_sum.json()["errors"]
    assert not Indicator.objects.exists()


def test_changing_the_filters_replaces_them(bob, sepra):
    made = indicator(strategy_of(sepra), filters={"international": True})
    response = api_for(bob, sepra).patch(f"/indicators/{made.pk}", {"filters": {"country": ["EE"]}, "target": "4"})
    assert response.status_code == 200, response.json()
    made.refresh_from_db()
    assert made.filters == {"country": ["EE"]} and made.target == 4


def test_values_per_year_with_total_breakdowns_and_status(bob, sepra):
    strategy = strategy_of(sepra)
    made = indicator(strategy, aggregate="participants", filters={"international": True}, target=100)
    activity(sepra, date(2024, 3, 1), country="EE", international=True, participants=30, young_participants=10,
             women=20, men=10)
    activity(sepra, date(2024, 3, 1), country="EE", participants=999)
    body = api_for(bob, sepra).get(f"/indicators/{made.pk}/values").json()
    assert [row["year"] for row in body["per_year"]] == [2023, 2024, 2025, 2026, 2027]
    assert float(body["per_year"][1]["value"]) == 30
    assert float(body["total"]) == 30
    assert {k: float(v) for k, v in body["by_country"].items()} == {"EE": 30}
    assert float(body["by_age_and_gender"]["young"]) == 10 and float(body["by_age_and_gender"]["others"]) == 20
    assert body["status"] in {"reached", "on_track", "behind"}
    dashboard = api_for(bob, sepra).get(f"/strategies/{strategy.pk}/values").json()
    assert [row["indicator"] for row in dashboard] == [made.pk]


def test_manual_values_are_entered_for_indicators_entered_by_hand(bob, sepra):
    made = indicator(strategy_of(sepra), source="manual")
    api = api_for(bob, sepra)
    response = api.post("/manual-values", {"indicator": made.pk, "year": 2024, "value": "3.5",
                                           "source": "Tilastokeskus", "evidence_url": "https://stat.fi/"})
    assert response.status_code == 201, response.json()
    assert float(api.get(f"/indicators/{made.pk}/values").json()["total"]) == 3.5
    counted = indicator(made.strategy)
    refused = api.post("/manual-values", {"indicator": counted.pk, "year": 2024, "value": "1", "source": "x"})
    assert refused.status_code == 422
    assert ManualValue.objects.count() == 1


def test_another_workspaces_strategy_records_answer_404(charlie, ksl, sepra):
    strategy = strategy_of(sepra)
    made = indicator(strategy)
    api = api_for(charlie, ksl)
    for path in [f"/strategies/{strategy.pk}", f"/indicators/{made.pk}", f"/indicators/{made.pk}/values",
                 f"/strategies/{strategy.pk}/values"]:
        assert api.get(path).status_code == 404, path
    assert api.patch(f"/indicators/{made.pk}", {"target": "1"}).status_code == 404
    assert api.delete(f"/indicators/{made.pk}").status_code == 404
    assert api.post("/indicators", new_indicator(strategy)).status_code == 404
    assert api.get("/indicators").json()["items"] == []


def test_read_only_roles_get_403_on_every_strategy_write(vera, sepra):
    made = indicator(strategy_of(sepra))
    api = api_for(vera, sepra)
    for method, path, _fields in write_operations(router):
        assert api.send(method.lower(), path.replace("{id}", str(made.pk)), "{}").status_code == 403
    assert api.delete(f"/indicators/{made.pk}").status_code == 403


def test_junk_in_any_field_of_any_strategy_write_answers_without_server_error(bob, sepra):
    strategy = strategy_of(sepra)
    made = indicator(strategy)
    api = api_for(bob, sepra)
    valid = {"/strategies": {"name": {"fi": "S"}, "starts_on": "2023-01-01", "ends_on": "2027-12-31"},
             "/indicators": new_indicator(strategy),
             "/measures": {"focus_area": 1, "title": {"fi": "T"}},
             "/manual-values": {"indicator": made.pk, "year": 2024, "value": "1", "source": "x"}}
    for method, path, fields in write_operations(router):
        base = valid.get(path, {}) if method == "POST" else {}
        send_junk(api, method, path.replace("{id}", str(made.pk)), base, fields)

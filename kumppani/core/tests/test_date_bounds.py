"""Dates have sane bounds wherever a record arrives: every date field of every model refuses years before 1900
and after 2100 in its model validation (the pages' forms, the API and the imports all run it, and the audited
writes check again); a strategy period lasts at most 20 years; the API takes a date only as YYYY-MM-DD."""

import datetime

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models

from kumppani.audit import writes
from kumppani.core.dates import MAX_PERIOD_YEARS
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.public_import.parsing import CellError, parse_date
from kumppani.strategy.models import Strategy

OUT_OF_BOUNDS = [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)]
# Moments the system records itself (sign-ins, deliveries, consent given by a click); no person types them.
SYSTEM_TIMESTAMPS = {
    ("accounts.ApiToken", "last_used_at"), ("audit.AuditEntry", "restored_at"),
    ("subscriptions.Subscriber", "consent_given_at"), ("subscriptions.Subscriber", "confirmed_at"),
    ("subscriptions.Subscriber", "unsubscribed_at"), ("subscriptions.Subscriber", "last_digest_at"),
    ("subscriptions.Delivery", "next_attempt_at"), ("subscriptions.Delivery", "created_at"),
    ("subscriptions.Delivery", "sent_at"), ("subscriptions.StaffReminder", "created_at"),
    ("subscriptions.StaffReminder", "sent_at"), ("subscriptions.DigestRun", "started_at"),
    ("subscriptions.DigestRun", "finished_at"), ("core.RateLimitHit", "at"), ("core.UsedFormToken", "used_at"),
    ("jobs.Job", "scheduled_for"), ("jobs.Job", "started_at"), ("jobs.Job", "finished_at"),
    ("jobs.Job", "heartbeat_at"), ("jobs.WorkerHeartbeat", "started_at"), ("jobs.WorkerHeartbeat", "beat_at"),
    ("directory.ChangeProposal", "decided_at"),
}


def bounded_date_fields() -> list[tuple[type[models.Model], models.DateField]]:
    return [(model, field) for model in apps.get_models() if model.__module__.startswith("kumppani.")
        for field in model._meta.concrete_fields
        if isinstance(field, models.DateField) and field.editable
        and (model._meta.label, field.name) not in SYSTEM_TIMESTAMPS]


def as_value(field: models.DateField, day: datetime.date) -> datetime.date:
    if isinstance(field, models.DateTimeField):
        return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
    return day


def test_the_date_fields_are_found_from_the_models_metadata():
    found = {(model._meta.label, field.name) for model, field in bounded_date_fields()}
    assert {("strategy.Strategy", "starts_on"), ("activities.Activity", "ends_on"), ("directory.Person",
            "consent_date"), ("opportunities.Opportunity", "deadline")} <= found
    assert len(found) >= 27


@pytest.mark.parametrize("day", OUT_OF_BOUNDS, ids=str)
def test_every_date_field_refuses_a_date_out_of_bounds_in_its_model_validation(day):
    for model, field in bounded_date_fields():
        instance = model(**{field.attname: as_value(field, day)})
        others = [other.name for other in model._meta.fields if other.name != field.name]
        with pytest.raises(ValidationError) as refused:
            instance.clean_fields(exclude=others)
        assert field.name in refused.value.message_dict, (model, field)


def test_every_date_field_takes_the_first_and_last_day_of_the_bounds():
    for model, field in bounded_date_fields():
        for day in (datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)):
            instance = model(**{field.attname: as_value(field, day)})
            instance.clean_fields(exclude=[other.name for other in model._meta.fields if other.name != field.name])


def period(starts: datetime.date, ends: datetime.date, workspace) -> Strategy:
    return Strategy(workspace=workspace, name={"fi": "Strategia"}, starts_on=starts, ends_on=ends)


def test_a_strategy_period_lasts_at_most_20_years(sepra):
    period(datetime.date(2021, 1, 1), datetime.date(2020 + MAX_PERIOD_YEARS, 12, 31), sepra).full_clean()
    with pytest.raises(ValidationError) as refused:
        period(datetime.date(2021, 1, 1), datetime.date(2021 + MAX_PERIOD_YEARS, 1, 1), sepra).full_clean()
    assert "ends_on" in refused.value.message_dict


def test_the_audited_writes_refuse_what_no_form_checked(alice, sepra):
    for starts, ends in ((datetime.date(1, 1, 1), datetime.date(9999, 12, 31)),
                         (datetime.date(2000, 1, 1), datetime.date(2099, 1, 1))):
        with pytest.raises(ValidationError):
            writes.create_record(alice, sepra, period(starts, ends, sepra))
    assert not Strategy.objects.exists()


def test_the_strategy_page_refuses_the_period_0001_to_9999(client, alice, sepra):
    client.force_login(alice)

    response = client.post("/w/sepra/strategy/new/", {"name_fi": "Ikuinen", "starts_on": "0001-01-01",
                                                      "ends_on": "9999-12-31"})

    assert response.status_code == 400
    assert not Strategy.objects.exists()


def test_the_api_refuses_the_period_0001_to_9999_and_a_period_too_long(alice, sepra):
    api = api_for(alice, sepra)
    for starts, ends in (("0001-01-01", "9999-12-31"), ("2000-01-01", "2099-01-01")):
        response = api.post("/strategies", {"name": {"fi": "Ikuinen"}, "starts_on": starts, "ends_on": ends})
        assert response.status_code == 422, (starts, ends)
        assert "ends_on" in response.json()["errors"]
    assert not Strategy.objects.exists()


@pytest.mark.parametrize("value", [0, 86400, 20250101, "86400", 1.5, True, "2025-01-01T00:00:00"])
def test_the_api_refuses_a_number_given_as_a_date(alice, sepra, value):
    api = api_for(alice, sepra)

    created = api.post("/activities", {"title": {"fi": "Matka"}, "starts_on": value, "country": "FI"})
    assert created.status_code == 422
    assert "starts_on" in created.json()["errors"]
    listed = api.get("/calls", closes_before=value)
    assert listed.status_code == 422
    assert "closes_before" in listed.json()["errors"]


def test_the_api_takes_a_date_as_yyyy_mm_dd(alice, sepra):
    api = api_for(alice, sepra)

    assert api.post("/activities", {"title": {"fi": "Matka"}, "starts_on": "2025-01-01",
                                    "country": "FI"}).status_code == 201
    assert api.get("/calls", closes_before="2025-01-01").status_code == 200


@pytest.mark.parametrize("text", ["1.1.0001", "31.12.9999", "1899-12-31"])
def test_the_public_record_import_refuses_a_date_out_of_bounds(text):
    with pytest.raises(CellError):
        parse_date(text)

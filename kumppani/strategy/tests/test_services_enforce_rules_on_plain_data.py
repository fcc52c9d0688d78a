"""The record services refuse what breaks a rule, whoever calls them with plain data: not only the pages' forms."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kumppani.audit.models import Action, AuditEntry
from kumppani.strategy.api import ManualValueIn, StrategyIn
from kumppani.strategy.models import Indicator, Measure, Source, Strategy
from kumppani.strategy.records import INDICATOR, MANUAL_VALUE, MEASURE, STRATEGY
from kumppani.workspaces.models import FocusArea
from kumppani.workspaces.record_services import save_record


def _refused(**kwargs) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as refusal:
        save_record(**kwargs)
    return refusal.value.message_dict


def _strategy(workspace, starts=datetime.date(2024, 1, 1), ends=datetime.date(2027, 12, 31)) -> Strategy:
    return Strategy.objects.create(workspace=workspace, name={"fi": "Strategia"}, starts_on=starts, ends_on=ends)


@pytest.mark.parametrize(("starts", "ends", "field"), [
    ("0001-01-01", "2025-12-31", "starts_on"),
    ("2024-01-01", "9999-12-31", "ends_on"),
    ("2024-01-01", "2023-12-31", "ends_on"),
    ("2024-01-01", "2024-01-01", "ends_on"),
])
def test_a_strategy_period_out_of_bounds_or_backwards_is_refused_by_the_service(bob, sepra, starts, ends, field):
    # Plain data that no API schema checked first (the schema refuses the years out of bounds itself).
    values = {"name": {"fi": "Strategia"}, "starts_on": datetime.date.fromisoformat(starts),
              "ends_on": datetime.date.fromisoformat(ends)}

    errors = _refused(actor=bob, workspace=sepra, record_type=STRATEGY, values=values)

    assert field in errors
    assert not Strategy.objects.exists()


def test_a_valid_strategy_from_plain_data_is_saved_and_recorded_in_the_history(bob, sepra):
    values = StrategyIn(name={"fi": "Strategia"}, starts_on="2024-01-01", ends_on="2027-12-31")

    strategy = save_record(actor=bob, workspace=sepra, record_type=STRATEGY, values=values)

    assert strategy.workspace == sepra
    assert AuditEntry.objects.get(object_id=str(strategy.pk)).action == Action.CREATE


def test_a_change_that_turns_the_period_backwards_is_refused_and_leaves_the_record(bob, sepra):
    strategy = _strategy(sepra)

    errors = _refused(actor=bob, workspace=sepra, record_type=STRATEGY, values={"ends_on": datetime.date(2020, 1, 1)},
                      record=strategy)

    assert "ends_on" in errors
    strategy.refresh_from_db()
    assert strategy.ends_on == datetime.date(2027, 12, 31)


def test_a_required_translated_text_needs_its_finnish_text(bob, sepra):
    errors = _refused(actor=bob, workspace=sepra, record_type=STRATEGY,
                      values={"name": {"en": "Strategy"}, "starts_on": "2024-01-01", "ends_on": "2026-12-31"})

    assert "name" in errors


def test_a_measure_needs_a_focus_area_or_a_strategy(bob, sepra):
    errors = _refused(actor=bob, workspace=sepra, record_type=MEASURE, values={"title": {"fi": "Toimenpide"}})

    assert "focus_area" in errors
    assert not Measure.objects.exists()


def test_a_link_to_another_workspaces_record_is_refused_as_an_invalid_choice(bob, sepra, ksl):
    their_area = FocusArea.objects.create(workspace=ksl, title={"fi": "Heidän alansa"})

    errors = _refused(actor=bob, workspace=sepra, record_type=MEASURE,
                      values={"title": {"fi": "Toimenpide"}, "focus_area": their_area.pk})

    assert list(errors) == ["focus_area"]


def test_a_value_by_hand_needs_an_indicator_entered_by_hand_and_a_year_in_bounds(bob, sepra):
    strategy = _strategy(sepra)
    counted = Indicator.objects.create(workspace=sepra, strategy=strategy, name={"fi": "Laskettu"}, target=1)
    by_hand = Indicator.objects.create(workspace=sepra, strategy=strategy, name={"fi": "Käsin"}, target=1,
                                       source=Source.MANUAL)

    counted_errors = _refused(actor=bob, workspace=sepra, record_type=MANUAL_VALUE, values=ManualValueIn(
        indicator=counted.pk, year=2025, value=Decimal(3), source="Tilasto"))
    year_errors = _refused(actor=bob, workspace=sepra, record_type=MANUAL_VALUE, values={
        "indicator": by_hand.pk, "year": 1800, "value": Decimal(3), "source": "Tilasto"})

    assert "indicator" in counted_errors
    assert "year" in year_errors


def test_an_indicators_targets_per_year_lie_in_its_strategys_period(bob, sepra):
    strategy = _strategy(sepra)

    errors = _refused(actor=bob, workspace=sepra, record_type=INDICATOR, record=Indicator(strategy=strategy),
                      values={"strategy": strategy.pk, "name": {"fi": "Tapahtumat"}, "target": Decimal(4),
                              "yearly_targets": {"2031": Decimal(1)}})

    assert "yearly_targets" in errors
    assert not Indicator.objects.exists()


def test_an_indicators_filters_are_checked_against_its_source(bob, sepra):
    strategy = _strategy(sepra)

    errors = _refused(actor=bob, workspace=sepra, record_type=INDICATOR, record=Indicator(strategy=strategy),
                      values={"strategy": strategy.pk, "name": {"fi": "Tapahtumat"}, "target": Decimal(4),
                              "filters": {"colour": ["red"]}})

    assert "filters.colour" in errors

"""A strategy with a counted and a hand-entered indicator, and records for them, for the report tests."""

from datetime import date
from decimal import Decimal
from typing import Any

from kumppani.strategy.models import Indicator, ManualValue, Strategy
from kumppani.strategy.tests.records import activity, strategy_of


def reported_strategy(workspace: Any) -> Strategy:
    strategy = strategy_of(workspace)
    indicator(strategy, name={"fi": "Kansainväliset työpajat", "en": "International workshops"},
              unit={"fi": "kpl", "en": "pcs"}, filters={"type": ["workshop"], "international": True}, target=10,
              yearly_targets={"2025": 2, "2026": 3}, baseline_value=Decimal("1"), baseline_year=2022, position=1)
    income = indicator(strategy, source="manual", name={"fi": "Tulojen kasvu", "en": "Income growth"},
                       unit={"fi": "%", "en": "%"}, target=10, cumulative=False, position=2)
    ManualValue.objects.create(indicator=income, year=2024, value=Decimal("3.5"), source="Kysely")
    ManualValue.objects.create(indicator=income, year=2025, value=Decimal("4.25"), source="Kysely")
    for on in (date(2024, 3, 1), date(2025, 5, 2), date(2025, 9, 9), date(2026, 1, 20)):
        activity(workspace, on, type="workshop", international=True)
    activity(workspace, date(2025, 6, 1), type="workshop", international=False)  # not counted
    return strategy


def indicator(strategy: Strategy, source: str = "activities", **fields: Any) -> Indicator:
    return Indicator.objects.create(workspace=strategy.workspace, strategy=strategy, source=source, **fields)

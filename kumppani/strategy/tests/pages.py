"""A strategy for the page tests, and the form data the indicator page posts."""

import datetime
from typing import Any

from kumppani.audit.writes import create_record
from kumppani.strategy.models import Indicator, Strategy


def strategy(workspace: Any, actor: Any) -> Strategy:
    return create_record(actor, workspace, Strategy(name={"fi": "Strategia", "en": "Strategy"},
                                                    starts_on=datetime.date(2023, 1, 1),
                                                    ends_on=datetime.date(2027, 12, 31)))


def workshops(workspace: Any, actor: Any, of_strategy: Strategy, **fields: Any) -> Indicator:
    """International workshops, target 3."""
    fields.setdefault("filters", {"type": ["workshop"], "international": True})
    return create_record(actor, workspace, Indicator(strategy=of_strategy, name={"fi": "Kansainväliset työpajat"},
                                                     target=3, **fields))


def indicator_data(**changes: Any) -> dict[str, Any]:
    """International workshops and study trips, target 10, as the indicator page posts them."""
    data: dict[str, Any] = {
        "name_fi": "Kansainväliset työpajat", "name_en": "International workshops", "unit_fi": "kpl",
        "position": "0", "source": "activities", "aggregate": "count",
        "filter__type": ["workshop", "study_trip"], "filter__international": "yes", "filter__youth_led": "",
        "target": "10", "target_2024": "2", "target_2025": "4.5", "direction": "up", "cumulative": "on",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}

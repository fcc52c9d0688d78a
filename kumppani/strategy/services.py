"""The rules of an indicator beyond its own fields, for kumppani/workspaces/record_services.save_record: its filters
fit its source and the workspace, its targets per year lie in its strategy's period."""

from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kumppani.strategy import definitions
from kumppani.strategy.models import Indicator, Strategy

MAX_TARGET = Decimal("99999999999999.99")  # 16 digits, 2 of them decimals, as the target column


def json_number(value: Decimal) -> int | str:
    """A target for the JSON column: a whole number as such, else its exact decimal text (never a float)."""
    return int(value) if value == value.to_integral_value() else str(value)


def json_targets(targets: Any) -> Any:
    """Targets per year as the JSON column holds them (checked by indicator_rules)."""
    if not isinstance(targets, dict):
        return targets
    return {str(year): json_number(value) if isinstance(value, Decimal) and value.is_finite() else value
            for year, value in targets.items()}


def strategy_years(strategy: Strategy | None) -> list[int]:
    return list(range(strategy.starts_on.year, strategy.ends_on.year + 1)) if strategy else []


def indicator_rules(workspace: Any, indicator: Indicator, m2m: dict[str, list[Any]]) -> None:
    """Check and normalise the indicator's filters and targets per year; ValidationError keyed "filters.<key>" or
    "yearly_targets"."""
    errors: dict[str, list[str]] = {}
    try:
        indicator.filters = checked_filters(workspace, indicator.source, indicator.aggregate, indicator.filters)
    except ValidationError as error:
        errors |= error.message_dict
    try:
        indicator.yearly_targets = checked_targets(indicator.yearly_targets, strategy_years(indicator.strategy))
    except ValidationError as error:
        errors |= error.message_dict
    if errors:
        raise ValidationError(errors)


def checked_filters(workspace: Any, source: str, aggregate: str, filters: Any) -> dict[str, Any]:
    """The filters checked against the source's fields and the workspace's own choices (focus areas, networks)."""
    try:
        cleaned = definitions.clean_filters(source, aggregate, filters)
    except ValidationError as error:
        raise ValidationError({key if key in ("aggregate", "source") else f"filters.{key}": messages
                               for key, messages in error.message_dict.items()}) from None
    fields = definitions.fields_of(source)
    errors: dict[str, list[str]] = {}
    for key, value in cleaned.items():
        if fields[key].kind != definitions.MULTI_CHOICE or fields[key].options is None:
            continue
        known = {str(choice) for choice, _label in fields[key].choices_for(workspace)}
        unknown = [str(item) for item in value if str(item) not in known]
        if unknown:
            errors[f"filters.{key}"] = [_("Unknown choice: %(values)s.") % {"values": ", ".join(unknown)}]
    if errors:
        raise ValidationError(errors)
    return cleaned


def checked_targets(targets: Any, years: list[int]) -> dict[str, int | str]:
    """Targets per year of the period, each a number from 0 with at most two decimals."""
    if not isinstance(targets, dict):
        raise ValidationError({"yearly_targets": [_("Give the targets as an object of years and numbers.")]})
    unknown = sorted(set(targets) - {str(year) for year in years})
    if unknown:
        raise ValidationError({"yearly_targets": [f"{', '.join(unknown)}: not a year of the strategy period."]})
    checked: dict[str, int | str] = {}
    errors: dict[str, list[str]] = {}
    for year, value in targets.items():
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = Decimal(-1)
        if not number.is_finite():
            number = Decimal(-1)
        if value is None or isinstance(value, bool) or not 0 <= number <= MAX_TARGET \
                or number != number.quantize(Decimal("0.01")):
            errors[f"yearly_targets.{year}"] = [_("Give a number from 0 with at most two decimals.")]
            continue
        checked[year] = json_number(number)
    if errors:
        raise ValidationError(errors)
    return {year: checked[year] for year in sorted(checked)}

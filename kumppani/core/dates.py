"""Sane bounds for the dates people enter: a record's date lies in 1900 to 2100, a period spans at most
MAX_PERIOD_YEARS. The validators sit on the model fields (so forms, the API and imports all run them) and the
audited writes check them again (kumppani/core/writes.py), whichever way a record arrives."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

FIRST_YEAR, LAST_YEAR = 1900, 2100
MAX_PERIOD_YEARS = 20


def validate_record_date(value: datetime.date | None) -> None:
    """A date (or a moment) between 1900-01-01 and 2100-12-31."""
    if value is None:
        return
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(_("Give a date between %(first)s and %(last)s.")
                              % {"first": FIRST_YEAR, "last": LAST_YEAR}, code="date_out_of_range")


def validate_period(starts: datetime.date | None, ends: datetime.date | None,
                    max_years: int = MAX_PERIOD_YEARS) -> None:
    """A period covers at most `max_years` calendar years (the indicator form has a target field per year)."""
    if starts and ends and ends.year - starts.year + 1 > max_years:
        raise ValidationError({"ends_on": _("A period covers at most %(years)s years.") % {"years": max_years}},
                              code="period_too_long")


def date_fields(model: type[models.Model] | models.Model) -> list[models.DateField]:
    """The model's date and date-time fields that carry the record-date bounds."""
    return [field for field in model._meta.concrete_fields
            if isinstance(field, models.DateField) and validate_record_date in field.validators]


def check_record_dates(obj: models.Model) -> None:
    """Run the date bounds of a record about to be saved (and its period rule, if it has one): the service-side
    check for writes that come from no form."""
    checked = {field.name for field in date_fields(obj)}
    if checked:
        others = [field.name for field in obj._meta.fields if field.name not in checked]
        obj.clean_fields(exclude=others)
    check_period: Any = getattr(obj, "check_period", None)
    if callable(check_period):
        check_period()

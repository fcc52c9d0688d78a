"""The limits of a model's field, for the API's request schemas: what the services refuse, stated in the published
schema (maxLength, minimum/maximum, a translated text's languages and lengths, a date's years) and checked by
pydantic too, so that a schema cannot drift from its model.

    name: Annotated[str, limited(Organisation, "name")]                    # maxLength 300
    budget: Annotated[Decimal, limited(ProjectPartner, "budget")] | None = None  # 0 ≤ budget < 10¹², 2 decimals
    title: Annotated[Translated, text_limits(Project, "title")]           # each language at most 500 characters
    starts_on: RecordDate | None = None                                     # 1900-01-01 … 2100-12-31

The limits sit in the annotation (not in a default's Field) so that ninja's PatchDict, which makes every field
optional, keeps them.

The services keep their own checks (and their messages); these only refuse earlier what they would refuse anyway.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from ninja import Field
from pydantic import AfterValidator, GetCoreSchemaHandler, GetJsonSchemaHandler, WithJsonSchema
from pydantic_core import core_schema

from kumppani.core.apitools import MAX_ID, IsoDate
from kumppani.core.dates import FIRST_YEAR, LAST_YEAR, validate_record_date
from kumppani.core.translated import TranslatedField

# Every backend's range of an integer column, the narrowest (PostgreSQL's): the schema is the same on SQLite.
INTEGER_RANGES = BaseDatabaseOperations.integer_field_ranges
# A year FIRST_YEAR … LAST_YEAR at the start of an ISO date: the bounds of validate_record_date.
RECORD_YEAR = r"^(19\d\d|20\d\d|2100)-"
assert (FIRST_YEAR, LAST_YEAR) == (1900, 2100), "RECORD_YEAR states these years"


def _in_record_years(value: datetime.date) -> datetime.date:
    """validate_record_date, its message as pydantic's (which does not catch Django's ValidationError)."""
    try:
        validate_record_date(value)
    except ValidationError as error:
        raise ValueError(error.messages[0]) from None
    return value


# A date a record stores: YYYY-MM-DD in the years the models' validate_record_date accepts.
RecordDate = Annotated[IsoDate, AfterValidator(_in_record_years),
                       WithJsonSchema({"type": "string", "format": "date", "pattern": RECORD_YEAR})]


def model_field(model: type[models.Model], name: str) -> models.Field:
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise TypeError(f"{model.__name__}.{name} is no field of its own")
    return field


def model_limits(model: type[models.Model], name: str) -> dict[str, Any]:
    """The pydantic Field keyword arguments that state what the model's field accepts: a text's max_length, a
    number's bounds (its validators and its column's range), a decimal's digits. A field with choices gets none:
    its enum states it."""
    field = model_field(model, name)
    if field.choices:
        return {}
    if isinstance(field, models.DecimalField):
        return _decimal_limits(field)
    if isinstance(field, models.IntegerField):
        return _integer_limits(field)
    limits: dict[str, Any] = {}
    for validator in field.validators:
        if isinstance(validator, MaxLengthValidator):
            limits["max_length"] = min(validator.limit_value, limits.get("max_length", validator.limit_value))
        elif isinstance(validator, MinLengthValidator):
            limits["min_length"] = validator.limit_value
    return limits


def _bounds(field: models.Field) -> tuple[Any, Any]:
    lowest, highest = INTEGER_RANGES.get(field.get_internal_type(), (None, None))
    for validator in field.validators:
        if isinstance(validator, MinValueValidator) and not callable(validator.limit_value):
            lowest = validator.limit_value if lowest is None else max(lowest, validator.limit_value)
        elif isinstance(validator, MaxValueValidator) and not callable(validator.limit_value):
            highest = validator.limit_value if highest is None else min(highest, validator.limit_value)
    return lowest, highest


def _integer_limits(field: models.Field) -> dict[str, Any]:
    lowest, highest = _bounds(field)
    return {key: value for key, value in (("ge", lowest), ("le", highest)) if value is not None}


def _decimal_limits(field: models.DecimalField) -> dict[str, Any]:
    """At most max_digits digits, decimal_places of them after the point: below 10 ** (max_digits -
    decimal_places) in size."""
    assert field.max_digits is not None and field.decimal_places is not None
    size = 10 ** (field.max_digits - field.decimal_places)
    lowest, highest = _bounds(field)
    limits: dict[str, Any] = {"max_digits": field.max_digits, "decimal_places": field.decimal_places}
    limits.update({"ge": lowest} if lowest is not None else {"gt": -size})
    limits.update({"le": highest} if highest is not None and highest < size else {"lt": size})
    return limits


# A record's id as a list's filter (a query parameter, so not strict: "12" is 12).
IdFilter = Annotated[int, Field(ge=1, le=MAX_ID)]


# A translated text as a request gives it: {"fi": "…", "en": "…"}, a language's null clearing it in a change.
Translated = dict[str, str | None]


@dataclass(frozen=True)
class TextLimits:
    """Annotated metadata of a translated text (Annotated[Translated, TextLimits(...)]): the UI languages only, each
    at most max_length characters; with required, the Finnish one is required (the service says so). A plain dict
    of the languages given, so a change's model_dump(exclude_unset=True) holds only those."""

    max_length: int | None
    required: bool

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        text = core_schema.nullable_schema(core_schema.str_schema(max_length=self.max_length))
        return core_schema.typed_dict_schema(
            {code: core_schema.typed_dict_field(text, required=False) for code in settings.LANGUAGE_CODES},
            extra_behavior="forbid")

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> dict[str, Any]:
        text: dict[str, Any] = {"type": "string"}
        if self.max_length is not None:
            text["maxLength"] = self.max_length
        properties: dict[str, Any] = {code: {"anyOf": [text, {"type": "null"}]} for code in settings.LANGUAGE_CODES}
        described: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties,
                                     "description": "A text in the UI languages"}
        if self.required:
            properties[settings.LANGUAGE_CODE] = {**text, "pattern": r"\S"}
            described["required"] = [settings.LANGUAGE_CODE]
            described["description"] += "; the Finnish one is required"
        return described


def text_limits(model: type[models.Model], name: str, *, required: bool | None = None) -> TextLimits:
    """The limits of the model's translated field: its texts' max_length, and required unless the field may be
    blank (a change, which leaves out what stays, passes required=False)."""
    field = model_field(model, name)
    if not isinstance(field, TranslatedField):
        raise TypeError(f"{model.__name__}.{name} is no translated field")
    return TextLimits(field.text_max_length, (not field.blank) if required is None else required)


# A limit's keyword in JSON Schema, for the limits stated but left to the service.
JSON_KEYWORDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum",
                 "max_length": "maxLength", "min_length": "minLength"}


def limited(model: type[models.Model], name: str, *, left_to_service: tuple[str, ...] = ()) -> Any:
    """model_limits as Annotated metadata, which a PATCH schema made by ninja's PatchDict keeps:
    Annotated[str, limited(Organisation, "name")]. The limits named in left_to_service are stated in the schema
    but not checked here, where the service refuses them with a message of its own ("An amount cannot be
    negative.")."""
    limits = model_limits(model, name)
    stated = {JSON_KEYWORDS[key]: limits.pop(key) for key in left_to_service if key in limits}
    return Field(**limits, json_schema_extra=stated or None)


def keep_input_lengths(errors: list[dict[str, Any]], refused: list[Any]) -> None:
    """Note on each error the length of the input it refuses (ninja drops the input itself, which Django's "it has
    N characters" needs). `refused`: the pydantic errors ninja made them from, in the same order."""
    for error, given in zip(errors, refused, strict=False):
        if isinstance(given.get("input"), str | list | dict):
            error["input_length"] = len(given["input"])


# pydantic's refusal of a limit → the Django validator whose message (in the request's language) the pages and the
# services give for the same limit.
_DJANGO_VALIDATORS: dict[str, tuple[type[Any], str]] = {
    "string_too_long": (MaxLengthValidator, "max_length"),
    "string_too_short": (MinLengthValidator, "min_length"),
    "greater_than_equal": (MinValueValidator, "ge"),
    "less_than_equal": (MaxValueValidator, "le"),
}


VALUE_ERROR = "Value error, "  # what pydantic puts before the message of a ValueError


def error_message(error: Mapping[str, Any]) -> str:
    """A pydantic error's message as the page would give it: a length or a bound in Django's translated words
    ("Ensure this value has at most 300 characters (it has 301)."), a ValueError of ours without pydantic's
    "Value error, " prefix; pydantic's own message otherwise."""
    kind, context = error.get("type", ""), error.get("ctx") or {}
    if kind in _DJANGO_VALIDATORS and _DJANGO_VALIDATORS[kind][1] in context:
        validator, key = _DJANGO_VALIDATORS[kind]
        limit = context[key]
        if kind.startswith("string_"):
            if "input_length" not in error:
                return str(error.get("msg", ""))
            return str(validator(limit).message % {"limit_value": limit, "show_value": error["input_length"]})
        return str(validator(limit).message % {"limit_value": limit})
    message = str(error.get("msg", ""))
    return message.removeprefix(VALUE_ERROR) if kind == "value_error" else message

"""What every JSON endpoint shares: strict JSON, request-body schemas, pages of results, form errors as 422."""

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any

import pycountry
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from ninja.parser import Parser
from pydantic import BeforeValidator, ConfigDict, Strict, WithJsonSchema

# Larger ids cannot be stored in a 64-bit integer column; refuse them before they reach the database.
MAX_ID = 2**63 - 1
# Numbers and flags in a JSON body are JSON numbers and booleans: pydantic alone would read true as 1 and 1 as true.
BodyInt = Annotated[int, Strict()]
BodyBool = Annotated[bool, Strict()]
RecordId = Annotated[int, Strict(), Field(ge=1, le=MAX_ID)]
MAX_PAGE_SIZE = 100
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """A date is a string YYYY-MM-DD: pydantic alone would read a number (0, "0") as a day of 1970."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("Enter a date as YYYY-MM-DD.")




def one_of(values: Iterable[Any], *, blank: bool = True) -> WithJsonSchema:
    """Documents the values a filter form's choice field accepts, empty meaning all unless `blank` is off; the
    form still decides, with its own messages."""
    return WithJsonSchema({"type": "string", "enum": [*([""] if blank else []), *(str(value) for value in values)]})


COUNTRY_CODES = sorted(country.alpha_2 for country in pycountry.countries)
# A country in a body or a required parameter, which the forms accept in either case.
CountryCode = Annotated[str, one_of([*COUNTRY_CODES, *(code.lower() for code in COUNTRY_CODES)], blank=False)]
CountryFilter = Annotated[str, one_of(COUNTRY_CODES)]
ListQuery = Annotated[str, Field(max_length=200)]
IsoDate = Annotated[date, BeforeValidator(_iso_date_only), WithJsonSchema({"type": "string", "format": "date"})]


class InputSchema(Schema):
    """A request body: a misspelt field is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class TranslatedText(InputSchema):
    """A text in the UI languages; Finnish is the one a required field needs."""

    fi: str | None = None
    sv: str | None = None
    en: str | None = None
    et: str | None = None


# What a required translated field's form demands: the Finnish text, not blank; the form still decides.
RequiredText = Annotated[TranslatedText, WithJsonSchema({
    "type": "object", "additionalProperties": False, "required": [settings.LANGUAGE_CODE],
    "description": "A text in the UI languages; the Finnish one is required",
    "properties": {code: ({"type": "string", "pattern": r"\S"} if code == settings.LANGUAGE_CODE
                          else {"anyOf": [{"type": "string"}, {"type": "null"}]}) for code in settings.LANGUAGE_CODES},
})]


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(settings.PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
        offset: int = Field(0, ge=0, le=2**31)


class ErrorOut(Schema):
    """Every error's body."""

    detail: str = Field(description="What went wrong, in the language of Accept-Language")
    errors: dict[str, list[str]] = Field(default_factory=dict, description=(
        "Invalid input only: the messages per field, e.g. {\"country\": [\"XX is not an ISO 3166 country code.\"]}"))


WRITES = {"post", "put", "patch", "delete"}
ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}


def _errors_of(method: str, operation: dict[str, Any]) -> dict[str, str]:
    """The error statuses an operation can answer, with what each means."""
    parameters = operation.get("parameters", [])
    errors = {"401": "No valid API token (`Authorization: Bearer kmp_…`)",
              "503": "The database is busy or unreachable; retry after the seconds in Retry-After"}
    if parameters or "requestBody" in operation:
        errors["422"] = "Invalid input: `errors` holds the messages per field"
    if "requestBody" in operation:
        errors["400"] = "The body is not JSON (or holds NaN, Infinity or a lone surrogate)"
    if "requestBody" in operation or any(parameter["in"] == "path" for parameter in parameters):
        errors["404"] = ("No such record in your workspace, in the path or as the parent the body names (or one "
                         "you may not change, such as a public record)")
    if method in WRITES:
        errors["403"] = "Your role in the workspace allows reading only"
        errors["409"] = "The record conflicts with another one, or its deletion is refused while others use it"
    return errors


def _error_response(status: str, description: str) -> dict[str, Any]:
    response: dict[str, Any] = {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}
    if status == "401":
        response["headers"] = {"WWW-Authenticate": {"required": True, "schema": {"type": "string", "enum": ["Bearer"]}}}
    if status == "503":
        response["headers"] = {"Retry-After": {"required": True, "schema": {"type": "integer"}}}
    return response


def document_errors(schema: Any) -> Any:
    """Add to every operation of an OpenAPI schema the error answers it can give, all with the ErrorOut body."""
    schema.setdefault("components", {}).setdefault("schemas", {})["ErrorOut"] = ErrorOut.model_json_schema(
        ref_template="#/components/schemas/{model}")
    for methods in schema["paths"].values():
        for method, operation in methods.items():
            for status, description in _errors_of(method, operation).items():
                operation["responses"].setdefault(status, _error_response(status, description))
    return schema


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


class StrictJSONParser(Parser):
    """Standard JSON only: no NaN or Infinity, and no lone surrogate ("\\ud800"), which no database can store."""

    def parse_body(self, request: HttpRequest) -> Any:
        data = json.loads(request.body, parse_constant=_refuse_constant)
        json.dumps(data, ensure_ascii=False).encode()  # raises UnicodeEncodeError on a lone surrogate
        return data


def workspace_of(request: HttpRequest) -> Any:
    return request.workspace  # type: ignore[attr-defined]


def raise_form_errors(form: forms.BaseForm) -> None:
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())  # type: ignore[arg-type]

"""What every JSON endpoint shares: strict JSON, request-body schemas, pages of results, form errors as 422."""

import datetime
import json
import re
from typing import Annotated, Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from ninja.parser import Parser
from pydantic import BeforeValidator, ConfigDict

# Larger ids cannot be stored in a 64-bit integer column; refuse them before they reach the database.
MAX_ID = 2**63 - 1
RecordId = Annotated[int, Field(ge=1, le=MAX_ID)]
MAX_PAGE_SIZE = 100
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """A date is YYYY-MM-DD: pydantic would also read a number (or a text of digits) as seconds since 1970."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        return value.strip()
    raise ValueError("Give a date as YYYY-MM-DD.")


ApiDate = Annotated[datetime.date, BeforeValidator(_iso_date_only)]


class InputSchema(Schema):
    """A request body: a misspelt field is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class TranslatedText(InputSchema):
    """A text in the UI languages; Finnish is the one a required field needs."""

    fi: str | None = None
    sv: str | None = None
    en: str | None = None
    et: str | None = None


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(settings.PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
        offset: int = Field(0, ge=0, le=2**31)


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

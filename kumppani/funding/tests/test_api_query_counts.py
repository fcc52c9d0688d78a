"""The funding lists and records of the API run the same number of queries for one row as for a full page."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kumppani.directory.models import Theme
from kumppani.directory.tests.api_client import api_for
from kumppani.funding.models import Call, Programme


def _add_programme(index: int) -> Programme:
    programme = Programme.objects.create(slug=f"query-count-{index}", name={"fi": f"Ohjelma {index}"},
                                         period_start=2021, period_end=2027, eligible_countries=["FI", "EE"])
    for number in range(3):
        theme, _created = Theme.objects.get_or_create(slug=f"query-theme-{number}", name={"fi": f"Teema {number}"})
        programme.themes.add(theme)
    Call.objects.create(programme=programme, title={"fi": f"Haku {index}"}, closes_on=datetime.date(2026, 5, index + 1))
    return programme


def _queries(api, path: str, **params) -> int:
    with CaptureQueriesContext(connection) as context:
        response = api.get(path, **params)
    assert response.status_code == 200, (path, response.content)
    return len(context.captured_queries)


def _counts(api, programme: Programme) -> dict[str, int]:
    return {
        "programmes": _queries(api, "/programmes", limit=100),
        "programmes by country": _queries(api, "/programmes", country="EE", limit=100),
        "calls": _queries(api, "/calls", limit=100),
        "open calls": _queries(api, "/calls", state="open", closes_before="2030-01-01", programme=programme.slug),
        "programme": _queries(api, f"/programmes/{programme.pk}"),
        "call": _queries(api, f"/calls/{programme.calls.get().pk}"),
    }


def test_each_funding_list_and_record_runs_a_fixed_number_of_queries(bob, sepra, settings):
    settings.LIST_CACHE_SECONDS = 0  # the lists' own queries, not a kept answer's
    api = api_for(bob, sepra)
    first = _add_programme(0)
    api.get("/programmes")  # the token's first use is recorded once
    with_one_row = _counts(api, first)

    for index in range(1, 12):
        _add_programme(index)

    assert _counts(api, first) == with_one_row

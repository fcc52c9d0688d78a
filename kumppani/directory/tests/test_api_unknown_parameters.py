"""A query parameter that an operation does not declare is refused with 422, never silently ignored: a misspelt
filter must not look like a filter that found nothing."""

import pytest

from kumppani.directory.tests.api_client import api_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/organisations?countyr=EE", "/themes?zzz=1", "/memberships?=null",
                                  "/people?limit=5&sort=name"])
def test_an_undeclared_query_parameter_answers_422_naming_it(alice, sepra, path):
    response = api_for(alice, sepra).get(path)
    assert response.status_code == 422
    unknown = path.split("?")[1].split("&")[-1].split("=")[0] or "?"
    assert response.json()["errors"][unknown] == ["This parameter is not known."]


def test_declared_parameters_still_work(alice, sepra):
    assert api_for(alice, sepra).get("/organisations?country=EE&limit=5&offset=0").status_code == 200

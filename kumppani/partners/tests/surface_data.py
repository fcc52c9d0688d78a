"""Organisations and projects for the tests of the search page, the API and the command.

Public records: the University of Jyväskylä and Kodukant made rural tourism routes together; the university also
did forest bioeconomy; the University of Tartu did coastal tourism marketing. Sepra's own (private) project:
whisky tourism with Matkailu Oy, which only Sepra may see.
"""

import datetime
from typing import Any

import pytest

from kumppani.directory.models import Organisation, Region
from kumppani.partners.tests.writing import committed, created
from kumppani.projects.models import Project
from kumppani.projects.tests.factories import partner, project


def public_project(title: str, year: int) -> Project:
    return created(Project, workspace=None, source="eu", source_id=title, title={"en": title}, status="closed",
                   starts_on=datetime.date(year, 1, 1), ends_on=datetime.date(year + 1, 12, 31))


def make_directory(sepra: Any, alice: Any, kodukant: Any, tourism: Any) -> dict[str, Any]:
    with committed():
        jyu = created(Organisation, name="Jyväskylän yliopisto", type="university", country="FI",
                      region=Region.objects.get(code="FI193"),
                      description={"en": "Research university in Central Finland"}, m2m={"themes": [tourism]})
        tartu = created(Organisation, name="Tartu Ülikool", type="university", country="EE",
                        region=Region.objects.get(code="EE008"))
        travel = created(Organisation, name="Matkailu Oy", type="company", country="FI")
        routes = public_project("Sustainable rural tourism routes", 2019)
        partner(routes, jyu, "lead")
        partner(routes, kodukant)
        partner(public_project("Forest bioeconomy research network", 2017), jyu, "lead")
        partner(public_project("Coastal tourism marketing", 2021), tartu, "lead")
        whisky = project(sepra, alice, title={"en": "Whisky tourism pilot"}, summary={"en": "Distillery visits"})
        partner(whisky, travel, "lead")
    return {"jyu": jyu, "tartu": tartu, "travel": travel, "kodukant": kodukant, "routes": routes, "whisky": whisky}


@pytest.fixture
def directory(sepra, alice, kodukant, tourism) -> dict[str, Any]:
    return make_directory(sepra, alice, kodukant, tourism)

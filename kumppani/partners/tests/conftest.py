"""Organisations with projects for the partner-search tests."""

import pytest

from kumppani.directory.models import Organisation
from kumppani.partners.tests.writing import created
from kumppani.projects.models import Project, ProjectPartner


def public_project(title: str, *organisations: Organisation, summary: str = "", year: int = 2015) -> Project:
    import datetime

    project = created(Project, title={"fi": title}, summary={"fi": summary} if summary else {},
                      starts_on=datetime.date(year, 1, 1))
    for organisation in organisations:
        created(ProjectPartner, project=project, organisation=organisation)
    return project


@pytest.fixture
def matkailu_oy(db):
    organisation = created(Organisation, name="Matkailu Oy", type="company", country="FI")
    public_project("Matkailuyrittäjien kehittämishanke Keski-Suomessa", organisation)
    public_project("Luontomatkailun tuotteistaminen", organisation)
    return organisation


@pytest.fixture
def nuoriso_ry(db):
    organisation = created(Organisation, name="Nuoriso ry", type="association", country="FI")
    public_project("Nuorisotyön kehittäminen maaseudulla", organisation)
    public_project("Nuorten työllistäminen ja koulutus", organisation)
    return organisation


@pytest.fixture
def energia(db):
    organisation = created(Organisation, name="Energy Agency", type="public_body", country="EE")
    public_project("Renewable energy in rural municipalities", organisation)
    public_project("Energiatehokkuus kunnissa", organisation)
    return organisation

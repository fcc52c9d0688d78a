"""An activity's participants can be named people of the workspace's directory as well as counted."""

import pytest

from kumppani.activities.tests.test_activity_api import VALID
from kumppani.directory.models import Person
from kumppani.directory.tests.api_client import api_for


@pytest.fixture
def api(bob, sepra):
    return api_for(bob, sepra)


@pytest.fixture
def mari(sepra):
    return Person.objects.create(workspace=sepra, name="Mari Maasikas")


def test_named_participants_are_kept_with_the_counts(api, mari):
    created = api.post("/activities", {**VALID, "people": [mari.pk]})
    assert created.status_code == 201, created.content
    assert created.json()["people"] == [mari.pk] and created.json()["participants"] == 30


def test_another_workspaces_person_cannot_be_named(api, ksl):
    stranger = Person.objects.create(workspace=ksl, name="Toisen työtilan henkilö")
    response = api.post("/activities", {**VALID, "people": [stranger.pk]})
    assert response.status_code == 422
    assert "people" in response.json()["errors"]


def test_the_activity_page_names_its_participants(client, bob, mari, api):
    created = api.post("/activities", {**VALID, "people": [mari.pk]}).json()
    client.force_login(bob)
    page = client.get(f"/w/sepra/activities/{created['id']}/").content.decode()
    assert f'/w/sepra/people/{mari.pk}/">Mari Maasikas</a>' in page

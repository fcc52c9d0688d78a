"""The search boxes of the activity form: organisers found in the directory keep the ticked ones; projects found
are the workspace's own and public records, never another workspace's."""

import re

import pytest
from django.urls import reverse

from kumppani.directory.models import Organisation, Partnership
from kumppani.projects.models import Project


@pytest.fixture
def signed_in(client, bob):
    client.force_login(bob)
    return client


def checkboxes(html: str) -> list[tuple[str, bool]]:
    return [(value, bool(checked)) for value, checked in
            re.findall(r'<input type="checkbox" name="organisers" value="(\d+)"( checked)?>', html)]


def test_organiser_search_keeps_the_ticked_and_adds_the_matches(signed_in, kodukant):
    leader = Organisation.objects.create(name="Leader Pärnumaa", country="EE")
    other = Organisation.objects.create(name="Pärnu linn", country="EE")

    response = signed_in.get(reverse("activities:activity_organiser_choices", args=["sepra"]),
                             {"q": "pärnu", "organisers": [str(kodukant.pk), str(leader.pk)]})

    assert checkboxes(response.content.decode()) == [(str(kodukant.pk), True), (str(leader.pk), True),
                                                     (str(other.pk), False)]


def test_without_a_search_the_organisations_the_workspace_knows_are_offered(signed_in, sepra, kodukant):
    Partnership.objects.create(workspace=sepra, organisation=kodukant)
    Organisation.objects.create(name="Stranger", country="EE")

    response = signed_in.get(reverse("activities:activity_organiser_choices", args=["sepra"]))

    assert checkboxes(response.content.decode()) == [(str(kodukant.pk), False)]


def test_project_search_finds_own_and_public_records_but_not_another_workspaces(signed_in, sepra, ksl):
    Project.objects.create(workspace=sepra, title={"fi": "Kylämatkailun kehittäminen"})
    Project.objects.create(workspace=None, source="fi", source_id="S1",
                           title={"fi": "Matkailun kehittäminen Pyhtäällä"})
    Project.objects.create(workspace=ksl, title={"fi": "Matkailun salainen hanke"})

    html = signed_in.get(reverse("activities:activity_project_choices", args=["sepra"]), {"q": "matkailu"}) \
        .content.decode()

    assert "Kylämatkailun kehittäminen" in html
    assert "Matkailun kehittäminen Pyhtäällä" in html
    assert "salainen" not in html


def test_project_search_finds_public_records_by_letters_beyond_ascii(signed_in):
    Project.objects.create(workspace=None, source="fi", source_id="S2", title={"fi": "Pyhtään rantareitti"})

    html = signed_in.get(reverse("activities:activity_project_choices", args=["sepra"]), {"q": "pyhtää"}) \
        .content.decode()

    assert "Pyhtään rantareitti" in html

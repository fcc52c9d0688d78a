"""Only people who consented to be published appear on the public page or can be written to through it."""

import datetime

import pytest

from kumppani.directory.models import Person, Representation, Theme
from kumppani.public.tests.conftest import page_text
from kumppani.workspaces.models import Workspace


@pytest.fixture
def unpublished(demo):
    workspace = Workspace.objects.get(slug="sepra")
    person = Person.objects.create(workspace=workspace, name="Salla Salainen", title={"fi": "hankeneuvoja"},
                                   email="salla.salainen@example.fi", phone="+358 40 000 0999",
                                   consent_to_publish=False)
    Representation.objects.create(workspace=workspace, person=person, theme=Theme.objects.get(slug="youth"))
    return person


def test_person_without_consent_does_not_appear(client, unpublished):
    for url in ("/p/sepra/", "/p/sepra/en/"):
        text = page_text(client.get(url))
        assert "Salla Salainen" not in text and "0999" not in text and "Marjo Tolvanen" in text


def test_person_without_consent_cannot_be_written_to(client, unpublished):
    assert client.get(f"/p/sepra/contact/{unpublished.pk}/").status_code == 404


def test_role_whose_term_has_ended_is_not_shown(client, demo):
    marjo = Person.objects.get(name="Marjo Tolvanen")
    marjo.representations.update(ends_on=datetime.date(2020, 12, 31))
    assert "Marjo Tolvanen" not in page_text(client.get("/p/sepra/"))


def test_unpublished_workspace_has_no_public_page(client, demo):
    Workspace.objects.filter(slug="sepra").update(public=False)
    assert client.get("/p/sepra/").status_code == 404
    assert client.get("/p/sepra/en/").status_code == 404
    marjo = Person.objects.get(name="Marjo Tolvanen")
    assert client.get(f"/p/sepra/contact/{marjo.pk}/").status_code == 404

"""Creating, changing or deleting a project, a partner, an organisation or a note changes results once the write
has committed (the index follows the writes' events after the commit, never after a rollback)."""

import pytest
from django.db import transaction

from kumppani.audit.writes import create_record, update_record
from kumppani.directory.models import Organisation, OrganisationNote, Region, Theme
from kumppani.partners.search import SearchFilters, search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import changed, committed, created, deleted
from kumppani.projects.models import Project, ProjectPartner


def names(query, workspace=None):
    return [hit.organisation.name for hit in search_partners(workspace, query)]


def test_a_new_project_is_found_once_committed(matkailu_oy, nuoriso_ry):
    assert names("kalastus") == []
    public_project("Kalastusmatkailu Saimaalla", nuoriso_ry)
    assert names("kalastus") == ["Nuoriso ry"]


def test_the_index_follows_a_change_only_after_the_commit(matkailu_oy, alice, django_capture_on_commit_callbacks):
    project = Project.objects.get(title__fi="Luontomatkailun tuotteistaminen")
    with django_capture_on_commit_callbacks(execute=True):
        update_record(alice, None, project, {"title": {"fi": "Metsänhoidon neuvonta"}})
        assert names("metsänhoito") == []  # written, not yet committed
    assert names("metsänhoito") == ["Matkailu Oy"]
    assert names("tuotteistaminen") == []


def test_the_index_ignores_a_change_that_was_rolled_back(matkailu_oy, alice, django_capture_on_commit_callbacks):
    project = Project.objects.get(title__fi="Luontomatkailun tuotteistaminen")
    with (django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError),
          transaction.atomic()):
        update_record(alice, None, project, {"title": {"fi": "Metsänhoidon neuvonta"}})
        raise RuntimeError("the request fails after the write")
    assert callbacks == []
    assert names("metsänhoito") == []
    assert names("tuotteistaminen") == ["Matkailu Oy"]


def test_a_deleted_project_or_partner_drops_out(matkailu_oy, nuoriso_ry):
    project = Project.objects.get(title__fi="Luontomatkailun tuotteistaminen")
    created(ProjectPartner, project=project, organisation=nuoriso_ry)
    assert set(names("tuotteistaminen")) == {"Matkailu Oy", "Nuoriso ry"}
    deleted(ProjectPartner.objects.get(project=project, organisation=nuoriso_ry))
    assert names("tuotteistaminen") == ["Matkailu Oy"]
    deleted(project)
    assert names("tuotteistaminen") == []


def test_project_themes_count(matkailu_oy):
    theme = created(Theme, slug="blue-growth", name={"en": "Blue growth"})
    changed(Project.objects.get(title__fi="Luontomatkailun tuotteistaminen"), m2m={"themes": [theme]})
    assert names("blue growth") == ["Matkailu Oy"]
    changed(theme, name={"en": "Coastal economy"})
    assert names("blue growth") == []
    assert names("coastal") == ["Matkailu Oy"]


def test_an_organisation_s_description_themes_and_deletion_count(alice, tourism):
    with committed():
        organisation = create_record(alice, None, Organisation(name="Saaristo ry", country="FI",
                                                               description={"fi": "Saariston kulttuuriperintö"}))
    assert names("kulttuuriperinnön") == ["Saaristo ry"]
    with committed():
        update_record(alice, None, organisation, {"description": {"en": "Archipelago birds"}},
                      m2m={"themes": [tourism]})
    assert names("kulttuuriperintö") == []
    assert names("birds tourism") == ["Saaristo ry"]
    deleted(organisation)
    assert names("birds tourism") == []


def test_a_note_and_its_deletion_count_for_its_workspace(sepra, matkailu_oy):
    note = created(OrganisationNote, workspace=sepra, organisation=matkailu_oy, text="Hyvä lintuopas")
    assert names("lintuopas", sepra) == ["Matkailu Oy"]
    deleted(note)
    assert names("lintuopas", sepra) == []


def test_filters_follow_a_changed_country_at_once(matkailu_oy):
    assert search_partners(None, "matkailu", SearchFilters(countries=["EE"])) == []
    changed(matkailu_oy, country="EE")
    assert [hit.organisation for hit in search_partners(None, "matkailu", SearchFilters(countries=["EE"]))] == [
        matkailu_oy]


def test_filters_follow_a_changed_type_and_region_at_once(matkailu_oy):
    def found(**filters):
        return [hit.organisation for hit in search_partners(None, "matkailu", SearchFilters(**filters))]

    assert found(types=["university"]) == found(regions=["FI1D"]) == []
    changed(matkailu_oy, type="university", region=Region.objects.get(code="FI1D3"))
    assert found(types=["university"]) == found(regions=["FI1D"]) == [matkailu_oy]
    changed(matkailu_oy, region=None)
    assert found(regions=["FI1D"]) == []

"""Search results to act on: never the workspace's own organisation, a project's search leaves out its partners and
can show only organisations new to us, every hit has a positive score and a reason, relevance is a label, and a hit
can become a candidate partner, a shortlist entry or a partnership; the hits are on a map by country."""

import pytest
from django.utils import translation

from kumppani.directory.models import Organisation, Partnership
from kumppani.partners.forms import PartnerSearchForm
from kumppani.partners.models import Shortlist, ShortlistEntry
from kumppani.partners.tests.conftest import public_project
from kumppani.projects.models import Project, ProjectPartner


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def sepra_itself(sepra):
    organisation = Organisation.objects.create(name="Sepra ry", country="FI", type="leader")
    public_project("Matkailun kehittäminen Kaakkois-Suomessa", organisation)
    sepra.organisation = organisation
    sepra.save()
    return organisation


def found(workspace, **data):
    form = PartnerSearchForm({"q": "matkailu", **data})
    return [hit.organisation.name for hit in form.search(workspace)]


def test_the_searching_workspaces_own_organisation_never_appears(sepra, sepra_itself, matkailu_oy):
    assert found(sepra) == ["Matkailu Oy"]
    assert "Sepra ry" in found(None)


def test_find_partners_for_a_project_leaves_out_its_partners(sepra, matkailu_oy, nuoriso_ry):
    public_project("Nuorisomatkailu", nuoriso_ry)
    project = Project.objects.create(workspace=sepra, title={"fi": "Matkailuhanke"})
    ProjectPartner.objects.create(project=project, organisation=matkailu_oy)
    assert set(found(sepra)) == {"Matkailu Oy", "Nuoriso ry"}
    assert found(sepra, project=project.pk) == ["Nuoriso ry"]


def test_only_organisations_new_to_us(sepra, matkailu_oy, nuoriso_ry):
    public_project("Nuorisomatkailu", nuoriso_ry)
    Partnership.objects.create(workspace=sepra, organisation=nuoriso_ry)
    assert found(sepra, new_only="on") == ["Matkailu Oy"]


def test_every_hit_has_a_positive_score_a_reason_and_a_relevance_label(sepra, matkailu_oy, nuoriso_ry):
    public_project("Nuorisomatkailu", nuoriso_ry)
    hits = PartnerSearchForm({"q": "matkailu"}).search(sepra)
    assert hits and all(hit.score > 0 for hit in hits)
    assert all(hit.matching_projects or hit.matching_themes or hit.matched_terms or hit.cooperation for hit in hits)
    assert hits[0].relevance == "Strong match"
    assert 1 <= hits[-1].relevance_percent <= 100


def test_the_page_shows_labels_not_scores_and_a_map_by_country(client, bob, matkailu_oy):
    client.force_login(bob)
    page = client.get("/w/sepra/partners/search/", {"q": "matkailu"}).content.decode()
    assert "Strong match" in page and "Score" not in page
    assert 'data-country="FI"' in page and 'class="map-level-3" data-country="FI"' in page
    assert "Finland: 1" in page


def test_a_hit_becomes_a_candidate_partner_of_a_chosen_project(client, bob, sepra, matkailu_oy):
    project = Project.objects.create(workspace=sepra, title={"fi": "Matkailuhanke"})
    client.force_login(bob)
    response = client.post("/w/sepra/partners/candidates/add/", {"organisation": matkailu_oy.pk,
                                                                 "project": project.pk})
    assert response.status_code == 302
    assert list(project.candidate_list.entries.values_list("organisation__name", flat=True)) == ["Matkailu Oy"]


def test_a_hit_goes_on_a_named_shortlist_listed_on_the_shortlists_page(client, bob, sepra, matkailu_oy):
    client.force_login(bob)
    client.post("/w/sepra/partners/shortlists/add/", {"organisation": matkailu_oy.pk, "new_name": "Interreg Aurora"})
    shortlist = Shortlist.objects.get(workspace=sepra)
    assert shortlist.name == "Interreg Aurora"
    client.post("/w/sepra/partners/shortlists/add/", {"organisation": matkailu_oy.pk, "shortlist": shortlist.pk})
    assert ShortlistEntry.objects.count() == 1
    page = client.get("/w/sepra/partners/shortlists/").content.decode()
    assert "Interreg Aurora" in page and "Matkailu Oy" in page


def test_another_workspaces_project_or_shortlist_cannot_be_used(client, charlie, sepra, matkailu_oy):
    project = Project.objects.create(workspace=sepra, title={"fi": "Matkailuhanke"})
    shortlist = Shortlist.objects.create(workspace=sepra, name="Sepra's")
    client.force_login(charlie)
    assert client.post("/w/keski-suomi/partners/candidates/add/", {"organisation": matkailu_oy.pk,
                                                                   "project": project.pk}).status_code == 404
    assert client.post("/w/keski-suomi/partners/shortlists/add/", {"organisation": matkailu_oy.pk,
                                                                   "shortlist": shortlist.pk}).status_code == 404
    assert not ShortlistEntry.objects.exists()


def test_a_hit_offers_to_start_a_partnership_record(client, bob, matkailu_oy):
    client.force_login(bob)
    page = client.get("/w/sepra/partners/search/", {"q": "matkailu"}).content.decode()
    assert f"/w/sepra/partners/new/?organisation={matkailu_oy.pk}" in page

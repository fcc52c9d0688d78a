"""A workspace's private projects and notes change its own results and never another workspace's."""

from kumppani.directory.models import Organisation, OrganisationNote
from kumppani.partners.search import search_partners
from kumppani.partners.tests.writing import created
from kumppani.projects.models import Project, ProjectPartner


def ranking(workspace, query):
    return [(hit.organisation.pk, hit.score, [project.project_id for project in hit.matching_projects],
             hit.matched_terms, hit.cooperation) for hit in search_partners(workspace, query)]


def test_a_private_project_changes_only_its_workspace_s_results(sepra, ksl, matkailu_oy, nuoriso_ry, energia):
    queries = ["matkailu nuoriso", "saariston linnut", "energia"]
    before = {query: (ranking(ksl, query), ranking(None, query)) for query in queries}
    private = created(Project, workspace=sepra, title={"fi": "Saariston linnut ja nuoriso"})
    created(ProjectPartner, project=private, organisation=energia)
    assert ranking(sepra, "saariston linnut")[0][0] == energia.pk
    for query in queries:
        assert (ranking(ksl, query), ranking(None, query)) == before[query]
    assert ranking(sepra, "matkailu nuoriso") != before["matkailu nuoriso"][0]


def test_a_note_changes_only_its_workspace_s_results(sepra, ksl, matkailu_oy, nuoriso_ry, energia):
    before = (ranking(ksl, "lintuharrastus"), ranking(ksl, "matkailu"), ranking(None, "matkailu"))
    created(OrganisationNote, workspace=sepra, organisation=nuoriso_ry, text="Lintuharrastus ja matkailu")
    assert ranking(sepra, "lintuharrastus")[0][0] == nuoriso_ry.pk
    assert (ranking(ksl, "lintuharrastus"), ranking(ksl, "matkailu"), ranking(None, "matkailu")) == before
    assert before[0] == []


def test_a_private_project_s_partner_without_public_record_is_found_only_by_its_workspace(sepra, ksl):
    hidden = created(Organisation, name="Hidden", country="FI")
    private = created(Project, workspace=sepra, title={"en": "Seaweed farming"})
    created(ProjectPartner, project=private, organisation=hidden)
    assert [hit.organisation for hit in search_partners(sepra, "seaweed")] == [hidden]
    assert search_partners(ksl, "seaweed") == []
    assert search_partners(None, "seaweed") == []

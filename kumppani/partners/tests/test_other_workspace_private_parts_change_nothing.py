"""Another workspace's private parts (its notes on organisations, its own projects) never change a search's
results, their scores, order or count: searching with and without them holding the query's words gives the same
answer, for a workspace with private parts of its own, for one without, and for a search with no workspace."""

import pytest

from kumppani.directory.models import Organisation, OrganisationNote, Partnership
from kumppani.partners.search import search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import created
from kumppani.projects.models import Project, ProjectPartner

QUERIES = ["lintuharrastus", "matkailu lintuharrastus", "nuoriso energia lintuharrastus saaristo",
           " ".join(f"sana{number}" for number in range(45)) + " matkailu"]


def answer(workspace, query):
    return [(hit.organisation.pk, round(hit.score, 9), [project.project_id for project in hit.matching_projects],
             sorted(hit.matched_terms), hit.cooperation) for hit in search_partners(workspace, query)]


@pytest.fixture
def sepra_private_parts(sepra, matkailu_oy, nuoriso_ry, energia):
    """Sepra's own notes and project: organisations with a part only Sepra sees."""
    created(OrganisationNote, workspace=sepra, organisation=matkailu_oy, text="Hyvä kumppani matkailussa")
    own = created(Project, workspace=sepra, title={"fi": "Nuorisovaihto Tarttoon"})
    created(ProjectPartner, project=own, organisation=energia)
    created(Partnership, workspace=sepra, organisation=nuoriso_ry)


def other_workspace_holds_the_words(ksl, organisations):
    words = "Lintuharrastus saaristo matkailu " + " ".join(f"sana{number}" for number in range(45))
    for organisation in organisations:
        created(OrganisationNote, workspace=ksl, organisation=organisation, text=words)
        project = created(Project, workspace=ksl, title={"fi": words}, summary={"fi": words})
        created(ProjectPartner, project=project, organisation=organisation)


def test_another_workspace_s_notes_and_projects_change_no_result(sepra, ksl, sepra_private_parts, matkailu_oy,
                                                                    nuoriso_ry, energia):
    hidden = created(Organisation, name="Lintuyhdistys", type="association", country="FI")
    public_project("Saariston lintujen laskenta", hidden)
    before = {query: [answer(workspace, query) for workspace in (sepra, None)] for query in QUERIES}

    other_workspace_holds_the_words(ksl, [matkailu_oy, nuoriso_ry, energia, hidden])

    for query in QUERIES:
        assert [answer(workspace, query) for workspace in (sepra, None)] == before[query], query
    assert matkailu_oy.pk not in [hit[0] for hit in before["lintuharrastus"][0]]
    assert matkailu_oy.pk in [hit[0] for hit in answer(ksl, "lintuharrastus")]  # there for its workspace only


def test_an_organisation_matching_nothing_never_joins_the_results(sepra, ksl, sepra_private_parts, matkailu_oy):
    other_workspace_holds_the_words(ksl, [matkailu_oy])

    assert search_partners(sepra, "lintuharrastus") == []
    assert all(hit.score > 0 for hit in search_partners(sepra, "matkailu lintuharrastus"))

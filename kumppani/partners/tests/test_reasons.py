"""Each hit says why: the matching projects with the matching words marked, themes, terms, past cooperation."""

from django.utils import translation

from kumppani.directory.models import Partnership
from kumppani.partners.search import highlight, search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import created
from kumppani.projects.models import Project, ProjectPartner


def test_the_matching_words_of_a_project_title_are_marked(matkailu_oy):
    hit = search_partners(None, "matkailuyrittäjä")[0]
    titles = [project.highlighted_title for project in hit.matching_projects]
    assert "<mark>Matkailuyrittäjien</mark> kehittämishanke Keski-Suomessa" in titles
    assert hit.matched_terms == ["matkailuyrittäjä"]


def test_a_highlighted_title_is_escaped():
    marked = highlight("<b>Matkailu</b> & nuoriso", {"matkailu"})
    assert marked == "&lt;b&gt;<mark>Matkailu</mark>&lt;/b&gt; &amp; nuoriso"


def test_matching_projects_come_best_first_at_most_five(matkailu_oy):
    for year in range(2000, 2008):
        public_project(f"Matkailu {year}", matkailu_oy, year=year)
    public_project("Matkailu ja matkailuyrittäjät", matkailu_oy)
    hit = search_partners(None, "matkailu matkailuyrittäjät")[0]
    assert len(hit.matching_projects) == 5
    assert hit.matching_projects[0].title == "Matkailu ja matkailuyrittäjät"
    assert hit.matching_projects[0].year == 2015


def test_matching_themes_are_listed(matkailu_oy, tourism):
    matkailu_oy.themes.add(tourism)
    assert search_partners(None, "tourism")[0].matching_themes == [tourism]


def test_a_partnership_of_the_workspace_is_shown(sepra, ksl, matkailu_oy):
    created(Partnership, workspace=sepra, organisation=matkailu_oy, status="dormant")
    with translation.override("en"):
        assert search_partners(sepra, "matkailu")[0].cooperation == "Partnership: Dormant"
    assert search_partners(ksl, "matkailu")[0].cooperation is None
    assert search_partners(None, "matkailu")[0].cooperation is None


def test_a_shared_project_of_the_workspace_is_shown_and_marked_own(sepra, matkailu_oy):
    own = created(Project, workspace=sepra, title={"fi": "Saariston matkailureitit"})
    created(ProjectPartner, project=own, organisation=matkailu_oy)
    with translation.override("en"):
        hit = search_partners(sepra, "saariston matkailureitit")[0]
    assert hit.cooperation == "shared project"
    assert [project.is_own for project in hit.matching_projects if project.project_id == own.pk] == [True]

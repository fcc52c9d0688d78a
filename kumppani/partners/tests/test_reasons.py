"""Each hit says why: the matching projects with the matching words marked, themes, terms, past cooperation."""

import json

from django.utils import translation

from kumppani.directory.models import Partnership
from kumppani.partners.reasons import Sieve, highlight
from kumppani.partners.search import search_partners
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import changed, created
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


def _reason_titles(workspace, query):
    return [project.title for project in search_partners(workspace, query)[0].matching_projects]


def test_a_renamed_project_shows_under_its_new_name_in_the_next_search(matkailu_oy):
    project = public_project("Matkailureitit saaristossa", matkailu_oy)
    assert "Matkailureitit saaristossa" in _reason_titles(None, "matkailureitit")

    changed(project, title={"fi": "Matkailureitit järvillä"})

    titles = _reason_titles(None, "matkailureitit")
    assert "Matkailureitit järvillä" in titles
    assert "Matkailureitit saaristossa" not in titles


def test_a_workspace_own_project_kept_for_its_reasons_never_shows_to_another(sepra, ksl, matkailu_oy):
    own = created(Project, workspace=sepra, title={"fi": "Saariston matkailureitit"})
    created(ProjectPartner, project=own, organisation=matkailu_oy)
    public_project("Matkailureitit järvillä", matkailu_oy)

    for _round in range(2):  # the second time from the rows kept in this process
        assert "Saariston matkailureitit" in _reason_titles(sepra, "matkailureitit")
        for workspace in (ksl, None):
            titles = _reason_titles(workspace, "matkailureitit")
            assert "Matkailureitit järvillä" in titles
            assert "Saariston matkailureitit" not in titles


def test_the_sieve_lets_through_a_title_stored_with_escapes_and_capitals():
    sieve = Sieve.of({"äänekosk", "kehit"})
    for title in ({"fi": "ÄÄNEKOSKEN kehittämisohjelma"}, {"fi": "Äänekosken kaupunki"}, {"fi": "KEHITTÄMINEN"}):
        assert sieve.may_match(json.dumps(title)), title  # as SQLite stores it: "\u00c4\u00c4nekosken"
        assert sieve.may_match(json.dumps(title, ensure_ascii=False)), title  # as PostgreSQL gives it
    assert not sieve.may_match(json.dumps({"fi": "Saariston matkailu"}))

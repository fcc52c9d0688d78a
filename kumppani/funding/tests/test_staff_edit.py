"""Programmes and calls are shared: any workspace's staff adds and edits them, the history records who; viewers
and elected officials only read."""

import datetime

import pytest

from kumppani.audit.services import history_for
from kumppani.funding.models import Call, Programme

pytestmark = pytest.mark.django_db

PROGRAMME_DATA = {
    "slug": "interreg-next-test", "name_fi": "Testiohjelma", "name_en": "Test programme", "short_name": "Test",
    "period_start": "2021", "period_end": "2027", "managing_body": "Etelä-Karjalan liitto",
    "eligible_countries": "fi, ee  LV;FI", "url": "https://example.org/", "description_fi": "",
}


def test_staff_adds_a_programme_with_its_countries(client, bob):
    client.force_login(bob)
    response = client.post("/w/sepra/programmes/new/", PROGRAMME_DATA)
    assert response.status_code == 302
    programme = Programme.objects.get(slug="interreg-next-test")
    assert programme.eligible_countries == ["EE", "FI", "LV"]
    assert history_for(programme).get().actor == bob


def test_an_unknown_country_is_an_error_next_to_the_field(client, bob):
    client.force_login(bob)
    response = client.post("/w/sepra/programmes/new/", {**PROGRAMME_DATA, "eligible_countries": "FI, XQ"},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "XQ is not an ISO 3166 country code" in response.content.decode()


def test_staff_of_another_workspace_edits_the_same_programme_and_the_history_records_it(client, bob, charlie):
    programme = Programme.objects.get(slug="nordplus")
    client.force_login(charlie)
    response = client.post(f"/w/keski-suomi/programmes/{programme.pk}/edit/", {
        "slug": "nordplus", "name_fi": programme.name["fi"], "name_en": "Nordplus", "short_name": "Nordplus",
        "period_start": "2023", "period_end": "2027", "managing_body": "Nordic Council of Ministers",
        "eligible_countries": ", ".join(programme.eligible_countries), "url": programme.url,
        "themes": [theme.pk for theme in programme.themes.all()]})
    assert response.status_code == 302
    entry = history_for(programme).get()
    assert entry.actor == charlie and "managing_body" in entry.changes
    client.force_login(bob)
    page = client.get(f"/w/sepra/programmes/{programme.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nordic Council of Ministers" in page and "another workspace" in page


def test_staff_adds_a_call_to_a_programme(client, bob):
    client.force_login(bob)
    programme = Programme.objects.get(slug="leader-cooperation")
    response = client.post("/w/sepra/calls/new/", {"programme": programme.pk, "title_fi": "Yhteistyöhaku",
                                                   "opens_on": "2026-01-01", "closes_on": "2026-12-31"})
    assert response.status_code == 302
    assert programme.calls.get().closes_on == datetime.date(2026, 12, 31)


@pytest.mark.parametrize("user", ["vera", "eero"])
def test_read_only_roles_see_but_cannot_change_programmes_or_calls(client, user, request):
    client.force_login(request.getfixturevalue(user))
    programme = Programme.objects.get(slug="life")
    call = Call.objects.create(programme=programme, title={"fi": "LIFE 2026"}, closes_on=datetime.date(2026, 9, 1))
    assert client.get("/w/sepra/programmes/").status_code == 200
    assert client.get(f"/w/sepra/programmes/{programme.pk}/").status_code == 200
    assert client.get(f"/w/sepra/calls/{call.pk}/").status_code == 200
    for url in ["/w/sepra/programmes/new/", f"/w/sepra/programmes/{programme.pk}/edit/",
                f"/w/sepra/programmes/{programme.pk}/delete/", "/w/sepra/calls/new/",
                f"/w/sepra/calls/{call.pk}/edit/", f"/w/sepra/calls/{call.pk}/delete/"]:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {**PROGRAMME_DATA, "slug": "hijacked"}).status_code == 403, url
    assert not Programme.objects.filter(slug="hijacked").exists()
    assert Call.objects.filter(pk=call.pk).exists()


def test_a_programme_that_projects_refer_to_is_not_deleted(client, bob, sepra):
    from kumppani.projects.models import Project

    programme = Programme.objects.get(slug="erasmus-plus")
    Project.objects.create(workspace=sepra, title={"fi": "Nuorisovaihto"}, programme=programme)
    client.force_login(bob)
    response = client.post(f"/w/sepra/programmes/{programme.pk}/delete/")
    assert response.status_code == 302
    assert Programme.objects.filter(pk=programme.pk).exists()

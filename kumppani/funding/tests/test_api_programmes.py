"""Programmes through the API: the shared catalogue, listed, read and changed by any workspace's staff, with the
programme form's rules and the history recording who changed what."""

import pytest

from kumppani.audit.services import history_for
from kumppani.directory.tests.api_client import api_for
from kumppani.funding.models import Programme
from kumppani.projects.models import Project

pytestmark = pytest.mark.django_db

NEW = {"slug": "interreg-next-test", "name": {"fi": "Testiohjelma", "en": "Test programme"}, "short_name": "Test",
       "period_start": 2021, "period_end": 2027, "managing_body": "Etelä-Karjalan liitto",
       "eligible_countries": ["fi", "EE", "FI"], "url": "https://example.org/"}


def test_staff_creates_a_programme_and_the_history_records_it(bob, sepra, tourism):
    response = api_for(bob, sepra).post("/programmes", {**NEW, "themes": [tourism.pk]})

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["eligible_countries"] == ["EE", "FI"]
    assert body["themes"] == [tourism.pk]
    assert body["name"]["en"] == "Test programme"
    programme = Programme.objects.get(pk=body["id"])
    assert history_for(programme).get().actor == bob


def test_a_programme_reads_back_as_created(bob, sepra):
    created = api_for(bob, sepra).post("/programmes", NEW).json()

    read = api_for(bob, sepra).get(f"/programmes/{created['id']}").json()

    assert read == created


def test_staff_of_another_workspace_changes_the_shared_programme(bob, sepra, charlie, ksl):
    programme = Programme.objects.get(slug="nordplus")

    response = api_for(charlie, ksl).patch(f"/programmes/{programme.pk}", {
        "managing_body": "Nordic Council of Ministers", "name": {"en": "Nordplus programme"}})

    assert response.status_code == 200, response.content
    assert response.json()["name"]["fi"] == programme.name["fi"]  # the languages not sent keep their texts
    entry = history_for(programme).get()
    assert entry.actor == charlie and "managing_body" in entry.changes
    assert api_for(bob, sepra).get(f"/programmes/{programme.pk}").json()["managing_body"] == (
        "Nordic Council of Ministers")


def test_a_period_ending_before_it_starts_is_refused_naming_the_field(bob, sepra):
    response = api_for(bob, sepra).post("/programmes", {**NEW, "period_start": 2027, "period_end": 2021})

    assert response.status_code == 422
    assert "period_end" in response.json()["errors"]
    assert not Programme.objects.filter(slug=NEW["slug"]).exists()


def test_an_unknown_country_or_theme_is_refused_naming_the_field(bob, sepra):
    api = api_for(bob, sepra)

    country = api.post("/programmes", {**NEW, "eligible_countries": ["FI", "XQ"]})
    theme = api.post("/programmes", {**NEW, "themes": [999999]})

    assert country.status_code == theme.status_code == 422
    assert "XQ" in country.json()["errors"]["eligible_countries"][0]
    assert "themes" in theme.json()["errors"]
    assert not Programme.objects.filter(slug=NEW["slug"]).exists()


def test_a_slug_already_taken_is_refused_naming_the_field(bob, sepra):
    response = api_for(bob, sepra).post("/programmes", {**NEW, "slug": "nordplus"})

    assert response.status_code == 422
    assert "slug" in response.json()["errors"]


def test_programmes_are_filtered_by_theme_and_eligible_country(vera, sepra, tourism):
    api = api_for(vera, sepra)
    themed = Programme.objects.get(slug="nordplus")
    themed.themes.add(tourism)

    by_theme = api.get("/programmes", theme=tourism.slug, limit=100).json()
    by_country = api.get("/programmes", country="NO", limit=100).json()

    assert [row["slug"] for row in by_theme["items"]] == ["nordplus"]
    assert by_country["count"] >= 1
    assert all("NO" in row["eligible_countries"] for row in by_country["items"])
    assert by_country["count"] == sum("NO" in programme.eligible_countries for programme in Programme.objects.all())


def test_an_unknown_filter_value_is_refused_naming_the_filter(vera, sepra):
    api = api_for(vera, sepra)

    assert "country" in api.get("/programmes", country="XQ").json()["errors"]
    assert "theme" in api.get("/programmes", theme="no-such-theme").json()["errors"]


def test_staff_deletes_an_unused_programme(bob, sepra):
    api = api_for(bob, sepra)
    created = api.post("/programmes", NEW).json()

    assert api.delete(f"/programmes/{created['id']}").status_code == 204
    assert api.get(f"/programmes/{created['id']}").status_code == 404
    assert not Programme.objects.filter(slug=NEW["slug"]).exists()


def test_a_programme_that_projects_refer_to_is_not_deleted(bob, sepra, charlie, ksl):
    programme = Programme.objects.get(slug="nordplus")
    Project.objects.create(workspace=ksl, title={"fi": "KSL:n hanke"}, programme=programme)

    response = api_for(bob, sepra).delete(f"/programmes/{programme.pk}")

    assert response.status_code == 409
    assert response.json()["detail"]
    assert Programme.objects.filter(pk=programme.pk).exists()


def test_an_unknown_programme_id_answers_404(bob, sepra):
    api = api_for(bob, sepra)
    missing = Programme.objects.order_by("-pk").first().pk + 1

    assert api.get(f"/programmes/{missing}").status_code == 404
    assert api.patch(f"/programmes/{missing}", {"short_name": "X"}).status_code == 404
    assert api.delete(f"/programmes/{missing}").status_code == 404

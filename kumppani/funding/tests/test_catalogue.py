"""The programme catalogue ships with the project: every programme the issue names, with valid facts."""

import importlib

import pycountry
import pytest
from django.apps import apps

from kumppani.directory.models import Theme
from kumppani.funding.data.programmes import PROGRAMMES
from kumppani.funding.models import Programme

pytestmark = pytest.mark.django_db

NAMED_IN_THE_ISSUE = {
    "leader-cooperation": "Leader", "erasmus-plus": "Erasmus+", "interreg-baltic-sea-region": "Baltic Sea Region",
    "interreg-central-baltic": "Central Baltic", "interreg-aurora": "Aurora", "interreg-europe": "Interreg Europe",
    "horizon-europe": "Horizon Europe", "life": "LIFE", "creative-europe": "Creative Europe", "cerv": "CERV",
    "nordplus": "Nordplus", "emfaf-finland": "Fisheries",
}
THE_DATA_SETS_PROGRAMMES = ["fi-erdf-2007-2013", "fi-esf-2007-2013", "fi-sustainable-growth-2014-2020",
                            "dk-erdf-2007-2013", "dk-esf-2007-2013", "dk-erdf-2014-2020", "dk-esf-2014-2020",
                            "se-erdf-2014-2020", "horizon-2020"]


def test_the_catalogue_names_every_programme_of_the_issue():
    for slug, words in NAMED_IN_THE_ISSUE.items():
        programme = Programme.objects.get(slug=slug)
        assert words in programme.name["en"], slug
        assert programme.name["fi"] and programme.url.startswith("https://")
        assert programme.managing_body and programme.eligible_countries and programme.themes.exists()


def test_the_catalogue_holds_the_programmes_of_the_public_data_sets():
    assert set(THE_DATA_SETS_PROGRAMMES) <= set(Programme.objects.values_list("slug", flat=True))


def test_every_programme_has_a_period_iso_countries_and_names_that_fit():
    assert Programme.objects.count() == len(PROGRAMMES)
    for programme in Programme.objects.all():
        assert 2000 < programme.period_start <= programme.period_end < 2035
        assert all(pycountry.countries.get(alpha_2=code) for code in programme.eligible_countries), programme.slug
        assert all(len(name) <= 200 for name in programme.name.values())
        assert len(programme.short_name) <= 60 and len(programme.managing_body) <= 200


def test_eu_wide_programmes_are_open_to_all_member_states():
    horizon = Programme.objects.get(slug="horizon-europe")
    assert {"FI", "EE", "SE", "GR", "NO", "IS"} <= set(horizon.eligible_countries)
    assert len(Programme.objects.get(slug="life").eligible_countries) == 27


def test_loading_the_catalogue_again_changes_nothing_and_keeps_theme_names():
    migration = importlib.import_module("kumppani.funding.migrations.0002_load_programme_catalogue")
    Theme.objects.filter(slug="youth").update(name={"fi": "Nuoret", "en": "Youth (renamed by staff)"})
    before = list(Programme.objects.order_by("slug").values())
    migration.load_catalogue(apps, None)
    assert list(Programme.objects.order_by("slug").values()) == before
    assert Theme.objects.get(slug="youth").name["en"] == "Youth (renamed by staff)"


def test_loading_the_catalogue_restores_a_changed_programme():
    migration = importlib.import_module("kumppani.funding.migrations.0002_load_programme_catalogue")
    Programme.objects.filter(slug="nordplus").update(period_start=1999)
    migration.load_catalogue(apps, None)
    assert Programme.objects.get(slug="nordplus").period_start == 2023

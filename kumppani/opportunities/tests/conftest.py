"""Opportunities, themes and a programme at a fixed moment."""

import datetime

import pytest
from django.utils import timezone

from kumppani.directory.models import Theme
from kumppani.funding.models import Programme
from kumppani.opportunities.models import Opportunity

NOW = timezone.make_aware(datetime.datetime(2026, 3, 2, 8, 0))


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def youth(db):
    return Theme.objects.get_or_create(slug="youth", defaults={"name": {"fi": "Nuoret", "en": "Youth"}})[0]


@pytest.fixture
def erasmus(db):
    return Programme.objects.create(slug="test-erasmus", name={"fi": "Erasmus+", "en": "Erasmus+"},
                                    short_name="Erasmus+", period_start=2021, period_end=2027)


@pytest.fixture
def make_opportunity(sepra):
    def make(title="Study trip to Tartu", kind="news", themes=(), **fields):
        fields.setdefault("publish_on", NOW - datetime.timedelta(days=1))
        if isinstance(title, str):
            title = {"en": title, "fi": f"FI {title}"}
        opportunity = Opportunity.objects.create(workspace=fields.pop("workspace", sepra), kind=kind, title=title,
                                                 **fields)
        opportunity.themes.set(themes)
        return opportunity
    return make

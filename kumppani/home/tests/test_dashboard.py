"""The workspace's home shows what is coming, how the strategy is doing, what waits and what changed."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from kumppani.audit.writes import update_record
from kumppani.demo.loader import load_demo
from kumppani.opportunities.models import Opportunity
from kumppani.subscriptions.models import PartnerInquiry


@pytest.fixture
def demo(db):
    load_demo()


def test_home_shows_deadlines_indicators_requests_and_changes(client, demo):
    alice = get_user_model().objects.get(username="alice")
    opportunity = Opportunity.objects.filter(workspace__slug="sepra").first()
    update_record(alice, opportunity.workspace, opportunity, {"deadline": timezone.now() + datetime.timedelta(days=10)})
    PartnerInquiry.objects.create(workspace=opportunity.workspace, organisation_name="Tartu Maakonna Arendus",
                                  contact_name="Mari", email="mari@example.ee", country="EE", message="Noored")
    client.force_login(alice)
    response = client.get("/w/sepra/")
    assert response.status_code == 200
    text = response.content.decode()
    assert f"/w/sepra/opportunities/{opportunity.pk}/" in text
    assert "Tartu Maakonna Arendus" in text
    assert "<meter" in text  # each indicator's share of its target
    assert response.context["recent_changes"][0].object_repr == str(opportunity)  # the newest first

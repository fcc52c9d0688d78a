"""The demo's money adds up: grant plus own share is the total, and the partners' budgets fit in it."""

import datetime
from decimal import Decimal

import pytest

from kumppani.demo.shapes import DemoPartner, DemoProject, DemoStatus
from kumppani.projects.models import Project

AN_IDEA = (DemoStatus("idea", datetime.date(2026, 1, 1)),)


def test_every_demo_budget_is_consistent(demo):
    budgeted = 0
    for project in Project.objects.filter(workspace__isnull=False).prefetch_related("partners"):
        amounts = [project.total_budget, project.grant, project.own_share]
        if None in amounts:
            assert amounts == [None, None, None], f"{project}: half a budget"
            continue
        budgeted += 1
        assert all(isinstance(amount, Decimal) and amount >= 0 for amount in amounts)
        assert project.grant + project.own_share == project.total_budget, project
        partner_budgets = sum(partner.budget or 0 for partner in project.partners.all())
        assert partner_budgets <= project.total_budget, project
    assert budgeted >= 15


def test_a_demo_project_whose_grant_and_own_share_miss_the_total_is_refused():
    with pytest.raises(ValueError, match="do not add up"):
        DemoProject(key="x", title={"fi": "x"}, summary={}, statuses=AN_IDEA,
                    total_budget=Decimal("100.00"), grant=Decimal("80.00"), own_share=Decimal("30.00"))


def test_a_demo_project_whose_partners_spend_more_than_the_total_is_refused():
    with pytest.raises(ValueError, match="partners' budgets"):
        DemoProject(key="y", title={"fi": "y"}, summary={}, statuses=AN_IDEA, total_budget=Decimal("100.00"),
                    partners=(DemoPartner("a", budget=Decimal("60.00")), DemoPartner("b", budget=Decimal("60.00"))))

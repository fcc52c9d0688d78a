"""The project services write through the audited path: a change of a few fields is the stored project with those
fields replaced; partners are kept, changed, removed and added by organisation; each write leaves history."""

import dataclasses
from decimal import Decimal

import pytest
from django.utils import translation

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects import services
from kumppani.projects.data import OutputData, PartnerData, ProjectData
from kumppani.projects.models import StatusChange
from kumppani.projects.tests.factories import partner, project


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


def test_a_change_of_a_few_fields_keeps_the_others_and_records_the_new_status(sepra, bob, kodukant, tourism):
    road = project(sepra, bob, summary={"fi": "Matkailureitti"})
    road.themes.set([tourism])
    partner(road, kodukant, "lead", "5000")
    changed = dataclasses.replace(ProjectData.from_project(road), status="running", grant=Decimal("60000.00"))

    services.update_project(actor=bob, workspace=sepra, project=road, data=changed)

    road.refresh_from_db()
    assert (road.status, road.grant, road.summary) == ("running", Decimal("60000.00"), {"fi": "Matkailureitti"})
    assert list(road.themes.all()) == [tourism]
    assert [(p.organisation, p.role, p.budget) for p in road.partners.all()] == [(kodukant, "lead", Decimal("5000"))]
    assert list(StatusChange.objects.filter(project=road).values_list("status", flat=True)) == ["preparing",
                                                                                                "running"]
    update = AuditEntry.objects.get(action="update", object_repr=str(road))
    assert set(update.changes) >= {"status", "grant"}


def test_partners_are_matched_by_organisation_changed_removed_and_added(sepra, bob, kodukant, errin):
    road = project(sepra, bob)
    lead = partner(road, kodukant, "lead", "1000")
    partner(road, errin, "partner")
    kagu = Organisation.objects.create(name="Leader Kagu", type="leader", country="EE")

    services.update_project(actor=bob, workspace=sepra, project=road, data=dataclasses.replace(
        ProjectData.from_project(road), partners=(PartnerData(organisation=kagu.pk, role="associated"),
                                                  PartnerData(organisation=kodukant.pk, role="lead",
                                                              budget=Decimal("2500")))))

    assert {(p.organisation.name, p.role, p.budget) for p in road.partners.all()} == {
        ("Kodukant", "lead", Decimal("2500.00")), ("Leader Kagu", "associated", None)}
    assert road.partners.get(organisation=kodukant).pk == lead.pk  # the same row, changed
    assert AuditEntry.objects.filter(action="delete", object_repr__contains="ERRIN").exists()


def test_an_unchanged_project_records_no_new_status_and_no_partner_change(sepra, bob, kodukant):
    road = project(sepra, bob)
    partner(road, kodukant, "lead")
    entries = AuditEntry.objects.count()
    services.update_project(actor=bob, workspace=sepra, project=road, data=ProjectData.from_project(road))
    assert StatusChange.objects.filter(project=road).count() == 1
    assert AuditEntry.objects.count() == entries


def test_outputs_are_added_and_changed_from_plain_data(sepra, bob):
    road = project(sepra, bob)
    output = services.add_output(actor=bob, workspace=sepra, project=road,
                                 data=OutputData(title={"fi": "Reittiopas"}, kind="publication"))
    services.update_output(actor=bob, workspace=sepra, output=output, data=dataclasses.replace(
        OutputData.from_output(output), description={"fi": "Painettu"}))
    output.refresh_from_db()
    assert (output.kind, output.title, output.description) == ("publication", {"fi": "Reittiopas"},
                                                               {"fi": "Painettu"})
    assert AuditEntry.objects.filter(object_repr="Reittiopas").count() == 2


@translation.override("en")
def test_the_budget_warning_names_both_sums_only_when_the_partners_exceed_the_total():
    assert services.partner_budget_warning(total_budget=Decimal("100"), partner_budgets=[Decimal("60"), None,
                                                                                         Decimal("40")]) == ""
    assert services.partner_budget_warning(total_budget=None, partner_budgets=[Decimal("60")]) == ""
    warning = services.partner_budget_warning(total_budget=Decimal("100"),
                                              partner_budgets=[Decimal("60"), Decimal("40.01")])
    assert "€100.01" in warning and "(€100)" in warning  # in the English reader's form

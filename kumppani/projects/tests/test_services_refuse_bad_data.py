"""The project services refuse every rule's breach in plain data, no form involved: a ValidationError whose
messages are keyed by field ("partners.1.role"), and nothing written."""

import dataclasses
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects import services
from kumppani.projects.data import MAX_PARTNERS, OutputData, PartnerData, ProjectData
from kumppani.projects.models import Output, Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import WINDOWS_PROGRAM, call_of, programme, project, upload
from kumppani.workspaces.models import FocusArea

ROAD = ProjectData(title={"fi": "Kuninkaantie"}, starts_on=datetime.date(2025, 1, 1),
                   ends_on=datetime.date(2026, 12, 31), total_budget=Decimal("100000.00"),
                   grant=Decimal("70000.00"), own_share=Decimal("30000.00"))


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


def counts() -> tuple[int, ...]:
    return (Project.objects.count(), ProjectPartner.objects.count(), StatusChange.objects.count(),
            Output.objects.count(), AuditEntry.objects.count())


def refused(sepra, bob, **changes) -> dict[str, list[str]]:
    before = counts()
    with pytest.raises(ValidationError) as refusal:
        services.create_project(actor=bob, workspace=sepra, data=dataclasses.replace(ROAD, **changes))
    assert counts() == before
    return refusal.value.message_dict


def test_valid_plain_data_is_saved_with_its_partners_and_first_status(sepra, bob, kodukant, errin, tourism):
    created = services.create_project(actor=bob, workspace=sepra, data=dataclasses.replace(
        ROAD, title={"fi": "  Kuninkaantie ", "en": ""}, themes=(tourism.pk, tourism.pk), partners=(
            PartnerData(organisation=kodukant.pk, role="lead", budget=Decimal("60000")),
            PartnerData(organisation=errin.pk))))
    assert created.title == {"fi": "Kuninkaantie"}
    assert list(created.themes.all()) == [tourism]
    assert {(p.organisation.name, p.role) for p in created.partners.all()} == {("Kodukant", "lead"),
                                                                                ("ERRIN", "partner")}
    assert StatusChange.objects.get(project=created).author == bob


def test_a_project_ending_before_it_starts_is_refused_by_the_service(sepra, bob):
    errors = refused(sepra, bob, starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2025, 12, 31))
    assert errors == {"ends_on": ["The end (2025-12-31) is before the start (2026-01-01)."]}


@pytest.mark.parametrize("field", ["starts_on", "ends_on"])
def test_a_date_outside_1900_to_2100_is_refused_by_the_service(sepra, bob, field):
    errors = refused(sepra, bob, **{field: datetime.date(1899, 12, 31)})
    assert errors == {field: ["Give a date between 1900 and 2100."]}


@pytest.mark.parametrize("field", ["total_budget", "grant", "own_share"])
def test_a_negative_amount_is_refused_by_the_service(sepra, bob, field):
    assert refused(sepra, bob, **{field: Decimal("-0.01")})[field] == ["An amount cannot be negative."]


@pytest.mark.parametrize("amount", [Decimal("0.001"), Decimal("1e13"), Decimal("NaN")])
def test_an_amount_that_is_no_sum_of_euros_and_cents_is_refused_by_the_service(sepra, bob, amount):
    assert "grant" in refused(sepra, bob, grant=amount)


def test_grant_and_own_share_above_the_total_are_refused_by_the_service(sepra, bob):
    errors = refused(sepra, bob, total_budget=Decimal("100"), grant=Decimal("60"), own_share=Decimal("40.01"))
    assert "exceed the total budget" in errors["total_budget"][0]


def test_a_title_without_its_finnish_text_or_too_long_is_refused_by_the_service(sepra, bob):
    assert refused(sepra, bob, title={"en": "King's Road", "fi": "  "}) == {"title": ["This field is required."]}
    assert "at most 500 characters" in refused(sepra, bob, title={"fi": "x" * 501})["title"][0]


def test_an_unknown_status_is_refused_by_the_service(sepra, bob):
    assert "status" in refused(sepra, bob, status="won")


def test_records_the_project_links_to_must_exist_and_be_the_workspaces(sepra, ksl, bob):
    theirs = FocusArea.objects.create(workspace=ksl, title={"fi": "Edunvalvonta"})
    errors = refused(sepra, bob, programme=999999, themes=(999998,), focus_area=theirs.pk)
    assert set(errors) == {"programme", "themes", "focus_area"}
    assert "999998" in errors["themes"][0]
    assert refused(sepra, bob, call=999999) == {"call": [
        "Select a valid choice. That choice is not one of the available choices."]}


def test_a_call_needs_its_own_programme(sepra, bob):
    interreg, erasmus = programme("test-interreg"), programme("test-erasmus")
    assert "belongs to TEST-ERASMUS" in refused(sepra, bob, programme=interreg.pk, call=call_of(erasmus).pk)["call"][0]
    assert "Choose the call" in refused(sepra, bob, call=call_of(erasmus, "Fourth call").pk)["call"][0]


def test_the_same_partner_organisation_twice_is_refused_at_its_second_row(sepra, bob, kodukant, errin):
    errors = refused(sepra, bob, partners=(PartnerData(organisation=kodukant.pk, role="lead"),
                                           PartnerData(organisation=errin.pk),
                                           PartnerData(organisation=kodukant.pk)))
    assert errors == {"partners.2.organisation": ["Kodukant is already a partner (row 1)."]}


def test_a_second_lead_partner_is_refused_by_the_service(sepra, bob, kodukant, errin):
    errors = refused(sepra, bob, partners=(PartnerData(organisation=kodukant.pk, role="lead"),
                                           PartnerData(organisation=errin.pk, role="lead")))
    assert errors == {"partners.1.role": ["A project has one lead partner at most."]}


def test_a_partners_unknown_organisation_role_or_bad_budget_is_refused_in_its_row(sepra, bob, kodukant):
    errors = refused(sepra, bob, partners=(PartnerData(organisation=999999),
                                           PartnerData(organisation=kodukant.pk, role="boss",
                                                       budget=Decimal("-1"))))
    assert set(errors) == {"partners.0.organisation", "partners.1.role", "partners.1.budget"}


def test_more_partners_than_a_project_may_have_are_refused(sepra, bob, kodukant):
    errors = refused(sepra, bob, partners=(PartnerData(organisation=kodukant.pk),) * (MAX_PARTNERS + 1))
    assert list(errors) == ["partners"]


def test_a_refused_change_leaves_the_project_as_it_was(sepra, bob, kodukant):
    road = project(sepra, bob)
    before = counts()
    with pytest.raises(ValidationError):
        services.update_project(actor=bob, workspace=sepra, project=road, data=dataclasses.replace(
            ProjectData.from_project(road), status="running", ends_on=datetime.date(2024, 1, 1),
            partners=(PartnerData(organisation=kodukant.pk),)))
    assert counts() == before
    road.refresh_from_db()
    assert road.status == "preparing" and road.ends_on == datetime.date(2026, 12, 31)


def test_a_change_of_status_is_refused_with_an_unknown_status_a_date_out_of_bounds_or_a_long_note(sepra, bob):
    road = project(sepra, bob)
    with pytest.raises(ValidationError) as refusal:
        services.change_status(actor=bob, workspace=sepra, project=road, status="won",
                               on=datetime.date(2101, 1, 1), note="x" * 301)
    assert set(refusal.value.message_dict) == {"status", "on", "note"}
    assert StatusChange.objects.filter(project=road).count() == 1


def test_an_output_without_a_finnish_title_or_with_a_date_out_of_bounds_is_refused(sepra, bob):
    road = project(sepra, bob)
    with pytest.raises(ValidationError) as refusal:
        services.add_output(actor=bob, workspace=sepra, project=road,
                            data=OutputData(title={"en": "Guide"}, delivered_on=datetime.date(1800, 1, 1)))
    assert set(refusal.value.message_dict) == {"title", "delivered_on"}
    assert not Output.objects.exists()


def test_an_attachment_that_is_a_program_is_refused_by_the_service(sepra, bob, media_root):
    road = project(sepra, bob)
    with pytest.raises(ValidationError) as refusal:
        services.add_attachment(actor=bob, workspace=sepra, project=road, upload=upload("ohje.pdf", WINDOWS_PROGRAM))
    assert list(refusal.value.message_dict) == ["file"]
    assert not road.attachments.exists()

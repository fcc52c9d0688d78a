"""The project page refuses bad input with a message next to the field, and saves nothing at all: no project,
no partner, no status change, no history entry."""

import pytest

from kumppani.audit.models import AuditEntry
from kumppani.directory.models import Organisation
from kumppani.projects.models import Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import call_of, form_data, programme


def counts() -> tuple[int, ...]:
    return (Project.objects.count(), ProjectPartner.objects.count(), StatusChange.objects.count(),
            AuditEntry.objects.count())


def field_block(page: str, field: str) -> str:
    return page.split(f'id="field-{field}"')[1].split('id="field-')[0]


def partner_row(page: str, index: int) -> str:
    return page.split(f'id="partner-row-{index}"')[1].split("</tr>")[0]


@pytest.fixture
def errin(db):
    return Organisation.objects.create(name="ERRIN", type="network", country="BE")


def post(client, data):
    before = counts()
    response = client.post("/w/sepra/projects/new/", data)
    assert response.status_code == 400
    assert counts() == before
    return response


def test_end_before_start_is_an_error_next_to_the_end(staff_client, kodukant):
    response = post(staff_client, form_data(starts_on="2026-01-01", ends_on="2025-12-31",
                                            partners=[{"organisation": kodukant.pk, "role": "lead"}]))
    assert "before the start" in field_block(response.content.decode(), "ends_on")


@pytest.mark.parametrize("field", ["total_budget", "grant", "own_share"])
def test_a_negative_amount_is_an_error_next_to_its_field(staff_client, field):
    response = post(staff_client, form_data(**{field: "-1.00"}))
    assert "cannot be negative" in field_block(response.content.decode(), field)


def test_grant_and_own_share_may_not_exceed_the_total(staff_client):
    response = post(staff_client, form_data(total_budget="1000.00", grant="800.00", own_share="200.01"))
    assert "exceed the total budget" in field_block(response.content.decode(), "total_budget")


def test_a_partners_negative_budget_is_an_error_in_its_row(staff_client, kodukant):
    response = post(staff_client, form_data(partners=[{"organisation": kodukant.pk, "role": "lead",
                                                       "budget": "-5"}]))
    assert "cannot be negative" in partner_row(response.content.decode(), 0)


def test_the_same_partner_twice_is_an_error_in_the_second_row(staff_client, kodukant, errin):
    response = post(staff_client, form_data(partners=[
        {"organisation": kodukant.pk, "role": "lead"}, {"organisation": errin.pk, "role": "partner"},
        {"organisation": kodukant.pk, "role": "associated"},
    ]))
    page = response.content.decode()
    assert "already a partner" in partner_row(page, 2)
    assert "already a partner" not in partner_row(page, 0)


def test_two_leads_is_an_error_in_the_second_lead_row(staff_client, kodukant, errin):
    response = post(staff_client, form_data(partners=[{"organisation": kodukant.pk, "role": "lead"},
                                                      {"organisation": errin.pk, "role": "lead"}]))
    assert "one lead partner at most" in partner_row(response.content.decode(), 1)


def test_a_call_of_another_programme_is_an_error_next_to_the_call(staff_client):
    interreg, erasmus = programme("test-interreg"), programme("test-erasmus")
    response = post(staff_client, form_data(programme=interreg.pk, call=call_of(erasmus).pk))
    block = field_block(response.content.decode(), "call")
    assert "belongs to TEST-ERASMUS" in block


def test_a_call_without_its_programme_is_an_error_next_to_the_call(staff_client):
    response = post(staff_client, form_data(call=call_of(programme()).pk))
    assert "Choose the call" in field_block(response.content.decode(), "call")


def test_an_unknown_programme_is_an_error_next_to_the_programme(staff_client):
    response = post(staff_client, form_data(programme="999999"))
    assert "Select a valid choice" in field_block(response.content.decode(), "programme")


def test_an_unknown_partner_organisation_is_an_error_in_its_row(staff_client):
    response = post(staff_client, form_data(partners=[{"organisation": "999999", "role": "lead"}]))
    assert "Select a valid choice" in partner_row(response.content.decode(), 0)


def test_another_workspaces_focus_area_is_refused(staff_client, ksl):
    from kumppani.workspaces.models import FocusArea

    theirs = FocusArea.objects.create(workspace=ksl, title={"fi": "Edunvalvonta"})
    response = post(staff_client, form_data(focus_area=theirs.pk))
    assert "Select a valid choice" in field_block(response.content.decode(), "focus_area")


def test_the_form_keeps_what_was_typed(staff_client, kodukant):
    response = post(staff_client, form_data(starts_on="2026-01-01", ends_on="2025-12-31",
                                            partners=[{"organisation": kodukant.pk, "role": "lead",
                                                       "budget": "1234.50"}]))
    page = response.content.decode()
    assert 'value="Kuninkaantie"' in page
    assert 'value="1234.50"' in page
    assert f'<option value="{kodukant.pk}" selected>' in page

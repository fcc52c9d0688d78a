"""The page and the API refuse through the same service, so they show the same message at the same place: next to
the field on the page, under the field's name in the API; a partner's message in its own row, "partners.N.field"."""

from kumppani.directory.models import Organisation
from kumppani.directory.tests.api_client import api_for
from kumppani.projects.models import Project
from kumppani.projects.tests.factories import form_data, partner, project

DATE_MESSAGE = "Give a date between 1900 and 2100."


def field_block(page: str, field: str) -> str:
    return page.split(f'id="field-{field}"')[1].split('id="field-')[0]


def partner_row(page: str, index: int) -> str:
    return page.split(f'id="partner-row-{index}"')[1].split("</tr>")[0]


def test_a_date_out_of_bounds_is_the_same_message_on_the_page_and_in_the_api(staff_client, bob, sepra):
    page = staff_client.post("/w/sepra/projects/new/", form_data(starts_on="1899-12-31"))
    assert page.status_code == 400
    assert DATE_MESSAGE in field_block(page.content.decode(), "starts_on")

    response = api_for(bob, sepra).post("/projects", {"title": {"fi": "Kuninkaantie"}, "starts_on": "1899-12-31"})
    assert response.status_code == 422
    assert response.json()["errors"] == {"starts_on": [DATE_MESSAGE]}
    assert not Project.objects.exists()


def test_a_partners_message_lands_in_its_own_row_past_a_removed_one(staff_client, bob, sepra, kodukant):
    road = project(sepra, bob)
    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    leaving = partner(road, errin, "partner")
    lead = partner(road, kodukant, "lead")
    kagu = Organisation.objects.create(name="Leader Kagu", type="leader", country="EE")
    # Rows as stored (role, id): the lead first, then ERRIN (removed); then a blank row, then a second lead.
    response = staff_client.post(f"/w/sepra/projects/{road.pk}/edit/", form_data(existing=2, partners=[
        {"organisation": kodukant.pk, "role": "lead"},
        {"organisation": errin.pk, "role": "partner", "DELETE": "on"},
        {"organisation": "", "role": "partner"},
        {"organisation": kagu.pk, "role": "lead"},
    ]))
    assert response.status_code == 400
    page = response.content.decode()
    assert "one lead partner at most" in partner_row(page, 3)
    assert "one lead partner at most" not in page.split('id="partner-row-3"')[0]
    assert {p.pk for p in road.partners.all()} == {leading.pk for leading in (lead, leaving)}

    api_response = api_for(bob, sepra).patch(f"/projects/{road.pk}", {"partners": [
        {"organisation": kodukant.pk, "role": "lead"}, {"organisation": kagu.pk, "role": "lead"}]})
    assert api_response.json()["errors"] == {"partners.1.role": ["A project has one lead partner at most."]}

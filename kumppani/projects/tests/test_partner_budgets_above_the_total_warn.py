"""Partners' budgets adding up to more than the project's total budget are a warning, not an error: the project
is saved, the warning shown after saving, and on the project page and its form for as long as it holds."""

import html

from kumppani.projects.models import Project
from kumppani.projects.tests.factories import form_data, partner, project

WARNING = "more than the project's total budget"


def test_saving_partner_budgets_above_the_total_saves_and_warns(staff_client, kodukant):
    response = staff_client.post("/w/sepra/projects/new/", form_data(total_budget="1000.00", grant="700.00",
                                                                     own_share="300.00", partners=[
        {"organisation": kodukant.pk, "role": "lead", "budget": "1200.00"}]), follow=True)
    assert Project.objects.count() == 1
    page = html.unescape(response.content.decode())
    assert 'class="warning"' in page and "€1,200" in page and WARNING in page


def test_the_project_page_warns_while_the_partners_exceed_the_total(staff_client, sepra, bob, kodukant):
    road = project(sepra, bob)  # total 100000.00
    partner(road, kodukant, "lead", "100000")
    assert WARNING not in html.unescape(staff_client.get(f"/w/sepra/projects/{road.pk}/").content.decode())
    road.partners.update(budget="100000.01")
    assert WARNING in html.unescape(staff_client.get(f"/w/sepra/projects/{road.pk}/").content.decode())


def test_budgets_within_the_total_give_no_warning_after_saving(staff_client, kodukant):
    response = staff_client.post("/w/sepra/projects/new/", form_data(partners=[
        {"organisation": kodukant.pk, "role": "lead", "budget": "100000.00"}]), follow=True)
    assert WARNING not in html.unescape(response.content.decode())


def test_the_form_warns_while_the_partners_exceed_the_total(staff_client, sepra, bob, kodukant):
    road = project(sepra, bob)  # total 100000.00
    partner(road, kodukant, "lead", "100000.01")
    page = html.unescape(staff_client.get(f"/w/sepra/projects/{road.pk}/edit/").content.decode())
    assert WARNING in page.split('class="partners"')[1]

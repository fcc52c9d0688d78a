"""On the project form, another partner row is added without losing what was typed: with JavaScript the row
comes alone (HTMX) and the form's row count follows; without it, "Add a partner row" shows the form again with
what was typed and one more row, saving nothing and judging nothing yet."""

from kumppani.audit.models import AuditEntry
from kumppani.projects.models import Project
from kumppani.projects.tests.factories import form_data


def test_without_javascript_the_form_comes_back_with_what_was_typed_and_one_more_row(staff_client, kodukant):
    data = form_data(title_fi="", starts_on="2026-01-01", ends_on="2025-12-31",
                     partners=[{"organisation": kodukant.pk, "role": "lead", "budget": "1234.50"}])
    data["summary_fi"] = "Vielä kesken"
    response = staff_client.post("/w/sepra/projects/new/", {**data, "add_partner_row": "1"})

    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="1234.50"' in page and "Vielä kesken" in page
    assert f'<option value="{kodukant.pk}" selected>' in page
    assert 'id="partner-row-1"' in page and 'id="partner-row-2"' not in page
    assert 'name="partners-TOTAL_FORMS" value="2"' in page
    assert "This field is required" not in page and "before the start" not in page
    assert not Project.objects.exists() and not AuditEntry.objects.exists()


def test_the_row_added_in_the_page_is_numbered_after_the_others_and_counts_itself(staff_client):
    response = staff_client.get("/w/sepra/projects/partner-row/", {"partners-TOTAL_FORMS": "3"})
    assert response.status_code == 200
    row = response.content.decode()
    assert 'id="partner-row-3"' in row and 'name="partners-3-organisation"' in row
    assert 'name="partners-3-role"' in row and 'name="partners-3-budget"' in row
    assert 'id="id_partners-TOTAL_FORMS"' in row and 'value="4"' in row and 'hx-swap-oob="true"' in row


def test_an_added_row_is_saved_with_the_others(staff_client, kodukant):
    from kumppani.directory.models import Organisation

    errin = Organisation.objects.create(name="ERRIN", type="network", country="BE")
    response = staff_client.post("/w/sepra/projects/new/", form_data(partners=[
        {"organisation": kodukant.pk, "role": "lead"}, {"organisation": "", "role": "partner"},
        {"organisation": errin.pk, "role": "partner", "budget": "10"}]))
    assert response.status_code == 302
    assert sorted(Project.objects.get().partners.values_list("organisation__name", flat=True)) == ["ERRIN",
                                                                                                 "Kodukant"]


def test_no_row_beyond_the_limit_or_with_a_count_that_is_no_number(staff_client):
    assert staff_client.get("/w/sepra/projects/partner-row/", {"partners-TOTAL_FORMS": "200"}).status_code == 400
    assert staff_client.get("/w/sepra/projects/partner-row/", {"partners-TOTAL_FORMS": "x"}).status_code == 400
    assert 'id="partner-row-0"' in staff_client.get("/w/sepra/projects/partner-row/").content.decode()


def test_read_only_roles_and_outsiders_get_no_row(client, vera, charlie):
    client.force_login(vera)
    assert client.get("/w/sepra/projects/partner-row/", {"partners-TOTAL_FORMS": "1"}).status_code == 403
    client.force_login(charlie)
    assert client.get("/w/sepra/projects/partner-row/", {"partners-TOTAL_FORMS": "1"}).status_code == 404


def test_enter_in_a_field_saves_rather_than_adds_a_row(staff_client):
    form = staff_client.get("/w/sepra/projects/new/").content.decode().split('<form method="post"')[1]
    first_button = form.split("<button")[1].split(">")[0]
    assert 'type="submit"' in first_button and "add_partner_row" not in first_button

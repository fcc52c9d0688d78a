"""Internships and their applicants: staff record and edit both; applicants' contact details are for staff only."""

import pytest
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.results.models import Applicant, Internship
from kumppani.results.tests.records import applicant, internship


@pytest.fixture
def posting(sepra):
    return internship(sepra, status="open", apply_by="2026-02-15", starts_on="2026-03-01", ends_on="2026-05-31")


def detail_url(posting) -> str:
    return reverse("results:internship_detail", args=["sepra", posting.pk])


def test_an_internship_is_posted_and_listed_with_its_applicant_count(client, bob, sepra):
    client.force_login(bob)

    response = client.post(reverse("results:internship_create", args=["sepra"]), {
        "title_fi": "EU-edunvalvonnan harjoittelija", "task_fi": "Selvitys aluekehityksen rahoituksesta",
        "status": "open", "apply_by": "2026-02-15", "starts_on": "2026-03-01", "ends_on": "2026-05-31"})

    assert response.status_code == 302
    posting = Internship.objects.get()
    applicant(posting)
    listing = client.get(reverse("results:internship_list", args=["sepra"]), {"status": "open"})
    assert [(row.title["fi"], row.applicant_count) for row in listing.context["page"]] == [
        ("EU-edunvalvonnan harjoittelija", 1)]


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"ends_on": "2026-02-01"}, "ends_on", "The end is before the start."),
    ({"apply_by": "2026-03-02"}, "apply_by", "The application deadline is after the start."),
])
def test_dates_out_of_order_are_refused(client, bob, changes, field, message):
    client.force_login(bob)
    data = {"title_fi": "Harjoittelu", "status": "draft", "apply_by": "2026-02-15", "starts_on": "2026-03-01",
            "ends_on": "2026-05-31", **changes}

    response = client.post(reverse("results:internship_create", args=["sepra"]), data,
                           headers={"Accept-Language": "en"})

    assert response.status_code == 400
    assert f'id="id_{field}_error"><li>{message}' in response.content.decode()
    assert not Internship.objects.exists()


def test_staff_add_edit_and_delete_an_applicant_on_the_internship_page(client, bob, posting):
    client.force_login(bob)

    added = client.post(reverse("results:internship_applicant_add", args=["sepra", posting.pk]), {
        "name": "Liisa Laine", "email": "liisa@example.test", "applied_on": "2026-02-01", "status": "received",
        "notes": "Hyvä kielitaito"})
    assert added.status_code == 302
    person = Applicant.objects.get()
    assert person.internship == posting

    edited = client.post(reverse("results:applicant_edit", args=["sepra", person.pk]), {
        "name": "Liisa Laine", "email": "liisa@example.test", "applied_on": "2026-02-01", "status": "selected"})
    assert edited.status_code == 302
    person.refresh_from_db()
    assert person.status == "selected"

    assert client.post(reverse("results:applicant_delete", args=["sepra", person.pk])).status_code == 302
    assert not Applicant.objects.exists()
    assert list(AuditEntry.objects.filter(object_repr="Liisa Laine").order_by("id").values_list(
        "action", flat=True)) == ["create", "update", "delete"]


def test_a_bad_applicant_is_shown_on_the_internship_page_with_its_errors(client, bob, posting):
    client.force_login(bob)

    response = client.post(reverse("results:internship_applicant_add", args=["sepra", posting.pk]),
                           {"name": "", "email": "not an address", "applied_on": "2026-02-01"},
                           headers={"Accept-Language": "en"})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_name_error"' in html and 'id="id_email_error"' in html
    assert not Applicant.objects.exists()


def test_staff_see_applicants_contact_details(client, bob, posting):
    applicant(posting, email="anna@example.test", notes="Haastatteluun")
    client.force_login(bob)

    html = client.get(detail_url(posting)).content.decode()

    assert "Anna Hakija" in html and "anna@example.test" in html and "Haastatteluun" in html


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_readers_see_applicants_names_but_not_their_contact_details(request, client, reader, posting):
    applicant(posting, email="anna@example.test", notes="Haastatteluun")
    client.force_login(request.getfixturevalue(reader))

    html = client.get(detail_url(posting)).content.decode()

    assert "Anna Hakija" in html
    assert "anna@example.test" not in html and "Haastatteluun" not in html
    assert reverse("results:internship_applicant_add", args=["sepra", posting.pk]) not in html


def test_readers_cannot_add_edit_or_delete_applicants(client, vera, posting):
    person = applicant(posting)
    client.force_login(vera)

    assert client.post(reverse("results:internship_applicant_add", args=["sepra", posting.pk]),
                       {"name": "X", "applied_on": "2026-02-01"}).status_code == 403
    assert client.get(reverse("results:applicant_edit", args=["sepra", person.pk])).status_code == 403
    assert client.post(reverse("results:applicant_delete", args=["sepra", person.pk])).status_code == 403
    assert Applicant.objects.count() == 1


def test_an_applicant_of_another_workspace_answers_404(client, charlie, posting):
    person = applicant(posting)
    client.force_login(charlie)

    assert client.get(reverse("results:applicant_edit", args=["keski-suomi", person.pk])).status_code == 404
    assert client.post(reverse("results:applicant_delete", args=["keski-suomi", person.pk])).status_code == 404
    assert Applicant.objects.count() == 1

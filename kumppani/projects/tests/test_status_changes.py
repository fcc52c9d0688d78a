"""Each change of status is recorded with its date and author, whether made on the board, the detail page or the
form, and the detail page's timeline shows it."""

import datetime

from django.utils import timezone

from kumppani.projects.models import Project, StatusChange
from kumppani.projects.tests.factories import form_data, project


def test_moving_a_project_on_the_board_records_the_date_and_author(staff_client, sepra, bob):
    existing = project(sepra, bob, status="submitted")

    response = staff_client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "approved"},
                                 HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert 'id="board"' in response.content.decode()  # HTMX swaps the board in place
    existing.refresh_from_db()
    assert existing.status == "approved"
    change = StatusChange.objects.filter(project=existing).latest("id")
    assert (change.status, change.author, change.on) == ("approved", bob, timezone.localdate())


def test_the_timeline_shows_each_change_with_its_date_and_author(staff_client, sepra, bob, alice):
    existing = project(sepra, alice, status="idea")
    staff_client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "submitted", "on": "2025-02-03",
                                                                   "note": "Sent to the JS"})

    page = staff_client.get(f"/w/sepra/projects/{existing.pk}/").content.decode()
    timeline = page.split('id="timeline-title"')[1].split("</section>")[0]

    assert "Idea</strong> (Alice)" in timeline
    assert 'datetime="2025-02-03"' in timeline and "Submitted</strong> (Bob)" in timeline
    assert "Sent to the JS" in timeline
    assert timeline.index("2025-02-03") < timeline.index(timezone.localdate().isoformat())


def test_changing_the_status_in_the_form_records_it(staff_client, sepra, bob):
    existing = project(sepra, bob, status="preparing")
    response = staff_client.post(f"/w/sepra/projects/{existing.pk}/edit/", form_data(status="submitted"))
    assert response.status_code == 302
    assert list(StatusChange.objects.filter(project=existing).values_list("status", flat=True)) == [
        "preparing", "submitted"]


def test_the_same_status_again_records_nothing(staff_client, sepra, bob):
    existing = project(sepra, bob, status="running")
    staff_client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "running"})
    assert StatusChange.objects.filter(project=existing).count() == 1


def test_an_unknown_status_changes_nothing(staff_client, sepra, bob):
    existing = project(sepra, bob, status="running")
    response = staff_client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "won"},
                                 HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert Project.objects.get(pk=existing.pk).status == "running"
    assert StatusChange.objects.filter(project=existing).count() == 1


def test_viewers_cannot_change_the_status(client, vera, sepra, bob):
    existing = project(sepra, bob, status="running")
    client.force_login(vera)
    assert client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "closed"}).status_code == 403
    assert Project.objects.get(pk=existing.pk).status == "running"


def test_a_status_change_can_be_dated_in_the_past(staff_client, sepra, bob):
    existing = project(sepra, bob, status="approved")
    staff_client.post(f"/w/sepra/projects/{existing.pk}/status/", {"status": "running", "on": "2025-01-15"})
    assert StatusChange.objects.filter(project=existing).latest("id").on == datetime.date(2025, 1, 15)

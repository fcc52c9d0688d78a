"""Outputs (products, services, events created) are added, changed and deleted on the project's page."""

import datetime

from kumppani.audit.writes import create_record
from kumppani.projects.models import Output
from kumppani.projects.tests.factories import project


def test_an_output_is_added_and_shown_in_the_timeline(staff_client, sepra, bob):
    road = project(sepra, bob)
    response = staff_client.post(f"/w/sepra/projects/{road.pk}/outputs/new/", {
        "kind": "service", "title_fi": "Opastettu kierros", "delivered_on": "2025-06-01"})
    assert response.status_code == 302
    output = Output.objects.get()
    assert (output.project, output.kind, output.delivered_on) == (road, "service", datetime.date(2025, 6, 1))
    page = staff_client.get(f"/w/sepra/projects/{road.pk}/", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    timeline = page.split('id="timeline-title"')[1].split("</section>")[0]
    assert 'datetime="2025-06-01"' in timeline and "Opastettu kierros" in timeline


def test_an_output_needs_a_title(staff_client, sepra, bob):
    road = project(sepra, bob)
    response = staff_client.post(f"/w/sepra/projects/{road.pk}/outputs/new/", {"kind": "product"})
    assert response.status_code == 400
    assert not Output.objects.exists()


def test_an_output_is_changed_and_deleted(staff_client, sepra, bob):
    road = project(sepra, bob)
    output = create_record(bob, sepra, Output(project=road, title={"fi": "Opas"}))
    assert staff_client.post(f"/w/sepra/projects/outputs/{output.pk}/edit/", {
        "kind": "publication", "title_fi": "Reittiopas"}).status_code == 302
    output.refresh_from_db()
    assert (output.kind, output.title) == ("publication", {"fi": "Reittiopas"})
    assert staff_client.post(f"/w/sepra/projects/outputs/{output.pk}/delete/").status_code == 302
    assert not Output.objects.exists()


def test_another_workspaces_output_is_not_found(client, charlie, sepra, bob):
    road = project(sepra, bob)
    output = create_record(bob, sepra, Output(project=road, title={"fi": "Opas"}))
    client.force_login(charlie)
    for url in (f"/w/keski-suomi/projects/outputs/{output.pk}/edit/",
                f"/w/keski-suomi/projects/{road.pk}/outputs/new/"):
        assert client.post(url, {"kind": "product", "title_fi": "Kaapattu"}).status_code == 404
    assert Output.objects.get().title == {"fi": "Opas"}

"""The partner index rebuild as a job: an administrator's button (staff get 403, outsiders 404) and the
command's --background option; the job reports the organisations indexed."""

from io import StringIO

import pytest
from django.core.management import call_command

from kumppani.jobs.models import Job, JobStatus

URL = "/w/sepra/partners/rebuild-index/"


@pytest.fixture(autouse=True)
def _no_https_redirect(settings):
    settings.SECURE_SSL_REDIRECT = False


def test_an_administrator_rebuilds_the_index_as_a_job(client, alice):
    client.force_login(alice)
    assert URL in client.get("/w/sepra/partners/search/").content.decode()
    response = client.post(URL)
    job = Job.objects.get(kind="rebuild_partner_index")
    assert response["Location"] == f"/w/sepra/jobs/{job.pk}/"
    assert job.status == JobStatus.DONE and "organisations" in job.report and job.started_by == alice


def test_staff_and_outsiders_cannot(client, bob, charlie):
    client.force_login(bob)
    assert URL not in client.get("/w/sepra/partners/search/").content.decode()
    assert client.post(URL).status_code == 403
    client.force_login(charlie)
    assert client.post(URL).status_code == 404
    assert not Job.objects.exists()


def test_the_command_queues_the_rebuild_with_background(sepra, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = StringIO()
    call_command("rebuild_partner_index", "--background", "--workspace", "sepra", stdout=out)
    job = Job.objects.get()
    assert job.status == JobStatus.QUEUED and f"/w/sepra/jobs/{job.pk}/" in out.getvalue()

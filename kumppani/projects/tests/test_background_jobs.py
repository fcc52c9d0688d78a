"""Long project work runs as jobs: the import confirmed on the page finishes in the background (run by the
worker), `import-projects --background` queues it, a cancelled import writes nothing, and a large export is a file
to download from the job page — for the workspace's members only."""

import importlib
import io
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from openpyxl import load_workbook

from kumppani.funding.models import Programme
from kumppani.jobs.models import Job, JobStatus
from kumppani.jobs.tests.conftest import run_worker_once
from kumppani.projects.models import Project
from kumppani.projects.public_import import reading
from kumppani.projects.tests.factories import project
from kumppani.projects.tests.public_import_helpers import SAMPLES
from kumppani.workspaces.models import Role, Workspace, WorkspaceMember

URL = "/w/sepra/public-records/import/"


@pytest.fixture(autouse=True)
def _var(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"


def _check_and_confirm(client, data_format: str = "fi-2007"):
    path = SAMPLES[data_format]
    checked = client.post(URL, {"data_format": data_format,
                                "file": SimpleUploadedFile(path.name, path.read_bytes(), "text/csv")})
    return client.post(URL, {"token": checked.context["token"]})


def _programme_catalogue() -> None:
    """An earlier transactional test may have flushed what the migration loaded."""
    if not Programme.objects.exists():
        migration = importlib.import_module("kumppani.funding.migrations.0002_load_programme_catalogue")
        migration.load_catalogue(apps, None)


@pytest.mark.django_db(transaction=True)
def test_the_import_confirmed_on_the_page_finishes_in_the_background(client, settings):
    _programme_catalogue()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    sepra = Workspace.objects.create(slug="sepra", name="Sepra")
    bob = get_user_model().objects.create_user("bob", "bob@example.test", "x")
    WorkspaceMember.objects.create(workspace=sepra, user=bob, role=Role.STAFF)
    client.force_login(bob)
    confirmed = _check_and_confirm(client)
    job = Job.objects.get()
    assert confirmed["Location"] == f"/w/sepra/jobs/{job.pk}/"
    waiting = client.get(confirmed["Location"]).content.decode()
    assert job.status == JobStatus.QUEUED and 'hx-trigger="every 1s"' in waiting and not Project.objects.exists()
    run_worker_once()
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and (job.done, job.total) == (5, 5)
    assert job.report["created"] == 10 and job.started_by == bob
    assert Project.objects.filter(source="fi-2007").count() == 10
    assert "every 1s" not in client.get(confirmed["Location"]).content.decode()


def test_import_projects_background_queues_the_import_for_the_worker(sepra, queue):
    out = StringIO()
    call_command("import-projects", str(SAMPLES["no-h2020"]), "--format", "no-h2020", "--background",
                 "--workspace", "sepra", stdout=out)
    job = Job.objects.get()
    assert f"Queued as job {job.pk}" in out.getvalue() and f"/w/sepra/jobs/{job.pk}/" in out.getvalue()
    assert job.kind == "import_public_records" and job.resumable and not Project.objects.exists()


def test_a_cancelled_import_writes_nothing(staff_client, monkeypatch):
    original = reading.open_text

    def cancel_while_reading(binary):  # the user presses Cancel while the file is read
        Job.objects.update(cancel_requested=True)
        return original(binary)

    monkeypatch.setattr("kumppani.projects.public_import.open_text", cancel_while_reading)
    confirmed = _check_and_confirm(staff_client)
    job = Job.objects.get()
    assert job.status == JobStatus.CANCELLED and confirmed["Location"] == f"/w/sepra/jobs/{job.pk}/"
    assert not Project.objects.exists()


def test_bad_rows_make_the_job_fail_with_the_rows_listed(staff_client):
    path = SAMPLES["fi-2014"]
    checked = staff_client.post(URL, {"data_format": "fi-2014",
                                      "file": SimpleUploadedFile(path.name, path.read_bytes(), "text/csv")})
    Job.objects.all().delete()
    staff_client.post(URL, {"token": checked.context["token"], "skip_bad_rows": "1"})
    job = Job.objects.get()
    assert job.status == JobStatus.DONE and job.report["bad_rows"][0].startswith("line 8:")


def test_a_large_export_is_a_file_on_the_job_page(staff_client, sepra, bob, client, charlie, settings):
    settings.EXPORT_IN_BACKGROUND_ABOVE = 1
    for title in ("Kuninkaantie", "Vihreä vyöhyke", "Merireitti"):
        project(sepra, bob, title={"fi": title}, status="running")
    project(sepra, bob, title={"fi": "Idea"}, status="idea")
    started = staff_client.get("/w/sepra/projects/export/?format=xlsx&status=running")
    job = Job.objects.get(kind="export_projects")
    assert started["Location"] == f"/w/sepra/jobs/{job.pk}/"
    assert job.status == JobStatus.DONE and (job.done, job.total) == (3, 3)
    page = staff_client.get(started["Location"]).content.decode()
    download = f"/w/sepra/jobs/{job.pk}/download/"
    assert download in page
    response = staff_client.get(download)
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    titles = sorted(row[1] for row in workbook.active.iter_rows(min_row=2, values_only=True))
    assert titles == ["Kuninkaantie", "Merireitti", "Vihreä vyöhyke"]
    client.force_login(charlie)
    assert client.get(download).status_code == 404


def test_a_small_export_still_downloads_at_once(staff_client, sepra, bob):
    project(sepra, bob, title={"fi": "Kuninkaantie"}, status="running")
    response = staff_client.get("/w/sepra/projects/export/?format=csv")
    assert response.status_code == 200 and not Job.objects.exists()


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

"""The directory's import and large exports run as jobs: the import's job page shows its counts and leads to the
list; an export above the threshold is a file on the job page with the list's filters, for members only."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from kumppani.directory.models import Organisation
from kumppani.directory.tests.test_import import csv_file, import_url, preview
from kumppani.jobs.models import Job, JobStatus


@pytest.fixture(autouse=True)
def _english_and_tmp(settings, tmp_path, client):
    settings.VAR_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def test_the_confirmed_import_runs_as_a_job_that_counts_its_rows(client, bob, sepra):
    client.force_login(bob)
    checked = preview(client, "organisations", csv_file("name,country\nUusi ry,FI\nToinen ry,FI\n"))
    confirmed = client.post(import_url(), {"token": checked.context["token"]})
    job = Job.objects.get(kind="import_directory")
    assert confirmed["Location"] == f"/w/sepra/jobs/{job.pk}/"
    assert job.status == JobStatus.DONE and (job.done, job.total) == (2, 2) and job.resumable
    page = client.get(confirmed["Location"]).content.decode()
    assert "Imported: 2 new, 0 updated, 0 unchanged." in page
    assert f'href="{reverse("directory:organisation_list", args=["sepra"])}"' in page
    assert set(Organisation.objects.values_list("name", flat=True)) == {"Uusi ry", "Toinen ry"}


def test_a_large_directory_export_is_a_file_with_the_lists_filters(client, vera, charlie, kodukant, settings):
    settings.EXPORT_IN_BACKGROUND_ABOVE = 0
    Organisation.objects.create(name="Sepra ry", country="FI")
    client.force_login(vera)  # viewers export too
    started = client.get(reverse("directory:export", args=["sepra"]),
                         {"what": "organisations", "format": "csv", "country": "EE"})
    job = Job.objects.get(kind="export_directory")
    assert started["Location"] == f"/w/sepra/jobs/{job.pk}/" and job.status == JobStatus.DONE
    download = client.get(f"/w/sepra/jobs/{job.pk}/download/")
    rows = list(csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig"))))
    assert [row["name"] for row in rows] == ["Kodukant"]
    assert job.result_name.endswith(".csv") and "organisations" in job.result_name
    client.force_login(charlie)
    assert client.get(f"/w/sepra/jobs/{job.pk}/download/").status_code == 404
    assert client.get(f"/w/keski-suomi/jobs/{job.pk}/download/").status_code == 404

"""Jobs: progress is recorded as the task goes, Cancel stops it, a failure keeps its reason, the result file is
there to download for the workspace's members only, and the page polls while the job runs."""

import pytest
from django.urls import reverse

from kumppani.jobs import services
from kumppani.jobs.models import Job, JobStatus
from kumppani.jobs.tests import sample_jobs
from kumppani.jobs.tests.conftest import run_worker_once
from kumppani.workspaces.models import Workspace


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _progress_every_call(monkeypatch):
    monkeypatch.setattr(services, "PROGRESS_EVERY_SECONDS", 0)


def test_progress_is_written_while_the_task_runs(sepra, alice):
    job = services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=3)
    assert job.status == JobStatus.DONE
    assert job.report["seen"] == [[1, 3, "counted 1"], [2, 3, "counted 2"], [3, 3, "counted 3"]]
    assert (job.done, job.total, job.percent, job.started_by) == (3, 3, 100, alice)
    assert job.started_at and job.finished_at


def test_cancel_stops_the_task_at_its_next_progress(sepra, alice):
    job = services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=10,
                             cancel_at=4)
    assert job.status == JobStatus.CANCELLED
    assert len(job.report["seen"]) == 3  # counted 1..3, stopped at 4


def test_a_failing_task_keeps_its_reason(sepra, alice):
    job = services.start_job(kind="explode", workspace=sepra, actor=alice, run=sample_jobs.explode)
    assert job.status == JobStatus.FAILED
    assert job.error == "the file has no header"


def test_the_result_file_is_downloaded_by_members_and_404_for_outsiders(client, sepra, alice, vera, charlie):
    job = services.start_job(kind="write", workspace=sepra, actor=alice, run=sample_jobs.write_file, text="42")
    url = reverse("jobs:job_download", args=["sepra", job.pk])
    client.force_login(vera)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"42"
    assert 'filename="answer.txt"' in response["Content-Disposition"]
    client.force_login(charlie)
    assert client.get(url).status_code == 404
    assert client.get(reverse("jobs:job_detail", args=["sepra", job.pk])).status_code == 404
    # Nor through charlie's own workspace address.
    assert client.get(reverse("jobs:job_download", args=["keski-suomi", job.pk])).status_code == 404
    assert client.get(reverse("jobs:job_detail", args=["keski-suomi", job.pk])).status_code == 404


def test_no_download_before_the_job_is_done(client, sepra, alice, queue):
    job = services.start_job(kind="write", workspace=sepra, actor=alice, run=sample_jobs.write_file, text="42")
    client.force_login(alice)
    assert client.get(reverse("jobs:job_download", args=["sepra", job.pk])).status_code == 404


def test_the_page_polls_while_the_job_waits_and_stops_when_done(client, sepra, alice, queue):
    job = services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=2)
    client.force_login(alice)
    url = reverse("jobs:job_detail", args=["sepra", job.pk])
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' in page and f'href="{url}"' in page  # the refresh link without JS
    assert "<progress" in page and reverse("jobs:job_cancel", args=["sepra", job.pk]) in page
    job.status = JobStatus.DONE
    job.save()
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "every 1s" not in partial and "<html" not in partial


def test_the_list_shows_the_workspace_jobs_only(client, sepra, ksl, alice):
    services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=1)
    Job.objects.create(kind="hidden_kind", workspace=ksl, task_path="x")
    client.force_login(alice)
    page = client.get(reverse("jobs:job_list", args=["sepra"])).content.decode()
    assert "count" in page and "hidden_kind" not in page


def test_cancel_button_cancels_a_waiting_job_and_the_worker_skips_it(client, sepra, alice, queue):
    job = services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=2)
    client.force_login(alice)
    response = client.post(reverse("jobs:job_cancel", args=["sepra", job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELLED


def test_viewers_cannot_cancel_and_outsiders_get_404(client, sepra, alice, vera, charlie, queue):
    job = services.start_job(kind="count", workspace=sepra, actor=alice, run=sample_jobs.count_to, to=2)
    url = reverse("jobs:job_cancel", args=["sepra", job.pk])
    client.force_login(vera)
    assert client.post(url).status_code == 403
    client.force_login(charlie)
    assert client.post(url).status_code == 404
    assert client.post(reverse("jobs:job_cancel", args=["keski-suomi", job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_a_queued_job(queue):
    sepra = Workspace.objects.create(slug="sepra", name="Sepra")
    job = services.start_job(kind="count", workspace=sepra, actor=None, run=sample_jobs.count_to, to=3)
    assert job.status == JobStatus.QUEUED
    run_worker_once()
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.worker_id.startswith("worker-")


def test_result_files_are_deleted_after_a_week_and_quiet_scheduled_runs_leave_the_list(client, sepra, alice):
    import datetime

    from django.utils import timezone

    from kumppani.jobs import schedule

    job = services.start_job(kind="write", workspace=sepra, actor=alice, run=sample_jobs.write_file, text="42")
    path = services.result_file(job)
    assert path is not None
    quiet = Job.objects.create(kind="send_digests", workspace=sepra, task_path="x", schedule="digests-at-once",
                               status=JobStatus.DONE, report={"messages_sent": 0})
    busy = Job.objects.create(kind="send_digests", workspace=sepra, task_path="x", schedule="digests-weekly",
                              status=JobStatus.DONE, report={"messages_sent": 3})
    assert [listed.pk for listed in services.recent_jobs(sepra)] == [busy.pk, job.pk]
    assert quiet.pk
    schedule.prune(timezone.now() + datetime.timedelta(days=8))
    job.refresh_from_db()
    assert not path.exists() and services.result_file(job) is None
    client.force_login(alice)
    assert client.get(reverse("jobs:job_download", args=["sepra", job.pk])).status_code == 404

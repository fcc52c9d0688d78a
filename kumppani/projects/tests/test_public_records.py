"""Public project records (owned by no workspace) are read by every workspace and changed through none of its
pages: their edit URLs answer 404."""

import pytest

from kumppani.projects.models import Project
from kumppani.projects.tests.factories import PDF, partner, project, upload


@pytest.fixture
def public_record(db, kodukant):
    record = project(None, None, title={"fi": "EAKR-hanke"}, status="closed", source="eura", source_id="A70123")
    partner(record, kodukant, "lead", "1000")
    return record


def test_every_workspace_reads_a_public_record(client, bob, charlie, public_record):
    for user, slug in ((bob, "sepra"), (charlie, "keski-suomi")):
        client.force_login(user)
        page = client.get(f"/w/{slug}/projects/{public_record.pk}/").content.decode()
        assert "EAKR-hanke" in page and "Kodukant" in page
        assert f"/projects/{public_record.pk}/edit/" not in page


@pytest.mark.parametrize("path", ["edit/", "delete/", "status/", "outputs/new/", "attachments/"])
def test_no_page_changes_a_public_record(staff_client, public_record, media_root, path):
    url = f"/w/sepra/projects/{public_record.pk}/{path}"
    assert staff_client.get(url).status_code in (404, 405)
    data = {"status": "running", "title_fi": "Muutettu", "file": upload("a.pdf", PDF)}
    assert staff_client.post(url, data).status_code == 404
    record = Project.objects.get(pk=public_record.pk)
    assert (record.status, record.title, record.attachments.count()) == ("closed", {"fi": "EAKR-hanke"}, 0)

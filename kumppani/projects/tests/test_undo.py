"""Deleting a project (with its partners, status changes, outputs and attachments) can be undone from the history."""

from pathlib import Path

from kumppani.audit.models import AuditEntry
from kumppani.audit.services import restore
from kumppani.projects.models import Attachment, Output, Project, ProjectPartner, StatusChange
from kumppani.projects.tests.factories import project_records


def test_a_deleted_project_comes_back_whole(staff_client, sepra, bob, kodukant, settings, tmp_path):
    records = project_records(sepra, bob, kodukant, settings, tmp_path)
    road = records["project"]
    assert staff_client.post(f"/w/sepra/projects/{road.pk}/delete/").status_code == 302
    assert not Project.objects.exists() and not ProjectPartner.objects.exists()

    restore(AuditEntry.objects.get(action="delete"), bob)

    restored = Project.objects.get(pk=road.pk)
    assert restored.partners.get().organisation == kodukant
    assert (StatusChange.objects.count(), Output.objects.count()) == (1, 1)
    attachment = Attachment.objects.get()
    assert Path(attachment.file.path).read_bytes().startswith(b"%PDF")
    assert staff_client.get(f"/w/sepra/projects/attachments/{attachment.pk}/").status_code == 200

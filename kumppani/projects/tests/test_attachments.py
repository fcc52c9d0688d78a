"""Attachments are documents or images, size-checked and checked by their content, stored on disk outside the
database, and downloaded only by a workspace that sees the project, as a download that no browser renders."""

import io
import zipfile
from pathlib import Path

import pytest

from kumppani.projects.models import Attachment
from kumppani.projects.tests.factories import LINUX_PROGRAM, PDF, PNG, SHELL_SCRIPT, WINDOWS_PROGRAM, project, upload


@pytest.fixture
def road(sepra, bob):
    return project(sepra, bob)


def attach(client, road, name: str, content: bytes):
    return client.post(f"/w/sepra/projects/{road.pk}/attachments/", {"file": upload(name, content)}, follow=True)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_a_document_is_stored_on_disk_outside_the_database(staff_client, road, media_root, bob):
    response = attach(staff_client, road, "hakemus.pdf", PDF)

    assert "File attached." in messages_of(response)
    attachment = Attachment.objects.get()
    stored = Path(attachment.file.path)
    assert stored.is_file() and stored.read_bytes() == PDF
    assert stored.is_relative_to(media_root)
    assert "hakemus" not in stored.name  # stored under a random name; the original name is kept for downloads
    assert (attachment.name, attachment.size, attachment.content_type, attachment.uploaded_by) == (
        "hakemus.pdf", len(PDF), "application/pdf", bob)


def test_the_workspace_downloads_its_attachment_as_a_download(staff_client, road, media_root):
    attach(staff_client, road, "kuva.png", PNG)
    attachment = Attachment.objects.get()

    response = staff_client.get(f"/w/sepra/projects/attachments/{attachment.pk}/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Disposition"].startswith("attachment;") and "kuva.png" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "image/png"


def test_another_workspace_gets_404_for_the_attachment(client, staff_client, charlie, road, media_root):
    attach(staff_client, road, "hakemus.pdf", PDF)
    attachment = Attachment.objects.get()
    client.force_login(charlie)
    assert client.get(f"/w/keski-suomi/projects/attachments/{attachment.pk}/").status_code == 404
    assert client.get(f"/w/sepra/projects/attachments/{attachment.pk}/").status_code == 404


def test_no_public_media_url_serves_the_file(staff_client, road, media_root):
    attach(staff_client, road, "hakemus.pdf", PDF)
    relative = Attachment.objects.get().file.name
    assert staff_client.get(f"/media/{relative}").status_code == 404


def test_an_oversized_file_is_refused(staff_client, road, media_root, settings):
    settings.ATTACHMENT_MAX_BYTES = 1024
    response = attach(staff_client, road, "iso.pdf", PDF + b"0" * 1024)
    assert any("larger than" in message for message in messages_of(response))
    assert not Attachment.objects.exists()
    assert not media_root.exists() or not any(path.is_file() for path in media_root.rglob("*"))


@pytest.mark.parametrize(("name", "content"), [
    ("asennus.exe", WINDOWS_PROGRAM),
    ("hakemus.pdf", WINDOWS_PROGRAM),  # a program renamed to look like a document
    ("raportti.pdf", LINUX_PROGRAM),
    ("muistio.txt", SHELL_SCRIPT),
    ("skripti.sh", b"echo hello\n"),
    ("skripti.js", b"alert(1)\n"),
    ("ajo.bat", b"echo off\n"),
])
def test_programs_and_scripts_are_refused_with_a_clear_message(staff_client, road, media_root, name, content):
    response = attach(staff_client, road, name, content)
    assert "Programs and scripts cannot be attached: upload a document or an image." in messages_of(response)
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(("name", "content"), [
    ("kuva.png", PDF),  # a document named as an image
    ("taulukko.xlsx", b"PK\x03\x04" + b"\x00" * 40),  # a zip that is no workbook
    ("teksti.txt", b"\x00\x01\x02binary"),
])
def test_content_that_does_not_match_its_name_is_refused(staff_client, road, media_root, name, content):
    response = attach(staff_client, road, name, content)
    assert any("is not a" in message for message in messages_of(response))
    assert not Attachment.objects.exists()


def test_other_kinds_of_file_are_refused(staff_client, road, media_root):
    response = attach(staff_client, road, "arkisto.zip", b"PK\x03\x04")
    assert any("Only documents and images" in message for message in messages_of(response))


def test_a_real_workbook_is_accepted(staff_client, road, media_root):
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    response = attach(staff_client, road, "budjetti.xlsx", package.getvalue())
    assert "File attached." in messages_of(response)


def test_viewers_cannot_attach(client, vera, road, media_root):
    client.force_login(vera)
    response = client.post(f"/w/sepra/projects/{road.pk}/attachments/", {"file": upload("a.pdf", PDF)})
    assert response.status_code == 403
    assert not Attachment.objects.exists()


def test_deleting_an_attachment_can_be_undone(staff_client, road, media_root):
    attach(staff_client, road, "hakemus.pdf", PDF)
    attachment = Attachment.objects.get()
    staff_client.post(f"/w/sepra/projects/attachments/{attachment.pk}/delete/")
    assert not Attachment.objects.exists()
    assert Path(attachment.file.path).is_file()  # kept for the undo

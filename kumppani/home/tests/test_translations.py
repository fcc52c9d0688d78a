"""Editors see how much of their texts is translated and work with a translator through a workbook."""

import io

import pytest
from django.utils import translation
from openpyxl import Workbook, load_workbook

from kumppani.audit.models import AuditEntry
from kumppani.home import translations
from kumppani.workspaces.models import FocusArea, Workspace


@pytest.fixture
def texts(sepra, ksl):
    Workspace.objects.filter(pk=sepra.pk).update(intro={"fi": "Esittely", "en": "Introduction"})
    FocusArea.objects.create(workspace=sepra, title={"fi": "Matkailu", "sv": "Turism"}, position=1)
    FocusArea.objects.create(workspace=ksl, title={"fi": "Toisen työtilan"}, position=1)
    return sepra


def workbook_rows(content: bytes) -> list[dict]:
    header, *rows = list(load_workbook(io.BytesIO(content)).active.values)
    return [dict(zip(header, row, strict=True)) for row in rows]


def upload(rows: list[list]) -> io.BytesIO:
    book = Workbook()
    book.active.append(translations.COLUMNS)
    for row in rows:
        book.active.append(row)
    file = io.BytesIO()
    book.save(file)
    file.seek(0)
    file.name = "translations.xlsx"
    return file


def test_the_share_translated_is_counted_per_language_over_the_workspaces_own_texts(texts):
    shares, fields = translations.translation_status(texts)
    by_code = {share.code: (share.done, share.total) for share in shares}
    assert by_code == {"fi": (2, 2), "sv": (1, 2), "en": (1, 2), "et": (0, 2)}
    assert {status.text_field.record_type for status in fields} == {"workspaces.Workspace", "workspaces.FocusArea"}


def test_the_translation_page_shows_each_languages_share(client, alice, texts):
    client.force_login(alice)
    with translation.override("en"):
        response = client.get("/w/sepra/translations/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert b'<progress max="100" value="50"' in response.content
    assert b'<progress max="100" value="0"' in response.content


def test_the_workbook_has_a_row_per_text_of_the_workspace_only(client, alice, texts):
    client.force_login(alice)
    response = client.get("/w/sepra/translations/workbook.xlsx")
    rows = workbook_rows(b"".join(response.streaming_content))
    assert {(row["record_type"], row["fi"]) for row in rows} == {
        ("workspaces.Workspace", "Esittely"), ("workspaces.FocusArea", "Matkailu")}


def test_a_translated_workbook_fills_the_empty_languages_and_keeps_the_rest(client, alice, texts):
    area = FocusArea.objects.get(workspace=texts)
    client.force_login(alice)
    row = ["workspaces.FocusArea", area.pk, "title", "", "", "", "Tourism", "Turism"]
    response = client.post("/w/sepra/translations/upload/", {"write": "1", "workbook": upload([row])})
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.title == {"fi": "Matkailu", "sv": "Turism", "en": "Tourism", "et": "Turism"}
    assert AuditEntry.objects.filter(object_id=str(area.pk), action="update").exists()


def test_a_workbook_with_a_bad_row_reports_every_error_and_writes_nothing(client, alice, texts, ksl):
    area = FocusArea.objects.get(workspace=texts)
    foreign = FocusArea.objects.get(workspace=ksl)
    client.force_login(alice)
    response = client.post("/w/sepra/translations/upload/", {"write": "1", "workbook": upload([
        ["workspaces.FocusArea", area.pk, "title", "", "", "", "Tourism", ""],
        ["workspaces.FocusArea", foreign.pk, "title", "", "", "", "Other", ""],
        ["auth.User", 1, "username", "", "", "", "x", ""],
        ["workspaces.FocusArea", area.pk, "title", "", "", "", "x" * 10_000, ""],
    ])})
    assert response.status_code == 400
    assert len(response.context["checked"].errors) == 3
    area.refresh_from_db()
    assert "en" not in area.title


def test_a_viewer_sees_the_status_but_cannot_upload(client, vera, texts):
    client.force_login(vera)
    assert client.get("/w/sepra/translations/").status_code == 200
    assert client.post("/w/sepra/translations/upload/", {"write": "1"}).status_code == 403


def test_another_workspaces_user_gets_404(client, charlie, texts):
    client.force_login(charlie)
    assert client.get("/w/sepra/translations/").status_code == 404
    assert client.get("/w/sepra/translations/workbook.xlsx").status_code == 404

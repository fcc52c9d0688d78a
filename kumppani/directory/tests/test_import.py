"""Importing organisations and people: a preview first, and nothing is written unless every row is good."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from kumppani.audit.models import AuditEntry
from kumppani.directory import transfer
from kumppani.directory.models import Organisation, Person, Region


@pytest.fixture(autouse=True)
def _uploads_in_tmp_and_english(settings, tmp_path, client):
    settings.VAR_DIR = tmp_path
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def csv_file(text: str, name: str = "import.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows: list[list], name: str = "import.xlsx") -> SimpleUploadedFile:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue())


def import_url(slug: str = "sepra") -> str:
    return reverse("directory:import", args=[slug])


def preview(client, what: str, upload: SimpleUploadedFile, slug: str = "sepra"):
    return client.post(import_url(slug), {"what": what, "file": upload})


def confirm(client, preview_response, slug: str = "sepra"):
    return client.post(import_url(slug), {"token": preview_response.context["token"]})


def test_preview_lists_new_and_updated_rows_and_writes_nothing(client, bob, kodukant):
    client.force_login(bob)
    response = preview(client, "organisations", csv_file(
        "name,short_name,country,ee_registry_code,type\n"
        "Kodukant,Kodukant MTÜ,EE,80042937,association\n"
        "Sepra ry,Sepra,FI,,leader\n"))

    assert response.status_code == 200
    report = response.context["report"]
    assert [(row.line, row.action, row.record) for row in report.rows] == [(2, "update", kodukant), (3, "create", None)]
    assert report.rows[0].changed == ["short_name"]
    assert "Confirm the import" in response.content.decode()
    assert Organisation.objects.count() == 1
    kodukant.refresh_from_db()
    assert kodukant.short_name == ""


def test_confirmed_import_writes_every_row(client, bob, kodukant, tourism):
    client.force_login(bob)
    response = preview(client, "organisations", csv_file(
        "name,short_name,country,ee_registry_code,region,themes\n"
        "Kodukant,Kodukant MTÜ,EE,80042937,,\n"
        "Sepra ry,Sepra,FI,,FI1C5,tourism\n"))

    response = confirm(client, response)

    assert response.status_code == 302
    kodukant.refresh_from_db()
    assert kodukant.short_name == "Kodukant MTÜ"
    sepra = Organisation.objects.get(name="Sepra ry")
    assert sepra.region == Region.objects.get(code="FI1C5")
    assert list(sepra.themes.all()) == [tourism]


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_written(client, bob, kodukant):
    client.force_login(bob)
    before = Organisation.objects.count()
    response = preview(client, "organisations", csv_file(
        "name,country,business_id,region,themes\n"
        "Hyvä Oy,FI,0116297-6,,\n"
        "Bad country,XX,,,\n"
        "Bad business id,FI,0116297-5,,\n"
        "Region elsewhere,FI,,EE001,\n"
        ",FI,,,no-such-theme\n"))

    page = response.content.decode()
    assert "line 3: country: XX is not an ISO 3166 country code." in page
    assert "line 4: business_id: The check digit of this business ID is wrong." in page
    assert "line 5: region: EE001 is not a region of FI." in page
    assert "line 6: name: This field is required." in page
    assert "line 6: themes: no-such-theme: no such theme." in page
    assert page.count('class="bad"') == 4
    assert "Confirm the import" not in page
    assert response.context["token"] == ""
    assert Organisation.objects.count() == before


def test_apply_writes_nothing_when_a_row_is_bad(bob, sepra):
    table = transfer.parse(b"name,country\nGood Oy,FI\nBad,XX\n", "organisations")

    report = transfer.apply(table, sepra, bob)

    assert not report.is_valid
    assert [str(error) for error in report.errors] == ["line 3: country: XX is not an ISO 3166 country code."]
    assert not Organisation.objects.exists()
    assert not AuditEntry.objects.exists()


def test_line_numbers_count_the_lines_of_a_multiline_cell(sepra):
    table = transfer.parse(b'name,country,description_fi\n"Monirivinen ry",FI,"one\ntwo\nthree"\nBad,XX,\n',
                           "organisations")

    report = transfer.preview(table, sepra)

    assert [row.line for row in report.rows] == [2, 5]
    assert str(report.errors[0]).startswith("line 5: country:")


@pytest.mark.parametrize(("name", "content"), [
    ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
    ("latin1.csv", "name,country\nMäntyharju,FI\n".encode("latin-1")),
    ("archive.xlsx", b"PK\x03\x04 not really a workbook"),
])
def test_a_file_that_is_neither_csv_nor_xlsx_is_refused_with_a_message(client, bob, name, content):
    client.force_login(bob)

    response = preview(client, "organisations", SimpleUploadedFile(name, content))

    assert response.status_code == 400
    assert "neither a CSV file in UTF-8 nor an Excel workbook" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, bob, settings):
    settings.IMPORT_MAX_BYTES = 100
    client.force_login(bob)

    response = preview(client, "organisations", csv_file("name,country\n" + "Iso Oy,FI\n" * 20))

    assert response.status_code == 400
    assert "The file is larger than 100" in response.content.decode()


def test_a_workbook_that_unpacks_to_far_more_than_the_limit_is_refused(settings, monkeypatch):
    settings.IMPORT_MAX_BYTES = 100_000
    monkeypatch.setattr(transfer, "XLSX_UNPACKED_FACTOR", 5)
    upload = xlsx_file([["name", "country"], *[["Sama Oy", "FI"]] * 5000])
    assert upload.size < settings.IMPORT_MAX_BYTES

    with pytest.raises(transfer.ImportRefused, match="too large once unpacked"):
        transfer.read_upload(upload, "organisations")


def test_a_file_without_a_known_column_is_refused(client, bob):
    client.force_login(bob)

    response = preview(client, "organisations", csv_file("nimi,maa\nSepra,FI\n"))

    assert response.status_code == 400
    assert "The first row must name the columns" in response.content.decode()


def test_semicolon_csv_with_byte_order_mark_and_headers_in_any_case(client, bob):
    client.force_login(bob)
    text = "\ufeffNAME;Country;Finnish Business ID;Website\nSeinäjoen seudun kehittämisyhdistys;fi;0201256-6;\n"

    response = preview(client, "organisations", csv_file(text))

    report = response.context["report"]
    assert report.is_valid
    assert report.rows[0].action == "create"
    confirm(client, response)
    assert Organisation.objects.get(business_id="0201256-6").country == "FI"


def test_xlsx_import_of_people(client, bob, kodukant):
    client.force_login(bob)
    upload = xlsx_file([
        ["name", "title_fi", "title_en", "kind", "organisation", "organisation_country", "email", "phone",
         "consent_to_publish", "consent_date"],
        ["Mari Maasikas", "Puheenjohtaja", "Chair", "partner", "Kodukant", "EE", "mari@example.test",
         "+372 5555 1234", True, datetime.date(2024, 5, 2)],
        ["Pekka Puustinen", None, None, None, None, None, None, None, "no", None],
    ])

    response = preview(client, "people", upload)
    assert [row.action for row in response.context["report"].rows] == ["create", "create"]
    confirm(client, response)

    mari = Person.objects.get(name="Mari Maasikas")
    assert (mari.organisation, mari.kind, mari.title) == (kodukant, "partner", {"fi": "Puheenjohtaja", "en": "Chair"})
    assert (mari.consent_to_publish, mari.consent_date, mari.phone) == (True, datetime.date(2024, 5, 2),
                                                                        "+372 5555 1234")
    pekka = Person.objects.get(name="Pekka Puustinen")
    assert (pekka.kind, pekka.consent_to_publish, pekka.workspace.slug) == ("staff", False, "sepra")


def test_people_match_by_id_then_email_then_name(sepra):
    anna = Person.objects.create(workspace=sepra, name="Anna Aho", email="anna@example.test")
    pekka = Person.objects.create(workspace=sepra, name="Pekka Virtanen")
    other_pekka = Person.objects.create(workspace=sepra, name="Ville Virta", email="ville@example.test")
    table = transfer.parse(
        f"id,name,email,phone\n"
        f"{other_pekka.pk},Ville Virta,ville@example.test,040 1\n"
        f",ANNA AHO-LEHTONEN,Anna@Example.test,040 2\n"
        f",pekka virtanen,,040 3\n"
        f",Anna Aho,anna.other@example.test,040 4\n".encode(), "people")

    report = transfer.preview(table, sepra)

    assert [(row.action, row.record) for row in report.rows] == [
        ("update", other_pekka), ("update", anna), ("update", pekka), ("create", None)]


def test_a_person_of_another_workspace_is_never_matched(client, bob, sepra, charlie, ksl):
    stranger = Person.objects.create(workspace=ksl, name="Kaisa Keski", email="kaisa@example.test")
    client.force_login(bob)

    response = preview(client, "people", csv_file(f"id,name,email\n{stranger.pk},Kaisa Keski,kaisa@example.test\n"))

    assert f"line 2: id: There is no person with id {stranger.pk} in this workspace." in response.content.decode()
    by_email = transfer.preview(transfer.parse(b"name,email\nKaisa Keski,kaisa@example.test\n", "people"), sepra)
    assert (by_email.rows[0].action, by_email.rows[0].record) == ("create", None)


def test_two_rows_that_match_the_same_record_are_bad_rows(sepra, kodukant):
    table = transfer.parse(
        b"name,country,ee_registry_code\nKodukant,EE,80042937\nKodukant MTU,EE,80042937\n"
        b"Uusi ry,FI,\nUUSI RY.,FI,\n", "organisations")

    report = transfer.preview(table, sepra)

    assert [str(error) for error in report.errors] == [
        "line 3: line 2 of the file matches the same record.",
        "line 5: line 4 of the file describes the same new record.",
    ]


def test_identifiers_that_match_different_organisations_are_a_bad_row(sepra, kodukant):
    other = Organisation.objects.create(name="Maaelu", country="EE", pic="912345678")

    report = transfer.preview(transfer.parse(b"name,country,ee_registry_code,pic\nKodukant,EE,80042937,912345678\n",
                                             "organisations"), sepra)

    assert report.errors[0].message == (
        f"The identifiers match different organisations: Kodukant (id {kodukant.pk}), Maaelu (id {other.pk}).")


def test_a_namesake_with_another_business_id_is_not_matched(sepra):
    Organisation.objects.create(name="Kehitys Oy", country="FI", business_id="0116297-6")

    report = transfer.preview(transfer.parse(b"name,country,business_id\nKehitys Oy,FI,1234567-1\n",
                                             "organisations"), sepra)

    assert report.rows[0].action == "create"


def test_columns_the_file_leaves_out_keep_their_values(client, bob, kodukant):
    kodukant.description = {"fi": "Kylien liike", "en": "Village movement"}
    kodukant.save()
    client.force_login(bob)

    response = preview(client, "organisations", csv_file(f"id,website\n{kodukant.pk},https://kodukant.ee\n"))
    assert response.context["report"].rows[0].changed == ["website"]
    confirm(client, response)

    kodukant.refresh_from_db()
    assert (kodukant.website, kodukant.name, kodukant.description) == (
        "https://kodukant.ee", "Kodukant", {"fi": "Kylien liike", "en": "Village movement"})


def test_imported_rows_are_recorded_in_the_history(client, bob, sepra, kodukant):
    client.force_login(bob)
    response = preview(client, "organisations", csv_file(
        "name,country,ee_registry_code,website\nKodukant,EE,80042937,https://kodukant.ee\nUusi ry,FI,,\n"))

    confirm(client, response)

    entries = AuditEntry.objects.filter(workspace=sepra, actor=bob)
    assert sorted((entry.action, entry.object_repr) for entry in entries) == [("create", "Uusi ry"),
                                                                              ("update", "Kodukant")]
    update = entries.get(action="update")
    assert update.changes == {"website": ["", "https://kodukant.ee"]}


@pytest.mark.parametrize("user", ["vera", "eero"])
def test_viewers_and_elected_officials_get_403_on_import(client, request, user):
    client.force_login(request.getfixturevalue(user))

    assert client.get(import_url()).status_code == 403
    assert preview(client, "organisations", csv_file("name,country\nUusi ry,FI\n")).status_code == 403
    assert not Organisation.objects.exists()


def test_outsider_gets_404_on_import(client, charlie, sepra):
    client.force_login(charlie)

    assert client.get(import_url()).status_code == 404


def test_only_the_uploader_can_confirm_a_preview(client, alice, bob, sepra):
    client.force_login(bob)
    response = preview(client, "organisations", csv_file("name,country\nUusi ry,FI\n"))
    token = response.context["token"]

    client.force_login(alice)
    refused = client.post(import_url(), {"token": token}, follow=True)

    assert "The preview has expired" in refused.content.decode()
    assert transfer.load_table(token, sepra, alice) is None
    assert not Organisation.objects.exists()


def test_confirm_checks_the_rows_again(client, bob, sepra):
    client.force_login(bob)
    response = preview(client, "organisations", csv_file("name,country,pic\nUusi ry,FI,912345678\n"))
    Organisation.objects.create(name="Toinen", country="FI", pic="912345678")
    Organisation.objects.create(name="Kolmas", country="FI", pic="912345678")

    response = confirm(client, response)

    job = client.get(response.url)  # the import ran as a job; its page tells why nothing was imported
    assert job.context["job"].status == "failed"
    assert "The directory has changed since the preview" in job.content.decode()
    assert Organisation.objects.filter(name="Uusi ry").count() == 0

"""The directory import reads each row into plain values, checks them with the record type's service (the rules of
the pages and the API) and writes through the same service: new records in bulk, each with its own history entry."""

import pytest
from django.utils import translation

from kumppani.audit.models import AuditEntry
from kumppani.directory import transfer
from kumppani.directory.models import Organisation, Person
from kumppani.directory.records import ORGANISATION, PERSON


@pytest.fixture(autouse=True)
def _uploads_in_tmp_and_english(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    with translation.override("en"):
        yield


def test_a_rule_of_the_model_refuses_the_row_with_its_field(bob, sepra):
    table = transfer.parse(b"name,consent_to_publish,consent_date\nAnna Aho,yes,\nBo Berg,yes,2024-05-02\n",
                           "people")

    report = transfer.apply(table, sepra, bob)

    assert [str(error) for error in report.errors] == [
        "line 2: consent_date: Give the date on which the person consented."]
    assert not Person.objects.exists()


def test_a_cell_is_read_as_the_edit_page_reads_it(bob, sepra):
    table = transfer.parse(b"name,consent_date\nAnna Aho,someday\n", "people")

    report = transfer.preview(table, sepra)

    assert [str(error) for error in report.errors] == ["line 2: consent_date: Enter a valid date."]


def test_new_records_get_one_history_entry_each_naming_their_themes(bob, sepra, tourism):
    table = transfer.parse(b"name,country,themes\nUusi ry,FI,tourism\nToinen ry,FI,\n", "organisations")

    transfer.apply(table, sepra, bob)

    entries = {entry.object_repr: entry.changes for entry in AuditEntry.objects.filter(workspace=sepra, actor=bob)}
    assert sorted(entries) == ["Toinen ry", "Uusi ry"]
    assert (entries["Uusi ry"]["themes"], entries["Toinen ry"]["themes"]) == (["Tourism"], [])
    assert list(Organisation.objects.get(name="Uusi ry").themes.all()) == [tourism]


def test_records_created_in_bulk_are_found_again_by_name(bob, sepra):
    transfer.apply(transfer.parse(b"name,country\nUusi ry,FI\n", "organisations"), sepra, bob)
    transfer.apply(transfer.parse(b"name,organisation\nAnna Aho,Uusi ry\n", "people"), sepra, bob)

    again = transfer.preview(transfer.parse(b"name,organisation\nANNA AHO,uusi ry\n", "people"), sepra)

    anna = Person.objects.get()
    assert [(row.action, row.record, row.changed) for row in again.rows] == [("update", anna, ["name"])]
    assert anna.organisation == Organisation.objects.get(name="Uusi ry")


def test_the_import_reads_the_columns_of_the_record_types_exports():
    by_record_type = {"organisations": ORGANISATION.column_names(), "people": PERSON.column_names()}
    assert by_record_type == transfer.COLUMNS
    assert transfer.export_columns("people") is PERSON.columns


def test_changed_people_are_written_in_bulk_each_with_its_masked_history(bob, sepra):
    anna = Person.objects.create(workspace=sepra, name="Anna Aho", phone="040 1")
    bo = Person.objects.create(workspace=sepra, name="Bo Berg", phone="040 2")
    table = transfer.parse(f"id,name,phone\n{anna.pk},Anna Aho-Lehto,040 9\n{bo.pk},Bo Berg,040 8\n".encode(),
                           "people")

    transfer.apply(table, sepra, bob)

    entries = {entry.object_id: entry.changes for entry in AuditEntry.objects.filter(workspace=sepra, action="update")}
    assert entries == {str(anna.pk): {"name": ["Anna Aho", "Anna Aho-Lehto"], "phone": ["•••", "•••"]},
                       str(bo.pk): {"phone": ["•••", "•••"]}}
    again = transfer.preview(transfer.parse(b"name\nanna aho-lehto\n", "people"), sepra)
    assert again.rows[0].record == anna

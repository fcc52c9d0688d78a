"""The organisation search finds the same as a plain substring match while its index follows every write."""

from django.db import connection

from kumppani.audit.models import AuditEntry
from kumppani.audit.services import restore
from kumppani.audit.writes import delete_record, update_record
from kumppani.directory import search_index, selectors
from kumppani.directory.models import Organisation


def found(term: str) -> list[str]:
    return [org.name for org in selectors.organisations({"q": term})]


def index_exists() -> bool:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [search_index.FTS_TABLE])
        else:
            cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'organisation_search_trgm_idx'")
        return cursor.fetchone() is not None


def test_migrate_leaves_a_substring_index_on_the_organisations(db):
    assert index_exists()


def test_search_finds_any_part_of_the_name_short_name_or_identifier(db, kodukant):
    Organisation.objects.create(name="Etelä-Kymenlaakson Ammattiopisto", short_name="EKAMI", country="FI")
    assert found("kodukant") == found("duka") == found("KODU") == found("80042937") == ["Kodukant"]
    assert found("ammatti opisto") == []
    assert found("kymenlaakson ammatti") == found("ekami") == ["Etelä-Kymenlaakson Ammattiopisto"]
    assert found("ka") == ["Etelä-Kymenlaakson Ammattiopisto", "Kodukant"]  # shorter than a trigram
    assert found("no such organisation") == []


def test_search_follows_renames_deletions_and_restores(db, alice, sepra, kodukant):
    update_record(alice, sepra, kodukant, {"name": "Eesti Külaliikumine Kodukant"})
    assert found("külaliikumine") == ["Eesti Külaliikumine Kodukant"]

    update_record(alice, sepra, kodukant, {"name": "Village Movement"})
    assert found("külaliikumine") == []
    assert found("village") == ["Village Movement"]

    delete_record(alice, sepra, kodukant)
    assert found("village") == []

    restore(AuditEntry.objects.get(action="delete"), alice)
    assert found("village") == ["Village Movement"]


def test_bulk_created_organisations_are_found(db):
    organisations = [Organisation(name=f"Bulk Organisation {number}", country="SE") for number in range(3)]
    for organisation in organisations:
        organisation.refresh_derived_fields()
    Organisation.objects.bulk_create(organisations)
    assert found("organisation 2") == ["Bulk Organisation 2"]

"""The organisation's filter keys (country, type, NUTS region), packed in one integer (facets.py), on each posting
and in the impact index: a filtered search skips postings inside the index instead of looking each organisation
up. The keys of existing postings are copied from their organisations here; on SQLite the table is made again
without a rowid (see 0003), which Django's remaking of the table for the new column undid."""

import pycountry
from django.db import migrations, models

# facets.py as it was when this migration was written.
COUNTRY_SHIFT, TYPE_SHIFT = 30, 24
REGION_MASK = (1 << TYPE_SHIFT) - 1
TYPE_CODES = {"leader": 1, "flag": 2, "regional_council": 3, "municipality": 4, "university": 5, "school": 6,
              "research": 7, "company": 8, "association": 9, "foundation": 10, "network": 11, "chamber": 12,
              "public_body": 13, "eu_body": 14, "other": 15}
COLUMNS = "tf, length, impact, organisation_id, term_id, filter_key"


def country_code(alpha_2):
    country = pycountry.countries.get(alpha_2=alpha_2.upper()) if alpha_2 else None
    return int(country.numeric) if country is not None else 0


def copy_keys(apps, schema_editor):
    execute = schema_editor.execute
    if schema_editor.connection.vendor == "sqlite":
        execute('CREATE TABLE "partners_posting_new" ("tf" real NOT NULL, "length" real NOT NULL, '
                '"impact" real NOT NULL, "organisation_id" bigint NOT NULL, "term_id" bigint NOT NULL, '
                '"filter_key" bigint NOT NULL, PRIMARY KEY ("organisation_id", "term_id")) WITHOUT ROWID')
        execute(f'INSERT INTO "partners_posting_new" ({COLUMNS}) SELECT {COLUMNS} FROM "partners_posting"')
        execute('DROP TABLE "partners_posting"')
        execute('ALTER TABLE "partners_posting_new" RENAME TO "partners_posting"')
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT country, type FROM directory_organisation")
        pairs = cursor.fetchall()
    for country, kind in pairs:
        key = country_code(country) << COUNTRY_SHIFT | TYPE_CODES.get(kind, 0) << TYPE_SHIFT
        execute("UPDATE partners_posting SET filter_key = %s + COALESCE((SELECT o.region_id FROM "
                "directory_organisation o WHERE o.id = partners_posting.organisation_id AND o.region_id <= %s), 0) "
                "WHERE organisation_id IN (SELECT id FROM directory_organisation WHERE country = %s AND type = %s)",
                [key, REGION_MASK, country, kind])


class Migration(migrations.Migration):

    dependencies = [
        ("directory", "0004_verbose_names"),
        ("partners", "0003_posting_without_rowid_on_sqlite"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="posting",
            name="partners_posting_impact_idx",
        ),
        migrations.AddField(
            model_name="posting",
            name="filter_key",
            field=models.BigIntegerField(default=0,
                                         help_text="The organisation's country, type and region (facets.py)"),
        ),
        migrations.RunPython(copy_keys, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="posting",
            index=models.Index(fields=["term", "-impact", "organisation", "tf", "length", "filter_key"],
                               name="partners_posting_impact_idx"),
        ),
    ]

"""On SQLite, the postings table without a rowid: its rows live in the primary key's B-tree (organisation, term)
instead of in a rowid table plus that key's index, one B-tree less to write per posting (a rebuild writes tens of
millions). PostgreSQL has no such thing and is left as it is. A later migration that makes Django remake this table
on SQLite would bring the rowid back: the index stays correct, only its rebuild is slower."""

from django.db import migrations

COLUMNS = "tf, length, impact, organisation_id, term_id"


def without_rowid(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in [
        'CREATE TABLE "partners_posting_new" ("tf" real NOT NULL, "length" real NOT NULL, "impact" real NOT NULL, '
        '"organisation_id" bigint NOT NULL, "term_id" bigint NOT NULL, '
        'PRIMARY KEY ("organisation_id", "term_id")) WITHOUT ROWID',
        f'INSERT INTO "partners_posting_new" ({COLUMNS}) SELECT {COLUMNS} FROM "partners_posting"',
        'DROP TABLE "partners_posting"',
        'ALTER TABLE "partners_posting_new" RENAME TO "partners_posting"',
        'CREATE INDEX "partners_posting_impact_idx" ON "partners_posting" '
        '("term_id", "impact" DESC, "organisation_id", "tf", "length")',
    ]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("partners", "0002_drop_redundant_posting_indexes"),
    ]

    operations = [
        migrations.RunPython(without_rowid, migrations.RunPython.noop),
    ]

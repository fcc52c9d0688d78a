import csv
from pathlib import Path

from django.db import migrations

NUTS_FILE = Path(__file__).resolve().parent.parent / "data" / "nuts2021.csv"
EUROSTAT_TO_ISO = {"EL": "GR", "UK": "GB"}


def load_regions(apps, schema_editor):
    Region = apps.get_model("directory", "Region")
    with NUTS_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    Region.objects.bulk_create(
        [
            Region(code=row["code"], name=row["name"], level=len(row["code"]) - 2,
                   country=EUROSTAT_TO_ISO.get(row["code"][:2], row["code"][:2]))
            for row in rows
        ],
        ignore_conflicts=True,
    )


def unload_regions(apps, schema_editor):
    apps.get_model("directory", "Region").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_initial")]

    operations = [migrations.RunPython(load_regions, unload_regions)]

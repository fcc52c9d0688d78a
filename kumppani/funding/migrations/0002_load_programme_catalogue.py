"""Load the programme catalogue shipped in kumppani/funding/data/programmes.py: created or updated by slug.

Themes the catalogue names are created when missing; existing themes keep their names.
"""

from django.db import migrations


def load_catalogue(apps, schema_editor):
    from kumppani.funding.data.programmes import PROGRAMMES, THEMES

    Theme = apps.get_model("directory", "Theme")
    Programme = apps.get_model("funding", "Programme")
    themes = {slug: Theme.objects.get_or_create(slug=slug, defaults={"name": name})[0]
              for slug, name in THEMES.items()}
    for entry in PROGRAMMES:
        programme, _created = Programme.objects.update_or_create(slug=entry["slug"], defaults={
            "name": entry["name"], "short_name": entry["short_name"],
            "period_start": entry["period"][0], "period_end": entry["period"][1],
            "managing_body": entry["managing_body"], "eligible_countries": entry["countries"],
            "url": entry["url"], "description": entry["description"],
        })
        programme.themes.set([themes[slug] for slug in entry["themes"]])


class Migration(migrations.Migration):

    dependencies = [
        ("funding", "0001_initial"),
        ("directory", "0003_load_nuts_regions"),
    ]

    operations = [migrations.RunPython(load_catalogue, migrations.RunPython.noop)]

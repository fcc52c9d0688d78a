"""The starter set of public records that `make run` loads (public_import/starter/README.md): every file reads
with its format, and the command loads it once."""

import pytest
from django.core.management import call_command

from kumppani.projects.models import Project
from kumppani.projects.public_import import format_of, read_rows
from kumppani.projects.public_import.rows import BadRow
from kumppani.projects.public_import.starter import FILES, FOLDER

EXPECTED = {"fi_erdf_esf_2014-2020.csv.gz": (2880, 1), "norway_h2020_participations.csv.gz": (1957, 0),
            "cordis_h2020_sample.zip": (25, 1), "cordis_horizon_europe_sample.zip": (48, 0)}


@pytest.mark.parametrize(("filename", "data_format"), FILES)
def test_every_starter_file_reads_with_its_format(filename, data_format):
    with (FOLDER / filename).open("rb") as binary:
        rows = read_rows(binary, format_of(data_format))
    bad = [row for row in rows if isinstance(row, BadRow)]
    assert (len(rows) - len(bad), len(bad)) == EXPECTED[filename]
    assert (FOLDER / "README.md").read_text().count(filename) == 1  # its source and licence are named


@pytest.mark.django_db
def test_the_command_loads_nothing_when_public_records_exist(capsys):
    Project.objects.create(workspace=None, source="cordis", source_id="1", title={"en": "A project"})
    call_command("load_public_starter", "--if-empty")
    assert "no starter set loaded" in capsys.readouterr().out
    assert Project.objects.count() == 1

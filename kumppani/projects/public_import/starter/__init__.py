"""A starter set of real public records shipped with kumppani (see README.md here for sources and licences).

`make run` loads it once on a new machine (the command `load_public_starter --if-empty`), so that a first partner
search finds real organisations across Europe, not only the demo's partners. Each file goes through the same
import as an upload; rows the importer cannot take are skipped (a few in the Finnish list, the one FP7 project
of the CORDIS sample).
"""

from collections.abc import Callable
from pathlib import Path

from kumppani.projects.models import Project
from kumppani.projects.public_import import ImportReport, import_projects

FOLDER = Path(__file__).parent
# (file, format); the sources of the files' projects, so that a loaded set is recognised
FILES = [
    ("fi_erdf_esf_2014-2020.csv.gz", "fi-2014"),
    ("norway_h2020_participations.csv.gz", "no-h2020"),
    ("cordis_h2020_sample.zip", "cordis"),
    ("cordis_horizon_europe_sample.zip", "cordis"),
]


def is_loaded() -> bool:
    return Project.objects.filter(workspace__isnull=True, source__in={source for _file, source in FILES}).exists()


def load_starter_set(*, on_file: Callable[[str, ImportReport], None] | None = None) -> list[ImportReport]:
    reports = []
    for filename, data_format in FILES:
        with (FOLDER / filename).open("rb") as binary:
            report = import_projects(binary, data_format, filename=filename, skip_bad_rows=True)
        reports.append(report)
        if on_file is not None:
            on_file(filename, report)
    return reports

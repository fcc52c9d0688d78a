"""Shared by the public import tests: the sample files (rows cut from the real data sets, see data/README.md)."""

import io
from pathlib import Path

from kumppani.projects.public_import import ImportReport, import_projects

DATA = Path(__file__).parent / "data"
SAMPLES = {
    "fi-2007": DATA / "fi_erdf_esf_2007-2013_sample.csv",
    "fi-2014": DATA / "fi_erdf_esf_2014-2020_sample.csv",
    "dk-2007": DATA / "dk_erdf_2007-2013_sample.csv",
    "dk-2014": DATA / "dk_erdf_esf_2014-2020_sample.csv",
    "se-2014": DATA / "se_erdf_2014-2020_sample.json",
    "no-h2020": DATA / "norway_h2020_sample.csv",
}


def run(data_format: str, content: bytes | None = None, **options) -> ImportReport:
    content = SAMPLES[data_format].read_bytes() if content is None else content
    return import_projects(io.BytesIO(content), data_format, filename=f"{data_format}.csv", **options)

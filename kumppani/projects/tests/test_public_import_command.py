"""`python -m kumppani import-projects --format NAME PATH` imports a file, lists bad rows and refuses a wrong one."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from kumppani.projects.models import Project
from kumppani.projects.tests.public_import_helpers import SAMPLES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in their own (English) words."""
    with translation.override("en"):
        yield


def command(*args):
    out, err = StringIO(), StringIO()
    call_command("import-projects", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_imports_a_file_and_says_what_it_did():
    out, _err = command("--format", "dk-2014", str(SAMPLES["dk-2014"]))
    assert "7 projects created" in out and "Imported." in out
    assert Project.objects.filter(source="dk-2014").count() == 7


def test_with_bad_rows_the_command_lists_them_and_writes_nothing_unless_told_to_skip_them():
    with pytest.raises(CommandError, match="nothing was imported"):
        command("--format", "fi-2014", str(SAMPLES["fi-2014"]))
    assert not Project.objects.exists()
    _out, err = command("--format", "fi-2014", "--skip-bad-rows", str(SAMPLES["fi-2014"]))
    assert "line 8: Aloituspvm" in err
    assert Project.objects.count() == 6


def test_a_dry_run_writes_nothing():
    out, _err = command("--format", "se-2014", "--dry-run", str(SAMPLES["se-2014"]))
    assert "5 projects created" in out and not Project.objects.exists()


def test_the_command_refuses_a_file_of_another_format():
    with pytest.raises(CommandError, match="This is not a no-h2020 file"):
        command("--format", "no-h2020", str(SAMPLES["fi-2007"]))


def test_python_m_kumppani_knows_the_command():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kumppani.settings", "SECRET_KEY": "test"}
    result = subprocess.run([sys.executable, "-m", "kumppani", "import-projects", "--help"], env=env,
                            cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--skip-bad-rows" in result.stdout and "no-h2020" in result.stdout

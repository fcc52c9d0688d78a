"""A file of another format is refused whole, with a message that names the columns the format expects."""

import pytest
from django.utils import translation

from kumppani.projects.models import Project
from kumppani.projects.public_import import ImportRefused
from kumppani.projects.tests.public_import_helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in their own (English) words."""
    with translation.override("en"):
        yield


def refusal(data_format, content):
    with pytest.raises(ImportRefused) as refused:
        run(data_format, content)
    assert not Project.objects.exists()
    return str(refused.value)


def test_the_danish_file_given_as_finnish_is_refused_naming_the_expected_columns():
    message = refusal("fi-2007", SAMPLES["dk-2007"].read_bytes())
    assert "This is not a fi-2007 file" in message
    assert "“Koodi”" in message and "“Projektin nimi”" in message and "“Toteuttajan nimi”" in message


def test_the_2007_finnish_list_given_as_the_2014_one_names_the_missing_columns():
    message = refusal("fi-2014", SAMPLES["fi-2007"].read_bytes())
    assert "lacks the columns “Hankkeen nimi”, “Tila”" in message


def test_a_random_csv_file_is_refused():
    message = refusal("dk-2014", b"name;country\nSepra;FI\n")
    assert "This is not a dk-2014 file" in message and "“Projektitel / Operation name”" in message


def test_a_csv_file_given_as_the_json_format_is_refused():
    assert "JSON array of objects" in refusal("se-2014", SAMPLES["no-h2020"].read_bytes())


def test_a_binary_file_is_refused():
    assert "not UTF-8 text" in refusal("fi-2007", bytes(range(256)) * 4)


def test_a_damaged_compressed_file_is_refused():
    assert "damaged" in refusal("fi-2007", b"\x1f\x8b\x08\x00garbage")


def test_an_empty_file_and_a_header_alone_are_refused():
    refusal("fi-2007", b"")
    header = SAMPLES["fi-2007"].read_bytes().splitlines()[0] + b"\n"
    assert "no rows" in refusal("fi-2007", header)


def test_an_unknown_format_is_refused():
    assert "fi-2007" in refusal("xx-1999", b"a,b\n")

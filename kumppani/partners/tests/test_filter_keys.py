"""The organisation keys each posting carries for the filters, packed in one integer (facets.py)."""

import importlib

from kumppani.directory.models import Organisation, OrganisationType, Region
from kumppani.partners import facets
from kumppani.partners.models import Posting
from kumppani.partners.tests.conftest import public_project
from kumppani.partners.tests.writing import created


def test_every_organisation_type_has_its_own_stored_code():
    assert set(facets.TYPE_CODES) == set(OrganisationType.values)
    assert len(set(facets.TYPE_CODES.values())) == len(facets.TYPE_CODES)
    assert facets.NONE not in facets.TYPE_CODES.values()
    assert max(facets.TYPE_CODES.values()) <= facets.TYPE_MASK


def test_the_migration_that_copied_the_keys_packed_them_the_same_way():
    migration = importlib.import_module("kumppani.partners.migrations.0004_posting_filter_keys")
    assert {str(value): code for value, code in facets.TYPE_CODES.items()} == migration.TYPE_CODES
    assert (migration.COUNTRY_SHIFT, migration.TYPE_SHIFT, migration.REGION_MASK) == (
        facets.COUNTRY_SHIFT, facets.TYPE_SHIFT, facets.REGION_MASK)


def test_a_posting_carries_its_organisation_s_country_type_and_region(db):
    region = Region.objects.get(code="FI1D3")
    organisation = created(Organisation, name="Yliopisto", country="FI", type="university", region=region)
    public_project("Metsäbiotalous", organisation)
    keys = set(Posting.objects.filter(organisation=organisation).values_list("filter_key", flat=True))
    assert [facets.unpack(key) for key in keys] == [(246, facets.TYPE_CODES[OrganisationType.UNIVERSITY], region.pk)]


def test_the_largest_codes_do_not_overlap_when_packed():
    assert facets.unpack(facets.pack("ZW", "other", facets.REGION_MASK)) == (716, 15, facets.REGION_MASK)
    assert facets.unpack(facets.pack("", "", None)) == (facets.NONE, facets.NONE, facets.NONE)
    assert facets.country_code("ZZ") == facets.NONE

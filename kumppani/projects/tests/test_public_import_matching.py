"""Organisations already in the directory are found by identifier, else by normalised name and country."""

import pytest

from kumppani.directory.models import Organisation
from kumppani.projects.models import Project
from kumppani.projects.tests.public_import_helpers import run

pytestmark = pytest.mark.django_db


def test_an_organisation_is_found_by_its_identifier_whatever_its_name():
    sintef = Organisation.objects.create(name="SINTEF (Trondheim)", country="NO", vat="NO919303808")
    run("no-h2020")
    assert Organisation.objects.filter(name__icontains="SINTEF AS").count() == 0
    assert Project.objects.filter(source="no-h2020", partners__organisation=sintef).count() == 2


def test_an_organisation_is_found_by_its_name_in_another_case_and_spelling():
    kainuu = Organisation.objects.create(name="KAINUUN ELY-KESKUS", country="FI", type="public_body")
    run("fi-2007")
    assert Organisation.objects.filter(normalised_name="kainuun ely keskus").count() == 1
    assert Project.objects.filter(partners__organisation=kainuu).count() == 2
    assert Organisation.objects.get(pk=kainuu.pk).name == "KAINUUN ELY-KESKUS"  # left as it was


def test_the_same_name_in_another_country_is_another_organisation():
    Organisation.objects.create(name="Kainuun ELY-keskus", country="SE")
    run("fi-2007")
    assert Organisation.objects.filter(normalised_name="kainuun ely keskus").count() == 2


def test_a_namesake_with_another_identifier_is_not_taken_for_the_beneficiary():
    other = Organisation.objects.create(name="AluCluster", country="DK", vat="DK12345678")
    run("dk-2007")
    lead = Project.objects.get(title__da="Alu-kompetenceudvikling").partners.get(role="lead").organisation
    assert lead != other and lead.vat != "DK12345678"

"""Identifiers promised with check digits are checked, and each scheme's forms reduce to one matching key."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from kumppani.directory import identifiers
from kumppani.directory.models import Organisation


@pytest.mark.parametrize("code", ["74001073", "10137319", "80042937", "70000740"])
def test_real_estonian_registry_codes_are_accepted(code):
    identifiers.validate_estonian_registry_code(code)


def test_an_estonian_registry_code_with_a_wrong_check_digit_is_refused():
    with translation.override("en"), pytest.raises(ValidationError, match="check digit"):
        identifiers.validate_estonian_registry_code("74001074")


def test_the_organisation_form_refuses_a_wrong_estonian_check_digit(db):
    organisation = Organisation(name="Tartu Ülikool", country="EE", ee_registry_code="74001072")
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "ee_registry_code" in error.value.message_dict


def test_a_finnish_business_id_with_a_wrong_check_digit_is_refused():
    identifiers.validate_finnish_business_id("0245872-8")  # Jyväskylän yliopisto
    with pytest.raises(ValidationError):
        identifiers.validate_finnish_business_id("0245872-7")


def test_danish_cvr_and_norwegian_organisation_numbers_are_checked():
    identifiers.validate_danish_cvr("29403473")  # Region Midtjylland
    identifiers.validate_norwegian_organisation_number("974760673")  # Brønnøysundregistrene
    with pytest.raises(ValidationError):
        identifiers.validate_danish_cvr("29403474")
    with pytest.raises(ValidationError):
        identifiers.validate_norwegian_organisation_number("974760674")


def test_a_finnish_vat_number_and_business_id_give_the_same_key():
    assert identifiers.identifier_keys("fi_business_id", "0245872-8") <= identifiers.identifier_keys(
        "vat", "FI 02458728")


def test_a_norwegian_vat_number_with_mva_is_the_organisation_number():
    assert ("no", "974760673") in identifiers.identifier_keys("vat", "NO974760673MVA")
    assert identifiers.identifier_keys("no_organisation_number", "974 760 673") == {("no", "974760673")}


def test_a_danish_vat_number_is_the_cvr_number():
    assert ("dk", "29403473") in identifiers.identifier_keys("vat", "DK29403473")

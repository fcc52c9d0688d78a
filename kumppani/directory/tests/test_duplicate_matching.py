"""One entry per real organisation: identifiers match across schemes at once, names are proposed across languages
and legal forms, and what cannot be the same is not proposed."""

from kumppani.directory.matching import Candidate, find_duplicates, identifier_groups, name_key, name_pairs
from kumppani.directory.models import IdentifierScheme, Organisation, OrganisationIdentifier


def test_a_name_in_finnish_english_and_swedish_gives_one_key():
    assert name_key("Jyväskylän yliopisto") == name_key("University of Jyväskylä") == name_key(
        "Jyväskylä universitet")
    assert name_key("Tartu Ülikool") == name_key("University of Tartu")
    assert name_key("Tampereen kaupunki") == name_key("City of Tampere") == name_key("Tampere stad")


def test_legal_forms_case_and_punctuation_do_not_count():
    assert name_key("Sepra ry") == name_key("SEPRA RY.") == name_key("Sepra")
    assert name_key("Kodukant MTÜ") == name_key("Kodukant")
    assert name_key("Vestas Wind Systems A/S") == name_key("VESTAS WIND SYSTEMS")


def test_organisations_sharing_an_identifier_in_any_scheme_form_one_group():
    found = identifier_groups([
        Candidate(1, "Jyväskylän yliopisto", "FI", keys=frozenset({("fi", "02458728")})),
        Candidate(2, "University of Jyväskylä", "FI", keys=frozenset({("vat", "FI02458728"), ("fi", "02458728"),
                                                                      ("pic", "999884658")})),
        Candidate(3, "JYU", "FI", keys=frozenset({("pic", "999884658")})),
        Candidate(4, "Tampereen yliopisto", "FI", keys=frozenset({("fi", "23449522")})),
    ])
    assert found == [[1, 2, 3]]


def test_names_are_proposed_within_a_country_not_across():
    pairs = name_pairs([Candidate(1, "Jyväskylän yliopisto", "FI"), Candidate(2, "University of Jyväskylä", "FI"),
                        Candidate(3, "Jyväskylä University", "SE")])
    assert pairs == [(1, 2)]


def test_a_short_name_matches_the_other_entrys_name():
    pairs = name_pairs([Candidate(1, "Jyväskylän yliopisto", "FI", short_name="JYU"), Candidate(2, "JYU", "FI")])
    assert pairs == [(1, 2)]


def test_different_identifiers_of_one_scheme_or_different_cities_stop_a_name_proposal():
    assert name_pairs([Candidate(1, "Kehitysyhtiö Oy", "FI", keys=frozenset({("fi", "11111111")})),
                       Candidate(2, "Kehitysyhtiö", "FI", keys=frozenset({("fi", "22222222")}))]) == []
    assert name_pairs([Candidate(1, "Nuorisoseura ry", "FI", city="Oulu"),
                       Candidate(2, "Nuorisoseura", "FI", city="Kuopio")]) == []


def test_the_directory_finds_a_danish_cvr_in_the_identifier_table_and_the_vat_field(db):
    first = Organisation.objects.create(name="Region Midtjylland", country="DK", vat="DK29403473")
    second = Organisation.objects.create(name="Central Denmark Region", country="DK")
    OrganisationIdentifier.objects.create(organisation=second, scheme=IdentifierScheme.DK_CVR, value="29403473")
    found = find_duplicates()
    assert found.by_identifier == [[first, second]]
    assert found.by_name == []

"""A country select names each country in the four interface languages, for the picker to search."""

from django.utils import translation

from kumppani.directory.forms import OrganisationForm


def test_estonia_is_found_by_its_finnish_swedish_english_and_estonian_names(sepra):
    with translation.override("fi"):
        html = str(OrganisationForm(workspace=sepra)["country"])
    option = next(line for line in html.split("<option") if 'value="EE"' in line)
    assert ">Viro</option>" in option
    for name in ("Viro", "Estland", "Estonia", "Eesti"):
        assert name in option.split("data-search=")[1]


def test_the_country_select_falls_back_to_a_plain_select(sepra):
    html = str(OrganisationForm(workspace=sepra)["country"])
    assert html.startswith("<select") and 'data-picker="country"' in html

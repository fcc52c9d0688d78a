"""A country select names each country in the four interface languages, for the picker to search: in one file
for every picker, which the browser keeps."""

import json

from django.utils import translation

from kumppani.directory.forms import OrganisationForm


def names_address(html: str) -> str:
    return html.split('data-search-names="')[1].split('"')[0]


def test_estonia_is_found_by_its_finnish_swedish_english_and_estonian_names(client, sepra):
    with translation.override("fi"):
        html = str(OrganisationForm(workspace=sepra)["country"])
    option = next(line for line in html.split("<option") if 'value="EE"' in line)
    assert ">Viro</option>" in option
    names = client.get(names_address(html))
    assert names.status_code == 200 and names["Content-Type"] == "application/json"
    for name in ("Viro", "Estland", "Estonia", "Eesti"):
        assert name in json.loads(names.content)["EE"]


def test_the_search_names_are_one_file_kept_for_good_and_not_repeated_in_each_option(client, sepra):
    with translation.override("fi"):
        finnish = str(OrganisationForm(workspace=sepra)["country"])
    with translation.override("en"):
        english = str(OrganisationForm(workspace=sepra)["country"])
    assert names_address(finnish) == names_address(english) and "?v=" in names_address(finnish)
    assert "data-search=" not in finnish
    cache = client.get(names_address(finnish))["Cache-Control"]
    assert "immutable" in cache and "public" in cache and "max-age=31536000" in cache


def test_the_country_select_falls_back_to_a_plain_select(sepra):
    html = str(OrganisationForm(workspace=sepra)["country"])
    assert html.startswith("<select") and 'data-picker="country"' in html

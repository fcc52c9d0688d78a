"""A long fixed select (countries) rendered once per process writes what a fresh rendering would."""

from django.utils.translation import override

from kumppani.activities.forms import CountriesField, CountryField
from kumppani.core.forms import KeptChoices, KeptChoicesMultiple, LongSelect


def test_a_kept_country_select_renders_as_a_fresh_one_in_each_language_and_for_each_value() -> None:
    for language in ("fi", "en", "fi"):
        with override(language):
            for field, values in ((CountryField(), ["FI", "EE", "", None]),
                                  (CountriesField(), [["FI", "SE"], [], None, ["EE"]])):
                for value in values:
                    for attrs in ({"id": "id_country"}, {"id": "id_country", "required": True}):
                        kept = field.widget.render("country", value, attrs)
                        assert kept == field.widget.render("country", value, attrs)  # the kept copy
                        assert kept == field.widget.render_anew("country", value, attrs)  # a fresh rendering


def test_a_changed_list_is_rendered_anew() -> None:
    widget = KeptChoices(choices=[("a", "A")])
    assert 'value="a"' in widget.render("letter", "a")
    widget.choices = [("b", "B")]
    assert 'value="a"' not in widget.render("letter", "a")


def test_a_list_with_groups_is_rendered_every_time() -> None:
    widget = KeptChoicesMultiple(choices=[("Nordic", [("FI", "Finland")])])
    assert widget.kept_key("country", None, None, None) is None
    assert "<optgroup" in widget.render("country", None)


def test_a_long_select_is_kept_per_language_and_value() -> None:
    from kumppani.directory.forms import country_choices

    widget = LongSelect()
    for language in ("fi", "en"):
        with override(language):
            widget.choices = [("", "---------"), *country_choices()]
            for value in ("FI", "SE", None):
                kept = widget.render("country", value, {"id": "id_country"})
                assert kept == widget.render("country", value, {"id": "id_country"})
                assert kept == widget.render_anew("country", value, {"id": "id_country"})

"""Both demo workspaces have a strategy over their focus areas, with indicators whose values the record gives."""

from decimal import Decimal

from kumppani.strategy import definitions, values
from kumppani.strategy.models import Strategy
from kumppani.workspaces.models import FocusArea

SEED_TARGETS = {"Kansainväliset työpajat/opintomatkat": 10, "Uudet kv-partnereita sisältävät yhteistyöverkostot": 5,
                "Nuorten toteuttamien kv-toimenpiteiden määrä": 4}


def test_sepra_has_its_strategy_with_the_eleven_indicators_of_its_seed_page(demo):
    strategy = Strategy.objects.get(workspace__slug="sepra")
    assert (strategy.starts_on.year, strategy.ends_on.year) == (2023, 2027)
    assert set(FocusArea.objects.filter(workspace__slug="sepra").values_list("strategy", flat=True)) == {strategy.pk}
    indicators = list(strategy.indicators.all())
    assert len(indicators) == 11
    assert all(indicator.name.get("fi") and indicator.name.get("en") for indicator in indicators)
    targets = {indicator.name["fi"]: indicator.target for indicator in indicators}
    assert {name: targets[name] for name in SEED_TARGETS} == SEED_TARGETS


def test_every_demo_indicator_has_a_valid_definition(demo):
    for strategy in Strategy.objects.all():
        for indicator in strategy.indicators.all():
            assert definitions.clean_filters(indicator.source, indicator.aggregate, indicator.filters) == \
                indicator.filters
            assert definitions.describe(indicator)


def test_each_sepra_indicator_has_a_value_computed_from_the_record(demo):
    strategy = Strategy.objects.get(workspace__slug="sepra")
    computed = values.dashboard(strategy)
    assert len(computed) == 11
    for indicator, found in computed:
        assert found.status in ("reached", "on_track", "behind"), indicator
        assert found.total > 0, indicator
        assert set(found.per_year) == set(range(2023, 2028))
    by_name = {indicator.name["fi"]: found for indicator, found in computed}
    assert by_name["Kansainväliset työpajat/opintomatkat"].total == 10  # five in 2025 and five in 2026
    assert by_name["Nuorten toteuttamien kv-toimenpiteiden määrä"].per_year[2025] == 2


def test_values_entered_by_hand_have_a_source_and_evidence_for_2023_to_2025(demo):
    income = Strategy.objects.get(workspace__slug="sepra").indicators.get(name__en__icontains="income growth")
    assert income.source == "manual"
    entered = list(income.manual_values.all())
    assert [value.year for value in entered] == [2023, 2024, 2025]
    assert all(value.source and value.evidence_url.startswith("https://") for value in entered)
    assert values.indicator_values(income).total == Decimal("4.6")  # not cumulative: the latest year


def test_keski_suomi_has_indicators_in_each_of_its_three_focus_areas(demo):
    strategy = Strategy.objects.get(workspace__slug="keski-suomi")
    areas = FocusArea.objects.filter(workspace__slug="keski-suomi")
    assert set(areas.values_list("strategy", flat=True)) == {strategy.pk}
    assert {indicator.focus_area_id for indicator in strategy.indicators.all()} == set(areas.values_list("pk",
                                                                                                           flat=True))
    assert all(found.total > 0 for _indicator, found in values.dashboard(strategy))

"""Both demo workspaces have a strategy over their focus areas, with indicators whose values the record gives."""

from decimal import Decimal

from django.utils import timezone

from kumppani.directory.models import Representation
from kumppani.strategy import definitions, values
from kumppani.strategy.definitions import DATE_FIELDS
from kumppani.strategy.models import Indicator, Strategy
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
        assert indicator.focus_area_id or indicator.measure_id, indicator
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
    assert all(found.total + found.planned_total > 0 for _indicator, found in values.dashboard(strategy))


def test_sepras_examples_of_measures_are_measures_of_its_strategy_not_a_focus_area(demo):
    strategy = Strategy.objects.get(workspace__slug="sepra")
    titles = [area.title["fi"] for area in FocusArea.objects.filter(workspace__slug="sepra")]
    assert len(titles) == 4 and "Esimerkkejä toimenpiteistä" not in titles
    measures = list(strategy.measures.filter(focus_area__isnull=True))
    assert len(measures) == 4
    assert measures[0].title["fi"].startswith("Yhteiset opintomatkat ja koulutukset")
    assert strategy.indicators.filter(measure__in=measures).count() >= 4


def test_only_the_targets_the_seed_gives_are_agreed_the_rest_are_examples(demo):
    for indicator in Indicator.objects.filter(workspace__slug__in=["sepra", "keski-suomi"]):
        assert indicator.target_is_example == (indicator.name["fi"] not in SEED_TARGETS), indicator
        assert indicator.baseline_is_example == (indicator.baseline_value is not None), indicator


def test_no_achieved_value_holds_a_record_that_has_not_happened(demo):
    today = timezone.localdate()
    for strategy in Strategy.objects.all():
        for indicator, found in values.dashboard(strategy, today):
            counted = values.records(indicator, as_of=today)
            for record in counted:
                day = getattr(record, DATE_FIELDS.get(indicator.source, ""), None)
                assert day is None or day <= today, (indicator, record)
                if indicator.source == "projects" and "status" not in indicator.filters:
                    assert record.status in ("approved", "running", "closed"), (indicator, record)
            if indicator.source != "manual" and indicator.aggregate == "count" and indicator.cumulative:
                assert found.total == counted.count(), indicator


def test_the_regional_councils_elected_officials_represent_it_in_networks(demo):
    representations = Representation.objects.filter(workspace__slug="keski-suomi", person__kind="elected")
    assert representations.count() >= 4 and all(r.membership_id for r in representations)
    networks = {r.membership.network.short_name for r in Representation.objects.filter(
        workspace__slug="keski-suomi", person__name="Hannu Koponen")}
    assert {"BERST", "BEA-APP"} <= networks
    counted = Indicator.objects.get(workspace__slug="keski-suomi", source="representations")
    found = values.indicator_values(counted)
    assert found.total == representations.filter(starts_on__lte=timezone.localdate()).count()
    assert found.planned_total == 1  # a term that begins in 2027

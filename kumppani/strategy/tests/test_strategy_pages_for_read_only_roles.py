"""Viewers and elected officials read the strategy, its dashboard and drill-downs, and change nothing."""

import pytest
from django.urls import reverse

from kumppani.audit.models import AuditEntry
from kumppani.audit.writes import create_record
from kumppani.strategy.models import Indicator, ManualValue, Measure, Source
from kumppani.strategy.tests.pages import indicator_data, strategy, workshops
from kumppani.workspaces.models import FocusArea


@pytest.fixture
def records(sepra, alice):
    plan = strategy(sepra, alice)
    area = create_record(alice, sepra, FocusArea(title={"fi": "Matkailu"}, strategy=plan))
    measure = create_record(alice, sepra, Measure(focus_area=area, title={"fi": "Vaihdot"}))
    indicator = workshops(sepra, alice, plan, measure=measure, focus_area=area)
    by_hand = create_record(alice, sepra, Indicator(strategy=plan, name={"fi": "Tulot"}, target=10,
                                                    source=Source.MANUAL))
    value = create_record(alice, sepra, ManualValue(indicator=by_hand, year=2024, value=4, source="Tilasto"))
    return {"strategy": plan, "measure": measure, "indicator": indicator, "manual_value": value, "area": area}


def edit_urls(records) -> list[str]:
    def url(name: str, *args) -> str:
        return reverse(f"strategy:{name}", args=["sepra", *args])

    return [
        url("strategy_create"), url("strategy_edit", records["strategy"].pk),
        url("strategy_delete", records["strategy"].pk),
        url("strategy_indicator_create", records["strategy"].pk),
        url("indicator_edit", records["indicator"].pk), url("indicator_delete", records["indicator"].pk),
        url("measure_create"), url("measure_edit", records["measure"].pk), url("measure_delete", records["measure"].pk),
        url("manual_value_create"), url("manual_value_edit", records["manual_value"].pk),
        url("manual_value_delete", records["manual_value"].pk),
        reverse("strategy:focus_area_edit", args=["sepra", records["area"].pk]),
    ]


def read_urls(records) -> list[str]:
    def url(name: str, *args) -> str:
        return reverse(f"strategy:{name}", args=["sepra", *args])

    indicator = records["indicator"].pk
    return [url("strategy_list"), url("strategy_detail", records["strategy"].pk),
            url("strategy_dashboard", records["strategy"].pk), url("indicator_detail", indicator),
            url("indicator_records", indicator) + "?year=2026", url("measure_detail", records["measure"].pk),
            url("manual_value_detail", records["manual_value"].pk), reverse("home:dashboard", args=["sepra"])]


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_get_403_on_every_edit_page(client, records, reader, request):
    client.force_login(request.getfixturevalue(reader))
    before = AuditEntry.objects.count()
    for url in edit_urls(records):
        assert client.get(url).status_code == 403, url
        assert client.post(url, indicator_data()).status_code == 403, url
    assert AuditEntry.objects.count() == before


@pytest.mark.parametrize("reader", ["vera", "eero"])
def test_read_only_roles_see_the_dashboard_and_the_records_behind_it_without_edit_links(
        client, records, reader, request):
    client.force_login(request.getfixturevalue(reader))
    for url in read_urls(records):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "/edit/" not in response.content.decode(), url


def test_the_workspace_dashboard_links_to_the_strategy_dashboard(client, records, vera):
    client.force_login(vera)

    page = client.get(reverse("home:dashboard", args=["sepra"])).content.decode()

    assert reverse("strategy:strategy_dashboard", args=["sepra", records["strategy"].pk]) in page

"""The dashboard's pictures, drawn on the server: an indicator's bar against its target and its values per year
as an inline SVG bar chart (no JavaScript, nothing fetched from elsewhere). Each has a text equivalent."""

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

STATUS_WORDS = {"reached": gettext_lazy("Reached"), "on_track": gettext_lazy("On track"),
                "behind": gettext_lazy("Behind")}
BAR_WIDTH, GAP, HEIGHT, LABEL_SPACE = 28, 8, 64, 14


def number(value: Any) -> str:
    """A value as people read it: no decimals when it has none."""
    value = Decimal(value or 0)
    return number_format(value, decimal_pos=0 if value == value.to_integral_value() else 2, use_l10n=True)


def percent(share: float) -> int:
    return max(0, min(100, round(share * 100)))


def progress(indicator: Any, indicator_values: Any) -> dict[str, Any]:
    """The bar against the target (achieved, then planned as a lighter segment), the marker of the period gone, and
    the same in words."""
    reached = percent(indicator_values.share_of_target)
    target = Decimal(indicator.target or 0)
    planned_share = float(indicator_values.planned_total / target) if target > 0 else 0.0
    planned = max(0, min(100 - reached, round(planned_share * 100)))
    period = percent(indicator_values.share_of_period)
    status = STATUS_WORDS.get(indicator_values.status, indicator_values.status)
    words = _("%(value)s of the target %(target)s (%(reached)s %%); %(period)s %% of the period gone; %(status)s") % {
        "value": number(indicator_values.total), "target": number(indicator.target), "reached": reached,
        "period": period, "status": status}
    if indicator_values.planned_total:
        words += "; " + _("planned, not counted: %(planned)s") % {"planned": number(indicator_values.planned_total)}
    return {"reached": reached, "planned": planned, "planned_value": number(indicator_values.planned_total),
            "has_planned": bool(indicator_values.planned_total), "period": period,
            "status": indicator_values.status, "status_words": status, "words": words,
            "value": number(indicator_values.total), "target": number(indicator.target)}


def year_links(workspace: Any, indicator: Any, indicator_values: Any, years: list[int]) -> list[dict[str, Any]]:
    """Each year's value with the link to the records behind it: shown beside the chart (the chart itself is a
    picture with a text alternative, not a container of links)."""
    records = reverse("strategy:indicator_records", args=[workspace.slug, indicator.pk])
    return [{"year": year, "value": number(indicator_values.per_year.get(year, 0)), "url": f"{records}?year={year}"}
            for year in years]


def yearly_bars(workspace: Any, indicator: Any, indicator_values: Any, years: list[int]) -> SafeString:
    """The values per year as bars (achieved, with planned as a lighter segment on top), with the yearly targets as
    ticks; the text alternative says the same."""
    targets = {int(year): Decimal(str(target)) for year, target in (indicator.yearly_targets or {}).items()}
    per_year = {year: Decimal(indicator_values.per_year.get(year, 0)) for year in years}
    planned = {year: Decimal(indicator_values.planned_per_year.get(year, 0)) for year in years}
    highest = max([*(per_year[year] + planned[year] for year in years), *targets.values(), Decimal(1)])
    bars = format_html_join("", "{}", ((_year_bar(index, year, per_year[year], planned[year], targets.get(year),
                                                  highest),)
                                       for index, year in enumerate(years)))
    width = len(years) * (BAR_WIDTH + GAP)
    summary = "; ".join(_year_words(year, per_year[year], planned[year], targets.get(year)) for year in years)
    return format_html(
        '<svg class="year-chart" role="img" width="{}" height="{}" viewBox="0 0 {} {}" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width, HEIGHT + 2 * LABEL_SPACE, width, HEIGHT + 2 * LABEL_SPACE,
        _("Values per year: %(values)s") % {"values": summary}, summary, bars)


def _year_words(year: int, value: Decimal, planned: Decimal, target: Decimal | None) -> str:
    words = f"{year}: {number(value)}"
    if planned:
        words += " " + _("(planned %(planned)s)") % {"planned": number(planned)}
    if target is not None:
        words += ", " + _("target %(target)s") % {"target": number(target)}
    return words


def _year_bar(index: int, year: int, value: Decimal, planned: Decimal, target: Decimal | None,
              highest: Decimal) -> SafeString:
    x = index * (BAR_WIDTH + GAP)
    height = int(HEIGHT * value / highest)
    top = LABEL_SPACE + HEIGHT - height
    planned_height = int(HEIGHT * planned / highest)
    planned_bar = format_html('<rect class="planned" x="{}" y="{}" width="{}" height="{}"></rect>',
                              x, top - planned_height, BAR_WIDTH, planned_height) if planned_height else ""
    tick_y = LABEL_SPACE + HEIGHT - int(HEIGHT * target / highest) if target is not None else 0
    tick = format_html('<line class="target-tick" x1="{}" x2="{}" y1="{}" y2="{}"></line>',
                       x - 2, x + BAR_WIDTH + 2, tick_y, tick_y) if target is not None else ""
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}"></rect>{}'
        '<text x="{}" y="{}" text-anchor="middle">{}</text>{}'
        '<text class="year" x="{}" y="{}" text-anchor="middle">{}</text>',
        x, top, BAR_WIDTH, max(height, 1), planned_bar,
        x + BAR_WIDTH // 2, top - planned_height - 3, number(value), tick,
        x + BAR_WIDTH // 2, LABEL_SPACE * 2 + HEIGHT - 2, year)

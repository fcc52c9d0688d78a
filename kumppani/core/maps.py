"""Countries on a static map of Europe, shaded by a count: drawn on the server from the boundaries shipped as a
static asset (kumppani/static/kumppani/maps/, Natural Earth via world-atlas; its README names source and licence),
so no tile server and no script. The map is an image to screen readers: a page lists the same counts in words."""

import functools
import re
from collections.abc import Mapping

from django.contrib.staticfiles import finders
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAP_ASSET = "kumppani/maps/europe.svg"
_PATH = re.compile(r'<path id="([A-Z]{2})" data-name="[^"]*" d="([^"]+)"/>')


@functools.cache
def country_paths() -> tuple[tuple[str, str], ...]:
    """(ISO code, SVG path) of every country the asset draws."""
    location = finders.find(MAP_ASSET)
    if not location:
        return ()
    with open(location, encoding="utf-8") as handle:  # type: ignore[arg-type]
        return tuple(_PATH.findall(handle.read()))


def europe_map(counts: Mapping[str, int], label: str, names: Mapping[str, str], css_class: str = "hit-map") \
        -> SafeString:
    """The map with each country shaded in four levels by its share of the largest count."""
    top = max(counts.values(), default=1) or 1
    paths = []
    for code, data in country_paths():
        count = counts.get(code, 0)
        level = 0 if not count else 1 + min(2, (3 * count - 1) // top)
        title = f"<title>{escape(names.get(code, code))}: {count}</title>" if count else ""
        paths.append(f'<path class="map-level-{level}" data-country="{code}" d="{data}">{title}</path>')
    return mark_safe(  # noqa: S308 (the paths come from the shipped asset; names and the label are escaped)
        f'<svg class="{escape(css_class)}" viewBox="0 0 600 560" role="img" aria-label="{escape(label)}">'
        + "".join(paths) + "</svg>")

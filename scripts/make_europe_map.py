"""Draw the static map of Europe that pages colour by country: kumppani/static/kumppani/maps/europe.svg.

    python scripts/make_europe_map.py PATH/TO/world-atlas-2.0.2.tgz

Source: the npm package world-atlas 2.0.2 (`npm pack world-atlas@2.0.2`), TopoJSON of Natural Earth's 1:50m
admin-0 countries (public domain; the package itself is under the ISC licence of Mike Bostock). Run once; the SVG is
committed with a README beside it. Each country is one <path> whose id is its ISO 3166 alpha-2 code (the package
names countries by their numeric code; pycountry maps it), drawn in a Lambert azimuthal equal-area projection
centred on Europe, clipped to the window (a ring left with nothing inside it is dropped), coordinates rounded to
0.1 px and written relative to the point before: every page with a map carries it inline, so its size counts.
"""

import itertools
import json
import math
import sys
import tarfile
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "kumppani" / "static" / "kumppani" / "maps" / "europe.svg"
CENTRE = (14.0, 54.5)  # lon, lat
WIDTH, HEIGHT = 600, 560
SCALE = 820.0
# Countries without an ISO numeric code in the package, by name.
BY_NAME = {"Kosovo": "XK", "N. Cyprus": None}


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lambert azimuthal equal-area around CENTRE, scaled to the window."""
    lam, phi = math.radians(lon - CENTRE[0]), math.radians(lat)
    phi0 = math.radians(CENTRE[1])
    k = math.sqrt(2 / (1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return WIDTH / 2 + SCALE * x, HEIGHT / 2 - SCALE * y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def in_window(points: list[tuple[float, float]]) -> bool:
    return any(-50 <= x <= WIDTH + 50 and -50 <= y <= HEIGHT + 50 for x, y in points)


def visible(points: list[tuple[float, float]]) -> bool:
    """Whether any of the clipped ring is inside the window (a ring clipped wholly onto its edge draws nothing)."""
    return any(0 < x < WIDTH and 0 < y < HEIGHT for x, y in points)


def number(tenths: int) -> str:
    """Tenths of a pixel, as short as SVG reads them: 12 -> "1.2", 5 -> ".5", -5 -> "-.5", 30 -> "3"."""
    whole, tenth = divmod(abs(tenths), 10)
    text = (str(whole) if whole else "") + (f".{tenth}" if tenth else "") or "0"
    return ("-" if tenths < 0 else "") + text


def relative_ring(points: list[tuple[float, float]]) -> str:
    """M to the first point, then l with each step from the point before (rounded first, so no error builds up)."""
    tenths = [(round(x * 10), round(y * 10)) for x, y in points]
    data = f"M{number(tenths[0][0])},{number(tenths[0][1])}l"
    for (x0, y0), (x1, y1) in itertools.pairwise(tenths):
        dx, dy = number(x1 - x0), number(y1 - y0)
        step = dx + ("" if dy.startswith("-") else ",") + dy
        data += step if data[-1] == "l" or step.startswith("-") else " " + step
    return data + "z"


def path_data(polygons: list[list[list[int]]], arcs: list[list[tuple[float, float]]]) -> str:
    parts = []
    for polygon in polygons:
        for indices in polygon:
            lonlat = ring(arcs, indices)
            if not lonlat or max(lon for lon, _lat in lonlat) < -35 or min(lat for _lon, lat in lonlat) > 82:
                continue
            points = [project(lon, lat) for lon, lat in lonlat if lon > -35 and lat > 25]
            if len(points) < 3 or not in_window(points):
                continue
            clipped = [(min(max(x, -5), WIDTH + 5), min(max(y, -5), HEIGHT + 5)) for x, y in points]
            simplified = [clipped[0]]
            for x, y in clipped[1:]:
                if abs(x - simplified[-1][0]) + abs(y - simplified[-1][1]) >= 1.2:
                    simplified.append((x, y))
            if len(simplified) >= 3 and visible(simplified):
                parts.append(relative_ring(simplified))
    return "".join(parts)


def alpha2(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in BY_NAME:
        return BY_NAME[name]
    country = pycountry.countries.get(numeric=str(geometry.get("id", "")).zfill(3))
    return country.alpha_2 if country else None


def main(package: str) -> None:
    with tarfile.open(package) as archive:
        member = archive.extractfile("package/countries-110m.json")
        assert member is not None
        topology = json.load(member)
    arcs = decode_arcs(topology)
    paths = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2(geometry)
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        data = path_data(polygons, arcs)
        if data:
            name = geometry["properties"]["name"]
            paths.append(f'<path id="{code}" data-name="{name}" d="{data}"/>')
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">\n'
        "<!-- Natural Earth 1:110m admin-0 countries (public domain), via the npm package world-atlas 2.0.2 (ISC); "
        "drawn by scripts/make_europe_map.py -->\n" + "\n".join(sorted(paths)) + "\n</svg>\n", encoding="utf-8")
    print(f"{OUT}: {len(paths)} countries, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1])

"""An organisation's filter keys (country, type, NUTS region) packed into the one integer each posting carries.

A filtered search then keeps or skips a posting inside the impact index, without looking its organisation up: on
PostgreSQL at 2,000,000 projects that lookup made filtered queries take 0.3 to 3 s (bench/partner_speed.py). One
packed column rather than three: a rebuild binds and indexes one value per posting instead of three (on SQLite at
30 million postings, 5 s of extra rebuild time instead of 16 s). The key is written whenever a posting is (an
organisation's save reindexes it), and a rebuild writes them all.

Layout: ISO 3166-1 numeric country code << 30 | type code << 24 | region id (0 for none of each).
"""

import functools
from collections.abc import Iterable
from typing import Any

import pycountry

from kumppani.directory.models import OrganisationType, Region

COUNTRY_SHIFT, TYPE_SHIFT = 30, 24
TYPE_MASK, REGION_MASK = (1 << (COUNTRY_SHIFT - TYPE_SHIFT)) - 1, (1 << TYPE_SHIFT) - 1
NONE = 0  # no country, type or region known

# Stored in the index: a value keeps its number; a new organisation type takes the next free one.
TYPE_CODES = {
    OrganisationType.LEADER_GROUP: 1, OrganisationType.FLAG: 2, OrganisationType.REGIONAL_COUNCIL: 3,
    OrganisationType.MUNICIPALITY: 4, OrganisationType.UNIVERSITY: 5, OrganisationType.SCHOOL: 6,
    OrganisationType.RESEARCH: 7, OrganisationType.COMPANY: 8, OrganisationType.ASSOCIATION: 9,
    OrganisationType.FOUNDATION: 10, OrganisationType.NETWORK: 11, OrganisationType.CHAMBER: 12,
    OrganisationType.PUBLIC_BODY: 13, OrganisationType.EU_BODY: 14, OrganisationType.OTHER: 15,
}


@functools.lru_cache(maxsize=512)
def country_code(alpha_2: str | None) -> int:
    """ISO 3166-1 numeric code of a country given by its alpha-2 code."""
    country = pycountry.countries.get(alpha_2=alpha_2.upper()) if alpha_2 else None
    return int(country.numeric) if country is not None else NONE


def type_code(value: str | None) -> int:
    return TYPE_CODES.get(value or "", NONE)  # type: ignore[call-overload]


def pack(country: str | None, type_: str | None, region_id: int | None) -> int:
    region = region_id if region_id and region_id <= REGION_MASK else NONE
    return country_code(country) << COUNTRY_SHIFT | type_code(type_) << TYPE_SHIFT | region


def unpack(key: int) -> tuple[int, int, int]:
    """(country code, type code, region id)"""
    return key >> COUNTRY_SHIFT, key >> TYPE_SHIFT & TYPE_MASK, key & REGION_MASK


def conditions(column: str, countries: list[str], types: list[str], regions: list[str]) -> tuple[str, list[Any]]:
    """SQL conditions (each starting with AND) on a packed key column that keep what the filters allow."""
    parts, params = [], []
    for expression, values in (
            (f"({column} >> {COUNTRY_SHIFT})", sorted({country_code(code) for code in countries})),
            (f"(({column} >> {TYPE_SHIFT}) & {TYPE_MASK})", sorted({type_code(value) for value in types})),
            (f"({column} & {REGION_MASK})", (region_ids(regions) or [-1]) if regions else [])):
        if values:
            parts.append(f" AND {expression} IN ({', '.join(['%s'] * len(values))})")
            params += values
    return "".join(parts), params


def region_ids(codes: Iterable[str]) -> list[int]:
    """The regions these NUTS codes name, with all their sub-regions."""
    found: set[int] = set()
    for code in codes:
        found.update(Region.objects.filter(code__startswith=code).values_list("pk", flat=True))
    return sorted(found)

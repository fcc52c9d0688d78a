"""IATI's ruleset (iati_ruleset/standard.json, see its README) checked over an exported document.

The ruleset maps an XPath context to named rules, each with cases (SPEC.rst of IATI/IATI-Rulesets). Every rule
type the ruleset uses is implemented here with lxml's XPath 1.0. The rules that ask the IATI Registry
(`idCondition`: "not an existing publisher's identifier") are always applied, which is the stricter reading.
"""

import datetime
import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.utils import timezone
from lxml import etree

RULESET = Path(__file__).parent / "iati_ruleset" / "standard.json"
ORG_ID_PREFIX = "ORG-ID-PREFIX"


@dataclass(frozen=True)
class Violation:
    rule: str  # e.g. "7.5.3"
    severity: str  # "error" or "warning"
    message: str
    where: str  # the element the rule was checked on, as an XPath into the document

    def __str__(self) -> str:
        return f"{self.severity} {self.rule} at {self.where}: {self.message}"


@dataclass
class Check:
    node: etree._Element
    case: dict[str, Any]
    prefixes: frozenset[str]
    today: datetime.date

    def values(self, path: str) -> list[str]:
        """The texts an XPath finds: an attribute's or text node's value, an element's text."""
        found = self.node.xpath(path)
        if not isinstance(found, list):
            return [str(found)]
        return [(item.text or "") if isinstance(item, etree._Element) else str(item) for item in found]

    def exists(self, path: str) -> bool:
        found = self.node.xpath(path)
        return bool(found)

    def holds(self, expression: str) -> bool:
        return bool(self.node.xpath(f"boolean({expression})"))

    def all_values(self, key: str = "paths") -> list[str]:
        return [value for path in self.case.get(key, []) for value in self.values(path)]

    def dates(self, path: str) -> list[datetime.date]:
        if path == "NOW":
            return [self.today]
        return [day for value in self.values(path) if (day := parse_date(value)) is not None]


def parse_date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def number(value: str) -> Decimal | None:
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        return None


# Rules: each answers whether the case holds on the node ----------------------------------------------------------


def atleast_one(check: Check) -> bool:
    return any(check.exists(path) for path in check.case["paths"])


def no_more_than_one(check: Check) -> bool:
    return sum(len(check.values(path)) for path in check.case["paths"]) <= 1


def only_one_of(check: Check) -> bool:
    found = sum(len(check.values(path)) for path in check.case["paths"])
    if any(check.exists(path) for path in check.case.get("excluded", [])):
        return found == 0
    return found == 1


# What "all" means in one_or_all: every element of the kind carries the thing `one` would declare once.
ONE_OR_ALL = {"lang": ".//narrative[not(@xml:lang)]", "currency": ".//value[not(@currency)]",
              "sector": "transaction[not(sector)]"}


def one_or_all(check: Check) -> bool:
    return check.exists(check.case["one"]) or not check.exists(ONE_OR_ALL[check.case["all"]])


def dependent(check: Check) -> bool:
    present = [check.exists(path) for path in check.case["paths"]]
    return all(present) or not any(present)


def strict_sum(check: Check) -> bool:
    values = [number(value) for value in check.all_values()]
    numbers = [value for value in values if value is not None]
    return len(numbers) == len(values) and sum(numbers, Decimal(0)) == Decimal(str(check.case["sum"]))


def date_order(check: Check) -> bool:
    return all(less <= more for less in check.dates(check.case["less"]) for more in check.dates(check.case["more"]))


def date_now(check: Check) -> bool:
    for value in check.values(check.case["date"]):
        try:
            moment = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            return False
        if timezone.is_aware(moment) and moment > timezone.now() + datetime.timedelta(minutes=1):
            return False
        if timezone.is_naive(moment) and moment.date() > check.today:
            return False
    return True


def time_limit(check: Check) -> bool:
    starts, ends = check.dates(check.case["start"]), check.dates(check.case["end"])
    return all((end - start).days <= 365 for start in starts for end in ends)


def between_dates(check: Check) -> bool:
    starts, ends = check.dates(check.case["start"]), check.dates(check.case["end"])
    return all(start <= day <= end for day in check.dates(check.case["date"]) for start in starts for end in ends)


def regex_matches(check: Check) -> bool:
    return all(re.search(check.case["regex"], value) for value in check.all_values())


def regex_no_matches(check: Check) -> bool:
    return not any(re.search(check.case["regex"], value) for value in check.all_values())


def startswith(check: Check) -> bool:
    prefixes = [prefix for path in check.case["prefix"]
                for prefix in (check.prefixes if path == ORG_ID_PREFIX else check.values(path))]
    separator = check.case.get("separator", "-" if check.case["prefix"] == [ORG_ID_PREFIX] else "")
    return all(any(value.startswith(prefix + separator) for prefix in prefixes) for value in check.all_values())


def unique(check: Check) -> bool:
    values = check.all_values()
    return len(values) == len(set(values))


def if_then(check: Check) -> bool:
    return not check.holds(check.case["if"]) or check.holds(check.case["then"])


def value_range(check: Check) -> bool:
    low, high = Decimal(str(check.case.get("min", "-Infinity"))), Decimal(str(check.case.get("max", "Infinity")))
    values = [number(value) for value in check.all_values()]
    return all(value is not None and low <= value <= high for value in values)


def no_spaces(check: Check) -> bool:
    return all(value == value.strip() for value in check.all_values())


RULES: dict[str, Callable[[Check], bool]] = {
    "atleast_one": atleast_one, "no_more_than_one": no_more_than_one, "only_one_of": only_one_of,
    "one_or_all": one_or_all, "dependent": dependent, "sum": strict_sum, "strict_sum": strict_sum,
    "date_order": date_order, "date_now": date_now, "time_limit": time_limit, "between_dates": between_dates,
    "regex_matches": regex_matches, "regex_no_matches": regex_no_matches, "startswith": startswith,
    "unique": unique, "if_then": if_then, "range": value_range, "no_spaces": no_spaces,
}


# Running the ruleset --------------------------------------------------------------------------------------------


@functools.cache
def standard_ruleset() -> dict[str, Any]:
    return json.loads(RULESET.read_text(encoding="utf-8"))


def _substituted(case: Any, value: str) -> Any:
    """A loop's case with its "$1" replaced by the value being looped over."""
    if isinstance(case, str):
        return case.replace("$1", value)
    if isinstance(case, list):
        return [_substituted(item, value) for item in case]
    if isinstance(case, dict):
        return {key: _substituted(item, value) for key, item in case.items()}
    return case


def _cases(rules: dict[str, Any], node: etree._Element, check: Callable[[str, dict[str, Any]], Check]) \
        -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (rule, case) to apply on the node, the loops unrolled."""
    for name, body in rules.items():
        for case in body["cases"]:
            if name != "loop":
                yield name, case
                continue
            for value in dict.fromkeys(check(name, case).values(case["foreach"])):
                yield from _cases(_substituted(case["do"], value), node, check)


def violations(document: etree._Element, *, prefixes: frozenset[str], ruleset: dict[str, Any] | None = None,
               today: datetime.date | None = None) -> list[Violation]:
    """Every case of the ruleset that fails on the document; `prefixes` are the registered organisation-identifier
    prefixes (the ruleset's ORG-ID-PREFIX)."""
    today = today or timezone.localdate()
    tree = document.getroottree()
    found = []
    for context, rules in (ruleset or standard_ruleset()).items():
        for node in document.xpath(context):
            def check(name: str, case: dict[str, Any], node: etree._Element = node) -> Check:
                return Check(node, case, prefixes, today)

            for name, case in _cases(rules, node, check):
                applies = "condition" not in case or check(name, case).holds(case["condition"])
                if applies and not RULES[name](check(name, case)):
                    info = case.get("ruleInfo", {})
                    found.append(Violation(info.get("id", name), info.get("severity", "error"),
                                           info.get("message", name), tree.getpath(node)))
    return found

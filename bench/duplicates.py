"""How many duplicate organisations the directory's matching finds on the real public lists, and how precise the
name-based proposals are on a sample judged by hand.

    .venv/bin/python bench/duplicates.py [--data ../shared/data] [--sample 50] [--seed 15]

Reads the beneficiary and participant lists in ../shared/data (eu-structural-funds: FI, DK, SE, LT, LV;
norway-eu-grants: H2020 participations with organisation numbers; cordis-samples: H2020 participants with PIC and
VAT, Horizon Europe participants with the PIC in their contact-form address). Every distinct (name, country,
identifiers) of a list is one arrival; arrivals with the same normalised name in the same country are one entry
already (what the importers match on), so the figures count what is found beyond that:

- by identifier: entries that share an identifier key (kumppani/directory/matching.identifier_groups) with
  another entry: they are merged automatically (manage.py merge_identifier_duplicates);
- proposed by name: pairs kumppani/directory/matching.name_pairs proposes for staff to confirm.

Precision: a fixed random sample (--seed) of the proposed pairs is printed; bench/duplicates_judgements.tsv holds
my judgement of each pair (same / different / unsure), made by hand, and the bench prints the share judged the
same among those judged. How I judged: the same organisation when the names differ only in legal form, case,
punctuation, language or word order and nothing in the names points at different units (a different department,
faculty, branch or a subsidiary is "different"; a partnership or sole trader that became a limited company, e.g.
"Stormbit Ky" and "Stormbit Oy", is a new legal person with its own business ID: "different"; "Oy" and "Ab" are the
Finnish and Swedish names of one legal form: no difference); one name being the other's acronym counted as the
same only when the acronym is that organisation's well-known one. Pairs in the sample without a judgement are
listed as such.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kumppani.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")

import django

django.setup()

from kumppani.directory.identifiers import identifier_keys  # noqa: E402
from kumppani.directory.matching import Candidate, identifier_groups, name_pairs  # noqa: E402
from kumppani.directory.normalise import normalise_name  # noqa: E402

JUDGEMENTS = Path(__file__).with_name("duplicates_judgements.tsv")
Arrival = tuple[str, str, str, str, frozenset]  # source, name, country, city, keys
PIC_IN_CONTACT_FORM = re.compile(r"/project/(\d{9})/")

csv.field_size_limit(10**8)


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as handle:  # type: ignore[operator]
        yield from csv.DictReader(handle, delimiter=delimiter)


def structural_funds(folder: Path) -> Iterator[Arrival]:
    for name, country, column in [("fi_erdf_esf_2007-2013.csv.gz", "FI", "Toteuttajan nimi"),
                                  ("fi_erdf_esf_2014-2020.csv.gz", "FI", "Toteuttajan nimi"),
                                  ("lt_applications_2014-2020.csv.gz", "LT", "Pareiškėjas/ Vykdytojas"),
                                  ("lv_all_funds_2014-2020.csv.gz", "LV", "Finansējuma saņēmējs")]:
        for row in _rows(folder / name):
            yield (name, (row.get(column) or "").strip(), country, "", frozenset())
    for row in _rows(folder / "dk_erdf_2007-2013.csv.gz"):
        yield ("dk_2007", row["navn"].strip(), "DK", row.get("bynavn", ""),
               frozenset(identifier_keys("dk_cvr", row.get("cvr", ""))))
    for row in _rows(folder / "dk_erdf_esf_2014-2020.csv.gz"):
        yield ("dk_2014", row["Kontraktansvarlig partner / Beneficiary name"].strip(), "DK", row.get("Bynavn", ""),
               frozenset())
    with gzip.open(folder / "se_erdf_2014-2020.json.gz", "rt", encoding="utf-8") as handle:
        for item in json.load(handle):
            yield ("se_2014", (item.get("stödmottagare") or "").strip(), "SE", "", frozenset())


def norway(folder: Path) -> Iterator[Arrival]:
    for row in _rows(folder / "dataset.csv", ";"):
        keys = identifier_keys("no_organisation_number", row.get("Organisasjonsnummer", ""))
        yield ("no_h2020", row["Organisasjonsnavn"].strip(), "NO", row.get("Adresse kommune", ""), frozenset(keys))


def cordis(folder: Path) -> Iterator[Arrival]:
    with open(folder / "h2020_semiconductor_ev" / "organization.json", encoding="utf-8") as handle:
        for item in json.load(handle):
            keys = identifier_keys("pic", str(item.get("organisationID") or ""))
            keys |= identifier_keys("vat", item.get("vatNumber") or "")
            yield ("cordis_h2020", item["name"].strip(), item.get("country") or "", item.get("city") or "",
                   frozenset(keys))
    for row in _rows(folder / "horizon_europe_hopon_sample" / "orgs.csv", "|"):
        pic = PIC_IN_CONTACT_FORM.search(row.get("contactForm") or "")
        keys = identifier_keys("pic", pic.group(1)) if pic else set()
        yield ("cordis_he", row["name"].strip(), row.get("country") or "", row.get("city") or "", frozenset(keys))


def entries(arrivals: list[Arrival]) -> list[Candidate]:
    """One entry per normalised name and country (as the importers match), with every identifier seen for it."""
    merged: dict[tuple[str, str], dict] = {}
    for _source, name, country, city, keys in arrivals:
        if not name or not country:
            continue
        entry = merged.setdefault((normalise_name(name), country.upper()),
                                  {"name": name, "city": city, "keys": set()})
        entry["keys"] |= keys
    return [Candidate(pk=index, name=values["name"], country=country, city=values["city"],
                      keys=frozenset(values["keys"]))
            for index, ((_normalised, country), values) in enumerate(sorted(merged.items()))]


def judgements() -> dict[tuple[str, str], str]:
    if not JUDGEMENTS.exists():
        return {}
    found = {}
    for row in csv.DictReader(JUDGEMENTS.open(encoding="utf-8"), delimiter="\t"):
        found[(row["first"], row["second"])] = row["judgement"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[3] / "shared" / "data"))
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    data = Path(args.data)
    arrivals = [*structural_funds(data / "eu-structural-funds"), *norway(data / "norway-eu-grants"),
                *cordis(data / "cordis-samples")]
    candidates = entries(arrivals)
    groups = identifier_groups(candidates)
    pairs = name_pairs(candidates)
    by_pk = {candidate.pk: candidate for candidate in candidates}
    print(f"arrivals (distinct rows of the lists): {len(arrivals)}")
    print(f"entries after exact normalised-name matching (today's importers): {len(candidates)}")
    print(f"found by identifier: {sum(len(group) - 1 for group in groups)} duplicate entries in {len(groups)} groups")
    print(f"proposed by name: {len(pairs)} pairs "
          f"({len({pk for pair in pairs for pk in pair})} entries involved)")
    sample = random.Random(args.seed).sample(pairs, min(args.sample, len(pairs)))
    judged = judgements()
    verdicts = []
    print(f"\nsample of {len(sample)} proposed pairs (seed {args.seed}); judgement from {JUDGEMENTS.name}:")
    for first_pk, second_pk in sample:
        first, second = by_pk[first_pk], by_pk[second_pk]
        verdict = judged.get((first.name, second.name), "unjudged")
        verdicts.append(verdict)
        print(f"  [{verdict:9}] {first.country} | {first.name} | {second.name}")
    decided = [verdict for verdict in verdicts if verdict in ("same", "different")]
    if decided:
        same = decided.count("same")
        print(f"\nprecision of the name proposals on the sample: {same}/{len(decided)} = {same / len(decided):.2f} "
              f"({verdicts.count('unsure')} unsure, {verdicts.count('unjudged')} unjudged)")


if __name__ == "__main__":
    main()

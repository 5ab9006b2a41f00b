"""How many UN members have a dated head of state or government in the actor dictionaries, year by year.

For each of the 193 UN member states and each year 2015-2026, a member counts as covered on 1 July when
some person record gives it a GOV role valid that day:
  * wikipedia: a term in Wikipedia's "List of state leaders in the 21st century" (heads of state and
    government only; the 2019-07-20 dump, so a term "(2017–present)" is assumed to go on after that date),
    split into terms that end or run within the dump's dates and terms carried past them;
  * wikidata: a head of state or government or a foreign minister from the Wikidata snapshots of
    every-politician-scrapers (2021-2024; scripts/officeholders.py);
  * any: that, or any imported (Phoenix, up to 2014) or curated person with a GOV role on the date
    (Phoenix GOV roles include ministers).
Usage: python scripts/leader_coverage.py [--markdown]
"""
from __future__ import annotations

import argparse
from datetime import date

import pycountry

from flashpoint.actors.dictionary import load_dictionary

# ISO 3166-1 entries that are not UN member states (dependencies, observers, Antarctica, ...)
NOT_MEMBERS = set("""ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF
GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM SPM SXM TCA TKL TWN UMI
VAT VGB VIR WLF""".split())
SNAPSHOT = date(2019, 7, 20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    members = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in NOT_MEMBERS)
    assert len(members) == 193, len(members)
    d = load_dictionary()
    entries = [d._kb_entry(i) for i, k in enumerate(d._kb["kind"]) if k == "person"]
    entries = [e for e in entries if e is not None] + [e for e in d.entries.values() if e.kind == "person"]
    years = list(range(2015, 2027))
    rows = []
    for y in years:
        day = date(y, 7, 1)
        wiki_dated, wiki_any, wikidata, any_src = set(), set(), set(), set()
        for e in entries:
            for r in e.roles:
                if r.sector != "GOV" or r.country not in members or not r.valid_on(day):
                    continue
                any_src.add(r.country)
                if e.source and "every-politician-scrapers" in e.source:
                    wikidata.add(r.country)
                if e.source and "state_leaders" in e.source:
                    wiki_any.add(r.country)
                    if day <= SNAPSHOT:
                        wiki_dated.add(r.country)
        rows.append((y, len(wiki_dated), len(wiki_any), len(wikidata), len(any_src)))
    if args.markdown:
        print("| year (1 July) | Wikipedia term dated in the source | + terms carried past 2019-07-20 "
              "| Wikidata snapshots 2021-2024 | any source (incl. Phoenix ministers) |")
        print("|---|---|---|---|---|")
        for y, a, b, w, c in rows:
            print(f"| {y} | {a}/193 | {b}/193 | {w}/193 | {c}/193 |")
    else:
        for row in rows:
            print(*row)


if __name__ == "__main__":
    main()

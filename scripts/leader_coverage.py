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
With --ministers: how many UN members have a dated defence minister, a dated interior minister, and both,
on 1 July of each year (a person's role whose title names the office; in practice the Wikidata terms of
scripts/cabinets.py, since Phoenix roles carry no title).
Usage: python scripts/leader_coverage.py [--markdown] [--ministers]
"""
from __future__ import annotations

import argparse
import re
from datetime import date

import pycountry

from flashpoint.actors.dictionary import load_dictionary

# ISO 3166-1 entries that are not UN member states (dependencies, observers, Antarctica, ...)
NOT_MEMBERS = set("""ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF
GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM SPM SXM TCA TKL TWN UMI
VAT VGB VIR WLF""".split())
SNAPSHOT = date(2019, 7, 20)
DEFENCE = re.compile(r"defen[cs]e|armed forces|\bmilitary affairs", re.I)
INTERIOR = re.compile(r"interior|internal affairs|home affairs|home department|public security|homeland security|"
                      r"internal security", re.I)


def minister_rows(entries, members, years) -> list[tuple[int, int, int, int]]:
    """(year, members with a defence minister, with an interior minister, with both) on 1 July."""
    out = []
    for y in years:
        day = date(y, 7, 1)
        defence, interior = set(), set()
        for e in entries:
            for r in e.roles:
                if r.sector != "GOV" or r.country not in members or not r.label or not r.valid_on(day):
                    continue
                if re.search(r"deputy|vice|assistant|state secretary|secretary of state for|under|minister of state",
                             r.label, re.I) and not re.match(r"secretary of state for (defen|the home)", r.label, re.I):
                    continue
                if DEFENCE.search(r.label):
                    defence.add(r.country)
                if INTERIOR.search(r.label):
                    interior.add(r.country)
        out.append((y, len(defence), len(interior), len(defence & interior)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--ministers", action="store_true", help="defence and interior ministers instead of leaders")
    args = ap.parse_args()
    members = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in NOT_MEMBERS)
    assert len(members) == 193, len(members)
    d = load_dictionary()
    entries = [d._kb_entry(i) for i, k in enumerate(d._kb["kind"]) if k == "person"]
    entries = [e for e in entries if e is not None] + [e for e in d.entries.values() if e.kind == "person"]
    years = list(range(2015, 2027))
    if args.ministers:
        mrows = minister_rows(entries, set(members), years)
        if args.markdown:
            print("| year (1 July) | defence minister | interior minister | both |")
            print("|---|---|---|---|")
            for y, a, b, c in mrows:
                print(f"| {y} | {a}/193 | {b}/193 | {c}/193 |")
        else:
            for row in mrows:
                print(*row)
        return
    rows = []
    for y in years:
        day = date(y, 7, 1)
        wiki_dated, wiki_any, wikidata, any_src = set(), set(), set(), set()
        for e in entries:
            for r in e.roles:
                if r.sector != "GOV" or r.country not in members or not r.valid_on(day):
                    continue
                any_src.add(r.country)
                if e.source and ("world-leaders-2021" in e.source or "every-politician-scrapers/world:" in e.source):
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

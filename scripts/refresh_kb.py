"""Re-apply changed name filters to src/flashpoint/actors/data/kb.parquet without a full rebuild.

A full rebuild (scripts/import_actors.py) needs a dozen source repositories; a change to the name filters of
the UCDP armed groups (scripts/ucdp_actors.py) or of the Party Facts parties (scripts/parties.py) needs at most
Party Facts. In the shipped file's order of records:

1. UCDP groups: the names that ``parties.everyday_phrase`` now leaves out are removed from the UCDP records
   (a record left with no name goes). The filter is per name, so this is what ucdp_rows gives; no removed name
   was the link that gave a Phoenix regional group its UCDP country (such a record would hold it; none does).
1b. Phoenix non-state groups: one-word names that are everyday words ("Organization", "Youth") go, as
   ``import_actors.drop_everyday_group_names`` drops them in a full rebuild.
2. Party Facts: its records are rebuilt with ``parties.party_rows`` from the repository, with the names of all
   records before the first party record as ``taken``, as the import computes them, so the result is what a
   full rebuild of that order gives (the parties come last but for cabinets and places, which merge people by
   Wikidata id and never take a party's name).

    python scripts/refresh_kb.py /work/.mirror/hdigital+partyfactsdata/repo          # rewrite kb.parquet
    python scripts/refresh_kb.py /work/.mirror/hdigital+partyfactsdata/repo --check  # exit 1 if it would change
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

from import_actors import DATA, country_named, drop_everyday_group_names, to_table  # noqa: E402
from parties import PARTIES_REPO, _lowercase_words, everyday_phrase, party_rows  # noqa: E402
from ucdp_actors import UCDP_REPO  # noqa: E402

from flashpoint.actors.dictionary import fold  # noqa: E402


def refilter_groups(rows: list[dict], lower: set[str]) -> tuple[list[dict], int]:
    """Step 1; returns the records and how many names went."""
    out, gone = [], 0
    for r in rows:
        # kept as they are: records of other sources, and Phoenix regional groups that took a UCDP group's country
        # and names (of the shipped 39, none holds an everyday name but Phoenix's own acronym "LET", which UCDP's
        # acronym rule bars)
        if not r["source"].startswith(UCDP_REPO) or "country from" in r["source"]:
            out.append(r)
            continue
        names = [n for n in r["names"] if not everyday_phrase(n, lower, fold)]
        gone += len(r["names"]) - len(names)
        if names:
            out.append({**r, "names": names, "keys": [fold(n) for n in names]})
    return out, gone


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parties", help="hdigital/partyfactsdata bare git dir")
    ap.add_argument("--kb", default=str(DATA / "kb.parquet"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    table = pq.read_table(args.kb)
    before = table.to_pylist()
    rows, gone = refilter_groups(before, _lowercase_words())
    phoenix_gone = drop_everyday_group_names(rows, _lowercase_words(), fold)
    idx = [i for i, r in enumerate(rows) if r["source"].startswith(PARTIES_REPO)]
    if not idx or idx != list(range(idx[0], idx[-1] + 1)):
        raise SystemExit(f"{args.kb}: the Party Facts records are not one block; run scripts/import_actors.py")
    first, last = idx[0], idx[-1]
    taken = {fold(n) for r in rows[:first] for n in r["names"]}
    new = to_table(party_rows(args.parties, fold, taken, country_named)).to_pylist()
    rows = rows[:first] + new + rows[last + 1:]
    print(f"UCDP group names dropped: {gone}; Phoenix everyday group names dropped: {phoenix_gone}; Party Facts records: {last - first + 1} shipped, {len(new)} from "
          f"the filters")
    same = [(r["names"], r["line"]) for r in before] == [(r["names"], r["line"]) for r in rows]
    if args.check:
        raise SystemExit(0 if same else 1)
    if same:
        print("unchanged")
        return
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), args.kb, compression="zstd")
    print(f"wrote {args.kb}: {len(rows)} records")


if __name__ == "__main__":
    main()

"""Rebuild only the Party Facts records of src/flashpoint/actors/data/kb.parquet.

A full rebuild (scripts/import_actors.py) needs a dozen source repositories; a change to the party filters
(scripts/parties.py) needs only Party Facts. The records before the first Party Facts record are the names
that ``party_rows`` must not take (``taken``), exactly as import_actors.py computes them, so the result is
what a full rebuild gives: the armed-group and office-holder records do not depend on party names (the UCDP
records come before the parties; cabinets merge people by Wikidata id).

    python scripts/refresh_parties.py /work/.mirror/hdigital+partyfactsdata/repo

Re-runnable; with ``--check`` it only says whether the shipped records match what the filters give.
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

from import_actors import DATA, country_named, to_table  # noqa: E402
from parties import PARTIES_REPO, party_rows  # noqa: E402

from flashpoint.actors.dictionary import fold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parties", help="hdigital/partyfactsdata bare git dir")
    ap.add_argument("--kb", default=str(DATA / "kb.parquet"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    table = pq.read_table(args.kb)
    rows = table.to_pylist()
    idx = [i for i, r in enumerate(rows) if r["source"].startswith(PARTIES_REPO)]
    if not idx or idx != list(range(idx[0], idx[-1] + 1)):
        raise SystemExit(f"{args.kb}: the Party Facts records are not one block; run scripts/import_actors.py")
    first, last = idx[0], idx[-1]
    taken = {fold(n) for r in rows[:first] for n in r["names"]}
    fresh = party_rows(args.parties, fold, taken, country_named)
    new = to_table(fresh).to_pylist()
    old = rows[first:last + 1]
    same = [r["names"] for r in old] == [r["names"] for r in new] and [r["line"] for r in old] == [r["line"] for r in new]
    print(f"Party Facts records: {len(old)} shipped, {len(new)} from the filters; "
          f"names dropped: {sum(len(r['names']) for r in old) - sum(len(r['names']) for r in new)}")
    if args.check:
        raise SystemExit(0 if same else 1)
    if same:
        print("unchanged")
        return
    out = rows[:first] + new + rows[last + 1:]
    pq.write_table(pa.Table.from_pylist(out, schema=table.schema), args.kb, compression="zstd")
    print(f"wrote {args.kb}: {len(out)} records")


if __name__ == "__main__":
    main()

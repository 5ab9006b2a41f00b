"""Large documents: flashpoint vs raw spaCy parse on the same text, at growing sizes, in one run.

Each measurement runs in a fresh process so its peak RSS is its own. Prints time and peak memory for
raw ``nlp.pipe`` over the same segments and for the whole pipeline, and their ratio (target: coding
<= 1.3x the raw parse at every size, peak memory < 1.5 GB). The text is real news (the bundled
Wikinews articles) repeated to size.
Usage: python benchmarks/large_docs.py [--sizes 200000,1000000,5000000]
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_text(chars: int) -> str:
    csv.field_size_limit(10**8)
    with open(ROOT / "corpus" / "wikinews_2019.csv", encoding="utf-8") as fh:
        arts = [r["text"] for r in csv.DictReader(fh)]
    parts, n, i = [], 0, 0
    while n < chars:
        a = arts[i % len(arts)]
        parts.append(a)
        n += len(a) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def child(mode: str, chars: int) -> None:
    from flashpoint.ingest.readers import make_document
    from flashpoint.nlp import load_nlp, parse_segments
    from flashpoint.pipeline import Pipeline

    text = make_text(chars)
    load_nlp()
    if mode == "full":
        p = Pipeline()
        p.geo  # noqa: B018 - load the gazetteer before timing
        p.process([make_document("Kosovo police arrested two men.")])
    t = time.perf_counter()
    if mode == "raw":
        for _ in parse_segments([text]):
            pass
        events = 0
    else:
        events = len(p.process([make_document(text)])[0].events)
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB on Linux
    print(json.dumps({"seconds": dt, "peak_mb": peak, "events": events}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="200000,1000000,5000000")
    ap.add_argument("--child", nargs=2)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print(f"{'chars':>10} {'raw s':>8} {'raw MB':>8} {'full s':>8} {'full MB':>8} {'events':>7} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        res = {}
        for mode in ("raw", "full"):
            out = subprocess.run([sys.executable, __file__, "--child", mode, str(size)], capture_output=True,
                                 text=True, check=True).stdout.strip().splitlines()[-1]
            res[mode] = json.loads(out)
        r, f = res["raw"], res["full"]
        print(f"{size:>10,} {r['seconds']:8.1f} {r['peak_mb']:8.0f} {f['seconds']:8.1f} {f['peak_mb']:8.0f} "
              f"{f['events']:>7} {f['seconds'] / r['seconds']:6.2f}", flush=True)
    print("targets: ratio full/raw <= 1.3 at every size; full peak < 1500 MB")


if __name__ == "__main__":
    main()

"""Throughput: flashpoint's full pipeline vs raw spaCy ``nlp.pipe`` on the same corpus, in one run.

Prints docs/s for each, the ratio (target >= 0.8), and the share of time geocoding adds (target < 20%).
Usage: python benchmarks/throughput.py [CORPUS_DIR] [--limit N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from flashpoint.geo.resolver import default_resolver
from flashpoint.ingest import iter_documents
from flashpoint.nlp import load_nlp, parse_segments
from flashpoint.pipeline import Pipeline, Settings
from flashpoint.records import Document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[1] / "corpus"))
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    docs = [d for d in iter_documents([args.corpus]) if isinstance(d, Document)][: args.limit]
    chars = sum(len(d.text) for d in docs)
    load_nlp()
    default_resolver()  # load the gazetteer before timing (a one-off start-up cost)
    Pipeline().process(docs[:2])  # warm caches

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return min(times)

    raw = best(lambda: [None for _ in parse_segments([d.text for d in docs])])
    full = best(lambda: Pipeline(Settings(geocode=True)).process(docs))
    nogeo = best(lambda: Pipeline(Settings(geocode=False)).process(docs))
    n = len(docs)
    print(f"corpus: {n} documents, {chars:,} characters")
    print(f"raw nlp.pipe      : {n / raw:8.2f} docs/s  ({raw:.2f} s)")
    print(f"flashpoint        : {n / full:8.2f} docs/s  ({full:.2f} s)")
    print(f"flashpoint no geo : {n / nogeo:8.2f} docs/s  ({nogeo:.2f} s)")
    print(f"ratio flashpoint / raw nlp.pipe = {raw / full:.3f}  (target >= 0.8)")
    print(f"geocoding adds {100 * (full - nogeo) / nogeo:.1f}% per document  (target < 20%)")


if __name__ == "__main__":
    main()

"""Time of one actor resolution from a cold process, load included (target < 1 s).

Runs, each in a fresh interpreter: the library call (import + dictionary load + one resolve) and the CLI
(`flashpoint actors resolve ... --json`), and prints the best of N wall times, with the same for a bare
`python -c pass` as the baseline measured in the same run. The dictionary's pickle cache is built first
(a one-off cost after an install or a data change, also printed).
Usage: python benchmarks/resolve_time.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time

LIB = ("from datetime import date; from flashpoint.actors import ActorResolver; "
       "print(ActorResolver().resolve(\"Kenya's central bank\", when=date(2024, 5, 1)).code)")


def best(cmd: list[str], n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from flashpoint.actors.dictionary import _cache_path

    cold = 0.0
    if not _cache_path().exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from flashpoint.actors.dictionary import load_dictionary; load_dictionary()"],
                       check=True)
        cold = time.perf_counter() - t
    base = best([sys.executable, "-c", "pass"], args.repeat)
    lib = best([sys.executable, "-c", LIB], args.repeat)
    exe = shutil.which("flashpoint") or "flashpoint"
    cli = best([exe, "actors", "resolve", "Kenya's central bank", "--date", "2024-05-01", "--json"], args.repeat)
    if cold:
        print(f"first load (builds the cache): {cold:.2f} s")
    print(f"python -c pass                 : {base:.2f} s")
    print(f"library: import + load + resolve: {lib:.2f} s  (target < 1 s)")
    print(f"CLI flashpoint actors resolve   : {cli:.2f} s")


if __name__ == "__main__":
    main()

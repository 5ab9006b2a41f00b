"""Scaling: raw spaCy ``nlp.pipe`` vs the local engine vs Ray Data with 1 and 2 workers, in one run.

A corpus of ``--docs`` documents is generated from real sentences of the bundled Wikinews corpus
(shuffled with a fixed seed, 4-8 sentences each, as JSONL shards). Each measurement runs in its own
process; its peak RSS is the peak of the summed RSS of that process and all its descendants (for Ray:
the driver, the Ray services and every worker process), sampled every 0.5 s by the benchmark's own
process, which also sums the CPU seconds of the tree by role (driver, coder actors, the rest of Ray).

Each mode prints docs/s overall (start-up included) and steady (between the batches that complete 10%
and 90% of the corpus; see `steady_rate`), and its CPU milliseconds per document. The ratios are printed
from CPU time too (`cpu_ratio`, `cpu_projection`): on a machine other processes load, a wall-clock ratio
says as much about them as about the code.
Targets (issue 12): Ray 2 workers >= 1.7x one worker on 2 cores; local engine >= 0.8x raw spaCy;
peak RSS for 20,000 documents within 1.2x of that for 2,000 (``--rss-check local,ray2``: 2,000 and 20,000
documents, each mode, a fresh process each; ``--sentences 1-2`` keeps the 20,000 to minutes).
The actor dictionary's and the gazetteer's caches are built before the first measurement (`warm_caches`), so
every mode loads them as a second run does. ``--repeat N`` runs the modes N times in turn and takes the ratios
from each mode's run of median CPU time.
Usage: python benchmarks/scaling.py [--docs 2000] [--geo] [--only raw,local,ray1,ray2] [--sentences 4-8] [--repeat 1]
       python benchmarks/scaling.py --rss-check local,ray2 [--docs 2000] [--rss-large 20000] [--sentences 1-2]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generate(folder: Path, n: int, seed: int = 12, sentences: tuple[int, int] = (4, 8)) -> None:
    csv.field_size_limit(10**8)
    sents: list[str] = []
    for f in sorted((ROOT / "corpus").glob("wikinews_*.csv")):
        with open(f, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for para in row["text"].split("\n"):
                    sents += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para) if 40 <= len(s.strip()) <= 300]
    from flashpoint.records import doc_id_for

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    per_shard = 500
    made: set[str] = set()
    for shard in range(0, n, per_shard):
        with open(folder / f"shard{shard // per_shard:04d}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(shard, min(n, shard + per_shard)):
                body = rng.sample(sents, rng.randint(*sentences))
                # every document a different id, i.e. a different normalized text: short ones repeat, and the
                # corpus holds sentences that differ only in what normalization removes (a repeat is skipped,
                # not coded, and the run's count check fails)
                while (key := doc_id_for(" ".join(body))) in made:
                    body = rng.sample(sents, rng.randint(*sentences) + 1)
                made.add(key)
                fh.write(json.dumps({"id": i, "title": body[0][:80], "date": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                     "text": " ".join(body)}) + "\n")


class TreeMonitor:
    """Peak summed RSS of a process and its descendants, and the CPU seconds of each, sampled every
    ``every`` s from the benchmark's own process (the measured process does no sampling itself)."""

    def __init__(self, root: int, every: float = 0.5):
        self.root = root
        self.peak = 0
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (name at its last sample, CPU seconds)
        # (wall-clock time, CPU seconds by role so far) at each sample: what each role spent within a time window
        self.timeline: list[tuple[float, dict[str, float]]] = []
        self.loads: list[float] = []  # the machine's 1-minute load average at each sample
        self.every = every
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._tick = os.sysconf("SC_CLK_TCK")
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _tree(self) -> list[int]:
        pids, todo = [], [self.root]
        while todo:
            p = todo.pop()
            pids.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    with open(f"/proc/{p}/task/{task}/children") as fh:
                        todo += [int(c) for c in fh.read().split()]
            except OSError:
                continue
        return pids

    def _sample(self) -> None:
        total = 0
        for p in self._tree():
            try:
                with open(f"/proc/{p}/stat") as fh:
                    head, rest = fh.read().rsplit(")", 1)
            except OSError:
                continue
            parts = rest.split()
            total += int(parts[21]) * self._page
            self.cpu[p] = (head.split("(", 1)[1], (int(parts[11]) + int(parts[12])) / self._tick)
        self.peak = max(self.peak, total)
        self.timeline.append((time.time(), self.cpu_by_role()))
        self.loads.append(os.getloadavg()[0])

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def start(self) -> "TreeMonitor":
        self._t.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._t.join()

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds of the measured process (driver), Ray's coder actors, and everything else."""
        out = {"driver": 0.0, "coders": 0.0, "other": 0.0}
        for pid, (name, sec) in self.cpu.items():
            role = "driver" if pid == self.root else "coders" if name.startswith("ray::MapWorker") else "other"
            out[role] += sec
        return out

    def cpu_between(self, a: float, b: float) -> dict[str, float]:
        """CPU seconds by role spent between wall-clock times ``a`` and ``b`` (to the nearest samples)."""
        def at(t: float) -> dict[str, float]:
            return min(self.timeline, key=lambda s: abs(s[0] - t))[1]
        lo, hi = at(a), at(b)
        return {k: hi[k] - lo[k] for k in hi}

    def other_by_name(self, top: int = 5) -> str:
        """The processes behind 'other', by name, most CPU first."""
        by: dict[str, float] = {}
        for pid, (name, sec) in self.cpu.items():
            if pid != self.root and not name.startswith("ray::MapWorker"):
                by[name] = by.get(name, 0.0) + sec
        return ", ".join(f"{n} {s:.1f}" for n, s in sorted(by.items(), key=lambda x: -x[1])[:top])


def measure(mode: str, corpus: Path, geo: bool) -> dict:
    """One measurement in this process: seconds, documents, CPU seconds, steady docs/s after start-up."""
    from flashpoint.settings import Settings
    from flashpoint.store import Store

    settings = Settings(geocode=geo)
    samples: list[tuple[float, int]] = []  # (time, documents done) at each batch that came back
    cpu_samples: list[tuple[float, int]] = []  # (this process's CPU seconds, documents done), the same batches
    wall_samples: list[tuple[float, int]] = []  # (wall-clock time, documents done): to read the monitor's timeline
    done = [0]

    def progress(n: int, _ev: int = 0) -> None:
        done[0] += n
        samples.append((time.perf_counter(), done[0]))
        cpu_samples.append((time.process_time(), done[0]))
        wall_samples.append((time.time(), done[0]))

    t0 = time.perf_counter()
    if mode == "raw":
        from flashpoint.nlp import load_nlp

        nlp = load_nlp()

        def texts():
            for f in sorted(corpus.glob("*.jsonl")):
                with open(f, encoding="utf-8") as fh:
                    for line in fh:
                        yield json.loads(line)["text"]
        for i, _ in enumerate(nlp.pipe(texts(), batch_size=settings.batch_size), 1):
            if i % settings.batch_size == 0:
                progress(settings.batch_size)
        progress(i % settings.batch_size)
    else:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb", hold=False) as store:
            if mode == "local":
                from flashpoint.engines.local import run

                rep = run([corpus], store, settings, on_progress=progress)
            else:
                from flashpoint.engines.ray_data import run

                rep = run([corpus], store, settings, on_progress=progress, workers=int(mode[3:]))
            assert rep.documents_coded == rep.documents_seen, rep
    t1 = time.perf_counter()
    n = done[0]
    ru = resource.getrusage(resource.RUSAGE_SELF)  # this process: for Ray, the driver alone
    return {"mode": mode, "docs": n, "seconds": t1 - t0, "steady": steady_rate(samples, n),
            "cpu": ru.ru_utime + ru.ru_stime, "batches": len(samples),
            # documents per CPU second of this process between the same batches (raw and local: all the work)
            "steady_cpu": steady_rate(cpu_samples, n),
            # wall-clock times of the steady window's ends and of the first batch back, with the documents done
            "window": steady_window(wall_samples, n), "first": wall_samples[0] if wall_samples else None}


def steady_rate(samples: list[tuple[float, int]], n: int, lo: float = 0.1, hi: float = 0.9) -> float | None:
    """Documents per second between the batches that complete 10% and 90% of the corpus.

    This leaves out start-up (imports, model and dictionary loading, Ray's start and its actors'
    start-up, the first batches through a cold pipeline) and the tail (the last, partly filled batches
    and the shutdown), the same way for every mode.
    """
    w = steady_window(samples, n, lo, hi)
    if w is None:
        return None
    a, b = w
    return (b[1] - a[1]) / (b[0] - a[0])


def steady_window(samples: list[tuple[float, int]], n: int, lo: float = 0.1, hi: float = 0.9
                  ) -> tuple[tuple[float, int], tuple[float, int]] | None:
    """The samples (time, documents done) at which the steady window opens and closes (`steady_rate`)."""
    a = next(((t, d) for t, d in samples if d >= lo * n), None)
    b = next(((t, d) for t, d in reversed(samples) if d <= hi * n), None)
    if a is None or b is None or b[1] <= a[1] or b[0] <= a[0]:
        return None
    return a, b


def run_mode(mode: str, corpus: Path, geo: bool) -> dict | None:
    """One measurement in a fresh process (its peak RSS is its own); None if it failed."""
    cmd = [sys.executable, __file__, "--measure", mode, "--corpus", str(corpus)] + (["--geo"] if geo else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mon = TreeMonitor(proc.pid).start()
    out, err = proc.communicate()
    mon.stop()
    if proc.returncode != 0:
        print(f"{mode}: failed\n{err[-2000:]}")
        return None
    r = json.loads(out.strip().splitlines()[-1])
    r["peak_rss"] = mon.peak
    r["tree_cpu"] = mon.cpu_by_role()
    r["other_cpu"] = mon.other_by_name()
    r["load"] = sum(mon.loads) / len(mon.loads) if mon.loads else None
    r["wall_tree"] = mon.timeline[-1][0] - mon.timeline[0][0] if mon.timeline else None
    if r["window"]:  # every process's CPU seconds by role within the steady window, and the documents done in it
        (ta, da), (tb, db) = r["window"]
        r["steady_tree"] = {**mon.cpu_between(ta, tb), "docs": db - da, "seconds": tb - ta}
    if r["first"] and mon.timeline:  # start-up: from the process's start to the first batch back
        r["startup_tree"] = {**mon.cpu_between(mon.timeline[0][0], r["first"][0]), "docs": r["first"][1],
                             "seconds": r["first"][0] - mon.timeline[0][0]}
    return r


def line(r: dict, label: str) -> str:
    steady = f"{r['steady']:7.2f}" if r["steady"] else "      -"
    cpu = r["tree_cpu"]
    who = (f"CPU s: driver {r['cpu']:5.1f}, coders {cpu['coders']:5.1f}, other Ray {cpu['other']:5.1f}"
           if r["mode"].startswith("ray") else f"CPU s: {r['cpu']:5.1f}")
    return (f"{label:6s}: {r['docs'] / r['seconds']:7.2f} docs/s overall, {steady} docs/s steady, "
            f"{r['seconds']:7.1f} s, peak RSS {r['peak_rss'] / 2**20:6.0f} MiB, {who}, "
            f"{1000 * total_cpu(r) / r['docs']:5.1f} ms CPU/doc")


def detail(r: dict) -> str:
    """Start-up and steady state apart, from every process's CPU: the start-up is the time and CPU until the first
    batch is back (imports, model, Ray and its actors, and that batch); steady, the CPU milliseconds per document of
    each role between the batches that complete 10% and 90% of the corpus. 'cores' is CPU / wall time: how much of
    the machine the run got (on an idle 2-core machine a 2-worker run would get near 2)."""
    out = []
    st = r.get("startup_tree")
    if st:
        out.append(f"start-up {st['seconds']:.1f} s to the first {st['docs']} documents, CPU s "
                   + ", ".join(f"{k} {st[k]:.1f}" for k in ("driver", "coders", "other") if st[k] or k == "driver"))
    sd = r.get("steady_tree")
    if sd and sd["docs"]:
        ms = {k: 1000 * sd[k] / sd["docs"] for k in ("driver", "coders", "other")}
        busy = (sd["driver"] + sd["coders"] + sd["other"]) / sd["seconds"]
        out.append(f"steady CPU ms/doc " + ", ".join(f"{k} {v:.1f}" for k, v in ms.items() if v or k == "driver")
                   + f" ({busy:.2f} cores busy)")
    if r.get("wall_tree"):
        out.append(f"whole run {total_cpu(r) / r['seconds']:.2f} cores busy")
    if r.get("load") is not None:
        out.append(f"mean load {r['load']:.1f}")
    return "        " + "; ".join(out)


def total_cpu(r: dict) -> float:
    """CPU seconds of the whole measurement: the process (raw, local) or every process of the Ray run."""
    return r["cpu"] + r["tree_cpu"]["coders"] + r["tree_cpu"]["other"] if r["mode"].startswith("ray") else r["cpu"]


def cpu_ratio(res: dict) -> str:
    """local / raw in documents per CPU second: overall (whole process) and steady (10%-90% of the corpus)."""
    if "local" not in res or "raw" not in res:
        return "CPU n/a"
    overall = res["raw"]["cpu"] / res["local"]["cpu"]
    a, b = res["local"].get("steady_cpu"), res["raw"].get("steady_cpu")
    steady = f"{a / b:.2f}" if a and b else "n/a"
    return f"CPU: {overall:.2f} overall, {steady} steady"


def cpu_projection(res: dict, cores: int = 2) -> str:
    """Ray 2 / 1 workers as CPU time predicts it on ``cores`` idle cores: a run takes at least its busiest
    coder's CPU time and at least the CPU time of all its processes spread over the cores (the coders' CPU is
    split evenly between the workers); the ratio of those times. Also the CPU each costs per document."""
    if "ray1" not in res or "ray2" not in res:
        return "CPU n/a"

    def bound(r: dict, workers: int) -> float:
        return max(r["tree_cpu"]["coders"] / workers, total_cpu(r) / cores)

    r1, r2 = res["ray1"], res["ray2"]
    per_doc = total_cpu(r2) / r2["docs"] / (total_cpu(r1) / r1["docs"])
    out = f"CPU: {bound(r1, 1) / bound(r2, 2):.2f} projected on {cores} idle cores ({per_doc:.2f}x the CPU per document)"

    def rate(r: dict, workers: int) -> float | None:
        """Documents per second in steady state on ``cores`` idle cores, from the steady window's CPU: each coder
        codes at the rate its CPU per document allows, and all the processes together get at most the cores."""
        sd = r.get("steady_tree")
        if not sd or not sd["docs"] or not sd["coders"]:
            return None
        coders, rest = sd["coders"] / sd["docs"], (sd["driver"] + sd["other"]) / sd["docs"]
        return min(workers / coders, cores / (coders + rest))
    a, b = rate(r1, 1), rate(r2, 2)
    if a and b:
        out += f"; {b / a:.2f} steady, projected from the steady window's CPU"
    return out


def warm_caches(tmp: Path) -> None:
    """Build the actor dictionary's and the gazetteer's pickle caches before any measurement, in a folder of this
    benchmark's own unless ``FLASHPOINT_CACHE`` names one: a measured process then loads them as a user's second run
    does. The default folder is shared by every checkout on the machine, and a checkout with other data rebuilds its
    file (2-3 s of CPU per process, Ray's actors included), which would be charged to whichever mode ran next."""
    os.environ.setdefault("FLASHPOINT_CACHE", str(tmp / "cache"))
    subprocess.run([sys.executable, "-c", "from flashpoint.actors.dictionary import load_dictionary; load_dictionary(); "
                    "from flashpoint.geo.gazetteer import load_gazetteer; load_gazetteer()"], check=True)


def rss_check(modes: list[str], small: int, large: int, geo: bool, sentences: tuple[int, int]) -> None:
    """Peak RSS for ``small`` and ``large`` documents, each mode: flat memory means a ratio near 1."""
    for mode in modes:
        peaks = {}
        for n in (small, large):
            with tempfile.TemporaryDirectory() as tmp:
                corpus = Path(tmp) / "corpus"
                generate(corpus, n, sentences=sentences)
                r = run_mode(mode, corpus, geo)
                if r is None:
                    break
                peaks[n] = r["peak_rss"]
                print(line(r, mode) + f"  [{n} documents, load {os.getloadavg()[0]:.1f}]", flush=True)
        if len(peaks) == 2:
            print(f"{mode}: peak RSS {large} / {small} documents = {peaks[large] / peaks[small]:.2f} "
                  "(target <= 1.2)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--geo", action="store_true", help="geocode too (the CLI default); off by default")
    ap.add_argument("--only", default="raw,local,ray1,ray2")
    ap.add_argument("--rss-check", metavar="MODES",
                    help="instead: peak RSS of MODES (e.g. local,ray2) for --docs and --rss-large documents")
    ap.add_argument("--rss-large", type=int, metavar="N", help="the larger corpus of --rss-check (default 10x --docs)")
    ap.add_argument("--sentences", default="4-8", help="sentences per generated document, LO-HI")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of every mode (ratios from each mode's median)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.corpus), args.geo)))
        return
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at start")
    sentences = tuple(int(x) for x in args.sentences.split("-"))
    if args.rss_check:
        large = args.rss_large or 10 * args.docs
        print(f"flat memory: {args.docs} and {large} generated documents of {args.sentences} sentences, "
              f"geocoding {'on' if args.geo else 'off'}")
        with tempfile.TemporaryDirectory() as tmp:
            warm_caches(Path(tmp))
            rss_check(args.rss_check.split(","), args.docs, large, args.geo, sentences)
        print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        warm_caches(Path(tmp))
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.docs, sentences=sentences)
        size = sum(f.stat().st_size for f in corpus.glob("*.jsonl"))
        print(f"corpus: {args.docs} generated documents ({size / 1e6:.1f} MB JSONL), geocoding {'on' if args.geo else 'off'}")
        runs: dict[str, list[dict]] = {}
        for _ in range(args.repeat):
            for mode in args.only.split(","):
                r = run_mode(mode, corpus, args.geo)
                if r is None:
                    continue
                runs.setdefault(mode, []).append(r)
                print(line(r, mode) + f"  [load {os.getloadavg()[0]:.1f}]", flush=True)
                print(detail(r), flush=True)
                if mode.startswith("ray"):
                    print(f"        other Ray processes, CPU s: {r['other_cpu']}; {r['batches']} shards back", flush=True)
        # with repeats, each mode by its run of median CPU time (the load of a shared machine varies between runs)
        res = {m: sorted(rs, key=total_cpu)[(len(rs) - 1) // 2] for m, rs in runs.items()}
        if args.repeat > 1:
            print(f"ratios from each mode's run of median CPU time over {args.repeat} rounds")

        def ratio(a: str, b: str, key: str) -> str:
            if a not in res or b not in res:
                return "n/a"
            va = res[a]["docs"] / res[a]["seconds"] if key == "overall" else res[a]["steady"]
            vb = res[b]["docs"] / res[b]["seconds"] if key == "overall" else res[b]["steady"]
            return f"{va / vb:.2f}" if va and vb else "n/a"
        print(f"ray 2 workers / 1 worker : {ratio('ray2', 'ray1', 'overall')} overall, "
              f"{ratio('ray2', 'ray1', 'steady')} steady  (target >= 1.7 on 2 cores); {cpu_projection(res)}")
        print(f"local / raw nlp.pipe     : {ratio('local', 'raw', 'overall')} overall, "
              f"{ratio('local', 'raw', 'steady')} steady  (target >= 0.8); {cpu_ratio(res)}")
        print("overall: documents / wall time of the whole process (start-up included). steady: documents / time "
              "between the batches that complete 10% and 90% of the corpus (no imports, model or dictionary "
              "loading, Ray or actor start-up, nor the tail). CPU: the same ratios from CPU seconds, which other "
              "processes on a loaded machine do not inflate as they do wall time")
        print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

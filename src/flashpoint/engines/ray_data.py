"""Ray Data engine: the same `Pipeline`, on an actor pool, streamed from the inputs to the store.

Plan: input sources (files, shards, URLs; folders expanded to their files) -> a Ray Dataset ->
`map_batches(_read_sources)` (documents, streamed per source) -> `map_batches(_Coder)` on an actor
pool (one Pipeline, i.e. one spaCy model and one set of dictionaries, per actor). Each actor turns its
batch into a Parquet shard (one file per table of `store.ROW_SCHEMAS`, encoded on the actor) and
returns it with one small row per document; the driver writes the shard's files and DuckDB reads them
in place, one transaction per shard. The driver does no per-row work on events: on 2 cores its CPU is
what the coders do not get. The driver alone owns the DuckDB file: on a cluster the workers only return
shards. Memory on the driver is one shard plus the ids seen in this run.
"""
from __future__ import annotations

import logging
import os
import pickle
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

from .. import CODER_VERSION
from ..ingest.readers import (SUPPORTED_SUFFIXES, _walk, count_documents, folder_feed_dates, iter_documents,
                               read_file, unsupported)
from ..records import Document, IngestError
from . import RunReport, check_injected_failure, is_read, settle_heap

if TYPE_CHECKING:  # the readers run in their own worker processes: this module imports no model code
    from ..settings import Settings
    from ..store import Store

_READ_CHUNK = 64  # documents per block leaving a reader
_SHARD_BATCHES = 4  # pipeline batches (Settings.batch_size documents) per actor call, i.e. per shard


def _expand(sources: Iterable[str | Path]) -> Iterator[tuple[str, str | None] | IngestError]:
    """Each source once: URLs and files as given, folders as their files (sorted), each with the date its folder's
    feed gives it (``readers.folder_feed_dates``: read here, once, so that a folder is one feed as it is for the
    local engine, whichever reader gets each file); paths only, no text."""
    for src in sources:
        s = str(src)
        p = Path(s)
        if not re.match(r"^https?://", s) and p.is_dir():
            files = list(_walk(p))
            feed = folder_feed_dates(files)
            for f in files:
                if isinstance(f, IngestError):
                    yield f
                elif f.suffix.lower() not in SUPPORTED_SUFFIXES and not f.name.endswith(".meta.json"):
                    yield unsupported(f, in_folder=True)
                elif not f.name.endswith(".meta.json"):
                    when = feed.get(str(f))
                    yield str(f), when.isoformat() if when else None
        else:
            yield s, None


def _shard_rows(base: int, total: int | None, workers: int) -> int:
    """Documents per shard: ``base``, or a little fewer so that the shards come to a multiple of the workers when the
    total is known. The actors take the shards in turn, one at a time each, so 7 shards on 2 actors left the last to
    one actor while the other idled (a shard of 128 is some 4 s of coding); 8 shards of 125 end together."""
    if not total or total <= base:
        return base
    shards = -(-total // base)
    shards = -(-shards // workers) * workers
    return -(-total // shards)


def _pack(items: list) -> "object":
    import pyarrow as pa

    return pa.table({"item": pa.array([pickle.dumps(i) for i in items], type=pa.binary())})


def _read_sources(batch) -> Iterator[object]:
    """Read each source into documents (or ingest errors), a chunk at a time (a generator: flat memory)."""
    buf: list = []
    feed = batch.column("feed_date").to_pylist() if "feed_date" in batch.column_names else [None] * batch.num_rows
    for src, when in zip(batch.column("source").to_pylist(), feed):
        items = read_file(Path(src), date.fromisoformat(when)) if when else iter_documents([src])
        for item in items:
            buf.append(item)
            if len(buf) >= _READ_CHUNK:
                yield _pack(buf)
                buf = []
    if buf:
        yield _pack(buf)


class _Coder:
    """One actor: loads the Pipeline once, then codes batches into Parquet shards; known documents pass through."""

    def __init__(self, settings: Settings, known_ref: list, recode: bool):
        import ray

        from ..heap import no_collection
        from ..nlp import load_nlp
        from ..pipeline import Pipeline

        with no_collection():
            self.pipeline = Pipeline(settings)
            load_nlp()
            if settings.geocode:
                _ = self.pipeline.geo
            self.run_key = settings.run_key()
            self.known: set[str] = set() if recode else ray.get(known_ref[0])
        settle_heap(collect=False)
        self._settled = False

    def __call__(self, batch) -> object:
        import uuid

        import pyarrow as pa

        from ..store import ROW_SCHEMAS, result_rows, shard_blobs, source_key

        items = [pickle.loads(b) for b in batch.column("item").to_pylist()]
        kinds: list[str] = []
        todo: list[Document] = []
        here: set[str] = set()
        for it in items:
            if isinstance(it, IngestError):
                kinds.append("error")
            elif it.id in here:  # the same text twice in this batch: coded once
                kinds.append("dup")
            else:
                here.add(it.id)
                kinds.append("seen" if it.id in self.known else "coded")
                if kinds[-1] == "coded":
                    todo.append(it)
        # the Pipeline sees batches of the local engine's size (same memory, same per-batch context)
        step = self.pipeline.settings.batch_size
        results = [r for i in range(0, len(todo), step) for r in self.pipeline.process(todo[i:i + step])]
        if results and not self._settled:
            settle_heap()  # the indexes the first documents built
            self._settled = True
        coded = {}
        failed = {}
        for r in results:
            if r.error:  # over the size or time limit: reported, not stored
                d = r.document
                failed[d.id] = IngestError(d.path or d.url or d.id, r.error)
            else:
                coded[r.document.id] = r
        blobs = shard_blobs(result_rows(list(coded.values()), self.run_key)) if coded else {}
        n = len(items)
        errors: list[bytes | None] = []
        for k, it in enumerate(items):
            if kinds[k] == "coded" and it.id in failed:
                kinds[k], it = "error", failed[it.id]
            errors.append(pickle.dumps(it) if kinds[k] == "error" else None)
        docs = [it if isinstance(it, Document) else None for it in items]
        cols = {"kind": kinds, "doc_id": [d and d.id for d in docs], "source_key": [d and source_key(d) for d in docs],
                "where": [d and (d.path or d.url or d.id) for d in docs],
                "language": [d and d.language for d in docs],
                "n_events": pa.array([len(coded[d.id].events) if d and k == "coded" else 0
                                      for d, k in zip(docs, kinds)], type=pa.int64()),
                "error": pa.array(errors, type=pa.binary()),
                # every row names its shard: Ray may merge the outputs of several calls into one block
                "shard": [uuid.uuid4().hex] * n}
        for t in ROW_SCHEMAS:  # the shard's files ride on its first row
            cols[f"t_{t}"] = pa.array([blobs.get(t)] + [None] * (n - 1), type=pa.binary())
        return pa.table(cols)


def _start_ray(address: str | None, workers: int | None) -> bool:
    """Connect to ``address`` or start a local Ray with this machine's cores; True when we started it."""
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    kw = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR, ignore_reinit_error=True)
    if address:
        try:
            ray.init(address=address, **kw)
        except ConnectionError as e:  # no cluster there: one line, not a traceback
            raise ConnectionError(f"--address {address}: cannot connect to a Ray cluster ({str(e).splitlines()[0]})") \
                from None
    else:
        # Ray starts its workers 15 points nicer than the driver; here the actors do all the coding, so on a
        # busy machine they would get only what every other process leaves (the driver merges, that is all)
        os.environ.setdefault("RAY_worker_niceness", "0")
        # one CPU more than the coders take, for the reader tasks: reading costs about 1 ms a document against
        # some 50 for coding, so one reader at a time keeps several coders fed (and each concurrent reader is
        # one more Python process starting Ray)
        ray.init(num_cpus=(workers or os.cpu_count() or 1) + 1, **kw)
    return True


def _shard_root(folder: Path) -> Path:
    """A fresh shard folder named with this process id; folders left by killed runs are removed.

    A shard is deleted once merged, so what a killed run left was never stored: the documents in it are
    coded again on resume (the store decides what is done), and the files are of no use.
    """
    for old in folder.glob(".flashpoint-shards-*-*"):
        m = re.fullmatch(r"\.flashpoint-shards-(\d+)-.*", old.name)
        if m and old.is_dir() and not _alive(int(m.group(1))):
            shutil.rmtree(old, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f".flashpoint-shards-{os.getpid()}-", dir=folder))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, another user's
        return True
    return True


def run(sources: Iterable[str | Path], store: Store, settings: Settings | None = None, *,
        on_error: Callable[[IngestError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None, recode: bool = False,
        address: str | None = None, workers: int | None = None, total: int | None = None) -> RunReport:
    """Code every document under ``sources`` into ``store`` on Ray; same results as the local engine.

    ``total``: how many documents the sources hold, if the caller counted them (else counted here when cheap;
    `readers.count_documents`): it sizes the shards so that the last ones do not fall to one actor."""
    import ray
    import ray.data

    from ..settings import Settings
    from ..store import ROW_SCHEMAS, StoredSource, same_source

    settings = settings or Settings()
    report = RunReport()
    run_key = settings.run_key()
    started = _start_ray(address, workers)
    shard_root: Path | None = None
    try:
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        if workers is None:
            cpus = int(ray.cluster_resources().get("CPU", 1))
            workers = max(1, cpus - 1) if address else (os.cpu_count() or 1)
        paths: list[tuple[str, str | None]] = []
        for s in _expand(sources):
            if isinstance(s, IngestError):
                report.errors.append(s)
                if on_error:
                    on_error(s)
            else:
                paths.append(s)
        if not paths:
            return report
        known = ray.put(set() if recode else store.known_ids(CODER_VERSION, run_key))
        ds = ray.data.from_items([{"source": p, "feed_date": w} for p, w in paths],
                                 override_num_blocks=min(len(paths), 256))
        # Readers take a whole CPU (Ray's default) and no fixed concurrency, so that Ray fuses them with the
        # repartition below into one task (other remote args or a pool size would keep them apart)
        ds = ds.map_batches(_read_sources, batch_size=1, batch_format="pyarrow")
        # a reader's chunks would otherwise leave as one block per file (Ray merges small outputs), and one
        # block goes to one actor: a single large JSONL file would keep every actor but one idle
        if total is None:
            total = count_documents([s for s, _ in paths])
        rows = _shard_rows(settings.batch_size * _SHARD_BATCHES, total, workers)
        ds = ds.repartition(target_num_rows_per_block=rows)
        with warnings.catch_warnings():  # max_restarts is still only a "remote arg" in Ray 2.60
            warnings.simplefilter("ignore", DeprecationWarning)
            # one shard in flight per actor: a queued shard waits behind its actor's current one while another
            # actor may be idle (Ray's default of two leaves the last shards of a run on one actor)
            ds = ds.map_batches(_Coder, fn_constructor_kwargs={"settings": settings, "known_ref": [known],
                                                                "recode": recode},
                                batch_size=rows, batch_format="pyarrow",
                                compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
                                num_cpus=1, max_restarts=0)
        shard_root = _shard_root(Path(store.path).resolve().parent)
        seen_ids: dict[str, str] = {}  # id -> where this run read it first
        shards = 0
        for block in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            meta = {c: block.column(c).to_pylist() for c in ("kind", "doc_id", "source_key", "where", "language",
                                                             "n_events", "shard")}
            parts: dict[str, dict] = {}  # shard -> its first row, seen pairs, rows to skip
            docs = 0
            seen_rows: list[int] = []  # rows of documents the store held before this run
            for i, kind in enumerate(meta["kind"]):
                part = parts.setdefault(meta["shard"][i], {"row": i, "pairs": [], "skip": []})
                if kind == "error":
                    e = pickle.loads(block.column("error")[i].as_py())
                    report.errors.append(e)
                    if on_error:
                        on_error(e)
                    continue
                docs += 1
                report.documents_seen += 1
                doc_id = meta["doc_id"][i]
                if kind == "dup" or doc_id in seen_ids:  # the same text twice in one run: stored once
                    # a copy in the same batch comes after its first, whose row is earlier in this block
                    first = seen_ids.get(doc_id, "")
                    if not same_source(meta["where"][i], first):  # one file named twice is no duplicate
                        report.duplicates.append((meta["where"][i], first))
                    if kind == "coded":  # coded in two shards: the one merged first stays
                        part["skip"].append(doc_id)
                    continue
                seen_ids[doc_id] = meta["where"][i]
                if kind == "seen":
                    seen_rows.append(i)
                    if meta["source_key"][i]:
                        part["pairs"].append((meta["source_key"][i], doc_id))
                    continue
                report.events_written += meta["n_events"][i]
                if is_read(meta["language"][i]):
                    report.documents_coded += 1
                else:
                    report.not_coded.append(meta["where"][i])
            if seen_rows:  # stored before: unchanged, or the text of another source
                stored = store.known_where([meta["doc_id"][i] for i in seen_rows], CODER_VERSION, run_key)
                for i in seen_rows:
                    first = stored.get(meta["doc_id"][i], StoredSource(meta["where"][i], None))
                    if same_source(meta["where"][i], first.where, meta["source_key"][i], first.key):
                        report.documents_skipped += 1
                    else:
                        report.duplicates.append((meta["where"][i], first.where))
            for part in parts.values():
                files = {t: block.column(f"t_{t}")[part["row"]].as_py() for t in ROW_SCHEMAS}
                if not files["documents"] and not part["pairs"]:
                    continue
                shard = shard_root / f"{shards:06d}"
                shard.mkdir()
                for t, data in files.items():
                    if data:
                        (shard / f"{t}.parquet").write_bytes(data)
                store.merge_shard(shard, seen=part["pairs"], skip=part["skip"])
                shutil.rmtree(shard, ignore_errors=True)
                shards += 1
                check_injected_failure(shards)
            if on_progress and docs:
                on_progress(docs, report.events_written)
        return report
    finally:
        if shard_root is not None:
            shutil.rmtree(shard_root, ignore_errors=True)
        if started:
            ray.shutdown()

"""Ray Data engine: the same `Pipeline`, on an actor pool, streamed from the inputs to the store.

Plan: input sources (files, shards, URLs; folders expanded to their files) -> a Ray Dataset ->
`map_batches(_read_sources)` (documents, streamed per source) -> `map_batches(_Coder)` on an actor
pool (one Pipeline, i.e. one spaCy model and one set of dictionaries, per actor) -> flat table rows
(`store.ROW_SCHEMAS`) back to the driver -> one Parquet shard per output batch -> merged into the
DuckDB store in one transaction per shard. The driver alone owns the DuckDB file: on a cluster the
workers only return rows. Memory on the driver is one output batch plus the ids seen in this run.
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
from pathlib import Path

from .. import CODER_VERSION
from ..ingest.readers import _walk, iter_documents
from ..pipeline import Pipeline, Settings
from ..records import Document, IngestError
from ..store import ROW_SCHEMAS, Store, result_rows, source_key, write_shard
from . import check_injected_failure
from .local import RunReport

_READ_CHUNK = 64  # documents per block leaving a reader


def _expand(sources: Iterable[str | Path]) -> Iterator[str | IngestError]:
    """Each source once: URLs and files as given, folders as their files (sorted); paths only, no text."""
    for src in sources:
        s = str(src)
        p = Path(s)
        if not re.match(r"^https?://", s) and p.is_dir():
            for f in _walk(p):
                if isinstance(f, IngestError) or not f.name.endswith(".meta.json"):
                    yield f if isinstance(f, IngestError) else str(f)
        else:
            yield s


def _pack(items: list) -> "object":
    import pyarrow as pa

    return pa.table({"item": pa.array([pickle.dumps(i) for i in items], type=pa.binary())})


def _read_sources(batch) -> Iterator[object]:
    """Read each source into documents (or ingest errors), a chunk at a time (a generator: flat memory)."""
    buf: list = []
    for src in batch.column("source").to_pylist():
        for item in iter_documents([src]):
            buf.append(item)
            if len(buf) >= _READ_CHUNK:
                yield _pack(buf)
                buf = []
    if buf:
        yield _pack(buf)


class _Coder:
    """One actor: loads the Pipeline once, then codes batches; known documents are passed through."""

    def __init__(self, settings: Settings, known_ref: list, recode: bool):
        import ray

        from ..nlp import load_nlp

        self.pipeline = Pipeline(settings)
        load_nlp()
        if settings.geocode:
            _ = self.pipeline.geo
        self.run_key = settings.run_key()
        self.known: set[str] = set() if recode else ray.get(known_ref[0])

    def __call__(self, batch) -> object:
        import pyarrow as pa

        items = [pickle.loads(b) for b in batch.column("item").to_pylist()]
        todo = [i for i in items if isinstance(i, Document) and i.id not in self.known]
        coded = {r.document.id: r for r in (self.pipeline.process(todo) if todo else [])}
        kinds, ids, keys, payloads, n_events, where = [], [], [], [], [], []
        for r in list(coded.values()):
            if r.error:  # over the size or time limit: reported, not stored
                del coded[r.document.id]
                d = r.document
                items[items.index(d)] = IngestError(d.path or d.url or d.id, r.error)
        for it in items:
            if isinstance(it, IngestError):
                kinds.append("error"), ids.append(None), keys.append(None), n_events.append(0)
                payloads.append(pickle.dumps(it)), where.append(it.path)
                continue
            r = coded.get(it.id)
            kinds.append("coded" if r is not None else "seen")
            ids.append(it.id)
            keys.append(source_key(it))
            where.append(it.path or it.url or it.id)
            n_events.append(len(r.events) if r is not None else 0)
            payloads.append(pickle.dumps(result_rows([r], self.run_key)) if r is not None else None)
        return pa.table({"kind": kinds, "doc_id": ids, "source_key": keys, "where": where,
                         "language": [i.language if isinstance(i, Document) else None for i in items],
                         "n_events": pa.array(n_events, type=pa.int64()),
                         "payload": pa.array(payloads, type=pa.binary())})


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
        cores = os.cpu_count() or 1
        # one CPU more than the coders take, for the light reader tasks
        ray.init(num_cpus=max(cores, workers or cores) + 1, **kw)
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
        address: str | None = None, workers: int | None = None) -> RunReport:
    """Code every document under ``sources`` into ``store`` on Ray; same results as the local engine."""
    import ray
    import ray.data

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
        paths: list[str] = []
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
        ds = ray.data.from_items([{"source": p} for p in paths], override_num_blocks=min(len(paths), 256))
        ds = ds.map_batches(_read_sources, batch_size=1, batch_format="pyarrow", num_cpus=0.25)
        with warnings.catch_warnings():  # max_restarts is still only a "remote arg" in Ray 2.60
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ds.map_batches(_Coder, fn_constructor_kwargs={"settings": settings, "known_ref": [known],
                                                                "recode": recode},
                                batch_size=settings.batch_size, batch_format="pyarrow", concurrency=workers,
                                num_cpus=1, max_restarts=0)
        shard_root = _shard_root(Path(store.path).resolve().parent)
        seen_ids: set[str] = set()
        shards = 0
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            tables: dict[str, list] = {t: [] for t in ROW_SCHEMAS}
            pairs: list[tuple[str, str]] = []
            docs = 0
            for row in batch.to_pylist():
                if row["kind"] == "error":
                    e = pickle.loads(row["payload"])
                    report.errors.append(e)
                    if on_error:
                        on_error(e)
                    continue
                docs += 1
                report.documents_seen += 1
                if row["doc_id"] in seen_ids:  # the same text twice in one run: stored once
                    report.documents_skipped += 1
                    continue
                seen_ids.add(row["doc_id"])
                if row["kind"] == "seen":
                    report.documents_skipped += 1
                    if row["source_key"]:
                        pairs.append((row["source_key"], row["doc_id"]))
                    continue
                report.documents_coded += 1
                report.events_written += row["n_events"]
                if row["language"] not in ("en", "und"):
                    report.not_coded.append(row["where"])
                for t, rows in pickle.loads(row["payload"]).items():
                    tables[t] += rows
            if tables["documents"] or pairs:
                shard = shard_root / f"{shards:06d}"
                write_shard(tables, shard)
                store.merge_shard(shard, seen=pairs)
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

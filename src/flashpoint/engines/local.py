"""Local engine: ingest -> Pipeline in batches -> Store, one transaction per group of batches."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .. import CODER_VERSION
from . import RunReport, check_injected_failure, is_read, settle_heap, where
from ..heap import no_collection
from ..ingest import iter_documents
from ..pipeline import Pipeline, Settings
from ..records import Document, IngestError
from ..store import DocResult, Store, same_source, source_key

#: pipeline batches coded between two visits to the store, written in one transaction
GROUP_BATCHES = 4


def run(sources: Iterable[str | Path], store: Store, settings: Settings | None = None, *,
        on_error: Callable[[IngestError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None, recode: bool = False) -> RunReport:
    """Code every document under ``sources`` into ``store``; bad inputs are reported, not fatal.

    Streams: only one group of `GROUP_BATCHES` batches of documents is in memory. Documents already coded by this coder version
    with these settings are skipped unless ``recode``.
    """
    settings = settings or Settings()
    with no_collection():
        pipeline = Pipeline(settings)
    settle_heap(collect=False)
    report = RunReport()
    batch: list[Document] = []
    seen_ids: dict[str, str] = {}  # id -> where this run read it first

    run_key = settings.run_key()
    batches = 0
    settled = False

    pending: list[tuple[int, list[DocResult], list[Document]]] = []  # coded, not yet written: (size, results, seen)

    def visit(upcoming: list[Document]) -> dict[str, str]:
        """Write the coded batches, then ask which upcoming documents are known, in one visit to the store:
        opening the DuckDB file costs some 20 ms of CPU and closing it after a write a checkpoint, together
        about 2 ms a short document when it was opened twice per batch of 32."""
        nonlocal batches
        if not pending and not upcoming:
            return {}
        with store.held():
            if pending:
                # one transaction for the group: a transaction's fixed costs (an insert into each of five tables, the
                # commit) came to some 1 ms of CPU a document when each batch of 32 had its own.
                # the write also records where each document came from, so an edited file replaces its old version
                results = [r for _, rs, _ in pending for r in rs]
                report.events_written += store.write_batch(results, run_key=run_key,
                                                           seen=[d for _, _, seen in pending for d in seen])
                report.documents_coded += sum(1 for r in results if is_read(r.document.language))
            for size, _, _ in pending:
                batches += 1
                check_injected_failure(batches)
                if on_progress:
                    on_progress(size, report.events_written)
            pending.clear()
            if recode or not upcoming:
                return {}
            return store.known_where([d.id for d in upcoming], CODER_VERSION, run_key)

    def flush() -> None:
        if not batch:
            return
        known = visit(batch)
        step = settings.batch_size
        for chunk in (batch[i:i + step] for i in range(0, len(batch), step)):
            todo = [d for d in chunk if d.id not in known]
            for d in chunk:
                if d.id in known:  # stored before: unchanged, or the text of another source
                    if same_source(where(d), known[d.id].where, source_key(d), known[d.id].key):
                        report.documents_skipped += 1
                    else:
                        report.duplicates.append((where(d), known[d.id].where))
            report.not_coded += [where(d) for d in todo if not is_read(d.language)]
            results = pipeline.process(todo) if todo else []
            for r in results:
                if r.error:
                    e = IngestError(r.document.path or r.document.url or r.document.id, r.error)
                    report.errors.append(e)
                    if on_error:
                        on_error(e)
            pending.append((len(chunk), [r for r in results if not r.error], [d for d in chunk if d.id in known]))
        batch.clear()
        nonlocal settled
        if not settled and report.documents_coded + sum(len(rs) for _, rs, _ in pending):
            settle_heap()  # the indexes the first documents built
            settled = True

    for item in iter_documents(list(sources)):
        if isinstance(item, IngestError):
            report.errors.append(item)
            if on_error:
                on_error(item)
            continue
        report.documents_seen += 1
        if item.id in seen_ids:  # the same text twice in one run: code it once
            if not same_source(where(item), seen_ids[item.id]):  # one file named twice is no duplicate
                report.duplicates.append((where(item), seen_ids[item.id]))
            continue
        seen_ids[item.id] = where(item)
        batch.append(item)
        if len(batch) >= settings.batch_size * GROUP_BATCHES:
            flush()
    flush()
    visit([])
    return report

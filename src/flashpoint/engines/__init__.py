"""Engines: run the Pipeline over inputs into the store (local: one process; ray: Ray Data)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..records import IngestError


def settle_heap() -> None:
    """Exempt what is alive now (the loaded model, dictionaries and indexes) from later garbage collections.

    The dictionaries and the gazetteer are some 350,000 Python objects that live as long as the process; each full
    collection walked them all (about 0.14 s each, 6% of the CPU of coding 400 short documents). Called by an engine
    once its Pipeline is loaded and again after its first batches (which build the lazy indexes); what is frozen is
    what a collection would have kept anyway (it collects first), so the coding and its memory are unchanged."""
    import atexit
    import gc

    gc.collect()
    gc.freeze()
    if not _SETTLED:
        # at exit the frozen objects go back to the collector, which frees them as before (a native extension
        # reports objects still alive at exit as leaks)
        atexit.register(gc.unfreeze)
        _SETTLED.append(True)


_SETTLED: list[bool] = []


class InjectedFailure(RuntimeError):
    """Raised by `check_injected_failure` (tests of resumption after a crash)."""


def check_injected_failure(batches_written: int) -> None:
    """Fail on purpose once ``FLASHPOINT_FAIL_AFTER`` batches are written (a crash test hook; unset in use)."""
    limit = os.environ.get("FLASHPOINT_FAIL_AFTER")
    if limit and limit.isdigit() and batches_written >= int(limit):
        raise InjectedFailure(f"injected failure after {batches_written} written batches (FLASHPOINT_FAIL_AFTER)")


@dataclass
class RunReport:
    documents_seen: int = 0
    documents_coded: int = 0
    documents_skipped: int = 0  # already in the store, same coder version (idempotent re-runs)
    events_written: int = 0
    not_coded: list[str] = field(default_factory=list)  # stored, but not in a language the coder reads
    errors: list[IngestError] = field(default_factory=list)

"""Engines: run the Pipeline over inputs into the store (local: one process; ray: Ray Data)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..records import IngestError


def settle_heap(collect: bool = True) -> None:
    """Exempt what is alive now (the loaded model, dictionaries and indexes) from later garbage collections.

    The dictionaries and the gazetteer are some 350,000 Python objects that live as long as the process; each full
    collection walked them all (about 0.14 s each, 6% of the CPU of coding 400 short documents). Called by an engine
    once its Pipeline is loaded and again after its first batches (which build the lazy indexes); what is frozen is
    what a collection would have kept anyway (it collects first), so the coding and its memory are unchanged.
    ``collect=False`` right after a load done with collections off (`heap.no_collection`): a load leaves some 20
    unreachable objects, and the full collection that found them walked every loaded object (0.15 s of CPU in each
    process, Ray's coder actors included), as did the one the load itself set off (0.14 s); they are frozen with it."""
    import atexit
    import gc

    if collect:
        gc.collect()
    gc.freeze()
    if not _SETTLED:
        # a collection of the youngest objects every 10,000 new ones instead of 700: the coder makes many short-lived
        # objects for each sentence, and the default threshold ran some 900 young and 80 middle collections for 1,000
        # short documents (0.5-0.6 s of CPU, against 0.3 s); the older generations keep their ratios to it
        threshold = gc.get_threshold()
        gc.set_threshold(max(threshold[0], YOUNG_THRESHOLD), *threshold[1:])
        # at exit the frozen objects go back to the collector, which frees them as before (a native extension
        # reports objects still alive at exit as leaks)
        atexit.register(gc.unfreeze)
        _SETTLED.append(True)


_SETTLED: list[bool] = []
#: new container objects between two collections of the youngest generation, once an engine has settled
YOUNG_THRESHOLD = 10_000


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
    documents_coded: int = 0  # coded in this run (documents the coder cannot read are in ``not_coded``)
    documents_skipped: int = 0  # already in the store from the same source, same coder version (unchanged re-runs)
    events_written: int = 0
    not_coded: list[str] = field(default_factory=list)  # stored, but not in a language the coder reads
    #: (where, where the same text was read first): a text stored once, under its first source
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def where(doc) -> str:
    """How a run names a document: its path (``file#row`` for a row of a feed), URL or id."""
    return doc.path or doc.url or doc.id


def is_read(language: str | None) -> bool:
    """Whether the coder reads documents of this language (English, or undetermined)."""
    return language in ("en", "und")

"""Engines: run the Pipeline over inputs into the store (local: one process; ray: Ray Data)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..records import IngestError


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

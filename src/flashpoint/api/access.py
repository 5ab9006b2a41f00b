"""How the server touches the store: short-lived read-only connections per request, a short-lived writer.

DuckDB lets one process hold a file for writing and no reader may open it meanwhile (see store.py).
The server never holds the file: each request opens it read-only (waiting while `flashpoint code`
writes a batch) and closes it before answering. Inside this process, one DuckDB database cannot be
open read-only and read-write at once, so a write waits for the readers in flight and new readers
wait for the write (a readers-writer lock).
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..store import DocResult, Store

READ_WAIT_S = 10.0  # how long a request waits for another process's write before answering 503


class _RWLock:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class StoreAccess:
    """Opens the store at ``path`` for one request at a time; never keeps it open."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = _RWLock()

    def exists(self) -> bool:
        return Path(self.path).exists()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock.read():
            store = Store(self.path, read_only=True, wait=READ_WAIT_S)
            try:
                yield store.con
            finally:
                store.close()

    def write(self, results: list[DocResult], run_key: str | None = None) -> int:
        """Write coded documents in one transaction with a writer opened for this call only."""
        with self._lock.write():
            store = Store(self.path, hold=False, wait=READ_WAIT_S)
            try:
                return store.write_batch(results, run_key=run_key)
            finally:
                store.close()

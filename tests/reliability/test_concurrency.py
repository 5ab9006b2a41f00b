"""Issue 16: readers work while `code` writes; a locked store waits, then fails with one clear line."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import time

from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.store import Store, StoreError
from tests.conftest import CORPUS, ROOT

runner = CliRunner()


def _corpus(tmp_path, n):
    csv.field_size_limit(10**8)
    with open(CORPUS / "wikinews_2019.csv", encoding="utf-8") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh))]
    p = tmp_path / "docs.jsonl"
    p.write_text("".join(json.dumps({"text": r["text"], "title": r["title"], "url": r["url"], "date": r["date"]}) + "\n"
                         for r in rows), encoding="utf-8")
    return p


def test_readers_work_during_a_write(tmp_path):
    src = _corpus(tmp_path, 24)
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "code", str(src), "--db", str(db), "--no-geo",
                             "--batch-size", "2", "--quiet"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        reads = 0
        while proc.poll() is None and time.monotonic() < deadline:
            for args in (["events", "--limit", "5"], ["actors", "--unresolved"], ["export", str(tmp_path / "x.parquet")]):
                r = runner.invoke(app, [*args, "--db", str(db)])
                assert r.exit_code == 0, r.output
                reads += 1
        out = proc.communicate(timeout=120)[0]
    finally:
        proc.kill()
    assert proc.returncode == 0, out
    assert reads >= 3  # the reads really overlapped the write
    with Store(db, read_only=True) as s:
        assert s.counts()["documents"] == 24


def test_locked_store_waits_then_fails_clearly(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(float(sys.argv[2]))", str(db), "3"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        try:
            Store(db, read_only=True, wait=0.5)
            raise AssertionError("expected the store to be busy")
        except StoreError as e:
            assert "busy (locked by process" in str(e) and "\n" not in str(e)
        assert time.monotonic() - t0 < 2.5
        messages = []
        with Store(db, read_only=True, wait=20, on_wait=messages.append) as s:  # waits for the holder to finish
            assert s.counts()["events"] == 0
        assert messages and "waiting" in messages[0]
    finally:
        holder.kill()

"""Issue 16: `kill -9` during `code`, twenty times at random moments, each followed by a rerun.

Every document ends up fully coded or absent, never half, and the final store equals a clean run's.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from flashpoint.store import Store
from tests.conftest import ROOT
from tests.reliability.test_concurrency import _corpus

KILLS = 20


def _code(src, db, stderr_to=subprocess.DEVNULL, **kw):
    return subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "code", str(src), "--db", str(db), "--no-geo",
                             "--batch-size", "1", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=stderr_to, **kw)


def _state(db):
    with Store(db, read_only=True) as s:
        assert {"documents", "sentences", "events", "mentions", "toponyms", "sources"} <= {
            r[0] for r in s.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        docs = dict(s.con.execute("SELECT id, text FROM documents").fetchall())
        sents = dict(s.con.execute("SELECT doc_id, count(*) FROM sentences GROUP BY 1").fetchall())
        events = s.con.execute("SELECT * EXCLUDE (coder_version) FROM events ORDER BY id").fetchall()
        orphans = s.con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
    return docs, sents, events, orphans


def test_random_kills_leave_whole_documents(tmp_path):
    src = _corpus(tmp_path, 10)
    clean_db = tmp_path / "clean.duckdb"
    t0 = time.monotonic()
    clean = _code(src, clean_db, stderr_to=subprocess.PIPE)
    assert clean.wait(timeout=900) == 0, clean.stderr.read().decode()[-2000:]
    clean_seconds = time.monotonic() - t0  # kills land across a run's whole length, however loaded the machine
    clean_docs, clean_sents, clean_events, _ = _state(clean_db)
    by_doc = {}
    for e in clean_events:
        by_doc.setdefault(e[1], []).append(e)

    rng = random.Random(16)
    db = tmp_path / "killed.duckdb"
    killed_mid_run = 0
    for _ in range(KILLS):
        p = _code(src, db, start_new_session=True)
        time.sleep(rng.uniform(0.4, 1.1) * clean_seconds)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            killed_mid_run += 1
        p.wait(timeout=120)
        if not db.exists():
            continue
        docs, sents, events, orphans = _state(db)
        assert orphans == 0
        for doc_id in docs:  # whole or absent
            assert sents.get(doc_id) == clean_sents.get(doc_id)
            assert sorted(e for e in events if e[1] == doc_id) == sorted(by_doc.get(doc_id, []))
        if len(docs) == len(clean_docs):
            db.unlink()  # finished: start over so that later kills land mid-run too
    assert killed_mid_run >= KILLS // 2
    assert _code(src, db).wait(timeout=900) == 0
    assert _state(db)[:3] == (clean_docs, clean_sents, clean_events)

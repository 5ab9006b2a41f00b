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


def _n_docs(db) -> int:
    try:
        with Store(db, read_only=True, wait=30) as s:
            return s.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except Exception:  # no file or no schema yet
        return 0


def _state(db):
    with Store(db, read_only=True) as s:
        tables = {r[0] for r in s.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not tables:  # killed while creating the schema: none of it exists, which is whole too
            return {}, {}, [], 0
        assert {"documents", "sentences", "events", "mentions", "toponyms", "sources"} <= tables
        docs = dict(s.con.execute("SELECT id, text FROM documents").fetchall())
        sents = dict(s.con.execute("SELECT doc_id, count(*) FROM sentences GROUP BY 1").fetchall())
        events = s.con.execute("SELECT * EXCLUDE (coder_version) FROM events ORDER BY id").fetchall()
        orphans = s.con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
    return docs, sents, events, orphans


def test_random_kills_leave_whole_documents(tmp_path):
    src = _corpus(tmp_path, 10)
    clean_db = tmp_path / "clean.duckdb"
    clean = _code(src, clean_db, stderr_to=subprocess.PIPE)
    assert clean.wait(timeout=900) == 0, clean.stderr.read().decode()[-2000:]
    clean_docs, clean_sents, clean_events, _ = _state(clean_db)
    by_doc = {}
    for e in clean_events:
        by_doc.setdefault(e[1], []).append(e)

    rng = random.Random(16)
    db = tmp_path / "killed.duckdb"
    total = len(clean_docs)
    killed_mid_run = attempts = 0
    # A run that finishes before its kill lands is not counted: on a fast machine the random moment
    # can fall after the last document, and the test must still see KILLS kills mid-run.
    while killed_mid_run < KILLS and attempts < 3 * KILLS:
        attempts += 1
        stored = _n_docs(db)
        if stored == total:
            db.unlink()  # finished: start over so that every kill lands mid-run
            stored = 0
        # kill once k more documents are stored, plus a random moment inside the next batch
        k = rng.randrange(0, total - stored)
        p = _code(src, db, start_new_session=True)
        while p.poll() is None and _n_docs(db) < stored + k:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.5))
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
    assert killed_mid_run == KILLS, f"only {killed_mid_run} of {attempts} runs were killed mid-run"
    assert _code(src, db).wait(timeout=900) == 0
    assert _state(db)[:3] == (clean_docs, clean_sents, clean_events)

"""Store: one transaction per batch; a failing batch leaves earlier data intact."""
from __future__ import annotations

import pytest

from flashpoint.records import Document
from flashpoint.store import DocResult, Store


def test_failed_batch_rolls_back(tmp_path, pipeline):
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        good = pipeline.process([Document.from_text("Serbia condemned the attack on the monastery.")])
        s.write_batch(good)
        n = s.counts()["events"]
        bad = pipeline.process([Document.from_text("Kosovo police arrested two men near Zvečan.")])
        bad[0].events[0].event_type = None  # violates nothing in SQL, so force a real failure below
        bad.append(DocResult(document=Document(id=None, text="x")))  # NULL primary key -> constraint error
        with pytest.raises(Exception):
            s.write_batch(bad)
        assert s.counts()["events"] == n
        assert s.counts()["documents"] == 1

"""Store: one transaction per batch; a failing batch leaves earlier data intact."""
from __future__ import annotations

import duckdb
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
        bad.append(DocResult(document=Document(id=None, text="x")))  # NULL primary key -> constraint error
        with pytest.raises(duckdb.Error):
            s.write_batch(bad)
        assert s.counts()["events"] == n
        assert s.counts()["documents"] == 1


def test_export_columns_are_documented():
    from pathlib import Path

    from flashpoint.store import EVENT_COLUMNS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    missing = [n for n, _, _ in EVENT_COLUMNS if f"`{n}`" not in doc]
    assert not missing


def test_two_texts_of_one_source_in_one_write_keep_the_later(tmp_path):
    """A feed that holds an article twice (edited) in one write: the later text replaces the earlier, as when the two
    are written apart (the local engine writes a group of batches in one transaction)."""
    url = "https://example.org/story"
    old, new = (Document.from_text(t) for t in ("Serbia condemned the attack.", "Serbia condemned the attacks."))
    old.url = new.url = url
    apart, together = tmp_path / "a.duckdb", tmp_path / "t.duckdb"
    with Store(apart) as s:
        s.write_batch([DocResult(document=old)])
        s.write_batch([DocResult(document=new)])
    with Store(together) as s:
        s.write_batch([DocResult(document=old), DocResult(document=new)])
    for db in (apart, together):
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT id FROM documents").fetchall() == [(new.id,)]
        assert con.execute("SELECT key, doc_id FROM sources").fetchall() == [(url, new.id)]
        con.close()

"""Analyst fields: CAMEO root / quad class / Goldstein, counts with evidence spans, list contexts, null spans,
provenance and quoted CAMEO codes in exports."""
from __future__ import annotations

import csv
from datetime import date

import pyarrow.parquet as pq
import pytest

from flashpoint.indicators.cameo import cameo_root, goldstein, quad_class
from flashpoint.indicators.counts import find_counts
from flashpoint.records import Document
from flashpoint.store import Store


@pytest.mark.parametrize("code,root,quad,score", [
    ("051", "05", 1, 3.4), ("0514", "05", 1, 3.4), ("061", "06", 2, 6.4), ("112", "11", 3, -2.0),
    ("190", "19", 4, -10.0), ("1823", "18", 4, -10.0), ("173", "17", 4, -5.0)])
def test_cameo_lookup(code, root, quad, score):
    assert (cameo_root(code), quad_class(code), goldstein(code)) == (root, quad, score)


def test_cameo_unknown_is_null():
    assert cameo_root(None) is None and quad_class("") is None and goldstein("XYZ") is None


@pytest.mark.parametrize("sentence,expected", [
    ("A total of 39 are confirmed dead, officials told state media.", {"killed": 39}),
    ("Gunmen killed at least 12 people and wounded three others in Kabul.", {"killed": 12, "injured": 3}),
    ("Police arrested two men near Zvečan.", {"arrested": 2}),
    ("The death toll rose to 157.", {"killed": 157}),
    ("Twenty-five soldiers were killed and 40 injured.", {"killed": 25, "injured": 40}),
    ("Two hundred people were arrested.", {"arrested": 200}),
    ("In 2019, the army detained 1,200 protesters.", {"arrested": 1200}),
    ("No one was hurt.", {"injured": 0}),
    ("Dozens of people were killed in the attack.", {}),  # vague: no number
    ("Several protesters were detained.", {}),
    ("He was killed in 2004.", {}),  # a year is not a count
    ("The 12-year-old was killed.", {}),
    ("The explosion killed one of the soldiers.", {}),
])
def test_find_counts(sentence, expected):
    found = find_counts(sentence)
    assert {k: c.value for k, c in found} == expected
    for _, c in found:  # the span is the phrase that gives the number
        assert sentence[c.start:c.end] == c.text and any(ch.isalnum() for ch in c.text)


def test_counts_and_fields_through_the_pipeline_and_exports(pipeline, tmp_path):
    text = "Kosovo police arrested 12 Serb protesters in Zvečan on 29 May 2023, police said."
    doc = Document.from_text(text, url="https://example.org/zvecan", title="Arrests in Zvečan",
                             publisher="Example News", published=date(2023, 5, 30))
    res = pipeline.process([doc])
    ev = next(e for e in res[0].events if e.event_type == "COERCE")
    assert ev.arrested is not None and ev.arrested.value == 12
    assert text[ev.arrested.start:ev.arrested.end] == ev.arrested.text
    db = tmp_path / "f.duckdb"
    with Store(db) as s:
        s.write_batch(res)
        s.export(tmp_path / "e.parquet", "parquet")
        s.export(tmp_path / "e.csv", "csv")
    rows = pq.read_table(tmp_path / "e.parquet").to_pylist()
    row = next(r for r in rows if r["event_type"] == "COERCE")
    assert row["arrested"] == 12 and text[row["arrested_start"]:row["arrested_end"]] == "arrested 12"
    assert row["cameo_root"] == row["cameo"][:2] and row["quad_class"] == 4 and row["goldstein"] is not None
    assert row["doc_url"] == "https://example.org/zvecan" and row["doc_title"] == "Arrests in Zvečan"
    assert row["doc_publisher"] == "Example News" and row["doc_published"] == date(2023, 5, 30)
    assert row["context"] is None or isinstance(row["context"], list)
    raw = (tmp_path / "e.csv").read_text("utf-8")
    assert f'"{row["cameo"]}"' in raw  # quoted: a leading zero survives
    crow = next(r for r in csv.DictReader(raw.splitlines()) if r["event_type"] == "COERCE")
    assert crow["cameo"] == row["cameo"] and crow["doc_url"] == row["doc_url"]


def test_author_spans_are_null_not_minus_one(pipeline, tmp_path):
    from flashpoint.store import EVENT_COLUMNS, event_row

    text = "We urge the international community to condemn the arrests of Serbs in Kosovo."
    res = pipeline.process([Document.from_text(text)])
    ev = res[0].events[0]
    ev.source = res[0].author  # the document's author has no span in the text (-1 in the record)
    assert ev.source.start == -1
    row = dict(zip([n for n, _, _ in EVENT_COLUMNS], event_row(ev)))
    assert row["source_start"] is None and row["source_end"] is None and row["source_text"]
    with Store(tmp_path / "a.duckdb") as s:
        s.write_batch(res)
        assert s.con.execute("SELECT count(*) FROM events WHERE source_start < 0 OR target_start < 0 "
                             "OR claimant_start < 0").fetchone()[0] == 0
        assert s.con.execute("SELECT count(*) FROM events WHERE source_kind = 'author' AND source_start IS NULL"
                             ).fetchone()[0] >= 1

"""Issue 16: property-based checks with hypothesis (fixed seed, bounded examples).

Any input either codes or fails with one line naming it; the process never crashes; what the store
already holds stays intact.
"""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.store import Store

runner = CliRunner()

PIECES = [
    "Kosovo police arrested two men in Zvečan.", "Влада Србије је осудила напад.", "Policia e Kosovës arrestoi dy burra.",
    "ç ë Ç Ë", "مرحبا بالعالم", "\u202e\u2066\u200f", "😀🔥🇽🇰", "\u200b\u200c\u200d\ufeff", "\x00\x01\x07\x1b[2J\x1b]0;t\x07",
    "[/x]", "[bold red]", "[link=http://x]y[/link]", "=cmd|' /C calc'!A0", "\r\n", "\t", "NATO", "Belgrade", "Priština",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=0, max_size=40),
                          st.text(alphabet=string.ascii_letters + " ", min_size=200, max_size=2000)),
                min_size=1, max_size=12).map(" ".join)
BASE = "Serbia condemned the attack on the monastery in Pec, a government statement said."


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    d = tmp_path_factory.mktemp("prop")
    (d / "base.txt").write_text(BASE, encoding="utf-8")
    db = d / "s.duckdb"
    assert runner.invoke(app, ["code", "--quiet", "--no-geo", str(d / "base.txt"), "--db", str(db)]).exit_code == 0
    return d, db


def _snapshot(db):
    with Store(db, read_only=True) as s:
        return s.con.execute("SELECT id, text FROM documents WHERE path LIKE '%base.txt'").fetchall(), \
            s.con.execute("SELECT count(*) FROM events e JOIN documents d ON e.doc_id = d.id "
                          "WHERE d.path LIKE '%base.txt'").fetchone()[0]


def _check(store_path, name, data: bytes):
    d, db = store_path
    before = _snapshot(db)
    f = d / name
    f.write_bytes(data)
    r = runner.invoke(app, ["code", "--quiet", "--no-geo", str(f), "--db", str(db)])
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert r.exit_code in (0, 1), r.output
    if r.exit_code == 1:
        failures = [ln for ln in r.output.splitlines() if ln.startswith("skipped")]
        assert len(failures) == 1 and str(f) in failures[0], r.output
    assert _snapshot(db) == before


@seed(16)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(text=TEXT)
def test_arbitrary_unicode_codes_or_fails_in_one_line(store_path, text):
    _check(store_path, "u.txt", text.encode("utf-8"))


@seed(16)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=3000))
def test_random_bytes(store_path, data):
    _check(store_path, "b.txt", data)


@seed(16)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.one_of(st.text(max_size=60), st.just('{"text": 5}'), st.just('{"text": "Police fired."'),
                               st.just('{"text": "NATO troops arrived in Zvecan."}')), max_size=6))
def test_malformed_jsonl(store_path, rows):
    d, db = store_path
    before = _snapshot(db)
    f = d / "rows.jsonl"
    f.write_text("\n".join(rows), encoding="utf-8")
    r = runner.invoke(app, ["code", "--quiet", "--no-geo", str(f), "--db", str(db)])
    assert r.exit_code in (0, 1), r.output
    assert all(str(f) in ln for ln in r.output.splitlines() if ln.startswith("skipped"))
    assert _snapshot(db) == before

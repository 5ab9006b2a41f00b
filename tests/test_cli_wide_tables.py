"""Tables piped to a file or a pager (no terminal): 'geo', 'actors' and 'actors --unresolved' were laid out for
80 columns, so names were cut ('Mitro…', 'geona…') or folded over lines, and grep found half a row."""
from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from flashpoint.cli import app
from tests.indicators.synth import report, write


def test_actor_dictionary_rows_are_whole(tmp_path):
    db = tmp_path / "a.duckdb"
    write(db, [report("Police clashed with protesters in Zvecan.", "a.example", date(2024, 5, 3), "ASSAULT", "190",
                      ("Zvecan", 42.9, 20.8))]).close()
    r = CliRunner().invoke(app, ["actors", "--db", str(db), "--limit", "30"])
    assert r.exit_code == 0, r.output
    rows = [line for line in r.output.splitlines() if line.startswith("│ ")]
    assert rows and "…" not in r.output, r.output
    # one line a row: every row names its entry, kind and label on the same line
    assert all(line.split("│")[1].strip() and line.split("│")[3].strip() for line in rows), r.output

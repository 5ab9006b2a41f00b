"""`flashpoint events` piped to a file or a pager (no terminal): the table was laid out for 80 columns, so each
date, type and modality was folded in two ('2024-0' over '5-03', 'assert' over 'ed') and could not be grepped."""
from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from flashpoint.cli import app
from tests.indicators.synth import report, write


def test_piped_table_keeps_each_cell_on_one_line(tmp_path):
    db = tmp_path / "e.duckdb"
    text = ("Police clashed with protesters near the municipal building in the northern town of Zvecan on "
            "Friday evening, the ministry said in a long statement.")
    write(db, [report(text, "a.example", date(2024, 5, 3), "ASSAULT", "190", ("Zvecan", 42.9, 20.8))]).close()
    r = CliRunner().invoke(app, ["events", "--db", str(db)])
    assert r.exit_code == 0, r.output
    row = next(line for line in r.output.splitlines() if "2024-05-03" in line)
    assert "ASSAULT" in row and "asserted" in row and "Zvecan" in row, r.output

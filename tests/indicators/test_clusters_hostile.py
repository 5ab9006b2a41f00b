"""`flashpoint clusters` prints evidence sentences from documents: a sentence with rich markup ('[/x]') crashed
it (MarkupError), and an escape sequence reached the terminal, because its table went through a plain rich
Console, not the CLI's SafeConsole (SECURITY.md: hostile text cannot drive the terminal)."""
from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from flashpoint.cli import app

from .synth import report, write

runner = CliRunner()


def test_clusters_prints_hostile_evidence_as_text(tmp_path):
    db = tmp_path / "h.duckdb"
    text = "Police [/x] clashed with [bold]protesters\x1b]0;pwned\x07 in Town0 \x1b[2J today."
    write(db, [report(text, "a.example", date(2024, 5, 3), "ASSAULT", "190", ("Town0", 42.0, 21.0))]).close()
    r = runner.invoke(app, ["clusters", "--db", str(db)])
    assert r.exit_code == 0, (r.output, r.exception)
    assert "[/x]" in r.output and "[bold]protesters" in r.output
    assert "\x1b]0;" not in r.output and "\x1b[2J" not in r.output and "\x07" not in r.output


def test_indicators_table_goes_through_the_safe_console(tmp_path):
    db = tmp_path / "i.duckdb"
    text = "Police [/x] clashed with protesters in Town0 today."
    write(db, [report(text, "a.example", date(2024, 5, 3), "ASSAULT", "190", ("Town0 [/y]", 42.0, 21.0))]).close()
    r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "admin1"])
    assert r.exit_code == 0, (r.output, r.exception)

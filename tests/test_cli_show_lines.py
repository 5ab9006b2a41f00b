"""`flashpoint show`: an author nobody named printed 'author AUTHOR [AUTHOR]' (the store's placeholder), and
piped (80 columns) each event line was folded, so 'show DOC | grep place=' cut the place off its event."""
from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from flashpoint.cli import app
from tests.indicators.synth import report, write


def test_show_names_no_placeholder_and_keeps_an_event_a_line(tmp_path):
    db = tmp_path / "s.duckdb"
    text = "Police clashed with protesters in the northern municipality of Zvecan on Friday evening."
    r0 = report(text, "a.example", date(2024, 5, 3), "ASSAULT", "190", ("Zvecan municipality, far north", 42.9, 20.8))
    r0.document.author = "AUTHOR"
    write(db, [r0]).close()
    r = CliRunner().invoke(app, ["show", r0.document.id[:10], "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "author not identified" in r.output and "AUTHOR [" not in r.output, r.output
    line = next(x for x in r.output.splitlines() if x.lstrip().startswith("1. ASSAULT"))
    assert "place=Zvecan municipality, far north" in line and "trigger='clashed'" in line, r.output

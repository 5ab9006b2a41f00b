"""A series key in words ('--key Serbia', 'plot series Kosovo') or an admin1 key without its country matched
nothing and printed an empty table or plot without a word; a key with no series now names keys like it."""
from __future__ import annotations

import re
from datetime import date

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from tests.indicators.synth import report, write

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("keys") / "k.duckdb"
    write(path, [report("Police clashed with protesters in Zvecan.", "a.example", date(2024, 5, 3), "ASSAULT", "190",
                        ("Zvecan", 42.9, 20.8))]).close()
    return path


@pytest.mark.parametrize("args, words", [
    (["indicators", "--key", "Serbia"], "--key 'Serbia': a country key is an ISO 3166 code (Serbia is RS or SRB)"),
    (["indicators", "--level", "admin1", "--key", "Mitrovica"], "an admin1 key is COUNTRY.ADMIN1"),
    (["alerts", "--key", "Serbia"], "Serbia is RS or SRB"),
    (["plot", "series", "Serbia"], "KEY 'Serbia': a country key is an ISO 3166 code"),
])
def test_a_key_in_words_is_refused_with_its_codes(db, args, words):
    r = runner.invoke(app, args + ["--db", str(db)])
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", r.output).split())  # typer's box, as CliRunner renders it
    assert r.exit_code == 2 and words in flat, r.output


def test_a_key_with_no_series_names_keys_like_it(db):
    r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "admin1", "--key", "XKX.Mitrovica"])
    assert r.exit_code == 0, r.output
    assert "no admin1 series 'XKX.Mitrovica' at grain month; keys like it: XK" in r.output, r.output
    r = runner.invoke(app, ["indicators", "--db", str(db), "--key", "RS"])
    assert "no country series 'RS' at grain month; `indicators --level country` lists the keys" in r.output


def test_no_rows_prints_no_python_warning(db, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "none.csv"
    r = subprocess.run([sys.executable, "-m", "flashpoint.cli", "indicators", "--db", str(db), "--key", "RS",
                        "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "Warning" not in r.stderr, r.stderr

"""The bundled Kosovo statements end to end: indicators, alerts, plots and cluster exports through the CLI."""
from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from tests.conftest import SEED_000, SEED_002

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("ind") / "fp.duckdb"
    r = runner.invoke(app, ["code", str(SEED_000), str(SEED_002), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    return db


def _kosovo(db) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:  # the stored code of Kosovo (XK or XKX), whichever the geocoder writes
        return con.execute("SELECT country_code FROM events WHERE place_name = 'North Mitrovica' LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_kosovo_series_has_separate_2004_and_2024_periods(db, tmp_path):
    key = _kosovo(db)
    out = tmp_path / "xk.csv"
    r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "country", "--key", key, "--grain", "month",
                            "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    periods = {row["period"][:7]: int(row["n_acts"]) for row in rows}
    early = [p for p in periods if p.startswith("2004")]
    late = [p for p in periods if p[:4] in ("2023", "2024")]
    assert early and late, periods
    assert all(p in early + late for p in periods)  # nothing smeared in between
    assert sum(periods[p] for p in early) > 0 and sum(periods[p] for p in late) > 0
    # the same series is a view users can query with SQL
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM indicators_country WHERE key = ? AND grain = 'month'", [key]).fetchone()
        assert n[0] == len(rows)
        (mc, n_acts), = con.execute("SELECT sum(material_conflict), sum(n_acts) FROM indicators "
                                    "WHERE level = 'country' AND key = ? AND grain = 'month'", [key]).fetchall()
        assert 0 < mc <= n_acts
    finally:
        con.close()


def test_alerts_are_stored_and_listed(db):
    # two single documents from one unknown outlet: the evidence rule keeps every alert back
    r = runner.invoke(app, ["alerts", "--db", str(db), "--grain", "month", "--json"])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == ""
    # the summary says why there is none (tests/indicators/test_alerts_why.py)
    assert r.stderr.strip().startswith("0 alerts at grain month: ")
    assert r.stderr.strip().endswith(f"; stored in {db} (tables alerts, alert_evidence)")
    r = runner.invoke(app, ["alerts", "--db", str(db), "--grain", "month", "--min-documents", "1",
                            "--min-sources", "1", "--min-history", "1", "--json"])
    assert r.exit_code == 0, r.output
    found = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM alerts WHERE grain = 'month'").fetchone()[0] == len(found)
    finally:
        con.close()
    for a in found:  # every alert carries its window, statistic, threshold, baseline and evidence
        assert a["period_start"] <= a["period_end"] and a["value"] >= a["threshold"]
        assert a["evidence"] and all(e["sentence"] for e in a["evidence"])


def test_plots_write_png_and_svg(db, tmp_path):
    key = _kosovo(db)
    r = runner.invoke(app, ["plot", "series", key, "--db", str(db), "--grain", "month", "--out",
                            str(tmp_path / "xk")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["plot", "map", "--db", str(db), "--from", "2004-01-01", "--to", "2024-12-31", "--out",
                            str(tmp_path / "map")])
    assert r.exit_code == 0, r.output
    for stem in ("xk", "map"):
        assert (tmp_path / f"{stem}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in (tmp_path / f"{stem}.svg").read_text("utf-8")[:2000]
    r = runner.invoke(app, ["plot", "series", "ZZ", "--db", str(db), "--out", str(tmp_path / "x")])
    assert r.exit_code == 1 and "no acts" in r.output
    # a key that is no country code is a usage error naming the forms (tests/test_cli_series_keys.py)
    r = runner.invoke(app, ["plot", "series", "NOWHERE", "--db", str(db), "--out", str(tmp_path / "x")])
    assert r.exit_code == 2


def test_cluster_level_exports(db, tmp_path):
    for fmt in ("parquet", "csv", "jsonl"):
        out = tmp_path / f"c.{fmt}"
        r = runner.invoke(app, ["export", str(out), "--db", str(db), "--level", "clusters"])
        assert r.exit_code == 0, r.output
    rows = pq.read_table(tmp_path / "c.parquet").to_pylist()
    assert rows and all(r["n_documents"] >= 1 and r["members"] for r in rows)
    assert sum(r["n_events"] for r in rows) == sum(len(r["members"]) for r in rows)
    raw = (tmp_path / "c.csv").read_text("utf-8")
    first = next(csv.DictReader(raw.splitlines()))
    assert json.loads(first["members"]) and f'"{rows[0]["cameo"]}"' in raw


def test_series_key_in_either_iso_form(db, tmp_path):
    # the help and README name Kosovo's series 'XK' while the store writes alpha-3: both forms find it
    stored = _kosovo(db)
    other = {"XK": "XKX", "XKX": "XK"}[stored]
    got = {}
    for key in (stored, other, other.lower()):
        out = tmp_path / f"{key}.csv"
        r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "country", "--key", key, "--grain", "month",
                                "--out", str(out)])
        assert r.exit_code == 0, r.output
        got[key] = [(row["key"], row["period"], row["n_acts"]) for row in csv.DictReader(out.open(encoding="utf-8"))]
    assert got[stored] and got[other] == got[stored] == got[other.lower()]
    # an admin1 series named by the alpha-2 country finds the same rows as by the stored code
    con = duckdb.connect(str(db), read_only=True)
    try:
        admin1 = con.execute("SELECT key FROM indicators_admin1 WHERE key LIKE ? LIMIT 1", [stored + ".%"]).fetchone()[0]
    finally:
        con.close()
    for key in (admin1, other + admin1[len(stored):]):
        r = runner.invoke(app, ["indicators", "--db", str(db), "--level", "admin1", "--key", key, "--grain", "month",
                                "--out", str(tmp_path / "a1.csv")])
        assert r.exit_code == 0 and "wrote 0 rows" not in r.output, r.output
    # alerts for one series, run twice with the other form, replace their own rows
    for _ in range(2):
        r = runner.invoke(app, ["alerts", "--db", str(db), "--grain", "month", "--key", other, "--min-documents", "1",
                                "--min-sources", "1", "--min-history", "1", "--json"])
        assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["plot", "series", other, "--db", str(db), "--grain", "month", "--out", str(tmp_path / "p")])
    assert r.exit_code == 0, r.output


def test_empty_series_writes_its_columns(db, tmp_path):
    # ZZ: a key in the form of a country code that no series has (a name such as NOWHERE is refused, exit 2)
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"none.{fmt}"
        r = runner.invoke(app, ["indicators", "--db", str(db), "--key", "ZZ", "--out", str(out)])
        assert r.exit_code == 0 and "wrote 0 rows" in r.output, r.output
    assert (tmp_path / "none.csv").read_text("utf-8").startswith("level,key,grain,period")
    t = pq.read_table(tmp_path / "none.parquet")
    assert t.num_rows == 0 and "n_acts" in t.schema.names

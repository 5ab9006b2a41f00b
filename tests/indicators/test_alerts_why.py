"""A run that finds no alert says why: '0 alerts at grain week' alone read as calm, or as a fault, on the bundled
corpus (one outlet), where the evidence rule (>= 2 outlets) holds back every window that passed a test."""
from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.indicators.alerts import AlertSettings, Diagnosis, run_alerts

from .synth import weekly_history, write
from .test_alerts import OUTLETS, START, WEEKS, _jump_counts

runner = CliRunner()


def test_one_outlet_jump_names_the_source_rule(tmp_path):
    db = tmp_path / "one.duckdb"
    with write(db, weekly_history(WEEKS, _jump_counts(), ["rferl.org"], START)) as s:
        why = Diagnosis()
        assert run_alerts(s.con, AlertSettings(grain="week"), why) == []
        assert why.candidates > 0 and why.short_of_sources > 0 and why.most_sources == 1
        line = why.sentence(AlertSettings(grain="week"))
        assert "passed a statistical test" in line and "fewer than 2 outlets (the most: 1; --min-sources 2)" in line
    r = runner.invoke(app, ["alerts", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "0 alerts at grain week: " in r.output and "--min-sources 2" in r.output, r.output


def test_flat_history_says_nothing_rose(tmp_path):
    with write(tmp_path / "flat.duckdb", weekly_history(WEEKS, [3] * WEEKS, OUTLETS, START)) as s:
        why = Diagnosis()
        assert run_alerts(s.con, AlertSettings(grain="week"), why) == []
        assert why.candidates == 0 and why.series_tested > 0
        assert why.sentence(AlertSettings(grain="week")).startswith("no week of the ")


def test_short_history_says_so(tmp_path):
    with write(tmp_path / "short.duckdb", weekly_history(4, [3] * 4, OUTLETS, START)) as s:
        why = Diagnosis()
        assert run_alerts(s.con, AlertSettings(grain="week"), why) == []
        line = why.sentence(AlertSettings(grain="week"))
        assert "6 covered weeks of history" in line and "covers 4 weeks" in line, line


def test_alerts_found_keep_the_plain_summary(tmp_path):
    db = tmp_path / "jump.duckdb"
    write(db, weekly_history(WEEKS, _jump_counts(), OUTLETS, START)).close()
    r = runner.invoke(app, ["alerts", "--db", str(db), "--json"])
    assert r.exit_code == 0 and " alerts at grain week; stored in " in r.output and "0 alerts" not in r.output


def test_dashboard_tells_none_found_from_never_run(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    db = tmp_path / "one.duckdb"
    write(db, weekly_history(WEEKS, _jump_counts(), ["rferl.org"], START)).close()
    with TestClient(create_app(db)) as c:
        assert "No alerts in this store. Alerts are computed by the command line" in c.get("/").text
    assert runner.invoke(app, ["alerts", "--db", str(db)]).exit_code == 0
    with TestClient(create_app(db)) as c:
        html = c.get("/").text
    assert "No alerts in this store" not in html
    assert "at grain week found none (" in html and "--min-sources 2" in html, html


def test_api_lists_the_runs(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app

    db = tmp_path / "one.duckdb"
    write(db, weekly_history(WEEKS, _jump_counts(), ["rferl.org"], START)).close()
    assert runner.invoke(app, ["alerts", "--db", str(db), "--grain", "month"]).exit_code == 0
    with TestClient(create_app(db)) as c:
        j = c.get("/api/alerts").json()
    assert j["total"] == 0 and [r["grain"] for r in j["runs"]] == ["month"] and j["runs"][0]["n_alerts"] == 0
    assert "outlets" in j["runs"][0]["why"] or "rose" in j["runs"][0]["why"], j

"""The two seed statements end to end through the CLI, the store and the exports."""
from __future__ import annotations

import json
import shutil
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from tests.conftest import SEED_000, SEED_002

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e")
    db = d / "fp.duckdb"
    r = runner.invoke(app, ["code", str(SEED_000), str(SEED_002), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "events by type" in r.output
    return db


def _events(db, where="true"):
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(f"SELECT * FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where}")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    finally:
        con.close()


def test_seed_002_assault_at_north_mitrovica(store):
    evs = _events(store, "d.path LIKE '%002_%' AND event_type = 'ASSAULT'")
    hits = [e for e in evs if e["place_name"] == "North Mitrovica"]
    assert hits and hits[0]["country_code"] == "XKX" and hits[0]["date"] == date(2004, 3, 17)
    assert not any("Sremska" in (e["place_name"] or "") for e in _events(store))


def test_seed_002_requests_from_author(store):
    evs = _events(store, "d.path LIKE '%002_%' AND event_type = 'REQUEST' AND source_kind = 'author'")
    codes = {e["target_code"] for e in evs}
    assert "XKXPOLsrb" in codes  # Serbian community leaders (in Kosovo)
    assert "XKXPOLalb" in codes  # Albanian leaders
    assert any(c and c.startswith("IGOUNMIK") for c in codes)  # the SRSG
    assert {"SRBGOV", "MNEGOV", "SCGGOV"} <= codes  # authorities of Serbia, Montenegro and the SCG
    assert any(e["target_text"] == "Government of Serbia" and e["target_code"] == "SRBGOV" for e in evs)
    assert all(e["date"] == date(2004, 3, 17) for e in evs)
    assert "XKXPOLsrb" != "XKXPOLalb"


def test_seed_002_supreme_defense_council_is_scg_in_2004(store):
    evs = _events(store, "d.path LIKE '%002_%' AND target_text LIKE '%Supreme Defense Council%'")
    assert evs and evs[0]["target_code"] == "SCGGOV"


def test_seed_000_request_to_international_community(store):
    evs = _events(store, "d.path LIKE '%000_%' AND event_type = 'REQUEST' AND source_kind = 'author'")
    assert any(e["target_country"] == "IGO" for e in evs)
    assert all(e["source_code"] == "SRBGOV" for e in evs)  # inferred from "Belgrade consistently calls ..."


def test_seed_000_coerce_by_special_police_in_northern_kosovo(store):
    evs = _events(store, "d.path LIKE '%000_%' AND event_type = 'COERCE'")
    ev = next(e for e in evs if e["source_code"] == "XKXCOP")
    assert "special police" in ev["source_text"]
    assert ev["place_name"] == "North Kosovo" and ev["precision"] == "region"
    assert ev["country_code"] == "XKX" and ev["country_iso2"] == "XK"


def test_seed_000_accusation_of_kurti_and_pristina(store):
    evs = _events(store, "d.path LIKE '%000_%' AND event_type = 'ACCUSE'")
    assert any(e["target_code"] == "XKXGOV" and "Pristina" in e["target_text"] for e in evs)
    assert any(e["target_code"] == "XKXGOV" and "Kurti" in e["target_text"] for e in evs)
    assert all(e["source_code"] == "SRBGOV" for e in evs)


def test_seed_000_icg_attribution_covers_only_its_clause(store):
    """'..., as also noted by the International Crisis Group' covers the 15 percent of Serbs leaving;
    the call to stop Kurti and the charge of ethnic cleansing stay the author's."""
    evs = _events(store, "d.path LIKE '%000_%' AND sentence_text LIKE '%15 percent%'")
    assert evs and all(e["claimant_code"] != "NGOICG" for e in evs if e["trigger_text"] in ("prevented", "cleansing"))


def test_rerun_is_idempotent(store):
    before = _events(store)
    r = runner.invoke(app, ["code", str(SEED_000), str(SEED_002), "--db", str(store), "-q"])
    assert r.exit_code == 0 and "2 unchanged" in r.output
    assert sorted(e["id"] for e in _events(store)) == sorted(e["id"] for e in before)


def test_bad_inputs_do_not_lose_stored_data(store, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "x.jsonl").write_text('{"text": "Serbia protested."}\n{oops\n', encoding="utf-8")
    n = len(_events(store))
    r = runner.invoke(app, ["code", str(tmp_path), "--db", str(store), "-q"])
    assert r.exit_code == 0
    assert "empty.txt: empty file" in r.output and "junk.txt: binary file" in r.output and "x.jsonl:2: malformed JSON" in r.output
    assert len(_events(store)) >= n


def test_events_command_filters_and_formats(store):
    r = runner.invoke(app, ["events", "--db", str(store), "--type", "REQUEST", "--format", "jsonl"])
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert rows and all(x["event"] == "REQUEST" for x in rows)
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text", "text",
            "text_info", "modality", "claimant"} <= set(rows[0])
    r = runner.invoke(app, ["events", "--db", str(store), "--actor", "Kurti", "--from", "2024-01-01", "--format", "csv"])
    assert r.exit_code == 0 and "Kurti" in r.stdout


def test_show_marks_evidence(store):
    r = runner.invoke(app, ["show", "002", "--db", str(store)])
    assert r.exit_code == 0 and "North Mitrovica" in r.output and "REQUEST" in r.output


def test_export_formats(store, tmp_path):
    for fmt in ("parquet", "jsonl", "csv"):
        out = tmp_path / f"ev.{fmt}"
        r = runner.invoke(app, ["export", str(out), "--db", str(store)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 0
    assert pq.read_table(tmp_path / "ev.parquet").num_rows == len(_events(store))


def test_actors_commands(store):
    r = runner.invoke(app, ["actors", "resolve", "Kurti's special police", "--date", "2024-08-30", "--json"])
    out = json.loads(r.stdout)
    assert out["code"] == "XKXCOP" and out["country"] == "XKX" and out["sector"] == "COP"
    r = runner.invoke(app, ["actors", "--db", str(store), "--unresolved"])
    assert r.exit_code == 0 and "unresolved" in r.output
    r = runner.invoke(app, ["actors", "--db", str(store)])
    assert r.exit_code == 0 and "unmik" in r.output


def test_geo_command():
    r = runner.invoke(app, ["geo", "Serbs protested in Mitrovica, north of Pristina.", "--json"])
    rows = json.loads(r.stdout)
    m = next(x for x in rows if x["text"] == "Mitrovica")
    assert m["country"] == "XKX" and m["iso2"] == "XK" and m["geonameid"] == 789225 and m["start"] == 19


def test_author_override_by_metadata(tmp_path):
    src = tmp_path / "s.txt"
    shutil.copy(SEED_002, src)
    (tmp_path / "s.txt.meta.json").write_text(json.dumps({"author": "Government of Serbia"}), encoding="utf-8")
    db = tmp_path / "a.duckdb"
    assert runner.invoke(app, ["code", str(src), "--db", str(db), "-q"]).exit_code == 0
    evs = _events(db, "event_type = 'REQUEST' AND source_kind = 'author'")
    assert evs and all(e["source_code"] == "SRBGOV" for e in evs)


def test_store_that_is_not_duckdb_gives_one_line_error(tmp_path):
    bad = tmp_path / "not.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    r = runner.invoke(app, ["code", str(SEED_000), "--db", str(bad), "-q"])
    assert r.exit_code == 2 and "cannot open the store" in r.output
    assert bad.read_bytes() == b"this is not a database" * 100  # untouched
    r = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 2 and "no such store" in r.output


def test_unresolved_mentions_are_listed_with_counts(tmp_path):
    src = tmp_path / "u.txt"
    src.write_text("The Committee of Concerned Neighbours condemned the attack on the village. "
                   "The Committee of Concerned Neighbours also accused the mayor of lying.", encoding="utf-8")
    db = tmp_path / "u.duckdb"
    assert runner.invoke(app, ["code", str(src), "--db", str(db), "-q"]).exit_code == 0
    r = runner.invoke(app, ["actors", "--db", str(db), "--unresolved"])
    line = next(ln for ln in r.output.splitlines() if "Committee of Concerned" in ln)
    assert line.rstrip(" │").endswith("2")

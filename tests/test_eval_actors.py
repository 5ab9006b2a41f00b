"""`flashpoint eval` on actor-mention gold (docs/gold-format.md#actors)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.eval.gold import load_gold
from flashpoint.eval.harness import evaluate

GOLD = Path(__file__).parent / "gold" / "actor_mentions.jsonl"
runner = CliRunner()


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    p = tmp_path / "mentions.jsonl"
    p.write_text("# test set\n" + "".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return p


def test_dated_role_and_errors_are_scored(tmp_path):
    # Kurti is XKXOPP before 2021-03-22 and XKXGOV after (README): the date decides the sector.
    p = _write(tmp_path, [
        {"id": "a", "query": "Albin Kurti", "date": "2020-01-01", "country": "XKX", "sector": "OPP", "source": "x"},
        {"id": "b", "query": "Albin Kurti", "date": "2022-01-01", "country": "XKX", "sector": "GOV", "source": "x"},
        {"id": "c", "query": "Belgrade", "date": "2022-01-01", "country": "SRB", "sector": "MIL", "source": "x"},
        {"id": "d", "query": "Zzyzx Qwerty", "date": "2022-01-01", "country": "USA", "sector": "GOV", "source": "x"},
    ])
    fmt, items = load_gold(p)
    assert fmt == "actors" and [i.id for i in items] == ["a", "b", "c", "d"]
    ac = evaluate(items, fmt)["actors"]
    assert ac["mentions"] == 4 and ac["resolved"] == 3 and ac["coverage"] == 0.75
    assert ac["country_accuracy"] == 0.75 and ac["sector_accuracy"] == 0.5
    assert ac["country_sector_accuracy"] == 0.5
    assert ac["by_sector"]["OPP"]["both"] == 1.0 and ac["by_sector"]["MIL"]["sector"] == 0.0
    # unresolved first, then the wrong sector
    assert [(e["id"], e["predicted"]) for e in ac["errors"]] == [("d", None), ("c", "SRBGOV")]


def test_cli_json_text_and_bad_input(tmp_path):
    p = _write(tmp_path, [{"id": "a", "query": "Albin Kurti", "date": "2022-01-01", "country": "XKX",
                           "sector": "GOV", "source": "x"}])
    r = runner.invoke(app, ["eval", str(p), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert rep["format"] == "actors" and rep["actors"]["country_sector_accuracy"] == 1.0
    r = runner.invoke(app, ["eval", str(p), "--format", "actors"])
    assert r.exit_code == 0 and "country+sector" in r.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"query": "Albin Kurti"}\n', "utf-8")
    r = runner.invoke(app, ["eval", str(bad), "--format", "actors"])
    assert r.exit_code == 2 and "bad.jsonl:1" in r.output
    r = runner.invoke(app, ["eval", str(p), "--db", str(p)])
    assert r.exit_code == 2 and "--db does not apply" in r.output


def test_frozen_actor_set_is_reported():
    fmt, items = load_gold(GOLD)
    assert fmt == "actors" and len(items) >= 300
    ac = evaluate(items, fmt)["actors"]
    assert ac["mentions"] == len(items)
    assert set(ac["by_sector"]) == {i.sector for i in items}
    for k in ("coverage", "country_accuracy", "sector_accuracy", "country_sector_accuracy"):
        assert 0.0 <= ac[k] <= 1.0
    floors = json.loads((Path(__file__).parent / "eval_floor.json").read_text())["actor_mentions"]
    low = {k: (ac[k], v) for k, v in floors.items() if ac[k] + 1e-9 < v}
    assert not low, f"actor_mentions: below floor {low}"


@pytest.mark.parametrize("name", ["actor_mentions_dev", "actor_mentions_dev2", "actor_mentions_dev3"])
def test_dev_actor_sets_stay_above_their_floors(name):
    fmt, items = load_gold(GOLD.parent / f"{name}.jsonl")
    ac = evaluate(items, fmt)["actors"]
    floors = json.loads((Path(__file__).parent / "eval_floor.json").read_text())[name]
    low = {k: (ac[k], v) for k, v in floors.items() if ac[k] + 1e-9 < v}
    assert not low, f"{name}: below floor {low}"

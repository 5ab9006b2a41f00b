"""The evaluation harness on every gold set, against the floors in tests/eval_floor.json."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.eval.gold import load_gold
from flashpoint.eval.harness import evaluate
from tests.conftest import ROOT, SHARED

FLOORS = json.loads((ROOT / "tests" / "eval_floor.json").read_text())
SETS = {
    "plover_dev": SHARED / "gold" / "plover" / "dev.jsonl",
    "kosovo_serbia": ROOT / "tests" / "gold" / "kosovo_serbia.jsonl",
    "petrarch": SHARED / "gold" / "PETR.UnitTest.records.xml",
    "re3d": SHARED / "gold" / "re3d",
    "geo_ambiguous": ROOT / "tests" / "gold" / "geo_ambiguous.jsonl",
    "gwn": SHARED / "gold" / "geo" / "GWN.xml",
    "dateplace_dev": ROOT / "tests" / "gold" / "dateplace_dev.jsonl",
    "wire_args_dev": ROOT / "tests" / "gold" / "wire_args_dev.jsonl",
    "wire_args_dev2": ROOT / "tests" / "gold" / "wire_args_dev2.jsonl",
    "wire_args_dev3": ROOT / "tests" / "gold" / "wire_args_dev3.jsonl",
    "wire_args_dev4": ROOT / "tests" / "gold" / "wire_args_dev4.jsonl",
    "wire_args_dev5": ROOT / "tests" / "gold" / "wire_args_dev5.jsonl",
    "wire_args_dev6": ROOT / "tests" / "gold" / "wire_args_dev6.jsonl",
    "wire_args_dev7": ROOT / "tests" / "gold" / "wire_args_dev7.jsonl",
    "wire_args_dev8": ROOT / "tests" / "gold" / "wire_args_dev8.jsonl",
    "wire_args_dev9": ROOT / "tests" / "gold" / "wire_args_dev9.jsonl",
    "wire_args_dev10": ROOT / "tests" / "gold" / "wire_args_dev10.jsonl",
    "wire_args_dev11": ROOT / "tests" / "gold" / "wire_args_dev11.jsonl",
    "wire_args_dev12": ROOT / "tests" / "gold" / "wire_args_dev12.jsonl",
    "wire_args_dev13": ROOT / "tests" / "gold" / "wire_args_dev13.jsonl",
    "wire_args_dev14": ROOT / "tests" / "gold" / "wire_args_dev14.jsonl",
    "wire_dev": ROOT / "tests" / "gold" / "wire_dev.jsonl",
    "news_dev": ROOT / "tests" / "gold" / "news_dev.jsonl",
    "typing_dev_hazards": ROOT / "tests" / "gold" / "typing_dev_hazards.jsonl",
    "isaf_dev": ROOT / "tests" / "gold" / "isaf_dev.jsonl",
    "reports_dev": ROOT / "tests" / "gold" / "reports_dev.jsonl",
    "reports_dev2": ROOT / "tests" / "gold" / "reports_dev2.jsonl",
    "reports_dev3": ROOT / "tests" / "gold" / "reports_dev3.jsonl",
    "reports_dev4": ROOT / "tests" / "gold" / "reports_dev4.jsonl",
    "reports_dev5": ROOT / "tests" / "gold" / "reports_dev5.jsonl",
    "reports_dev6": ROOT / "tests" / "gold" / "reports_dev6.jsonl",
    "reports_dev7": ROOT / "tests" / "gold" / "reports_dev7.jsonl",
    "reports_dev8": ROOT / "tests" / "gold" / "reports_dev8.jsonl",
    "reports_dev9": ROOT / "tests" / "gold" / "reports_dev9.jsonl",
}


def _metric(report: dict, key: str) -> float:
    if key.startswith("dateplace."):  # event date / admin1 accuracy
        return report["events"]["dateplace"][key.split(".")[1]]["accuracy"]
    if key.startswith("roles."):  # who did what to whom (issue 14)
        return report["events"]["roles"][key.split(".", 1)[1]]
    if "." in key:
        field, stat = key.rsplit(".", 1)
        return report["events"]["fields"][field][stat]
    return report["geo"][key]


@pytest.mark.parametrize("name", list(SETS))
def test_scores_do_not_drop_below_floor(name):
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not present (shared/ missing)")
    fmt, items = load_gold(path)
    report = evaluate(items, fmt)
    low = {k: (_metric(report, k), v) for k, v in FLOORS[name].items() if _metric(report, k) + 1e-9 < v}
    assert not low, f"{name}: below floor {low}"


def test_json_report_is_stable_and_reproducible():
    runner = CliRunner()
    args = ["eval", str(SETS["kosovo_serbia"]), "--json", "--limit", "12"]
    a = runner.invoke(app, args)
    b = runner.invoke(app, args)
    assert a.exit_code == 0, a.output
    ra, rb = json.loads(a.stdout), json.loads(b.stdout)
    assert ra == rb
    assert set(ra) >= {"gold", "format", "coder_version", "events"}
    assert set(ra["events"]) == {"items", "gold_events", "pred_events", "fields", "per_type", "confusion", "errors"}
    f = ra["events"]["fields"]["event_type"]
    assert set(f) == {"precision", "recall", "f1", "tp", "pred", "gold"}


def test_eval_table_output_and_bad_path(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["eval", str(SETS["kosovo_serbia"]), "--limit", "5"])
    assert r.exit_code == 0 and "event_type" in r.output and "confusion" in r.output
    r = runner.invoke(app, ["eval", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 2 and "no such gold file" in r.output


def test_gold_format_rejects_malformed_lines(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "Serbia protested.", "events": []}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match="g.jsonl:2"):
        load_gold(p, "flashpoint")


def test_eval_from_existing_store(tmp_path):
    """--db scores what `flashpoint code` stored for the gold texts, the same as coding them now."""
    from flashpoint.eval.gold import read_flashpoint

    lines = [ln for ln in SETS["kosovo_serbia"].read_text("utf-8").splitlines() if "text" in json.loads(ln)][:10]
    gold = tmp_path / "gold10.jsonl"
    gold.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    items = read_flashpoint(gold)
    src = tmp_path / "gold.jsonl"
    src.write_text("".join(json.dumps({"text": it.text, "date": it.date}) + "\n" for it in items), encoding="utf-8")
    db = tmp_path / "g.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["code", str(src), "--db", str(db), "-q"]).exit_code == 0
    a = json.loads(runner.invoke(app, ["eval", str(gold), "--json", "--db", str(db)]).stdout)
    assert a["events"]["pred_events"] > 0
    assert a["events"]["fields"]["event_type"]["tp"] > 0


def test_plover_gold_country_blocks_are_read_as_iso3():
    # the PLOVER gold standard records write Japan, Italy and Vietnam as JAP, ITL and VTN
    from flashpoint.eval.gold import _plover_actor
    assert _plover_actor({"actorText": "Tokyo", "code": "JAP"}).country == "JPN"
    assert _plover_actor({"actorText": "Rome", "code": "ITLGOV"}).country == "ITAGOV"
    assert _plover_actor({"actorText": "Hanoi", "code": "VTN"}).country == "VNM"
    assert _plover_actor({"actorText": "Belgrade", "code": "SRB"}).country == "SRB"

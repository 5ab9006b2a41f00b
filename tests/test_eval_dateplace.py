"""Event date and admin1 accuracy in `flashpoint eval` (issue 15), and the shape of the frozen wire set."""
from __future__ import annotations

import json
from datetime import date
from importlib.resources import files

from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.eval.gold import GoldEvent, GoldItem, load_gold
from flashpoint.eval.harness import Pred, fold_admin1, score_dateplace
from tests.conftest import ROOT

WIRE = ROOT / "tests" / "gold" / "wire_dateplace.jsonl"
NO_ACTOR = (None, None, None, None, None)


def _pred(etype: str, day: str | None, admin1: str | None, trigger: str = "x") -> Pred:
    return Pred(etype, None, NO_ACTOR, NO_ACTOR, "asserted", (None, None), date.fromisoformat(day) if day else None,
                "AF", None, None, trigger, admin1=admin1)


def _gold(etype: str, day: str, admin1: str, alt: list[str] | None = None) -> GoldEvent:
    return GoldEvent(event_type=etype, date=day, loc_country="AF", loc_admin1=admin1, loc_admin1_alt=alt or [])


def test_admin1_names_fold_case_diacritics_and_suffixes():
    assert fold_admin1("Al Bayda' Governorate") == fold_admin1("al-Bayda")
    assert fold_admin1("Kunduz Province") == fold_admin1("KUNDUZ")
    assert fold_admin1("Ghōr") == fold_admin1("Ghor")
    assert fold_admin1("Donetsk Oblast") == fold_admin1("donetsk")
    assert fold_admin1("Helmand") != fold_admin1("Kandahar")
    assert fold_admin1(None) == ""


def test_same_type_partner_is_scored_even_when_another_event_would_agree():
    item = GoldItem(id="a", text="t", events=[_gold("COERCE", "2011-02-09", "Nangarhar")])
    preds = [_pred("COERCE", "2011-02-10", "Kunar"), _pred("ASSAULT", "2011-02-09", "Nangarhar Province")]
    r = score_dateplace([item], [preds])
    assert r["date"]["correct"] == 0 and r["date"]["matched_by_type"] == 1
    assert r["admin1"]["correct"] == 0
    assert r["errors"][0]["pred_admin1"] == "Kunar"


def test_without_same_type_partner_the_best_agreeing_event_is_scored():
    item = GoldItem(id="b", text="t", events=[_gold("ASSAULT", "2012-01-01", "Urozgan", ["Uruzgan"])],
                    year_in_text=False)
    preds = [_pred("COERCE", "2026-01-02", None), _pred("COERCE", "2012-01-01", "uruzgan")]
    r = score_dateplace([item], [preds])
    assert r["date"] == {"accuracy": 1.0, "correct": 1, "gold": 1, "matched_by_type": 0, "matched_by_agreement": 1,
                         "no_prediction": 0}
    assert r["admin1"]["accuracy"] == 1.0
    assert r["date_year_not_in_text"]["correct"] == 1


def test_an_aim_or_a_call_is_never_the_scored_event():
    item = GoldItem(id="h", text="t", events=[_gold("COERCE", "2012-04-02", "Helmand")])
    aim = _pred("COERCE", "2012-04-06", "Helmand", trigger="capture")
    aim.modality = "hypothetical"
    r = score_dateplace([item], [[aim, _pred("COERCE", "2012-04-02", "Helmand", trigger="detained")]])
    assert r["date"]["correct"] == 1 and r["errors"] == []
    r = score_dateplace([item], [[aim]])
    assert r["date"]["no_prediction"] == 1


def test_no_prediction_and_admin1_codes_count_as_wrong():
    items = [GoldItem(id="c", text="t", events=[_gold("ASSAULT", "2010-09-08", "Helmand")]),
             GoldItem(id="d", text="t", events=[_gold("ASSAULT", "2010-09-08", "Helmand")])]
    r = score_dateplace(items, [[], [_pred("ASSAULT", "2010-09-08", "10")]])
    assert r["admin1"]["correct"] == 0 and r["admin1"]["no_prediction"] == 1
    assert r["date"]["correct"] == 1 and r["date"]["gold"] == 2


def test_frozen_wire_set_shape():
    fmt, items = load_gold(WIRE)
    assert fmt == "flashpoint" and len(items) >= 100
    assert all(it.citation for it in items)
    countries = {g.loc_country for it in items for g in it.events if g.loc_country}
    assert len(countries) >= 8
    assert sum(1 for it in items if it.year_in_text is False) >= 20
    states = json.loads(files("country_state_city").joinpath("data/state.json").read_text("utf-8"))
    known = {(s["countryCode"], s["name"]) for s in states}
    unknown = {(g.loc_country, g.loc_admin1) for it in items for g in it.events if g.loc_admin1} - known
    assert unknown == {("AF", "Wardak")}  # the package lacks Wardak; kept as written
    for it in items:
        for g in it.events:
            if g.date:
                date.fromisoformat(g.date)


def test_eval_reports_date_and_admin1_accuracy_in_text_and_json():
    runner = CliRunner()
    r = runner.invoke(app, ["eval", str(WIRE), "--limit", "4", "--json"])
    assert r.exit_code == 0, r.output
    dp = json.loads(r.stdout)["events"]["dateplace"]
    assert {"date", "admin1"} <= set(dp) and dp["date"]["gold"] >= 4
    assert 0.0 <= dp["date"]["accuracy"] <= 1.0 and 0.0 <= dp["admin1"]["accuracy"] <= 1.0
    t = runner.invoke(app, ["eval", str(WIRE), "--limit", "4"])
    assert t.exit_code == 0 and "event date and admin1 accuracy" in t.output and "admin1" in t.output


def _builder(name: str):
    """A gold set's build script, loaded as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "gold" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _dev_items(name: str) -> list[dict]:
    return [json.loads(ln) for ln in (ROOT / "tests" / "gold" / f"{name}.jsonl").read_text("utf-8").splitlines()
            if ln.strip()]


def test_wire_set_is_what_its_build_script_writes():
    """The annotations live in build_wire_dateplace.py: the frozen JSONL must be exactly what it resolves them to."""
    mod = _builder("build_wire_dateplace")
    lines = [ln for ln in WIRE.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    assert [json.loads(ln) for ln in lines] == mod.build()


def test_wire_dev_set_is_what_its_build_script_writes():
    """The development wire set (tuning allowed) is generated from build_wire_dev.py, sources cited per item."""
    mod = _builder("build_wire_dev")
    lines = (ROOT / "tests" / "gold" / "wire_dev.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(ln) for ln in lines if ln.strip()] == mod.build()
    assert all(it["source"].startswith("http") for it in mod.build())


def test_news_dev_set_is_what_its_build_script_writes():
    """The varied news development set is generated from build_news_dev.py; no item cites a frozen source."""
    mod = _builder("build_news_dev")
    items = _dev_items("news_dev")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 20 and all(it["source"].startswith("http") for it in items)
    frozen = (ROOT / "tests" / "gold" / "wire_dateplace.jsonl").read_text("utf-8")
    assert not any(it["source"].split(" ", 1)[0].split("://", 1)[-1].rstrip("/") in frozen for it in items)


def test_reports_dev_set_is_what_its_build_script_writes():
    """The wire-style reports development set (issue 15) is generated from build_reports_dev.py; every item cites
    its page and none cites a frozen source."""
    mod = _builder("build_reports_dev")
    items = _dev_items("reports_dev")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 40 and all(it["source"].startswith("http") for it in items)
    assert len({it["events"][0]["location"]["country"] for it in items}) >= 8


def test_reports_dev2_set_is_what_its_build_script_writes():
    """The second wire-style reports development set (issue 15) is generated from build_reports_dev2.py; every
    item cites its page, none cites a frozen source, and it covers countries the first set does not."""
    mod = _builder("build_reports_dev2")
    items = _dev_items("reports_dev2")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 30 and all(it["source"].startswith("http") for it in items)
    first = {it["events"][0]["location"]["country"] for it in _dev_items("reports_dev")}
    assert len({it["events"][0]["location"]["country"] for it in items} - first) >= 12


def test_reports_dev3_set_is_what_its_build_script_writes():
    """The third wire-style reports development set (issue 15) is generated from build_reports_dev3.py; every
    item cites its page, none cites a frozen source, and it covers countries neither earlier set does."""
    mod = _builder("build_reports_dev3")
    items = _dev_items("reports_dev3")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 25 and all(it["source"].startswith("http") for it in items)
    earlier = {it["events"][0]["location"]["country"] for name in ("reports_dev", "reports_dev2")
               for it in _dev_items(name)}
    assert len({it["events"][0]["location"]["country"] for it in items} - earlier) >= 10


def test_reports_dev5_set_is_what_its_build_script_writes():
    """The fifth wire-style reports development set (issue 15) is generated from build_reports_dev5.py; every
    item cites its page, none cites a frozen source, and it covers seven countries no earlier set does."""
    mod = _builder("build_reports_dev5")
    items = _dev_items("reports_dev5")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 25 and all(it["source"].startswith("http") for it in items)
    earlier = {it["events"][0]["location"]["country"] for name in ("reports_dev", "reports_dev2", "reports_dev3",
                                                                   "reports_dev4") for it in _dev_items(name)}
    assert len({it["events"][0]["location"]["country"] for it in items} - earlier) >= 7


def _at(p: Pred, start: int, sentence: tuple[int, int]) -> Pred:
    p.trigger_start, p.sentence = start, sentence
    return p


def test_a_placed_gold_trigger_pairs_with_the_prediction_of_its_sentence():
    """'A bomber blew himself up on Sunday and killed six. On Saturday, two bombers killed six': the gold 'killed'
    of the second sentence is that sentence's act, not the first prediction on the same word."""
    text = "A bomber blew himself up on Sunday and killed six. On Saturday, two bombers killed six."
    cut = text.index("On Saturday")
    golds = [GoldEvent(event_type="ASSAULT", date="2008-01-20", trigger="blew", trigger_start=text.index("blew")),
             GoldEvent(event_type="ASSAULT", date="2008-01-19", trigger="killed", trigger_start=text.rindex("killed"))]
    preds = [_at(_pred("ASSAULT", "2008-01-20", None, "killed"), text.index("killed"), (0, cut - 1)),
             _at(_pred("ASSAULT", "2008-01-19", None, "killed"), text.rindex("killed"), (cut, len(text)))]
    r = score_dateplace([GoldItem(id="e", text=text, events=golds)], [preds])
    assert r["date"]["correct"] == 2 and r["date"]["matched_by_type"] == 2
    # the same golds without offsets pair by word, then by order: 'killed' takes the first prediction
    bare = [GoldEvent(event_type="ASSAULT", date=g.date, trigger=g.trigger) for g in golds]
    assert score_dateplace([GoldItem(id="f", text=text, events=bare)], [preds])["date"]["correct"] == 0


def test_dev_triggers_are_spans_of_their_text_where_the_word_is_placed():
    mod = _builder("build_wire_dev")
    assert mod.trigger("He was killed. They killed two.", "killed#2") == {"text": "killed", "start": 20, "end": 26}
    assert mod.trigger("He was killed. They killed two.", "killed") == "killed"  # twice and not numbered
    assert mod.trigger("Gunmen killed two.", "killed") == {"text": "killed", "start": 7, "end": 13}
    for name in ("wire_dev", "news_dev", "reports_dev", "reports_dev2", "reports_dev3", "reports_dev4", "reports_dev5"):
        for it in _dev_items(name):
            for ev in it["events"]:
                t = ev["trigger"]
                if isinstance(t, dict):
                    assert it["text"][t["start"]:t["end"]] == t["text"], (name, it["id"])


def test_reports_dev8_set_is_what_its_build_script_writes():
    """The eighth wire-style reports development set (issue 15) is generated from build_reports_dev8.py; every item
    cites its page, none cites a frozen source, and it covers six countries no earlier reports_dev set does."""
    mod = _builder("build_reports_dev8")
    items = _dev_items("reports_dev8")
    assert items == _builder("devset_build").drop_held_out(mod.build())
    assert len(items) >= 25 and all(it["source"].startswith("http") for it in items)
    earlier = {ev["location"]["country"] for n in ("", "2", "3", "4", "5", "6", "7")
               for it in _dev_items(f"reports_dev{n}") for ev in it["events"]}
    assert len({ev["location"]["country"] for it in items for ev in it["events"]} - earlier) >= 6

"""Who did what to whom in `flashpoint eval` (issue 14): both roles right on type-matched events, datelines and
instruments/objects in actor slots, and the report on the frozen wire-story set."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from flashpoint.cli import app
from flashpoint.eval.gold import GoldActor, GoldEvent, GoldItem, load_gold
from flashpoint.eval.harness import Pred, score_roles
from tests.conftest import ROOT

WIRE = ROOT / "tests" / "gold" / "wire_args.jsonl"
NONE = (None, None, None, None, None)
TEXT = "DHAKA, July 17 - Police fired tear gas at students in Dhaka."


def _span(s: str, country: str | None = None, sector: str | None = None) -> tuple:
    i = TEXT.index(s)
    return (s, country, sector, i, i + len(s))


def _pred(etype: str, src: tuple = NONE, tgt: tuple = NONE) -> Pred:
    return Pred(etype, None, src, tgt, "asserted", (None, None), None, None, None, None, "fired")


def _item(*events: GoldEvent) -> GoldItem:
    return GoldItem(id="t", text=TEXT, events=list(events), dateline_span=(0, len("DHAKA, July 17")))


GOLD_ASSAULT = GoldEvent(event_type="ASSAULT", source=GoldActor("Police", "BGD", "COP"),
                         target=GoldActor("students", "BGD", "EDU"), instrument="tear gas")


def test_both_roles_right_needs_country_and_the_gold_sector():
    right = _pred("ASSAULT", _span("Police", "BGD", "COP"), _span("students", "BGD", "EDU"))
    wrong_sector = _pred("ASSAULT", _span("Police", "BGD", "GOV"), _span("students", "BGD", "EDU"))
    assert score_roles([_item(GOLD_ASSAULT)], [[right]])["both_right_rate"] == 1.0
    r = score_roles([_item(GOLD_ASSAULT)], [[wrong_sector]])
    assert (r["both_right"], r["source_right_rate"], r["target_right_rate"]) == (0, 0.0, 1.0)
    # a gold event with no target is right only when the prediction leaves the target empty too
    no_target = GoldEvent(event_type="PROTEST", source=GoldActor("students", "BGD", "EDU"), object="tear gas")
    assert score_roles([_item(no_target)], [[_pred("PROTEST", _span("students", "BGD", "EDU"))]])["both_right"] == 1
    assert score_roles([_item(no_target)], [[_pred("PROTEST", _span("students", "BGD", "EDU"),
                                                   _span("tear gas"))]])["both_right"] == 0
    # events of another type are not type-matched and are not scored here
    assert score_roles([_item(GOLD_ASSAULT)], [[_pred("PROTEST", _span("Police", "BGD", "COP"))]])["type_matched"] == 0


def test_dateline_and_instrument_in_actor_slots_are_counted():
    dateline_source = _pred("ASSAULT", _span("DHAKA", "BGD", "GOV"), _span("students", "BGD", "EDU"))
    thing_target = _pred("ASSAULT", _span("Police", "BGD", "COP"), _span("tear gas"))
    r = score_roles([_item(GOLD_ASSAULT)], [[dateline_source, thing_target]])
    assert (r["dateline_actors"], r["thing_targets"]) == (1, 1)
    assert {m.get("dateline_as") or "thing" for m in r["misplaced"]} == {"source", "thing"}
    # "Dhaka" in the body is a place mention, not the dateline
    body = TEXT.rindex("Dhaka")
    in_body = _pred("ASSAULT", ("Dhaka", "BGD", None, body, body + 5), _span("students", "BGD", "EDU"))
    assert score_roles([_item(GOLD_ASSAULT)], [[in_body]])["dateline_actors"] == 0


def test_owner_inside_an_object_phrase_is_not_a_thing_target():
    text = "MOSCOW, April 27 - Air defences destroyed 66 Ukrainian drones."
    i, j = text.index("Ukrainian drones"), text.index("drones.")
    gold = GoldEvent(event_type="ASSAULT", source=GoldActor("Air defences", "RUS", "MIL"),
                     target=GoldActor("Ukrainian", "UKR", "MIL"), object="66 Ukrainian drones")
    item = GoldItem(id="u", text=text, events=[gold], dateline_span=(0, len("MOSCOW, April 27")))
    owner = _pred("ASSAULT", NONE, ("Ukrainian drones", "UKR", "MIL", i, i + len("Ukrainian drones")))
    thing = _pred("ASSAULT", NONE, ("drones", None, None, j, j + 6))
    assert score_roles([item], [[owner]])["thing_targets"] == 0
    assert score_roles([item], [[thing]])["thing_targets"] == 1


def test_wire_set_reads_datelines_instruments_and_objects():
    fmt, items = load_gold(WIRE)
    assert fmt == "flashpoint" and len(items) >= 40
    assert all(it.dateline_span and it.dateline_span[0] == 0 for it in items)
    assert sum(1 for it in items for g in it.events if g.instrument) >= 20
    assert sum(1 for it in items for g in it.events if g.object) >= 40


def test_eval_cli_reports_roles_in_text_and_json():
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(WIRE), "--limit", "3", "--json"])
    assert res.exit_code == 0, res.output
    roles = json.loads(res.stdout)["events"]["roles"]
    assert roles["items_with_dateline"] == 3 and roles["type_matched"] > 0
    assert {"both_right_rate", "dateline_actors", "thing_targets"} <= set(roles)
    res = runner.invoke(app, ["eval", str(WIRE), "--limit", "3"])
    assert res.exit_code == 0 and "who did what to whom" in res.output


def test_eval_of_a_set_with_no_events_at_all_scores_its_false_alarms(tmp_path):
    # a file of no-event items only ("main" scope, empty events) still runs the coder: every main event is a false
    # alarm, and the report says how many of the items had one
    gold = tmp_path / "quiet.jsonl"
    rows = [{"id": "q1", "source": "https://example.org/q", "scope": "main", "events": [],
             "text": "The orchestra played Beethoven's ninth symphony in Vienna on Sunday."},
            {"id": "q2", "source": "https://example.org/q", "scope": "main", "events": [],
             "text": "Serbian police arrested three protesters in Belgrade on Monday."}]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    no_event = json.loads(res.stdout)["events"]["no_event"]
    assert no_event["items"] == 2 and no_event["false_alarms"] >= 1

"""The actor-mention DEV set (issue 13): well formed, rebuilt by its script, and disjoint from the held-out set."""
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "POL", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF", "REL", "EDU",
           "UAF", "CRM"}


def _items(name: str) -> list[dict]:
    return [json.loads(ln) for ln in (GOLD / name).read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def test_dev_set_is_well_formed_and_broad():
    items = _items("actor_mentions_dev.jsonl")
    assert len(items) >= 300
    assert len({i["id"] for i in items}) == len(items)
    for i in items:
        assert i["sector"] in SECTORS, i
        assert re.fullmatch(r"[A-Z]{3}", i["country"]), i
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", i["date"]), i
        assert i["source"].startswith("http"), i
        assert i["query"] in i["context"], i
    assert len({i["country"] for i in items} - {"IGO", "NGO"}) >= 65
    assert {i["sector"] for i in items} == SECTORS


def test_dev_set_shares_no_text_or_source_with_the_held_out_set():
    held = _items("actor_mentions.jsonl")
    dev = _items("actor_mentions_dev.jsonl")
    assert not {(i["query"], i.get("context")) for i in dev} & {(h["query"], h.get("context")) for h in held}
    norm = lambda u: re.sub(r"/+wiki/", "/wiki/", u.split("#")[0])  # noqa: E731
    assert not {norm(i["source"]) for i in dev} & {norm(h["source"]) for h in held}


def test_dev_set_is_exactly_what_its_build_script_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("build_actor_dev", GOLD / "build_actor_dev.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.OUT = tmp_path / "dev.jsonl"
    mod.main()
    assert mod.OUT.read_text("utf-8") == (GOLD / "actor_mentions_dev.jsonl").read_text("utf-8")

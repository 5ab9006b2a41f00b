"""The actor-mention DEV set (issue 13): well formed, rebuilt by its script, and disjoint from the held-out set."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "POL", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF", "REL", "EDU",
           "UAF", "CRM"}


def _items(name: str) -> list[dict]:
    return [json.loads(ln) for ln in (GOLD / name).read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("name,countries", [("actor_mentions_dev.jsonl", 65), ("actor_mentions_dev2.jsonl", 50),
                                             ("actor_mentions_dev3.jsonl", 45)])
def test_dev_set_is_well_formed_and_broad(name, countries):
    items = _items(name)
    assert len(items) >= 300
    assert len({i["id"] for i in items}) == len(items)
    for i in items:
        assert i["sector"] in SECTORS, i
        assert re.fullmatch(r"[A-Z]{3}", i["country"]), i
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", i["date"]), i
        assert i["source"].startswith("http"), i
        assert i["query"] in i["context"], i
    assert len({i["country"] for i in items} - {"IGO", "NGO"}) >= countries
    assert {i["sector"] for i in items} == SECTORS


@pytest.mark.parametrize("name", ["actor_mentions_dev.jsonl", "actor_mentions_dev2.jsonl", "actor_mentions_dev3.jsonl"])
def test_dev_set_shares_no_text_or_source_with_the_held_out_set(name):
    held = _items("actor_mentions.jsonl")
    dev = _items(name)
    assert not {(i["query"], i.get("context")) for i in dev} & {(h["query"], h.get("context")) for h in held}
    norm = lambda u: re.sub(r"/+wiki/", "/wiki/", u.split("#")[0])  # noqa: E731
    assert not {norm(i["source"]) for i in dev} & {norm(h["source"]) for h in held}


@pytest.mark.parametrize("script,name", [("build_actor_dev", "actor_mentions_dev.jsonl"),
                                         ("build_actor_dev2", "actor_mentions_dev2.jsonl"),
                                         ("build_actor_dev3", "actor_mentions_dev3.jsonl")])
def test_dev_set_is_exactly_what_its_build_script_writes(tmp_path, script, name):
    spec = importlib.util.spec_from_file_location(script, GOLD / f"{script}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.OUT = tmp_path / "dev.jsonl"
    mod.main()
    assert mod.OUT.read_text("utf-8") == (GOLD / name).read_text("utf-8")

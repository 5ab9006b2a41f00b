"""Frozen held-out test sets: written and hashed before any tuning; a change to one is a new set, not an edit."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re

import pytest

from tests.conftest import ROOT

# path (relative to the repository root) -> sha256 of the file as frozen
FROZEN = {
    "tests/gold/wire_dateplace.jsonl": "a51b54c2a2aaf1cbade95a113ee59b13d1de69c45392a02e1b72b4ccc9e57d09",
    # issue 14: who did what to whom on wire stories (docs/annotation-guidelines.md, "Arguments")
    "tests/gold/wire_args.jsonl": "5ae56aed8ac2f15ba89c5eb4da381d348ccca9a98e7b92891606cb15f8214e81",
    # issue 13: actor mentions at a date (docs/annotation-guidelines.md, "Actor mentions")
    "tests/gold/actor_mentions.jsonl": "236cdaf1ae277a4d46b4119a4c45f572b0656e849d0ec726813eb22a7bfa704f",
}

SECTORS = set("GOV LEG JUD MIL COP SPY POL OPP REB CVL MED BUS NGO REF REL EDU UAF CRM".split())


@pytest.mark.parametrize("path", sorted(FROZEN))
def test_frozen_gold_set_is_unchanged(path):
    digest = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
    assert digest == FROZEN[path], f"{path} changed after it was frozen (sha256 {digest})"


def test_wire_args_matches_its_build_script():
    """The annotations live in build_wire_args.py: the frozen JSONL must be exactly what it writes."""
    gold = ROOT / "tests" / "gold"
    spec = importlib.util.spec_from_file_location("build_wire_args", gold / "build_wire_args.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod._check(mod.ITEMS) == []
    lines = [ln for ln in (gold / "wire_args.jsonl").read_text("utf-8").splitlines() if not ln.startswith("#")]
    assert [json.loads(ln) for ln in lines] == mod.ITEMS


def test_wire_args_covers_the_acceptance_size():
    items = [json.loads(ln) for ln in (ROOT / "tests/gold/wire_args.jsonl").read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(items) >= 40
    assert sum(len(it["events"]) for it in items) >= 150
    assert len({it["dateline"]["country"] for it in items}) >= 10
    assert all(it["source"] and it["text"].startswith(it["dateline"]["text"]) for it in items)


def test_actor_gold_is_well_formed_and_broad():
    """Issue 13's acceptance: >= 300 mentions from >= 60 countries and every sector, each citing a source."""
    items = [json.loads(line) for line in (ROOT / "tests/gold/actor_mentions.jsonl").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(items) >= 300
    assert len({i["id"] for i in items}) == len(items)
    for i in items:
        assert i["sector"] in SECTORS, i
        assert re.fullmatch(r"[A-Z]{3}", i["country"]), i
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", i["date"]), i
        assert i["source"].startswith("http"), i
        assert i["query"] in i.get("context", i["query"]), i
    assert len({i["country"] for i in items} - {"IGO", "NGO"}) >= 60
    assert {i["sector"] for i in items} == SECTORS
    balkans = {"SRB", "XKX", "BIH", "MNE", "MKD", "ALB", "HRV", "SVN", "SCG", "YUG"}
    assert sum(i["country"] in balkans for i in items) <= 0.1 * len(items)

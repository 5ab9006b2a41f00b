"""Frozen held-out test sets: written and hashed before any tuning; a change to one is a new set, not an edit."""
from __future__ import annotations

import hashlib
import importlib.util
import json

import pytest

from tests.conftest import ROOT

# path (relative to the repository root) -> sha256 of the file as frozen
FROZEN = {
    "tests/gold/wire_dateplace.jsonl": "a51b54c2a2aaf1cbade95a113ee59b13d1de69c45392a02e1b72b4ccc9e57d09",
    # issue 14: who did what to whom on wire stories (docs/annotation-guidelines.md, "Arguments")
    "tests/gold/wire_args.jsonl": "5ae56aed8ac2f15ba89c5eb4da381d348ccca9a98e7b92891606cb15f8214e81",
}


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

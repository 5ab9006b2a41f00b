"""Frozen held-out test sets: written and hashed before any tuning; a change to one is a new set, not an edit."""
from __future__ import annotations

import hashlib

import pytest

from tests.conftest import ROOT

# path (relative to the repository root) -> sha256 of the file as frozen
FROZEN = {
    "tests/gold/wire_dateplace.jsonl": "5cc7d382da62f12dca64965a0bd20ca83a2b5b11fdee717597b20a72d0248117",
}


@pytest.mark.parametrize("path", sorted(FROZEN))
def test_frozen_gold_set_is_unchanged(path):
    digest = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
    assert digest == FROZEN[path], f"{path} changed after it was frozen (sha256 {digest})"

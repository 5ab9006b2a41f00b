"""CAMEO code -> root, Goldstein score and quad class (GDELT's lookups, `data/cameo.tsv`)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, float, int]]:
    """code -> (description, goldstein, quad_class)."""
    with open(DATA / "cameo.tsv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {r["code"]: (r["description"], float(r["goldstein"]), int(r["quad_class"])) for r in rows}


def _known(code: str | None) -> str | None:
    """The code itself or its nearest listed ancestor ('0514' -> '051' -> '05')."""
    code = (code or "").strip()
    if not code[:2].isdigit():
        return None
    t = table()
    while code and code not in t:
        code = code[:-1]
    return code if len(code) >= 2 else None


def cameo_root(code: str | None) -> str | None:
    k = _known(code)
    return k[:2] if k else None


def goldstein(code: str | None) -> float | None:
    k = _known(code)
    return table()[k][1] if k else None


def quad_class(code: str | None) -> int | None:
    k = _known(code)
    return table()[k][2] if k else None

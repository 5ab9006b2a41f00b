"""Convert PETRARCH2's CAMEO verb dictionary into flashpoint trigger patterns.

    python scripts/import_petrarch_cameo.py [--source FILE] [--plover FILE] [--out FILE]

Source: `scripts/sources/petrarch2/CAMEO.2.0.txt` (openeventdata/petrarch2, MIT). Each CAMEO code is
mapped to a PLOVER type and mode with `CAMEO2PLOVER-2021.txt` (openeventdata/PLOVER, in
`../shared/gold/plover/`). Codes PLOVER does not map (01 statements, 02 appeals) are dropped.

What is imported, with the provenance of every pattern (file line, verb block, original verb):
- a verb's own default code ("ASK [020]") and its block's default ("--- OFFER [030] ---");
- each "- words * words [code] # VERB" pattern, for the verb named in its comment only (the
  PETRARCH2 file lets a pattern apply to every synonym in its block; that spreads a phrase to verbs
  it was never seen with, e.g. "stage a vigil" to "post a vigil").
Pattern words become the `extra` words of a flashpoint pattern; synonym sets (&TREATY) expand to
their single-word members; the source/target/location markers ($ + ^ %) are dropped.

The output is written in a stable order, so re-running the script on the same inputs gives the
same file. `coding/patterns.py` loads it below `verb_patterns.yaml`: our own patterns win.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "scripts" / "sources" / "petrarch2" / "CAMEO.2.0.txt"
PLOVER = ROOT / "scripts" / "sources" / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "src" / "flashpoint" / "coding" / "data" / "cameo_import.yaml"

# words that carry no sense in a pattern: articles and PETRARCH's own markers
_SKIP = {"a", "an", "the", "$", "+", "^", "%", "*", "-"}
_MAX_SET = 12  # a synonym set larger than this (currencies, countries) is too broad to expand


def read_plover_map(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if not m:
            continue
        code, etype, mode = m.group(1), m.group(2), (m.group(3) or "").strip() or None
        out.setdefault(code, (etype, mode))
    return out


def plover_for(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER type of a CAMEO code, falling back to its 3-digit parent (never to a 2-digit root,
    which the table keys ambiguously, e.g. 08 is both CONCEDE and RETREAT)."""
    if code in table:
        return table[code]
    if len(code) == 4 and code[:3] in table:
        return table[code[:3]]
    return None


def _code(raw: str) -> str | None:
    """'[042:043]' -> '042' (the source's act); '[:173]' -> '173'; '[---]' -> None."""
    parts = [p.strip() for p in raw.split(":")]
    for p in parts:
        if re.fullmatch(r"\d{2,4}", p):
            return p
    return None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    cur = None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            cur = s.upper()
            sets[cur] = []
        elif s.startswith("+") and cur:
            sets[cur].append(s[1:].strip().lower())
        elif not s:
            cur = None
    return sets


def _words(text: str, synsets: dict[str, list[str]]) -> list[list[str]] | None:
    """Pattern text -> alternatives, each a list of extra words; None when a set is too broad."""
    text = re.sub(r"[(){}]", " ", text)
    alts: list[list[str]] = [[]]
    for w in text.split():
        w = w.strip().lower()
        if not w or w in _SKIP or not re.search(r"[a-z]", w):
            continue
        if w.startswith("&"):
            members = [m for m in synsets.get(w.upper(), [])]
            # multiword members ("armed_forces") match on their head word
            heads = sorted({m.split("_")[-1] for m in members if m})
            if not heads or len(heads) > _MAX_SET:
                return None
            alts = [a + [h] for a in alts for h in heads]
        else:
            alts = [a + [p] for a in alts for p in w.split("_") if p and p not in _SKIP]
    return alts


def convert(source: Path, plover: Path) -> dict:
    table = read_plover_map(plover)
    lines = source.read_text("utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    end = next((i for i, ln in enumerate(lines) if "TRANSFORMATIONS" in ln), len(lines))
    synsets = read_synsets(lines[:start])
    seen: dict[tuple[str, tuple[str, ...]], dict] = {}
    block, block_code = None, None
    block_verbs: set[str] = set()

    def add(lemma: str, extra: list[str], code: str, lineno: int, orig: str) -> None:
        mapped = plover_for(code, table)
        if mapped is None:
            return
        etype, mode = mapped
        key = (lemma, tuple(extra))
        if key in seen:  # the first occurrence in the file wins
            return
        seen[key] = {"p": " ".join([lemma, *extra]), "type": etype, "mode": mode, "cameo": code,
                     "src": f"CAMEO.2.0.txt:{lineno} {block}/{orig}"}

    for i in range(start + 1, end):
        raw = lines[i]
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", s)
        if m:
            block, block_code = m.group(1), _code(m.group(2))
            block_verbs = set()
            continue
        if s.startswith("- "):
            pm = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?", s)
            if not pm:
                continue
            body, code, orig = pm.group(1), _code(pm.group(2)), (pm.group(3) or "")
            if code is None or "*" not in body or not orig:
                continue
            orig_parts = orig.lower().split("_")
            if orig_parts[0] not in block_verbs:
                continue  # the comment names no verb of this block (a note, not a verb)
            pre, post = body.split("*", 1)
            alts = _words(pre + " " + post, synsets)
            if alts is None:
                continue
            for extra in alts:
                extra = orig_parts[1:] + extra
                if extra:
                    add(orig_parts[0], extra, code, i + 1, orig.upper())
            continue
        # a verb line: "VERB {forms} [code] # note" or "+MULTI_WORD {forms} [code]"
        vm = re.match(r"^(\+?)([A-Z][A-Z_\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", s)
        if not vm or block is None:
            continue
        parts = vm.group(2).lower().split("_")
        block_verbs.add(parts[0])
        code = _code(vm.group(4)[1:-1]) if vm.group(4) else block_code
        if code is not None:
            add(parts[0], [p for p in parts[1:] if p not in _SKIP], code, i + 1, vm.group(2))
    verbs = sorted(seen.values(), key=lambda d: (d["p"].split()[0], d["p"]))
    return {"verbs": verbs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--plover", type=Path, default=PLOVER)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    data = convert(a.source, a.plover)
    header = (
        "# GENERATED by scripts/import_petrarch_cameo.py: do not edit (re-run the script instead).\n"
        "# Source: openeventdata/petrarch2 petrarch2/data/dictionaries/CAMEO.2.0.txt (commit 676801cd),\n"
        "#   Copyright (c) 2015 Open Event Data Alliance, MIT licence; CAMEO -> PLOVER type/mode from\n"
        "#   openeventdata/PLOVER CAMEO2PLOVER-2021.txt. `src` gives each pattern's line, verb block and verb.\n"
        "# Patterns use verb_patterns.yaml's syntax; verb_patterns.yaml overrides any pattern here.\n")
    a.out.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), "utf-8")
    print(f"{a.out}: {len(data['verbs'])} patterns")


if __name__ == "__main__":
    main()

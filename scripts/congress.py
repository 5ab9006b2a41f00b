"""Members of the U.S. Congress, presidents and vice presidents from unitedstates/congress-legislators (CC0).

The repository keeps one YAML record per person with every term served (``legislators-current.yaml``,
``legislators-historical.yaml``, ``executive.yaml``). A senator or representative is LEG of the United
States during each term, a president or vice president GOV; outside their terms the knowledge base codes
them as politicians (POL), like every other imported office-holder. Only people with a term after
``SINCE`` are kept: older ones are not in the news we code.

Used by scripts/import_actors.py (``--congress``); see docs/actors.md for coverage.
"""
from __future__ import annotations

import subprocess
from typing import Callable

from flashpoint.yamlfile import load_yaml

REPO = "unitedstates/congress-legislators"
FILES = ("legislators-current.yaml", "legislators-historical.yaml", "executive.yaml")
SINCE = "1995-01-01"
_OFFICE = {"sen": ("LEG", "U.S. Senator from {state}"), "rep": ("LEG", "U.S. Representative from {state}"),
           "prez": ("GOV", "President of the United States"), "viceprez": ("GOV", "Vice President of the United States")}


def names_of(name: dict) -> list[str]:
    """The forms the news writes: the official full name, first + last, nickname + last ("Chuck Schumer"),
    and initials without dots ("JD Vance")."""
    first, last = name.get("first", ""), name.get("last", "")
    out = [name.get("official_full"), f"{first} {last}"]
    if name.get("nickname"):
        out.append(f"{name['nickname']} {last}")
    if name.get("middle") and len(name["middle"].rstrip(".")) > 1:
        out.append(f"{first} {name['middle']} {last}")
    out += [n.replace(".", "") for n in out if n and "." in n]
    seen: list[str] = []
    for n in out:
        n = " ".join((n or "").replace(" ,", ",").split())
        if n and n not in seen and " " in n:
            seen.append(n)
    return seen


def congress_rows(read: Callable[[str], tuple[str, str]]) -> list[dict]:
    """Person records (kb.parquet schema) for everyone with a term that ended after ``SINCE``. ``read(path)``
    gives a file's (text, revision): import_actors.read_source on the repository."""
    people: dict[str, dict] = {}
    for path in FILES:
        try:
            text, rev = read(path)
        except subprocess.CalledProcessError:  # the mirror lists its largest files without their content
            print(f"congress: {path} is not in this copy of {REPO}; skipped")
            continue
        for p in load_yaml(text):
            terms = [t for t in p.get("terms", []) if str(t.get("end", "9999")) >= SINCE and t.get("type") in _OFFICE]
            if not terms:
                continue
            pid = p["id"].get("bioguide") or p["id"].get("govtrack") or p["id"].get("wikidata")
            rec = people.setdefault(str(pid), {"names": [], "roles": [], "kind": "person",
                                               "source": f"{REPO}@{rev[:12]}:{path}", "line": 0,
                                               "licence": "CC0 (unitedstates/congress-legislators)"})
            if path not in rec["source"]:
                rec["source"] += f"; {REPO}@{rev[:12]}:{path}"
            rec["names"] += [n for n in names_of(p["name"]) if n not in rec["names"]]
            rec["line"] = int(p["id"].get("govtrack") or 0)
            for t in terms:
                sector, title = _OFFICE[t["type"]]
                party = f" ({t['party']})" if t.get("party") else ""
                rec["roles"].append({"cameo": f"USA{sector}", "country": "USA", "sector": sector, "org": None,
                                     "religion": None, "title": title.format(state=t.get("state", "")) + party,
                                     "from": str(t["start"]), "to": str(t["end"])})
    out = []
    for rec in people.values():
        rec["roles"].sort(key=lambda r: r["from"])
        out.append(rec)
    return out

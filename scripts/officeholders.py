"""Office-holders 2021-2024 from Wikidata (CC0), as captured by the every-politician-scrapers project.

Two public repositories hold periodic query results; every git version of a result file is a snapshot,
and the union of the snapshots gives who held which office when:

* every-politician-scrapers/world-leaders-2021, ``data/wikidata.csv`` (all branches; about 200 snapshots,
  2021-08 to 2024-10): heads of state and government of every sovereign state, with the years their
  terms started and, for terms that ended in 2022, ended.
* every-politician-scrapers/world, ``sources/foreign/wikidata.csv`` (about 50 snapshots, 2022-08 to
  2023-01): the sitting foreign minister of every state, with the start date of the term.

Nothing is invented: a row is a (person, office) pair that Wikidata listed. A term's start is the earliest
start any snapshot gave (a year means 1 January, and the row says "year precision"). A term ends at the
end year Wikidata gave, or, when a later snapshot no longer lists the person in that office, on the date
of the first snapshot without them ("end inferred from snapshot"). A person's name is the label most
snapshots gave, so a one-off vandalised or missing label does not become an alias.

Used by scripts/import_actors.py (``--officeholders``); see docs/actors.md for coverage.
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
from collections import Counter, defaultdict
from datetime import date, timedelta

LEADERS_REPO = "every-politician-scrapers/world-leaders-2021"
LEADERS_FILE = "data/wikidata.csv"
FOREIGN_REPO = "every-politician-scrapers/world"
FOREIGN_FILE = "sources/foreign/wikidata.csv"

# Offices that are not a country's own executive: a realm's monarch or governor-general outside the
# monarch's home country, Andorra's co-princes, and collective bodies whose members are not each a head.
_SKIP_POSITION = re.compile(r"governor.general|co.prince|episcopal|member of the swiss federal council|"
                            r"state administration council|captain regent", re.I)
_MONARCH_OF = re.compile(r"^monarch of (?!the united kingdom)", re.I)
_QID = re.compile(r"^Q\d+$")


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, text=True, check=True).stdout


def snapshots(repo: str, path: str) -> list[tuple[str, date, list[dict]]]:
    """(commit, commit date, rows) for every version of ``path`` on any branch, oldest first."""
    log = _git(repo, "log", "--all", "--format=%H %cs", "--", path).split("\n")
    out = []
    for line in log:
        if not line.strip():
            continue
        sha, day = line.split()
        try:
            text = _git(repo, "show", f"{sha}:{path}")
        except subprocess.CalledProcessError:
            continue
        out.append((sha, date.fromisoformat(day), list(csv.DictReader(io.StringIO(text)))))
    out.sort(key=lambda s: (s[1], s[0]))
    # a failed query run commits a truncated file: such a snapshot would end every term at once
    sizes = sorted(len(s[2]) for s in out)
    median = sizes[len(sizes) // 2] if sizes else 0
    return [s for s in out if len(s[2]) >= median / 2]


def _terms(snaps: list[tuple[str, date, list[dict]]], fields: dict[str, str], repo_name: str, path: str,
           country_of) -> list[dict]:
    """Union the snapshots into one record per person with one role per term (office, start and end year)."""
    seen: dict[tuple[str, str], dict] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    prev_day: date | None = None
    for sha, day, rows in snaps:
        present = set()
        for r in rows:
            person, pos_label = (r.get(fields["person"]) or "").strip(), (r.get(fields["position"]) or "").strip()
            name, country_label = (r.get(fields["name"]) or "").strip(), (r.get(fields["country"]) or "").strip()
            if not person or not pos_label or not country_label:
                continue
            if _SKIP_POSITION.search(pos_label) or _MONARCH_OF.search(pos_label):
                continue
            if name and not _QID.match(name):
                labels[person][name] += 1
            start = (r.get(fields["start"]) or "").strip()
            end = (r.get(fields.get("end", "")) or "").strip() if fields.get("end") else ""
            # one term per start and end: a second term in the same office (Netanyahu 2009-2021, 2022-) and an
            # acting term inside a year (Pashinyan 2021-2021, 2021-) are rows of their own
            key = (person, pos_label, start[:4], end[:4])
            present.add(key)
            t = seen.get(key)
            if t is None:
                t = seen[key] = {"person": person, "position": pos_label, "country_label": country_label,
                                 "start": None, "end": None, "first": (sha, day), "last": (sha, day),
                                 "gone": None, "before": prev_day}
            t["last"] = (sha, day)
            t["gone"] = None
            if start and (t["start"] is None or start < t["start"]):
                t["start"] = start
            if end:
                t["end"] = end
        for key, t in seen.items():
            if key not in present and t["gone"] is None and t["last"][1] < day:
                t["gone"] = (sha, day)
        prev_day = day
    people: dict[str, dict] = {}
    for t in seen.values():
        if not labels[t["person"]]:
            continue
        country = country_of(t["country_label"])
        if not country:
            continue
        role = {"cameo": f"{country}GOV", "country": country, "sector": "GOV", "org": None, "religion": None,
                "title": t["position"]}
        s = t["start"]
        if s and len(s) == 4 and t["before"] is not None and t["before"].year == int(s):
            # the snapshot before the first one that lists the term bounds its start within the year
            role["from"] = (t["before"] + timedelta(days=1)).isoformat()
            note = f"year precision, start bounded by snapshot of {t['before'].isoformat()}"
        elif s and len(s) == 4:
            role["from"], note = f"{s}-01-01", "year precision"
        else:
            role["from"], note = (s[:10] if s else None), None
        if t["end"]:
            e = t["end"]
            role["to"] = f"{e}-12-31" if len(e) == 4 else e[:10]
        elif t["gone"] is not None:
            role["to"] = (t["gone"][1] - timedelta(days=1)).isoformat()
            note = ", ".join(filter(None, [note, f"end inferred from snapshot {t['gone'][0][:12]}"]))
        else:
            role["to"] = None
        if role["from"] is None:
            # an office without a start date cannot be dated: it holds from the first snapshot that lists it
            role["from"] = t["first"][1].isoformat()
            note = ", ".join(filter(None, [note, f"start = first snapshot {t['first'][0][:12]}"]))
        if not _valid(role["from"]) or (role["to"] is not None and not _valid(role["to"])):
            continue  # a malformed or pre-modern date (Wikidata lists ninth-century kings of Denmark)
        if note:
            role["note"] = note
        p = people.setdefault(t["person"], {"roles": [], "commits": set()})
        p["roles"].append(role)
        p["commits"].add(t["first"][0][:12])
    return [person_record(person, p["roles"], labels[person],
                          f"{repo_name}:{path} (Wikidata {person}; first seen in {min(p['commits'])})")
            for person, p in people.items()]


def person_record(qid: str, roles: list[dict], labels: Counter, source: str) -> dict:
    """A person record for kb.parquet: named by the label most snapshots gave (others seen in 3 or more
    snapshots are aliases), terms in date order."""
    best = labels.most_common(1)[0][0]
    names = [best] + [lab for lab, c in labels.items() if lab != best and c >= 3]
    roles.sort(key=lambda r: r["from"] or "")
    return {"names": names, "roles": roles, "kind": "person", "source": source, "line": int(qid[1:]),
            "licence": "CC0 (Wikidata, via every-politician-scrapers)", "comment": roles[-1]["title"]}


def _valid(day: str | None) -> bool:
    try:
        return day is not None and date.fromisoformat(day).year >= 1900
    except ValueError:
        return False


def officeholder_rows(leaders_repo: str | None, world_repo: str | None, country_of) -> list[dict]:
    """Records for scripts/import_actors.py from the two bare git repositories (either may be None)."""
    out: list[dict] = []
    if leaders_repo:
        snaps = snapshots(leaders_repo, LEADERS_FILE)
        out += _terms(snaps, {"person": "officeholder", "name": "officeholderLabel", "country": "country",
                              "position": "positionLabel", "start": "start_year", "end": "end_year"},
                      LEADERS_REPO, LEADERS_FILE, country_of)
    if world_repo:
        snaps = snapshots(world_repo, FOREIGN_FILE)
        out += _terms(snaps, {"person": "person", "name": "name", "country": "countryLabel",
                              "position": "positionLabel", "start": "start"},
                      FOREIGN_REPO, FOREIGN_FILE, country_of)
    return _merge_people(out)


def _merge_people(rows: list[dict]) -> list[dict]:
    """A person listed by both sources (a foreign minister who became prime minister) is one record."""
    by_q: dict[int, dict] = {}
    for r in rows:
        q = r["line"]
        if q in by_q:
            m = by_q[q]
            m["roles"] = sorted(m["roles"] + r["roles"], key=lambda x: x["from"] or "")
            m["names"] += [n for n in r["names"] if n not in m["names"]]
            m["source"] += "; " + r["source"]
            m["comment"] = m["roles"][-1]["title"]
        else:
            by_q[q] = r
    return list(by_q.values())

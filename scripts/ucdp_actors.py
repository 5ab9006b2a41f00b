"""Non-state armed groups from the UCDP Actor Dataset (Uppsala Conflict Data Program, version 22.1; CC BY 4.0).

``ucdp-actor-221.csv`` lists every actor of UCDP's armed-conflict, non-state and one-sided-violence data:
about 1,060 formally organised armed groups with their names (short, original, original in full, English)
and the countries where they fought. The file was published at https://ucdp.uu.se/downloads/ and is read
here from the copy in the public repository skytheacademic/who_keeps_the_peace
(``data/ucdp_ged/ucdp-actor-221.csv``), so the import is re-runnable from a bare git directory.

Each organised group (``Org`` 1) becomes a group record, coded as the guidelines code armed groups: REB under
the first country UCDP places it in (the country it fights in: "Non-state armed groups fighting a state are
REB, under the country they fight in"); in a conflict over a territory that flashpoint codes as a country of
its own (Palestine, Kosovo), under that territory. Groups of the countries where UCDP's non-state conflicts are fought
between criminal organisations, and groups whose name says cartel or gang, are CRM. Left out, so that a
group's name does not swallow ordinary words or another record's name:
  * governments (``Org`` 4), supporters of parties (2) and identity groups (3: clans, ethnic communities,
    which actors/data/communities.yaml codes as people);
  * acronyms and short all-capital names ("KIA", "BLA": the in-document rule learns "(KIA)" from the text);
  * one-word names that are English words or already another record's name, and names of places or
    countries ("Tibet");
  * generic descriptions ("Military faction (forces of ...)", "Forces of ...");
  * names of one or two everyday words ("Presidential guard", "The Family", "Security Group", "Popular Front":
    parties.everyday_phrase), which news says of other things: the group keeps its other names ("Forces
    Nouvelles"), or is left out.
Used by scripts/import_actors.py (``--ucdp``).
"""
from __future__ import annotations

import csv
import io
import re

UCDP_REPO = "skytheacademic/who_keeps_the_peace"
UCDP_FILE = "data/ucdp_ged/ucdp-actor-221.csv"
LICENCE = "CC BY 4.0 (Uppsala Conflict Data Program, UCDP Actor Dataset 22.1)"
# UCDP's non-state conflicts in these countries are fought between criminal organisations (cartels, gangs)
_CRIMINAL_COUNTRIES = {"MEX", "BRA", "HTI", "JAM", "SLV", "HND", "GTM"}
_CRIMINAL_NAME = re.compile(r"\b(cartel|c[aá]rtel|gangs?|mafia)\b", re.I)
_GENERIC = re.compile(r"^(military faction|forces of|supporters of|government of|(national )?armed forces of|army of)\b", re.I)
# UCDP's own country names where news English means another state: UCDP's "Congo" is the Republic of the
# Congo (Gleditsch-Ward 484; the DRC is "DR Congo (Zaire)"), while the resolver reads a bare "Congo" as the DRC
_LOCATION_NAMES = {"Congo": "Republic of the Congo"}
# UCDP conflicts over a territory that flashpoint codes as its own country: 234 "Israel: Palestine" (PSE),
# 412 "Serbia (Yugoslavia): Kosovo" (XKX)
_CONFLICT_HOME = {"234": "PSE", "412": "XKX"}
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9\-\s\.&/']{0,9}$")


def _clean(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name or "")  # "Self-Defense Mujahidin (CAR)" -> its name
    return re.sub(r"\s+", " ", name).strip(" ,;-")


def ucdp_rows(text: str, rev: str, country_of, fold, vocab: set[str], taken: set[str],
              lower: set[str] = frozenset()) -> list[dict]:
    """Group records for import_actors.py. ``country_of(label)`` gives the ISO3 of a UCDP location name or
    None; ``vocab``: lower-case English words; ``taken``: folded names other records already use; ``lower``:
    words the news corpus writes in lower case (parties._lowercase_words)."""
    from parties import everyday_phrase

    out = []
    for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        if (r.get("Org") or "").strip() != "1":
            continue
        country = None
        for loc in (r.get("Location") or "").split(","):
            loc = re.sub(r"\s*\([^)]*\)", "", loc).strip()
            country = country_of(_LOCATION_NAMES.get(loc, loc))
            if country:
                break
        if not country:
            continue
        names = []
        for col in ("NameOrigFullEng", "NewNameFullEng", "NameOrigFull", "NameOrig", "NameData"):
            n = _clean(r.get(col) or "")
            if not n or n.lower() == "n/a" or len(n) < 4 or _ACRONYM.match(n) or _GENERIC.match(n):
                continue
            if not re.search(r"[A-Z]", n):
                continue  # an original name written in lower case ("t'et'ri legioni") is not how news writes it
            if re.search(r"[^\x00-\u024f’']", n):
                continue  # names in other scripts: news in English writes them in Latin letters
            key = fold(n)
            if not key or key in taken or country_of(n):
                continue
            if " " not in key and (key in vocab or n.lower() in vocab) or everyday_phrase(n, lower, fold):
                continue
            names.append(n)
        names = list(dict.fromkeys(names))
        if not names:
            continue
        # UCDP places a group in the state it fights; a group fighting over a territory that we code as its
        # own country is that territory's, as Hamas is PSE (the same rule for every side of such a conflict)
        country = _CONFLICT_HOME.get((r.get("ConflictId") or "").split(",")[0].strip(), country)
        label = " ".join(names[:1])
        sector = "CRM" if country in _CRIMINAL_COUNTRIES or any(_CRIMINAL_NAME.search(n) for n in names) else "REB"
        out.append({"names": names, "kind": "group",
                    "roles": [{"cameo": f"{country}{sector}", "country": country, "sector": sector,
                               "from": None, "to": None, "title": f"armed group ({r.get('NameData', '').strip()})"}],
                    "source": f"{UCDP_REPO}@{rev[:12]}:{UCDP_FILE} (UCDP ActorId {r['ActorId']})",
                    "line": int(r["ActorId"]), "licence": LICENCE, "comment": label})
    return out

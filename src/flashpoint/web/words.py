"""Coded fields in words for the dashboard: who claims an event, how it is stated, which actor a code is."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..yamlfile import load_yaml

DATA = Path(__file__).parent / "data" / "words.yaml"


@lru_cache(maxsize=1)
def _words() -> dict:
    return load_yaml(DATA.read_text("utf-8"))


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    if code.upper() in ("XKX", "XK"):
        return "Kosovo"
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    except (KeyError, LookupError):
        c = None
    return getattr(c, "common_name", None) or getattr(c, "name", None) if c else None


def actor_name(ev: dict, role: str, doc: dict | None = None) -> str | None:
    """A readable name for a role's actor: the Government of Serbia, Albin Kurti, International Crisis Group."""
    code, text, label = ev.get(f"{role}_code"), ev.get(f"{role}_text"), ev.get(f"{role}_label")
    entry = ev.get(f"{role}_entry") or ""
    if code == "AUTHOR":
        author = (doc or {}).get("author")
        return author if author and author != "AUTHOR" else _words()["author_unknown"]
    if entry.startswith(("person:", "org:")) and label:
        return label.split(" (")[0]
    country, sector = ev.get(f"{role}_country"), ev.get(f"{role}_sector")
    cname = country_name(country) if country and country not in ("IGO", "NGO") else None
    if cname and sector:
        return f"the {_words()['sectors'].get(sector, sector)} of {cname}"
    if label:
        return label.split(" (")[0]
    return cname or text


def attribution(ev: dict, doc: dict | None = None) -> str:
    """Modality and claimant in one sentence: 'Claimed by the Government of Serbia; not asserted as fact'."""
    w = _words()
    who = actor_name(ev, "claimant", doc) or w["unknown_claimant"]
    if ev.get("claimant_kind") == "author" and ev.get("claimant_code") != "AUTHOR":
        who += " (the document's author)"
    return w["modality"].get(ev.get("modality") or "asserted", w["modality"]["asserted"]).format(who=who)


def date_source(value: str | None) -> str:
    return _words()["date_source"].get(value or "", value or "")

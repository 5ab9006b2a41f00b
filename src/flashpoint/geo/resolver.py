"""Toponym recognition and resolution with document-level disambiguation.

Candidates come from the gazetteer; ranking uses population, feature kind, the document's country
focus, the countries and coordinates of the other toponyms nearby, and explicit hints such as
"Paris, Texas". Regions ("northern Kosovo", "the four northern municipalities") resolve to a
region entry with precision ``region``.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..actors.dictionary import fold
from ..records import Place
from .gazetteer import GeoEntry, Gazetteer, load_gazetteer

PRECISION = {"city": "place", "admin": "admin", "region": "region", "country": "country"}
KIND_BONUS = {"country": 2.5, "admin": 0.6, "region": 2.0, "city": 0.0}
TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
# The small NER model often labels a town PERSON/ORG; after a place preposition we still try it.
LOC_PREPS = {"in", "at", "near", "from", "to", "toward", "towards", "into", "across", "outside", "around", "through",
             "throughout", "via", "inside", "within", "between"}
SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LAW", "EVENT",
               "WORK_OF_ART", "LANGUAGE"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class Toponym:
    text: str
    start: int
    end: int
    hint: str | None = None  # country/admin named right after it ("Paris, Texas")
    iso2: str | None = None  # adjectival form ("Russian"): the country it names


class GeoResolver:
    def __init__(self, gazetteer: Gazetteer | None = None, dictionary=None):
        self.g = gazetteer or load_gazetteer()
        self._dictionary = dictionary  # the actor dictionary (demonyms, actor names); default one if None
        names = sorted(set(self.g.region_names) | set(getattr(self.g, "curated_names", {})), key=len, reverse=True)
        self._curated_ids = {id(self.g.entries[i]) for i in getattr(self.g, "curated_names", {}).values()}
        alts = [r"[\W_]+".join(re.escape(w) for w in n.split()) for n in names]
        self._region_re = re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I) if alts else None

    # -- recognition --------------------------------------------------------------------------
    def region_spans(self, text: str) -> list[Toponym]:
        """Multi-word region phrases, matched on folded text (same length for ASCII input)."""
        if self._region_re is None:
            return []
        folded = _fold_keep_length(text)
        return [Toponym(text[m.start():m.end()], m.start(), m.end()) for m in self._region_re.finditer(folded)]

    def toponyms(self, sdoc, offset: int = 0) -> list[Toponym]:
        """GPE/LOC/FAC entities of a spaCy doc (plus region phrases), with "X, Y" hints."""
        out: list[Toponym] = []
        ents = [e for e in sdoc.ents if e.label_ in TOPONYM_LABELS or
                (e.label_ not in SKIP_LABELS and (self._locative(e.root) or self._major_place(e.text)) and
                 self.g.lookup(e.text) and not self._is_actor_name(e.text))]
        ent_tokens = {t.i for e in sdoc.ents for t in e}
        for tok in sdoc:  # proper nouns after a place preposition that NER missed entirely
            if tok.pos_ == "PROPN" and tok.i not in ent_tokens and tok.dep_ in ("pobj", "conj") and self._locative(tok):
                comp = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                span = sdoc[(comp[0].i if comp else tok.i):tok.i + 1]
                if self.g.lookup(span.text) and not self._is_actor_name(span.text):
                    ents.append(span)
        ents.sort(key=lambda e: e.start_char)
        adjectival = []
        for e in sdoc.ents:  # "Russian", "British": adjectival forms name a country
            if e.label_ == "NORP":
                iso2 = self._demonym_country(e.text)
                if iso2:
                    adjectival.append(Toponym(e.text, e.start_char + offset, e.end_char + offset, iso2=iso2))
        for i, e in enumerate(ents):
            text = re.sub(r"^the\s+", "", e.text, flags=re.I)
            start = e.start_char + (len(e.text) - len(text))
            hint = None
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is not None and sdoc.text[e.end_char:nxt.start_char] in (", ", ","):
                hint = nxt.text
            out.append(Toponym(text, start + offset, e.end_char + offset, hint))
        # curated names and regions (aliases.yaml) are found even where the NER model misses them
        for r in self.region_spans(sdoc.text):
            s, e = r.start + offset, r.end + offset
            if any(t.start <= s and e <= t.end and (t.end - t.start) > (e - s) for t in out):
                continue
            out = [t for t in out if not (t.start < e and s < t.end)]
            out.append(Toponym(r.text, s, e))
        out += [a for a in adjectival if not any(t.start < a.end and a.start < t.end for t in out)]
        return sorted(out, key=lambda t: t.start)

    @staticmethod
    def _locative(tok) -> bool:
        node = tok
        while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
            node = node.head
        return node.dep_ == "pobj" and node.head.lower_ in LOC_PREPS

    def _major_place(self, text: str) -> bool:
        """A name NER mislabels (ORG/PERSON) is still a toponym when it is a country, state or big city."""
        return any(e.kind in ("country", "admin") or e.population >= 100_000 for e in self.g.lookup(text))

    @property
    def d(self):
        if self._dictionary is None:
            from ..actors.dictionary import load_dictionary

            self._dictionary = load_dictionary()
        return self._dictionary

    def _demonym_country(self, text: str) -> str | None:
        d = self.d
        for entry in d.lookup(fold(text)):
            if entry.kind == "demonym" and entry.default.country:
                return d.iso3_to_iso2.get(entry.default.country)
        return None

    def _is_actor_name(self, text: str) -> bool:
        return any(e.kind in ("person", "org") for e in self.d.lookup(fold(text)))

    def adjectival_countries(self, sdocs) -> list[str]:
        """ISO2 countries named by adjectival forms ("Lebanese troops", "Serbian police")."""
        d = self.d
        out: Counter = Counter()
        for sd in sdocs:
            for e in sd.ents:
                # adjectival use only ("Lebanese troops"): "Serbs"/"Albanians" name people, not a state
                if e.label_ == "NORP" and e.root.dep_ in ("amod", "compound"):
                    for entry in d.lookup(fold(e.text)):
                        iso2 = d.iso3_to_iso2.get(entry.default.country) if entry.default.country else None
                        if iso2:
                            out[iso2] += 1
        return [k for k, _ in out.most_common()]

    # -- resolution ---------------------------------------------------------------------------
    def candidates(self, name: str) -> list[GeoEntry]:
        name = re.sub(r"^(the|northern|southern|eastern|western|central)\s+", "", name.strip(), flags=re.I) \
            if not self.g.lookup(name) else name
        return self.g.lookup(name)

    def score(self, e: GeoEntry, query: str, *, focus: str | None, nearby: Counter, points: list[tuple[float, float]],
              hints: list[GeoEntry]) -> float:
        s = math.log10(e.population + 10) / 2.0 + KIND_BONUS.get(e.kind, 0.0)
        if fold(e.name) == fold(query):
            s += 0.5
        if self._curated_ids and id(e) in self._curated_ids:
            s += 1.0  # listed in aliases.yaml on purpose: the analyst's domain knowledge
        if e.kind == "city" and e.country and (fold(e.name), e.country) in getattr(self.g, "capitals", ()):
            s += 1.5
        if focus and e.country == focus:
            s += 1.0
        if e.country and nearby.get(e.country):
            s += min(0.8, 0.4 * nearby[e.country])
        if any(h.kind in ("admin", "country") and (h.country == e.country and (h.kind == "country" or h.admin1 == e.admin1))
               for h in hints):
            s += 4.0
        if points and e.kind in ("city", "admin"):
            d = points.nearest_within(e.lat, e.lon, 400.0) if isinstance(points, _GridView) else \
                min(haversine_km(e.lat, e.lon, la, lo) for la, lo in points)
            if d < 100:
                s += 0.6
            elif d < 400:
                s += 0.3
        return s

    def resolve(self, name: str, *, focus: str | None = None, nearby: Counter | None = None,
                points: list[tuple[float, float]] | None = None, hint: str | None = None,
                start: int | None = None, end: int | None = None) -> Place | None:
        cands = self.candidates(name)
        if not cands:
            return None
        nearby = nearby or Counter()
        hints = self.g.lookup(hint) if hint else []  # looked up once, not once per candidate
        best = max(cands, key=lambda e: self.score(e, name, focus=focus, nearby=nearby, points=points or [], hints=hints))
        return to_place(best, name, start, end)

    def geoparse(self, toponyms: list[Toponym], *, focus_hint: list[str] | None = None) -> list[Place | None]:
        """Resolve all toponyms of one document together (two passes: focus, then context).

        Context for a name is every other toponym of the document except those spelled like it (a name
        must not vote for its own reading); adjectival forms ("Serbian", "Albanian") name peoples as
        often as states, so they do not vote. Counts are computed once per document and the distance
        test uses a grid index, so the cost stays linear in the number of toponyms.
        """
        first = [self._fixed(t) or self.resolve(t.text, hint=t.hint) for t in toponyms]
        voters = [(fold(p.text), p) for t, p in zip(toponyms, first) if p is not None and not t.iso2]
        total: Counter = Counter(p.country for _, p in voters if p.country)
        by_fold: dict[str, Counter] = {}
        for f, p in voters:
            if p.country:
                by_fold.setdefault(f, Counter())[p.country] += 1
        grid = _PointGrid([(p.lat, p.lon, f) for f, p in voters if p.precision == "place" and p.lat is not None])
        context: dict[str, tuple[Counter, str | None]] = {}
        out = []
        for t in toponyms:
            fixed = self._fixed(t)
            if fixed is not None:
                out.append(fixed)
                continue
            f = fold(t.text)
            if f not in context:
                nearby = total - by_fold.get(f, Counter())
                for cc in focus_hint or []:
                    nearby[cc] += 2
                context[f] = (nearby, nearby.most_common(1)[0][0] if nearby else None)
            nearby, focus = context[f]
            out.append(self.resolve(t.text, focus=focus, nearby=nearby, points=grid.excluding(f), hint=t.hint,
                                    start=t.start, end=t.end))
        return out

    def _fixed(self, t: Toponym) -> Place | None:
        """Adjectival toponyms resolve to their country without ranking."""
        if not t.iso2:
            return None
        c = self.g.country(t.iso2)
        return to_place(c, t.text, t.start, t.end) if c else None

    def document_focus(self, places: list[Place | None], toponyms: list[Toponym] | None = None) -> str | None:
        skip = {id(p) for p, t in zip(places, toponyms or []) if t.iso2}
        c = Counter(p.country for p in places if p and p.country and id(p) not in skip)
        top = c.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None  # a tie is no focus: never pick a side by the order of mention
        return top[0][0]


class _PointGrid:
    """Points of a document in 1-degree cells, for "is another place within 400 km?" in linear time."""

    def __init__(self, points: list[tuple[float, float, str]]):
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        self.n = len(points)
        self.per_fold: Counter = Counter(f for _, _, f in points)
        for la, lo, f in points:
            self.cells.setdefault((math.floor(la), math.floor(lo)), []).append((la, lo, f))

    def excluding(self, fold_key: str) -> "_GridView | None":
        return _GridView(self, fold_key) if self.cells else None


class _GridView:
    """The grid without the points spelled like the name being resolved."""

    def __init__(self, grid: _PointGrid, fold_key: str):
        self.grid, self.skip = grid, fold_key

    def __bool__(self) -> bool:
        return self.grid.n > self.grid.per_fold.get(self.skip, 0)

    def nearest_within(self, lat: float, lon: float, km: float) -> float:
        """Distance to the nearest point, exact when under ``km``; ``inf`` when none is that close."""
        dlat = math.ceil(km / 111.0)
        dlon = 180 if abs(lat) > 80 else math.ceil(km / (111.0 * max(0.1, math.cos(math.radians(lat)))))
        best = math.inf
        cy, cx = math.floor(lat), math.floor(lon)
        for y in range(cy - dlat, cy + dlat + 1):
            for x in range(cx - dlon, cx + dlon + 1):
                for la, lo, f in self.grid.cells.get((y, ((x + 180) % 360) - 180), ()):
                    if f != self.skip:
                        d = haversine_km(lat, lon, la, lo)
                        if d < best:
                            best = d
                            if best < 1.0:
                                return best
        return best


def to_place(e: GeoEntry, text: str, start: int | None, end: int | None) -> Place:
    return Place(text=text, start=start, end=end, name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon,
                 country=e.country, admin1=e.admin1, precision=PRECISION.get(e.kind, "place"))


def _fold_keep_length(text: str) -> str:
    """Lower-case, ASCII-folded copy of ``text`` with the same length, so spans map back."""
    out = []
    for ch in text:
        f = fold(ch) if ord(ch) > 127 else ch.lower()
        out.append(f[0] if len(f) >= 1 else " ")
    return "".join(out)


@lru_cache(maxsize=8)
def default_resolver(dictionary=None) -> GeoResolver:
    """The resolver over the cached gazetteer, reading demonyms and actor names from ``dictionary``."""
    return GeoResolver(dictionary=dictionary)

"""Toponym recognition and resolution with document-level disambiguation, and event location.

Candidates come from the gazetteer; ranking uses population, feature kind, the document's country
focus, the countries and coordinates of the other toponyms nearby, and explicit hints such as
"Paris, Texas". Regions ("northern Kosovo", "the four northern municipalities") resolve to a
region entry with precision ``region``; "X district", "Y province", "the Z region" resolve to
administrative divisions.

``GeoResolver.parse`` runs the one geoparse sequence (toponyms, adjectival countries, document-level
resolution) that the pipeline, the CLI and the evaluation share; ``GeoResolver.locate`` places
every event of a document (see its docstring for the policy).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from ..nlp import span_text
from ..records import Document, Event, Place
from ..text import fold, fold_keep_length
from ..yamlfile import load_yaml
from .gazetteer import DATA, DESIGNATOR_SUFFIX, GeoEntry, Gazetteer, load_gazetteer

# the policy's word lists (prepositions, division kinds, place nouns and verbs) are data
_W = load_yaml((DATA / "locatives.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _admin_levels() -> dict:
    """The countries whose events name another division than GeoNames' first level (``data/admin_levels.yaml``)."""
    data = load_yaml((DATA / "admin_levels.yaml").read_text("utf-8"))
    return {"second_level": {k: {"keep": set(v.get("keep") or [])} for k, v in (data.get("second_level") or {}).items()},
            "above_provinces": set(data.get("above_provinces") or [])}

PRECISION = {"city": "place", "admin": "admin1", "admin2": "admin2", "region": "region", "country": "country"}
NORP_TOWN = 20_000  # people: a name NER labels a people is read as a town only from this size (or a division)
PRECISION_RANK = {"place": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
ADMIN1_POPULATION = 1_000_000  # assumed for ranking a first-level division against places abroad
# a place this small abroad, in a report on another country that never names its own, is taken for a namesake
VILLAGE = 20_000
KIND_BONUS = {"country": 2.5, "admin": 0.6, "admin2": 0.3, "region": 2.0, "city": 0.0}
NAME_ARTICLES = frozenset(_W["name_articles"])
TOPONYM_LABELS = frozenset(_W["toponym_labels"])
SKIP_LABELS = frozenset(_W["skip_labels"])
# The small NER model often labels a town PERSON/ORG; after a place preposition we still try it.
LOC_PREPS = frozenset(_W["place_prepositions"])
# a division's kind written next to its name: "Maiwand district", "Kandahar province", "the Krasnodar region"
DESIGNATORS = {w: kind for kind, words in _W["designators"].items() for w in words}
# what joins the links of a chain of places: "Agona, Estre district of South Gondar zone, Amhara region"
_CHAIN_LINK = re.compile(r"\s*(?:(?:" + "|".join(sorted((re.escape(w) for w in [*DESIGNATORS, *_W["chain_units"]]),
                                                      key=len, reverse=True))
                         + r")\s*)?(?:,|\s+of|\s+in)\s+(?:the\s+)?", re.I)
_NAME = r"[A-Z][\w'’‘.-]*(?:[ -](?:[‘'’]?[A-Z][\w'’‘.-]*|al|el|e|de|ad|as|ash|an|ar|az|i|wa|and))*"
_DESIGNATED = re.compile(
    rf"\b(?:(?P<name>{_NAME})\s+(?P<kind>(?i:{'|'.join(sorted(DESIGNATORS, key=len, reverse=True))}))\b"
    r"(?!\s+[A-Z]|-)"  # "California State University", "Ohio State-run" are other names
    rf"|(?P<kind2>(?i:province|district|governorate|oblast|region|county|municipality))\s+of\s+(?P<name2>{_NAME}))")
# a division named as whose, or as where someone comes from ("the governor of Helmand province", "from Kunar province")
_OWNER_BEFORE = re.compile(r"(?i)\b(?:of|from|to|towards?|via|into)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
# ", Zabul province" right after a named division: the division it lies in
_DIVISION_AFTER = re.compile(rf",\s*(?:the\s+)?{_NAME}\s+(?i:province|governorate|oblast|region|state|county)\b")
_OF_PLACE_NOUNS = frozenset(_W["of_place_nouns"])
_ON_PLACE_NOUNS = frozenset(_W["on_place_nouns"])
# a name the text calls a village: "the village of X", "the villages of X, Y and Z", "X village"
_VILLAGE_BEFORE = re.compile(r"(?i)\bvillages?\s+of\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+(?:and\s+)?)*$")
_VILLAGE_AFTER = re.compile(r"\s+villages?\b", re.I)
# "the Lebanese port city of Tripoli": a people's adjective (group 1) before a settlement noun and "of" the name
_DESCRIBED_BEFORE = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:(?:[a-z]+ern|central|coastal|restive|remote|small|northeastern|"
    r"northwestern|southeastern|southwestern)\s+)?(?:" +
    "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(_W["described_settlement_nouns"], key=len,
                                                                    reverse=True)) + r")\s+of\s+(?:the\s+)?$")
_SETTLEMENT_NOUNS = frozenset(n.split()[-1] for n in _W["described_settlement_nouns"])
# "the Yemeni capital Sanaa", "the southern Afghan city Kandahar": the same, with the name right after the noun
_DESCRIBED_NO_OF = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:(?:[a-z]+ern|central|coastal|restive|remote|small|northeastern|"
    r"northwestern|southeastern|southwestern)\s+)?(?:" +
    "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(_W["described_settlement_nouns"], key=len,
                                                                    reverse=True)) + r")$")
_PREP_BEFORE = re.compile(r"(?i)(?:^|[\s,(])(" + "|".join(sorted(LOC_PREPS)) + r")\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                          # "in the capital, Freetown": the name in apposition to a place noun
                          r"(?:(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in
                                              sorted(_W["apposed_place_nouns"], key=len, reverse=True)) + r"),\s+)?$")
# ", a favela of ", ", a small town in the ": an apposition that puts the name before it in the place after it
_PART_OF_GAP = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(
    r"\s+".join(map(re.escape, n.split())) for n in sorted(_W["part_of_place_nouns"], key=len, reverse=True)) +
    r")\s+(?:of|in)\s+(?:the\s+)?")
_COMPASS = frozenset(_W["compass"])
_AGENT_DEPS = ("nsubj", "nsubjpass", "poss")
# before a division's name, neither part of it: a capitalised function word, an owner (`_name_start`)
_LEAD_WORD = re.compile(r"(?:In|At|Near|On|From|Across|Throughout|The|Of|And|Both)\s+")
_OWNER = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+")
_CELESTIAL = frozenset(fold(w) for w in _W["celestial_bodies"])
_PLACE_OBJECT_VERBS = frozenset(_W["place_object_verbs"])
_PLACE_OBJECT_NOUNS = frozenset(_W["place_object_nouns"])
_PLACE_HEAD_NOUNS = frozenset(_W["place_head_nouns"])
_REGION_DESCRIBED = frozenset(_W["region_described_nouns"])
_LANDMARK_HEADS = frozenset(_W["landmark_heads"])
_LANDMARK_MODIFIERS = frozenset(_W["landmark_modifiers"])
_INSTITUTIONS = frozenset(_W["institution_nouns"])
_DIVINE = frozenset(fold(w) for w in _W["divine_names"])
_PUBLICATION_VERBS = frozenset(_W["publication_verbs"])
# a dateline at the start of a line: "KYIV (Reuters) -", "KABUL, Afghanistan (Feb. 7) —", "BELGRADE, March 17 -"
_DATELINE_CITY = re.compile(
    # (after the day it may open with: "May 28, 2006 - DILI (Reuters) -", "28 May 2006 - DILI -")
    r"^[ \t]*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*(?:—|–|--|-)\s*)?"
    r"(?P<city>[A-Z][A-Z'’. -]{1,40}?[A-Z])(?:/[A-Z][\w ]+)?"
    r"(?:,\s*(?P<hint>[A-Z][A-Za-z.'’ -]{1,30}?))??"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--|-(?![A-Za-z])|:)", re.M)
# (a hyphen before a letter joins the words of the city: "PORT-AU-PRINCE, May 24 (AFP) -" is not "PORT")
# ... and one written in title case, which must carry its day or its agency: "Guatemala, Nov 21 (EFE) -",
# "Jakarta (AFP) -" (a sentence opening "Police: ..." is none)
_DATELINE_TITLE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,2})(?:,\s*(?P<hint>[A-Z][A-Za-z.'’ -]{1,30}?))??"
    r"(?:,?\s*(?P<md>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(?P<paren>\([^)\n]{1,40}\))?\s*"
    r"(?:—|–|--|-(?![A-Za-z])|:)", re.M)
_TITLE_NOT_CITY = frozenset(w.lower() for w in _W["title_dateline_not_city"])
DATELINE_TITLE_POPULATION = 15_000  # a title-case dateline names a town of some size, a division or a country
DATELINE_CHARS = 400
LOOKAHEAD = 3  # sentences after a placeless lead that may still say where it happened
# "The attack took place in ...", "The incident happened ...": a sentence that retells the act before it
RETELL = re.compile(r"^\s*(?:the|this|that|these|those|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|"
                    r"friday's)\s+(?:[\w-]+\s+)?(?:" + "|".join(map(re.escape, _W["retell_nouns"])) + r")\s+(?:" +
                    "|".join(r"\s+".join(map(re.escape, v.split())) for v in _W["retell_verbs"]) + r")\b", re.I)
_ORIGIN_PREPS = frozenset(_W["origin_prepositions"])
_BEARING_DEGREES = _W["bearing_degrees"]
_UNIT_KM = _W["distance_units_km"]
# "65 kilometers southwest of", "150 km (93 miles) north of the capital,", "40 miles north-west of the town of":
# a distance and a bearing written right before a place's name
_BEARING_BEFORE = re.compile(
    r"(?i)\b(?P<n>\d{1,4}(?:[.,]\d+)?)\s*-?\s*(?P<unit>" + "|".join(sorted(_UNIT_KM, key=len, reverse=True)) +
    r")\b\.?\s*(?:\([^)]{0,30}\)\s*)?(?P<dir>north|south|east|west)(?:\s*-\s*|\s)?(?P<dir2>east|west)?(?:ern)?\s+"
    r"of\s+(?:the\s+)?(?:(?:provincial\s+|regional\s+|state\s+)?capital,?\s+|(?:city|town|village)\s+of\s+)?$")
BEARING_MIN_KM = 15  # nearer than this, a bearing stays at the place it is taken from
BEARING_TOWNS = 5  # the towns nearest the point that vote for its first-level division
BEARING_REACH_KM = 80  # ... found within this distance of the point (else the point is left where it was taken)
_GROUP_NOUNS = frozenset(_W["actor_group_nouns"])
_AREA_PREPS = frozenset(_W["area_prepositions"])


_ARTICLE = re.compile(r"(?:al|el)\b", re.I)


def _qualified(query: str, name: str) -> bool:
    """``name`` is ``query`` with another word that tells it apart ("sremska mitrovica" for "mitrovica"), not
    with an article or a kind of place ("ar ramadi", "gaza city")."""
    q, n = query.replace("-", " ").split(), name.replace("-", " ").split()
    extra = [w for w in n if w not in q]
    return bool(q) and all(w in n for w in q) and any(w not in NAME_ARTICLES for w in extra)


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
    kind: str | None = None  # "admin" or "admin2" when the text names the division ("Helmand province")
    locative: bool = False  # says where something is: object of a place preposition, or a named division
    prep: str | None = None  # the preposition (or "obj" for "shelled X") that makes it locative
    landmark: bool = False  # the town a landmark is named after ("the Jolo Cathedral"): only of a country named
    village: bool = False  # the text calls it a village ("the villages of Kayanja, Kyobe and Kyaapa", "Nyat village")
    within: bool = False  # its hint is the division the text puts it in ("Mindouli in the Pool department")
    group: bool = False  # the first word of a group's name ("Fano militiamen"): a name, never the scene
    agent: bool = False  # subject or possessor, no preposition ("Europe imposed sanctions", "Europe's leaders")
    bearing: tuple[float, float] | None = None  # "65 km southwest of X": (kilometres, degrees from north)


@dataclass
class DocGeo:
    """One document's toponyms with their resolved places, and its focus country (ISO2)."""
    toponyms: list[Toponym]
    places: list[Place | None]
    focus: str | None = None

    def located(self) -> list[tuple[Toponym, Place]]:
        return [(t, p) for t, p in zip(self.toponyms, self.places) if p is not None]


class GeoResolver:
    def __init__(self, gazetteer: Gazetteer | None = None, dictionary=None):
        self.g = gazetteer or load_gazetteer()
        self._dictionary = dictionary  # the actor dictionary (demonyms, actor names); default one if None
        self._admin1_index: dict | None = None
        self._named_admin1: dict | None = None
        self._towns: dict[str, _PointGrid] | None = None  # per country: its towns, labelled by admin1 code
        names = sorted(set(self.g.region_names) | set(getattr(self.g, "curated_names", {})), key=len, reverse=True)
        self._curated_ids = {id(self.g.entries[i]) for i in getattr(self.g, "curated_names", {}).values()}
        alts = [r"[\W_]+".join(re.escape(w) for w in n.split()) for n in names]
        self._region_re = re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I) if alts else None

    # -- the one geoparse sequence --------------------------------------------------------------
    def parse(self, segs: list[tuple[int, object]]) -> DocGeo:
        """Toponyms of a document's parsed segments ((offset, spaCy doc) pairs), resolved together."""
        toponyms = [t for off, sd in segs for t in self.toponyms(sd, off)]
        places = self.geoparse(toponyms, focus_hint=self.adjectival_countries([sd for _, sd in segs])[:2])
        places = self._chains_in_a_division(toponyms, places, segs)
        return DocGeo(toponyms, places, self.document_focus(places, toponyms))

    def _chains_in_a_division(self, toponyms: list[Toponym], places: list[Place | None],
                              segs: list[tuple[int, object]]) -> list[Place | None]:
        """A chain of places that ends in a named first-level division ("the town of Agona, Estre district of South
        Gondar zone, Amhara region"): each link lies in that division. A link placed elsewhere (a namesake town
        abroad) or not at all takes a namesake inside the division, else the division itself."""
        def gap(a: int, b: int) -> str | None:
            for off, sd in segs:
                if off <= a and b <= off + len(sd.text):
                    return sd.text[a - off:b - off]
            return None

        places = list(places)
        i = len(toponyms) - 1
        while i > 0:
            last, p = toponyms[i], places[i]
            if last.kind != "admin" or p is None or p.precision != "admin1" or not p.iso2:
                i -= 1
                continue
            j = i
            while j > 0 and (between := gap(toponyms[j - 1].end, toponyms[j].start)) is not None and \
                    _CHAIN_LINK.fullmatch(between):
                j -= 1
            code = p.admin1_code.partition(".")[2] if p.admin1_code else None
            region = self._admin1_entry(p.iso2, code) if code else None
            for k in range(j, i):
                q = places[k]
                if q is not None and q.iso2 == p.iso2 and (code is None or q.admin1_code == p.admin1_code):
                    continue
                t = toponyms[k]
                inside = [e for e in self.candidates(t.text, t.kind) if e.country == p.iso2 and e.kind != "country"
                          and (code is None or e.admin1 == code)]
                if inside:
                    best = max(inside, key=lambda e: e.population)
                    places[k] = self.place(best, t.text, t.start, t.end)
                elif region is not None:
                    places[k] = self.place(region, t.text, t.start, t.end)
                elif q is not None:
                    places[k] = replace(p, text=t.text, start=t.start, end=t.end)
            i = j - 1
        return places

    # -- recognition --------------------------------------------------------------------------
    def region_spans(self, text: str) -> list[Toponym]:
        """Multi-word region phrases, matched on folded text (same length for ASCII input)."""
        if self._region_re is None:
            return []
        folded = fold_keep_length(text)
        return [Toponym(text[m.start():m.end()], m.start(), m.end()) for m in self._region_re.finditer(folded)]

    def designated_spans(self, text: str) -> list[Toponym]:
        """Divisions named with their kind: "Maiwand district", "Helmand and Kandahar provinces",
        "the province of Helmand". The span is the name; ``kind`` says which level it is."""
        out = []
        for m in _DESIGNATED.finditer(text):
            name, grp = (m.group("name"), "name") if m.group("name") else (m.group("name2"), "name2")
            kind = DESIGNATORS[(m.group("kind") or m.group("kind2")).lower()]
            start = m.start(grp)
            # "Helmand and Kandahar provinces": each conjunct is a division
            parts = [(name, start)]
            kind_word = (m.group("kind") or m.group("kind2")).lower()
            if " and " in name and (kind_word.endswith("s") or not self._division_name(name)):
                # (one division whose name has an "and" is named with a singular kind: "Sistan and Baluchestan
                # province" is one province, "Helmand and Kandahar provinces" two)
                a, b = name.split(" and ", 1)
                parts = [(a, start), (b, start + len(a) + 5)]
            for part, s in parts:
                # "In Helmand province", "Pakistan's Khyber Pakhtunkhwa province": the name alone
                k = _name_start(part)
                part, s = part[k:], s + k
                if len(part) < 2 or not part[0].isupper() or (self._demonym_country(part) and not any(
                        e.kind in ("admin", "admin2") for e in self.g.lookup(part))):
                    # "the Indian state of Kerala": a demonym names the country, not the state (a people's name
                    # that is its division's too names the division: "the Amhara region")
                    continue
                if self._named(part) or self.g.lookup_loose(part) or \
                        _DIVISION_AFTER.match(text, m.end()):
                    # a district the gazetteer lacks ("Tarnak wa Jaldak district, Zabul province") is still a
                    # place: it lies in the division named after it (``resolve``)
                    out.append(Toponym(part, s, s + len(part), kind=kind))
        return out

    def _named(self, name: str) -> list[GeoEntry]:
        """The entries ``name`` names exactly: places and divisions (``Gazetteer.lookup``), then districts
        (``lookup_admin2``); never one whose name only looks alike (``lookup_loose``)."""
        return self.g.lookup(name) + self.g.lookup_admin2(name)

    def _named_exactly(self, e: GeoEntry, hint: str) -> bool:
        """Does the division hint ("Basque region") name entry ``e`` by one of its names, not only by a name that
        looks alike (``Gazetteer.lookup_loose``)?"""
        m = _DESIGNATED.fullmatch(hint.strip())
        name = (m.group("name") or m.group("name2")) if m else hint
        return any(x is e for x in self._named(name))

    def _division_name(self, name: str) -> bool:
        """Is ``name`` (a leading function word aside) the whole name of a first- or second-level division?"""
        name = name[_name_start(name):]  # "Iran's Sistan and ..."
        return any(e.kind in ("admin", "admin2") for e in self._named(name))

    def toponyms(self, sdoc, offset: int = 0) -> list[Toponym]:
        """GPE/LOC/FAC entities of a spaCy doc (plus region phrases and named divisions), with "X, Y" hints."""
        out: list[Toponym] = []
        ents = [e for e in sdoc.ents if (e.label_ in TOPONYM_LABELS or
                (e.label_ not in SKIP_LABELS and (self._locative(e.root) or self._major_place(e.text)) and
                 self.g.lookup(e.text) and not self._is_actor_name(e.text)) or
                # a town the model takes for a people ("a UN base in Kidal", NORP): no demonym, after a place
                # preposition, and a division or a town of some size by name (a village's name is as likely a
                # family's or a people's)
                (e.label_ == "NORP" and self._locative(e.root) and not self._demonym_country(e.text) and
                 any(x.kind == "admin" or x.population >= NORP_TOWN for x in self.g.lookup(e.text)) and
                 not self._is_actor_name(e.text))) and not self._stray_acronym(e.text) and
                # a place's name is written with a capital: a lower-case "GPE" is a common noun the model misread
                # ("blamed the massacre on the maras", the street gangs, is not Kahramanmaras)
                _has_capital(e.text)
]
        ent_tokens = {t.i for e in sdoc.ents for t in e}
        for tok in sdoc:  # proper nouns after a place preposition that NER missed entirely
            if tok.pos_ == "PROPN" and tok.i not in ent_tokens and tok.dep_ in ("pobj", "conj") and self._locative(tok):
                comp = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                span = sdoc[(comp[0].i if comp else tok.i):tok.i + 1]
                # the tagger calls some common nouns proper ("transport in interstate commerce"): a name has a capital
                if _has_capital(span.text) and self.g.lookup(span.text) and \
                        not self._is_actor_name(span.text):
                    ents.append(span)
        for tok in sdoc:  # "Mocimboa da Praia town", "Kandahar city": names NER missed before a place noun
            if tok.pos_ == "NOUN" and tok.lower_ in _PLACE_HEAD_NOUNS and self._locative(tok):
                comp = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if comp and not any(c.i in ent_tokens for c in comp) and comp[-1].i == tok.i - 1:
                    span = sdoc[min(c.i for c in comp):tok.i]
                    if all(t.pos_ == "PROPN" for t in span) and self.g.lookup(span.text) and \
                            not self._is_actor_name(span.text):
                        ents.append(span)
        for tok in sdoc:  # "the Yemeni capital Sanaa": a name NER missed after a people's settlement noun
            if tok.pos_ != "PROPN" or tok.i in ent_tokens or tok.i < 2 or \
                    (tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].pos_ == "PROPN"):
                continue
            noun = sdoc[tok.i - 1]
            if noun.pos_ != "NOUN" or noun.lower_ not in _SETTLEMENT_NOUNS:
                continue
            m = _DESCRIBED_NO_OF.search(sdoc.text[max(0, noun.idx - 40):noun.idx + len(noun)])
            iso2 = self._demonym_country(m.group(1)) if m else None
            if iso2 and any(x.country == iso2 and x.kind == "city" for x in self.g.lookup(tok.text)) and \
                    _has_capital(tok.text) and not self._is_actor_name(tok.text):
                ents.append(sdoc[tok.i:tok.i + 1])
                ent_tokens.add(tok.i)
        ents = [e for e in ents if not self._no_town(e)]
        landmarks: set[int] = set()
        for e in list(sdoc.ents):  # "the Jolo Cathedral", "Bagram Air Base": the town a landmark is named after
            if e.label_ not in ("ORG", "FAC") or e[-1].lower_ not in _LANDMARK_HEADS:
                continue
            words = [t for t in e[:-1] if t.lower_ != "the"]
            names = []
            for t in words:  # the proper nouns it starts with ("Bagram" of "Bagram Air Base")
                if t.pos_ != "PROPN" or t.i in ent_tokens and t.ent_iob_ == "B" and t.i != e.start and t.i != words[0].i:
                    break
                names.append(t)
            for k in range(len(names), 0, -1):
                if any(t.lower_ not in _LANDMARK_MODIFIERS for t in names[k:]):
                    break  # only generic words are dropped: "Walter Reed Hospital" is not in a town "Walter"
                span = sdoc[names[0].i:names[k - 1].i + 1]
                if fold(span.text) in NAME_ARTICLES:
                    continue  # "Al Noor Mosque": the article of a name is no town (nor Alabama's "AL")
                if any(x.kind in ("city", "admin") for x in self.g.lookup(span.text)) and not self._is_actor_name(span.text):
                    ents = [x for x in ents if not (x.start_char < e.end_char and e.start_char < x.end_char)] + [span]
                    landmarks.add(span.start_char)
                    break
        swallowed: dict[int, str] = {}  # "Near Raqqah," read as one PERSON entity: the place after the preposition
        for e in list(sdoc.ents):
            if len(e) > 1 and e[0].lower_ in LOC_PREPS and e[0].text[:1].isupper() and e.label_ not in TOPONYM_LABELS:
                rest = e[1:]
                if self.g.lookup(rest.text) and not self._is_actor_name(rest.text):
                    ents = [x for x in ents if x.start_char != e.start_char] + [rest]
                    swallowed[rest.start_char] = e[0].lower_
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
            group = self._names_a_group(sdoc, e) and not any(x.kind == "country" for x in self.g.lookup(e.text))
            prep = None if group else self._loc_prep(e.root) or swallowed.get(e.start_char)
            out.append(Toponym(text, start + offset, e.end_char + offset, hint, locative=prep is not None, prep=prep,
                               landmark=e.start_char in landmarks, group=group,
                               agent=prep is None and _acts(e)))
        # curated names and regions (aliases.yaml) are found even where the NER model misses them
        for r in self.region_spans(sdoc.text):
            s, e = r.start + offset, r.end + offset
            if any(t.start <= s and e <= t.end and (t.end - t.start) > (e - s) for t in out):
                continue
            out = [t for t in out if not (t.start < e and s < t.end)]
            span = sdoc.char_span(r.start, r.end, alignment_mode="expand")
            acts = span is not None and _acts(span)
            if r.text.startswith("The ") and span is not None and span.start > span.sent.start and (
                    acts or span.root.dep_ == "pobj" and span.root.head.head.lemma_.lower() in _PUBLICATION_VERBS):
                # "Next, The Atlantic claimed", "wrote in The Atlantic": a title written with its capital "The" (a
                # magazine); not a headline run into the text ("... above-average season The Atlantic hurricane
                # season")
                continue
            prep = self._loc_prep(span.root) if span is not None else None
            out.append(Toponym(r.text, s, e, locative=prep is not None, prep=prep, agent=prep is None and acts))
        # named divisions replace the entity they overlap: the kind word decides the level
        for d in self.designated_spans(sdoc.text):
            s, e = d.start + offset, d.end + offset
            over = [t for t in out if t.start < e and s < t.end]
            if any(t.iso2 is None and (t.end - t.start) > (e - s) and not re.search(
                    r"(?i)\b(province|district|governorate|oblast|region|county|municipality|state)\b", t.text)
                   for t in over):
                continue  # a longer name contains it ("Tamil Nadu")
            out = [t for t in out if not (t.start < e and s < t.end)]
            span = sdoc.char_span(d.start, d.end, alignment_mode="expand")
            d.prep = self._loc_prep(span.root) if span is not None else None
            if d.prep is None and span is not None and span.root.head.lower_ in DESIGNATORS:
                d.prep = self._loc_prep(span.root.head)  # "in the northern Sagaing region": the kind word is the head
            d.locative = d.prep is not None
            d.start, d.end = s, e
            out.append(d)
        out.sort(key=lambda t: t.start)
        for t in out:
            if t.prep is None and t.iso2 is None and not t.group:
                # the parser may miss a fronted adjunct ("In Baghlan-e Jadid district, ..." parsed as the
                # subject): a place preposition written right before the name still says where
                m = _PREP_BEFORE.search(sdoc.text[max(0, t.start - offset - 30):t.start - offset])
                if m:
                    t.prep, t.locative = m.group(1).lower(), True
                elif t.kind and not _OWNER_BEFORE.search(sdoc.text[max(0, t.start - offset - 20):t.start - offset]):
                    # a division named as such says where the report is, whatever governs it ("the senior Taliban
                    # leader for eastern Chimtal district, Balkh province"): more than the dateline city does
                    t.prep, t.locative = "named", True
        for i, t in enumerate(out[:-1]):  # "Maiwand district, Kandahar province": the second is a hint
            nxt = out[i + 1]
            gap = sdoc.text[t.end - offset:nxt.start - offset]
            if t.hint is None and re.fullmatch(r"\s*(?:district|county|municipality|raion|rayon)?\s*,\s*(?:the\s+)?",
                                               gap, re.I):
                t.hint = nxt.text
                word = re.match(r"\s+([A-Za-z]+)", sdoc.text[nxt.end - offset:]) if nxt.kind else None
                if word and word.group(1).lower() in DESIGNATORS:
                    t.hint = f"{nxt.text} {word.group(1)}"  # "Ghazni province": the hint is a division
                if t.locative and nxt.iso2 is None:
                    nxt.locative, nxt.prep = True, t.prep  # the hint names where the same place is
            elif t.hint is None and t.kind is None and t.iso2 is None and nxt.kind and \
                    re.fullmatch(r"\s+in\s+(?:the\s+)?", gap, re.I):
                # "the town of Iba in Meluco district": the division the text puts the place in
                word = re.match(r"\s+([A-Za-z]+)", sdoc.text[nxt.end - offset:])
                t.hint = f"{nxt.text} {word.group(1)}" if word and word.group(1).lower() in DESIGNATORS else nxt.text
                t.within = True
            elif t.hint is None and t.kind is None and t.iso2 is None and nxt.iso2 is None and \
                    _PART_OF_GAP.fullmatch(gap):
                # "Jacarezinho, a favela of Rio de Janeiro": the place the apposition puts it in
                word = re.match(r"\s+([A-Za-z]+)", sdoc.text[nxt.end - offset:]) if nxt.kind else None
                t.hint = f"{nxt.text} {word.group(1)}" if word and word.group(1).lower() in DESIGNATORS else nxt.text
                t.within = True
        for t in out:
            if t.kind is None and t.iso2 is None and (
                    _VILLAGE_BEFORE.search(sdoc.text[max(0, t.start - offset - 120):t.start - offset]) or
                    _VILLAGE_AFTER.match(sdoc.text[t.end - offset:t.end - offset + 12])):
                t.village = True
            if t.kind is None and t.iso2 is None and t.hint is None:
                before = sdoc.text[max(0, t.start - offset - 60):t.start - offset]
                m = _DESCRIBED_BEFORE.search(before) or _DESCRIBED_NO_OF.search(before.rstrip())
                iso2 = self._demonym_country(m.group(1)) if m else None
                country = self.g.country(iso2) if iso2 else None
                if country is not None:
                    t.hint = country.name  # placed as "Tripoli, Lebanon" is
            if t.iso2 is None:
                t.bearing = _bearing(sdoc.text[max(0, t.start - offset - 80):t.start - offset])
        out = [t for t in out if not self._describes_a_country(t, sdoc.text[t.end - offset:t.end - offset + 16])]
        out += [a for a in adjectival if not any(t.start < a.end and a.start < t.end for t in out)]
        return sorted(out, key=lambda t: t.start)

    def _describes_a_country(self, t: Toponym, after: str) -> bool:
        """"the Pacific territory", "the Gulf state": a region's name before a noun of countries says which
        country the report means, not that the Pacific Ocean is where anything happened."""
        if t.kind or t.iso2:
            return False
        m = re.match(r"\s+([a-z]+)\b", after)
        if m is None or m.group(1) not in _REGION_DESCRIBED:
            return False
        found = self.g.lookup(t.text) or self.g.lookup(re.sub(r"^the\s+", "", t.text, flags=re.I))
        return bool(found) and all(e.kind == "region" and e.country is None for e in found)

    @classmethod
    def _locative(cls, tok) -> bool:
        """Does this token (an entity's root) say where something is ("in X", "near the village of X")?"""
        return cls._loc_prep(tok) is not None

    @staticmethod
    def _loc_prep(tok) -> str | None:
        """The place preposition that governs this token ("in", "near", ...; "obj" for "shelled X"), if any."""
        node = tok
        for _ in range(6):
            while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
                node = node.head
            if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _PLACE_OBJECT_VERBS:
                return "obj"
            if node.dep_ != "pobj":
                return None
            prep = node.head
            if prep.lower_ in ("of", "on", "against") and (prep.head.lower_ in _PLACE_OBJECT_NOUNS or (
                    prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _PLACE_OBJECT_NOUNS)):
                return "obj"  # "the shelling of Kharkiv", "an attack on Marib": the act's object is its scene
            if prep.lower_ in LOC_PREPS:
                return prep.lower_
            if prep.lower_ == "on" and node.lemma_.lower() in _ON_PLACE_NOUNS:
                return "on"  # "on the eastern outskirts of Lusaka"
            # "the village of X", "the north of X", "the outskirts of X": climb to the noun
            if prep.lower_ == "of" and prep.head.lemma_.lower() in _OF_PLACE_NOUNS and prep.head.i != prep.i:
                if prep.head.lemma_.lower() in _COMPASS:
                    return "of"  # "46 kilometres north of Douentza": a bearing from the place is near it
                node = prep.head
                continue
            return None
        return None

    @staticmethod
    def _names_a_group(sdoc, e) -> bool:
        """Is the name the first word of a group's name ("Fano militiamen", "Hamas fighters")? The group is an
        actor; its name is no scene, whatever preposition governs the phrase ("between Fano militiamen and ...").
        (It stays a toponym, for recognition and for the document's context.)"""
        nxt = sdoc[e.end] if e.end < len(sdoc) else None
        return nxt is not None and nxt.lower_ in _GROUP_NOUNS and nxt.pos_ in ("NOUN", "PROPN")

    def _stray_acronym(self, text: str) -> bool:
        """"UTC", "ISAF": a short all-caps word that is only a town's alternate name is not a toponym
        ("UK", "US" and "DRC" are listed country names, and stay)."""
        t = text.strip()
        if not (t.isupper() and len(t) <= 4) or "." in t:  # "D.C.", "U.K.": dotted abbreviations are meant
            return False
        return not any(e.kind in ("country", "admin") or fold(e.name) == fold(t) for e in self.g.lookup(t))

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

    def _no_town(self, span) -> bool:
        """A name the text does not mean as a town, though the gazetteer has one by it:
        - a place entity named as a person or an office the actor dictionary knows ("the White House", "the
          Pentagon"), written with an article as towns are not, or that no gazetteer entry bears as its own name
          (only as another language's name of some town: "White House" is one of Casablanca's); "Brussels" is a
          town's own name and stays;
        - an institution named by its noun ("in Congress", "to the Court") or a name of God ("Allah");
        - a one-word name written with its own article ("the Hill") that the gazetteer knows only as towns none of
          which bears it ("The Hague", "The Bronx" do): English writes towns without one."""
        text = span.text
        name = re.sub(r"^the\s+", "", text, flags=re.I)
        key = fold(name)
        found = self.g.lookup(name)
        if span.label_ in TOPONYM_LABELS and self._is_actor_name(name) and (
                name != text or not any(fold(e.name) == key for e in found)):
            return True  # (other labels are taken only where no actor bears the name)
        if key in _INSTITUTIONS or key in _DIVINE:
            return True
        # one word, and the article must be the name's own, not a head noun's after it ("the Mitrovica bridge",
        # "the Pittsburgh, Pennsylvania-based company", "the Safety Bay foreshore"); a longer name with an article
        # is often a quarter's ("the Near North Side")
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        article = len(name.split()) == 1 and span.root.dep_ not in ("compound", "amod", "nmod", "poss") and (
            nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.text not in (",", "-", "–")) and (
            name != text or (span.start > 0 and span.doc[span.start - 1].lower_ == "the"))
        return article and bool(found) and all(e.kind == "city" and not fold(e.name).startswith("the ")
                                               for e in found)

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
    def candidates(self, name: str, kind: str | None = None) -> list[GeoEntry]:
        """Gazetteer entries a name may denote. With ``kind`` ("admin"/"admin2", from "X province" or
        "X district"), divisions of that level come first; district names are otherwise a last resort."""
        if kind:
            found = [e for e in self.g.lookup(name) if e.kind == "admin"] + self.g.lookup_admin2(name)
            key = fold(name)
            if not any(e.kind == kind for e in found) and \
                    not any(fold(DESIGNATOR_SUFFIX.sub("", e.name)) == key for e in found):
                # a transliteration variant must still look alike ("Maiwand" ~ "Maywand", not "Mandya"); a
                # division of that very name at the other level is the one meant ("Mandera county" is Kenya's
                # first-level Mandera County, not Western Australia's Mandurah)
                loose = [e for e in self.g.lookup_loose(name)
                         if SequenceMatcher(None, key, fold(DESIGNATOR_SUFFIX.sub("", e.name))).ratio() >= 0.75]
                found += [e for e in loose if e.kind == kind] or loose
            if found:
                return found
        name = re.sub(r"^(the|northern|southern|eastern|western|central)\s+", "", name.strip(), flags=re.I) \
            if not self.g.lookup(name) else name
        found = self.g.lookup(name) or self.g.lookup_admin2(name)
        town = re.match(r"(.+?)\s+(?:city|town)$", name, re.I)
        if not found and town:  # "Kandahar City": the city of that name
            found = [e for e in self.g.lookup(town.group(1)) if e.kind == "city"]
        if not found and not _ARTICLE.match(name):
            # Arabic town names are written with and without their article ("Qamishli", GeoNames' "Al Qamishli")
            found = [e for e in self.g.lookup(f"Al {name}") if e.kind == "city"]
        return found

    def score(self, e: GeoEntry, query: str, *, focus: str | None, nearby: Counter, points: list[tuple[float, float]],
              hints: list[GeoEntry], kind: str | None = None, admin1s: set | None = None,
              admin_floor: bool = False) -> float:
        # a first-level division has no population in the gazetteer, yet it is home to many: a village
        # abroad named like it ("Borno" in Lombardy) must not outrank Nigeria's Borno State on size alone
        pop = max(e.population, ADMIN1_POPULATION) if e.kind == "admin" and admin_floor else e.population
        s = math.log10(pop + 10) / 2.0 + KIND_BONUS.get(e.kind, 0.0)
        if kind and e.kind == kind:
            s += 3.0  # "Kandahar province" is the province, "Maiwand district" the district
        if admin1s and e.kind in ("city", "admin2") and (e.country, e.admin1) in admin1s:
            # the document names the state or province it lies in ("Pike County ... Kentucky")
            s += 1.0 if e.kind == "admin2" else 0.5
        if fold(e.name) == fold(query):
            s += 0.5
        elif _qualified(fold(query), fold(e.name)):
            s -= 0.75  # "Mitrovica" is Kosovo's Mitrovica, not Serbia's Sremska Mitrovica that also answers to it
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
        elif e.kind == "city" and any(h.kind == "city" and h.country == e.country and h.population >= 100_000 and
                                      haversine_km(h.lat, h.lon, e.lat, e.lon) < 40 for h in hints):
            s += 3.0  # "Croydon, South London": a district of the city named after it
        if points and e.kind in ("city", "admin", "admin2"):
            d = points.nearest_within(e.lat, e.lon, 400.0) if isinstance(points, _GridView) else \
                min(haversine_km(e.lat, e.lon, la, lo) for la, lo in points)
            if d < 100:
                s += 0.6
            elif d < 400:
                s += 0.3
        return s

    def resolve(self, name: str, *, focus: str | None = None, nearby: Counter | None = None,
                points: list[tuple[float, float]] | None = None, hint: str | None = None,
                start: int | None = None, end: int | None = None, kind: str | None = None,
                admin1s: set | None = None, home: Counter | None = None, village: bool = False,
                focus_tied: bool = False, within: bool = False) -> Place | None:
        """The place ``name`` denotes, ranked in its document's context. ``home``: the countries the rest of the
        document names, adjectives included ("Afghan forces"), for telling a village abroad for a namesake;
        ``village``: the text calls it a village, whatever the size of its namesakes."""
        found = self._resolve(name, focus=focus, nearby=nearby, points=points, hint=hint, start=start, end=end,
                              kind=kind, admin1s=admin1s, home=home, village=village, focus_tied=focus_tied,
                              within=within)
        if found is None and kind and hint and _DESIGNATED.fullmatch(hint.strip()):
            # an "X district, Y province" the gazetteer does not place: Y is the most we know
            # (of the report's country: "Ghanzi province" in a report on Afghanistan is no district of Botswana)
            admins = [h for h in self._hint_entries(hint) if h.kind == "admin" and (focus is None or h.country == focus)]
            if admins:
                h = max(admins, key=lambda e: self.score(e, hint, focus=focus, nearby=nearby or Counter(), points=[],
                                                         hints=[]))
                return self.place(h, name, start, end)
        return found

    def _resolve(self, name: str, *, focus: str | None, nearby: Counter | None, points: list[tuple[float, float]] | None,
                 hint: str | None, start: int | None, end: int | None, kind: str | None,
                 admin1s: set | None, home: Counter | None = None, village: bool = False,
                 focus_tied: bool = False, within: bool = False) -> Place | None:
        cands = self.candidates(name, kind)
        if not cands:
            return None
        division_hint = bool(hint) and _DESIGNATED.fullmatch(hint.strip()) is not None
        hints = self._hint_entries(hint) if hint else []  # looked up once, not once per candidate
        nearby = nearby or Counter()
        if any(e.kind == "country" for e in cands):
            # "stops in Pennsylvania, Georgia and Florida", "David Perdue of Georgia" in a report naming other US
            # states: a state among the states of one country, not the country of that name
            per_country = Counter(c for c, _ in admin1s or ())
            states = [e for e in cands if e.kind == "admin" and per_country[e.country] >= 2]
            if states:
                cands = states
            admin1s = None  # "Mexico" next to "New Mexico" is still the country
        # a division is ranked as populous unless a namesake town lies in its country ("Kharkiv" is the city)
        inside = {e.country for e in cands if e.kind == "city"}
        best = max(cands, key=lambda e: self.score(e, name, focus=focus, nearby=nearby, points=points or [], hints=hints,
                                                   kind=kind, admin1s=admin1s,
                                                   admin_floor=e.country not in inside))
        if best.kind == "city" and best.admin1:
            # "the city of Karak": of two towns of one country so called, the one in the division of that name
            # (GeoNames files a namesake of Jordan's Karak under Ma'an), unless it is far smaller
            home_a1 = self._division_named(best.country, name)
            twin = [e for e in cands if e.kind == "city" and e.country == best.country and e.admin1 == home_a1
                    and home_a1 != best.admin1 and e.population * 2 >= best.population]
            if twin:
                best = max(twin, key=lambda e: e.population)
        # only a division named as such after one named as such ("X district, Y province"): in a list
        # ("Copenhagen, Hamburg") the next name is no hint of where the first lies
        # (a district counts as a province does: "the town of Iba in Meluco district" is no city of Nigeria)
        # (a division abroad whose name only looks like the one written is no hint: "the town of Durango in the
        # Basque region" of a report on Spain is not in Bosque County, Texas)
        admin_hints = [h for h in hints if h.kind in ("admin", "admin2") and (
            not focus or h.country == focus or self._named_exactly(h, hint))] if division_hint else []
        if best.kind in ("city", "admin2") and admin_hints and not any(
                h.country == best.country and h.admin1 == best.admin1 for h in admin_hints) and (
                kind or within or not any(h.country == best.country for h in admin_hints)):
            # (a name not itself named a division, before one: only a namesake abroad gives way, "Nad-e Ali,
            # Helmand Province" is not in India; "Kabul, Kandahar province" may be a list)
            # "Khoghyani district, Ghazni province": a namesake in another province is not it; the
            # province the text names is the most we know ("the town of Mindouli in the Pool department", a
            # town the gazetteer files under another province: the text that puts it there is the authority)
            h = max(admin_hints, key=lambda e: self.score(e, hint or "", focus=focus, nearby=nearby, points=[],
                                                          hints=[]))
            return self.place(h, name, start, end)
        part_of = [h for h in hints if h.kind in ("city", "admin", "admin2")] if within and not division_hint else []
        if best.kind in ("city", "admin2") and part_of and not any(
                h.country == best.country and (h.admin1 == best.admin1 or h.kind == "city" and h.population >= 100_000
                                               and haversine_km(h.lat, h.lon, best.lat, best.lon) < 40)
                for h in part_of):
            # "Jacarezinho, a favela of Rio de Janeiro": a namesake elsewhere (a town of Paraná) is not it; the
            # place the text puts it in is the most we know
            h = max(part_of, key=lambda e: self.score(e, hint or "", focus=focus, nearby=nearby, points=[], hints=[]))
            return self.place(h, name, start, end)
        if division_hint and not hints and home and best.kind in ("city", "admin2") and not home.get(best.country) \
                and not (self._curated_ids and id(best) in self._curated_ids):
            # "the town of Iba in Meluco district", a district the gazetteer lacks, in a report on Cabo Delgado:
            # not Ibadan (alternate name "Iba"), a city of a country the report never names
            return None
        if kind == "admin" and best.kind == "city" and fold(best.name) == fold(name) and best.population >= 20_000:
            # "Timbuktu region", "Kidal region": a division named after its chief town
            a1 = self._admin1_of(best)
            if a1 is not None:
                return self.place(a1, name, start, end)
        if kind and focus and not focus_tied and best.country != focus \
                and not any(h.country == best.country for h in hints) \
                and not (kind == "admin" and best.kind == "admin" and home and home.get(best.country)):
            # "Salaheddin district" of Aleppo is not Iraq's Salah ad Din province; "Palma district" in a
            # report on Mozambique is not the Brazilian municipality: a division is of the report's country
            # (a province of a country the report names by name is that province: "Myanmar's military ... in
            # Chin state near the Indian border", where the adjective made India the focus)
            return None
        if home and best.kind in ("city", "admin2") and (best.population < VILLAGE or village) \
                and not home.get(best.country) \
                and not (kind == "admin2" and best.kind == "admin2") \
                and not any(h.country == best.country for h in hints) \
                and not (self._curated_ids and id(best) in self._curated_ids):
            # "a compound west of Seyyedan" in a report that names only Afghan places is no Iranian village: a
            # village (by size, or as the text calls it: "the villages of Kayanja, Kyobe and Kyaapa" in Uganda is no
            # Burundian town) in a country the report never names, while it names others, is a namesake of a place
            # the gazetteer lacks (a district named as such, "in Ntoroko district", is no village: the gazetteer
            # gives districts no population)
            return None
        if kind == "admin2" and best.kind == "city" and admin1s and any(c == best.country for c, _ in admin1s) \
                and (best.country, best.admin1) not in admin1s:
            return None  # an unknown "X district": a namesake town in a province the report never names is not it
        return self.place(best, name, start, end)

    def _division_named(self, country: str | None, name: str) -> str | None:
        """The code of the first-level division of ``country`` that bears ``name`` ("Karak" -> Karak Governorate)."""
        if self._named_admin1 is None:
            self._named_admin1 = {}
            for a in self.g.entries:
                if a.kind == "admin" and a.admin1 and a.country:
                    self._named_admin1.setdefault((a.country, fold(DESIGNATOR_SUFFIX.sub("", a.name))), a.admin1)
        return self._named_admin1.get((country, fold(DESIGNATOR_SUFFIX.sub("", name)))) if country else None

    def _admin1_of(self, e: GeoEntry) -> GeoEntry | None:
        """The first-level division entry a place lies in."""
        return self._admin1_entry(e.country, e.admin1) if e.country and e.admin1 else None

    def _hint_entries(self, hint: str) -> list[GeoEntry]:
        m = _DESIGNATED.fullmatch(hint.strip())
        if m and (m.group("name") or m.group("name2")):
            kind = DESIGNATORS[(m.group("kind") or m.group("kind2")).lower()]
            return self.candidates(m.group("name") or m.group("name2"), kind)
        # "Croydon, South London": the hint may carry a compass word the gazetteer does not
        return self.candidates(re.sub(r"^(north|south|east|west)\s+", "", hint.strip(), flags=re.I)
                               if not self.g.lookup(hint) else hint)

    def geoparse(self, toponyms: list[Toponym], *, focus_hint: list[str] | None = None) -> list[Place | None]:
        """Resolve all toponyms of one document together (two passes: focus, then context).

        Context for a name is every other toponym of the document except those spelled like it (a name
        must not vote for its own reading); adjectival forms ("Serbian", "Albanian") name peoples as
        often as states, so they do not vote. Counts are computed once per document and the distance
        test uses a grid index, so the cost stays linear in the number of toponyms.
        """
        written = toponyms
        toponyms = self._short_forms(toponyms)
        if toponyms is not written:
            places = self.geoparse(toponyms, focus_hint=focus_hint)
            return [p if p is None or t.text == p.text else replace(p, text=t.text)
                    for t, p in zip(written, places)]
        fixed_places = [self._fixed(t) for t in toponyms]
        first = [fixed or self.resolve(t.text, hint=t.hint, kind=t.kind, within=t.within)
                 for t, fixed in zip(toponyms, fixed_places)]
        doubtful = [_doubtful(t) for t in toponyms]
        # (the first word of a group's name, "Fano militiamen", is resolved but casts no vote: it may be no place)
        # (a name that may be no place, the Serena Hotel's or a bearing's, is placed only where the rest of the
        # report agrees, so it casts no vote either)
        voters = [(fold(p.text), p) for t, p, d in zip(toponyms, first, doubtful)
                  if p is not None and not t.iso2 and not t.group and not d]
        total: Counter = Counter(p.iso2 for _, p in voters if p.iso2)
        # every country the document names, adjectives too ("Afghan forces"), by the name that names it
        named: dict[str, Counter] = {}
        for t, p, d in zip(toponyms, first, doubtful):
            if p is not None and p.iso2 and not t.group and not d:
                named.setdefault(fold(t.text), Counter())[p.iso2] += 1
        by_fold: dict[str, Counter] = {}
        for f, p in voters:
            if p.iso2:
                by_fold.setdefault(f, Counter())[p.iso2] += 1
        # states and provinces the document names (as such, not through a town inside them)
        states: Counter = Counter((f, (p.iso2, p.admin1_code.split(".", 1)[1])) for f, p in voters
                                  if p.precision == "admin1" and p.admin1_code)
        grid = _PointGrid([(p.lat, p.lon, f) for f, p in voters if p.precision == "place" and p.lat is not None])
        context: dict[str, tuple[Counter, str | None, set, Counter]] = {}
        scene_cc = {p.iso2 for t, p in zip(toponyms, first) if p is not None and p.iso2 and not t.iso2
                    and not t.group and t.prep not in _ORIGIN_PREPS}
        goal_only = {p.iso2 for t, p in zip(toponyms, first) if p is not None and p.iso2 and not t.iso2
                     and t.prep in _ORIGIN_PREPS} - scene_cc
        # names placed by the division written after them ("X district, Y province"), by name and kind
        settled: dict[tuple[str, str | None], Place] = {}
        out = []
        for t, fixed, doubt in zip(toponyms, fixed_places, doubtful):
            if fixed is not None:
                out.append(fixed)
                continue
            f = fold(t.text)
            same = settled.get((f, t.kind)) or (settled.get((f, "admin2")) if t.kind is None else None)
            if t.hint is None and same is not None:
                # "... in Khogyani district, Ghazni province ... operations in Khogyani district": the same place
                # (but a "Khost province" after "Khost district, Khost province" is the province)
                out.append(replace(same, text=t.text, start=t.start, end=t.end))
                continue
            if f not in context:
                nearby = total - by_fold.get(f, Counter())
                for cc in focus_hint or []:
                    nearby[cc] += 2
                admin1s = {k for (sf, k) in states if sf != f}
                home = sum((c for g, c in named.items() if g != f), Counter()) + Counter(focus_hint or [])
                top = nearby.most_common(2)
                # a focus that only leads a tie ("crossed from DR Congo and attacked Kayanja": one country each)
                # still ranks namesakes, but is no sign that a district the report names lies in neither; nor is
                # one named only as an origin or a goal ("the gunmen withdrew to Burundi" in a report on Rusizi
                # District)
                tied = len(top) > 1 and top[0][1] == top[1][1] or bool(top) and top[0][0] in goal_only
                context[f] = (nearby, top[0][0] if top else None, admin1s, home, tied)
            nearby, focus, admin1s, home, tied = context[f]
            out.append(self.resolve(t.text, focus=focus, nearby=nearby, points=grid.excluding(f), hint=t.hint,
                                    within=t.within,
                                    start=t.start, end=t.end, kind=t.kind, admin1s=admin1s, home=home,
                                    village=t.village, focus_tied=tied))
            if out[-1] is not None and doubt and (f in _CELESTIAL or not home.get(out[-1].iso2)):
                # "the Serena Hotel in Kabul" is no hotel of La Serena, Chile; "water on Mars" is no town of
                # Pennsylvania; "praised in the West" is no region of Cameroon unless the report is on Cameroon
                out[-1] = None
            if out[-1] is not None and t.kind and t.hint and _DESIGNATED.fullmatch(t.hint.strip()):
                settled.setdefault((f, t.kind), out[-1])
            elif out[-1] is not None and t.hint and out[-1].iso2 and out[-1].precision != "country" and any(
                    h.kind == "country" and h.country == out[-1].iso2 for h in self._hint_entries(t.hint)) and \
                    not any(e.kind == "country" for e in self.g.lookup(t.text)):
                # "TRIPOLI, Lebanon: ... clashes raged in Tripoli": the name its country was written with is the
                # same place when the report names it again bare (not Libya's capital); a country's name is never
                # so settled ("Mexico, US and Canada" is a list, not a town of the United States)
                settled.setdefault((f, t.kind), out[-1])
        return self._districts_in_named_provinces(toponyms, out)

    def _short_forms(self, toponyms: list[Toponym]) -> list[Toponym]:
        """A bare name that opens a longer name the report gave before, itself a place the gazetteer knows, is the
        short form of that place ("the assault on Tivoli" after "Tivoli Gardens" in a report from Kingston is no
        town of Lazio). Returns ``toponyms`` itself when there is none, else a copy with the long names."""
        out = None
        for i, t in enumerate(toponyms):
            if t.kind or t.hint or t.iso2 or " " in t.text.strip() or \
                    any(e.kind == "country" for e in self.g.lookup(t.text)):
                continue  # ("Mexico" is the country, never Mexico City)
            key = t.text.strip() + " "  # a whole word: "Miami" is no short form of "Miami-Dade County"
            long = next((u for u in toponyms[:i] if u.text.startswith(key) and not u.kind and not u.iso2
                         and not u.landmark and self.candidates(u.text)), None)
            if long is not None:
                out = out or list(toponyms)
                out[i] = replace(t, text=long.text)
        return out or toponyms

    def _districts_in_named_provinces(self, toponyms: list[Toponym], places: list[Place | None]) -> list[Place | None]:
        """An "X district" the gazetteer lacks lies in the province the report last named ("... in Khost province.
        ... a target in Nadir Shah Kot district"): it is placed there, at province precision."""
        last: GeoEntry | None = None
        for i, (t, p) in enumerate(zip(toponyms, places)):
            if p is None and t.kind == "admin2" and last is not None:
                places[i] = self.place(last, t.text, t.start, t.end)
            elif p is not None and t.kind == "admin" and p.precision == "admin1" and p.admin1_code:
                c, _, a1 = p.admin1_code.partition(".")
                last = self._admin1_entry(c, a1) or last
        return places

    def _admin1_entry(self, country: str, admin1: str) -> GeoEntry | None:
        if self._admin1_index is None:
            self._admin1_index = {(a.country, a.admin1): a for a in self.g.entries if a.kind == "admin" and a.admin1}
        return self._admin1_index.get((country, admin1))

    def _fixed(self, t: Toponym) -> Place | None:
        """Adjectival toponyms resolve to their country without ranking."""
        if not t.iso2:
            return None
        c = self.g.country(t.iso2)
        return self.place(c, t.text, t.start, t.end) if c else None

    def document_focus(self, places: list[Place | None], toponyms: list[Toponym] | None = None) -> str | None:
        """The ISO2 country most toponyms resolve to; None on a tie."""
        skip = {id(p) for p, t in zip(places, toponyms or []) if t.iso2 or t.group}
        c = Counter(p.iso2 for p in places if p and p.iso2 and id(p) not in skip)
        top = c.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None  # a tie is no focus: never pick a side by the order of mention
        return top[0][0]

    def place(self, e: GeoEntry, text: str, start: int | None, end: int | None) -> Place:
        """A stored place: ISO3 country (ISO2 beside it), admin1 by name and code, admin2 where known."""
        admin1, precision, admin2 = self._reported_admin1(e), PRECISION.get(e.kind, "place"), e.admin2
        province = self._province_of_region(e)
        if province is not None:  # a Burkinabè province: a second-level division, in its region
            admin1, precision, admin2 = province.admin1_name, "admin2", province.admin2
        return Place(text=text, start=start, end=end, name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon,
                     country=self.g.to_iso3(e.country), admin1=admin1,
                     precision=precision, iso2=e.country,
                     admin1_code=f"{e.country}.{e.admin1}" if e.admin1 and e.country else None,
                     admin1_iso=e.admin1_iso, admin2=admin2)

    def _reported_admin1(self, e: GeoEntry) -> str | None:
        """The name of the division an event at ``e`` is reported in (``data/admin_levels.yaml``): GeoNames' first
        level, or the level the country's news name as first (Philippine provinces, Ugandan districts)."""
        if e.kind == "country":
            return None
        levels = _admin_levels()
        second = levels["second_level"].get(e.country)
        if second is not None and e.admin2 and e.kind != "admin" and e.admin1 not in second["keep"]:
            return e.admin2
        return e.admin1_name

    def _province_of_region(self, e: GeoEntry) -> GeoEntry | None:
        """The GeoNames second-level namesake of a first-level entry that is a province inside GeoNames' first level
        (``above_provinces`` of ``data/admin_levels.yaml``: "Gourma Province" lies in the Est Region)."""
        if e.kind != "admin" or e.geonameid is not None or e.admin1 or e.country not in _admin_levels()["above_provinces"]:
            return None
        return next((a for a in self.g.lookup_admin2(DESIGNATOR_SUFFIX.sub("", e.name))
                     if a.country == e.country and a.admin1_name), None)

    # -- event location ---------------------------------------------------------------------------
    def dateline_place(self, doc: Document, geo: DocGeo | None = None) -> tuple[Place, tuple[int, int]] | None:
        """The city of a wire dateline ("KYIV (Reuters) -", "KABUL, Afghanistan (Feb. 7) —"), with its span."""
        head = doc.text[:DATELINE_CHARS]
        found = [(m, False) for m in _DATELINE_CITY.finditer(head)] + \
            [(m, True) for m in _DATELINE_TITLE.finditer(head) if m.group("md") or m.group("paren")]
        for m, title in sorted(found, key=lambda x: x[0].start()):
            city = m.group("city").strip()
            if len(city) < 3 or city.upper() != city and not doc.dateline_span and not title:
                continue
            if title and city.split()[0].lower() in _TITLE_NOT_CITY:
                continue  # "On September 13 —", "Monday (AFP) -"
            hint = (m.group("hint") or "").strip() or None
            cands = [e for e in self.g.lookup(city) if e.kind in ("city", "admin", "country")]
            if title:
                cands = [e for e in cands if e.kind != "city" or e.population >= DATELINE_TITLE_POPULATION]
            if not cands:
                continue
            hints = self.g.lookup(hint) if hint else []
            focus = geo.focus if geo else None
            best = max(cands, key=lambda e: self.score(e, city, focus=focus, nearby=Counter(), points=[], hints=hints)
                       + (1.0 if e.kind == "city" else 0.0))
            if best.kind == "country":
                # a dateline is a city: "GUATEMALA, Nov 21 (EFE) -", "KUWAIT (Reuters) -" are the capitals that bear
                # the country's name (Guatemala City, Kuwait City, Panama City, Djibouti)
                best = self._capital_named(best, city) or best
            return self.place(best, doc.text[m.start("city"):m.end("city")], m.start("city"), m.end("city")), \
                (m.start(), m.end())
        return None

    def _capital_named(self, country: GeoEntry, name: str) -> GeoEntry | None:
        """The capital of ``country`` whose name is the country's written ``name`` or opens with it."""
        word = fold(name)
        for cap, iso2 in getattr(self.g, "capitals", ()):
            if iso2 == country.country and (cap == word or cap.startswith(word + " ")):
                towns = [e for e in self.g.lookup(cap) if e.kind == "city" and e.country == iso2]
                if towns:
                    return max(towns, key=lambda e: e.population)
        return None

    def locate(self, doc: Document, sents: list[tuple[int, object]], events: list[Event], geo: DocGeo) -> set[str]:
        """Set ``location`` on every event of one document; returns the ids of the events placed by their own
        sentence (1. and 2. below). The policy, in order:

        1. the place of the event's own prepositional phrase ("clashed with police in Mitrovica");
        2. a locative place of its sentence ("In Maiwand district, Kandahar province, a force detained ..."),
           the most specific first, then the one nearest the trigger;
        3. the last locative place of an earlier sentence of the same report (a report stays where
           it was until another place appears);
        4. the dateline city ("KABUL, Afghanistan (Feb. 7) —", "KYIV (Reuters) -"), only when the text
           names no place for the event;
        5. the document's focus country.
        """
        dl = self.dateline_place(doc, geo)
        dl_span = dl[1] if dl else (-1, -1)
        by_sent: dict[int, list[Event]] = {}
        for ev in events:
            by_sent.setdefault(ev.sentence_index, []).append(ev)
        located = [(t, p) for t, p in geo.located() if not t.iso2 and not (t.start < dl_span[1] and dl_span[0] < t.end)]
        focus_place = None
        if geo.focus:
            c = self.g.country(geo.focus)
            focus_place = self.place(c, c.name, None, None) if c is not None else None
        located.sort(key=lambda tp: tp[0].start)
        starts = [t.start for t, _ in located]

        def in_span(s0: int, s1: int) -> list[tuple[Toponym, Place]]:
            return located[bisect_left(starts, s0):bisect_left(starts, s1)]  # linear overall, not per sentence

        scenes: list[Place | None] = []  # per sentence: the place the report is at
        for off, sent in sents:
            loc = [(t, p) for t, p in in_span(sent.start_char + off, sent.end_char + off)
                   if _places_event(t, p) and t.prep not in _AREA_PREPS]
            # the most specific locative of the sentence, last mention
            scenes.append(min(loc, key=lambda tp: (_bearing_only(tp, loc), PRECISION_RANK.get(tp[1].precision, 5),
                                                   -tp[0].start))[1] if loc else None)
        scene: Place | None = None
        own: set[str] = set()
        for idx, (off, sent) in enumerate(sents):
            in_sent = in_span(sent.start_char + off, sent.end_char + off)
            loc = [(t, p) for t, p in in_sent if _places_event(t, p)]
            # a lead that names no place is located by the sentences right after it ("X was stabbed
            # yesterday. X, who was visiting Pandeglang in Banten province, survived.")
            ahead = next((p for p in scenes[idx + 1:idx + 1 + LOOKAHEAD] if p is not None), None) \
                if scene is None else None
            # "On Friday, a suicide car bomber killed five civilians. The attack took place in Tagab district":
            # the next sentence says where this one's act was, before the place the report was at
            retold = scenes[idx + 1] if idx + 1 < len(sents) and RETELL.match(span_text(sents[idx + 1][1])) else None
            for ev in by_sent.get(idx, []):
                mine = self._event_place(ev, in_sent, loc, geo)
                if mine is not None and retold is not None and any(p is mine and t.prep == "of" for t, p in in_sent):
                    # "... attack on a train south of the capital Brazzaville. The attack was carried out in the
                    # town of Mindouli in the Pool department": a bearing says near where; the retelling, where
                    mine = None
                ev.location = mine or retold or scene or ahead or (dl[0] if dl else None) or focus_place
                vague = ev.location is not None and (ev.location.precision == "country" or
                                                     ev.location.precision == "region" and ev.location.iso2)
                if vague:
                    # "12 people were killed in bombings around Afghanistan, including 10 policemen who died
                    # when a bomber blew himself up in the northern province of Kunduz": a place of the country
                    # that the same sentence names is nearer; else "Militants attacked a checkpoint in northwest
                    # Pakistan ... The attack took place near Mattani outside Peshawar": the next sentences may
                    # say where in the country it was
                    # (so too a region of one country: "a protest in northern Kosovo ... in the village of Zvecan")
                    rank = PRECISION_RANK[ev.location.precision]
                    inner = [tp for tp in loc if tp[1].iso2 == ev.location.iso2 and
                             PRECISION_RANK.get(tp[1].precision, 5) < rank]
                    # (a town named only as a landmark's namesake, "Bradley International Airport in Windsor
                    # Locks", comes after the places named as such)
                    nearer = min(inner, key=lambda tp: (tp[0].landmark, _bearing_only(tp, inner),
                                                        PRECISION_RANK.get(tp[1].precision, 5),
                                                        abs(tp[0].start - ev.trigger_start)))[1] if inner else \
                        next((p for p in scenes[idx + 1:idx + 1 + LOOKAHEAD] if p is not None and
                              p.iso2 == ev.location.iso2 and PRECISION_RANK.get(p.precision, 5) < rank), None)
                    ev.location = nearer or ev.location
                if mine is not None and ev.location is mine:
                    own.add(ev.id)
            new = scenes[idx]
            # inside a paragraph, a sentence with no event that names a vaguer place is background ("The
            # leader also operates in Badghis province"): the report stays at its more specific scene
            if new is not None and (scene is None or by_sent.get(idx) or _opens_paragraph(doc.text, sents, idx) or
                                    PRECISION_RANK.get(new.precision, 5) <= PRECISION_RANK.get(scene.precision, 5)):
                scene = new
        self._off_bearing(events, located)
        self._only_region(events, located)
        return own

    def _off_bearing(self, events: list[Event], located: list[tuple[Toponym, Place]]) -> None:
        """An event placed at a town that is only the point a distance and bearing are taken from ("an ambush 65
        kilometers southwest of Mogadishu", "Mapondera, a village 150 km north of Harare") lies that far off: it is
        placed in the first-level division of the towns nearest that point, when that is not the town's own."""
        moved: dict[int, Place | None] = {}
        froms = {id(p): (t, p) for t, p in located if t.bearing is not None and p.precision == "place"}
        for ev in events:
            tp = froms.get(id(ev.location)) if ev.location is not None else None
            if tp is None:
                continue
            if id(tp[1]) not in moved:
                moved[id(tp[1])] = self._bearing_division(*tp)
            ev.location = moved[id(tp[1])] or ev.location

    def _bearing_division(self, t: Toponym, p: Place) -> Place | None:
        km, degrees = t.bearing
        if km < BEARING_MIN_KM or p.lat is None or p.lon is None or not p.iso2:
            return None
        lat = p.lat + km * math.cos(math.radians(degrees)) / 111.2
        lon = p.lon + km * math.sin(math.radians(degrees)) / (111.2 * max(0.1, math.cos(math.radians(p.lat))))
        if self._towns is None:
            towns: dict[str, list[tuple[float, float, str]]] = {}
            for e in self.g.entries:
                if e.kind == "city" and e.country and e.admin1:
                    towns.setdefault(e.country, []).append((e.lat, e.lon, e.admin1))
            self._towns = {cc: _PointGrid(points) for cc, points in towns.items()}
        grid = self._towns.get(p.iso2)
        near = grid.within(lat, lon, BEARING_REACH_KM)[:BEARING_TOWNS] if grid is not None else []
        votes: Counter = Counter()
        for d, a1 in near:
            votes[a1] += 1.0 / (d + 5.0)
        if not votes:
            return None
        code = votes.most_common(1)[0][0]
        if p.admin1_code == f"{p.iso2}.{code}":
            return None
        entry = self._admin1_entry(p.iso2, code)
        return self.place(entry, t.text, t.start, t.end) if entry is not None else None

    def _only_region(self, events: list[Event], located: list[tuple[Toponym, Place]]) -> None:
        """An event placed no finer than its country, in a report whose places in that country all lie in one
        first-level division, none of them said to be where anything happened ("Pawel Adamowicz, mayor of the
        Polish city of Gdansk, was stabbed last night ... Tusk is from Gdansk"), happened in that division."""
        regions: dict[str, set[str]] = {}
        for _, p in located:
            if p.iso2 and p.precision in ("place", "admin2", "admin1"):
                regions.setdefault(p.iso2, set()).add(p.admin1_code or "")
        for ev in events:
            loc = ev.location
            if loc is None or loc.precision != "country" or len(regions.get(loc.iso2, ())) != 1:
                continue
            code = next(iter(regions[loc.iso2]))
            entry = self._admin1_entry(loc.iso2, code.split(".", 1)[1]) if code else None
            if entry is not None:
                ev.location = self.place(entry, entry.name, None, None)

    def _event_place(self, ev: Event, in_sent: list[tuple[Toponym, Place]], loc: list[tuple[Toponym, Place]],
                     geo: DocGeo) -> Place | None:
        if ev.location_span:
            a, b = ev.location_span
            for t, p in in_sent:
                if t.start <= a < t.end or a <= t.start < b:
                    return p
            # a name the document-level pass left unresolved ("Pale township" in a report on Myanmar) is not
            # resolved again out of context
            known = any(t.start < b and a < t.end for t, p in zip(geo.toponyms, geo.places) if p is None)
            p = None if known else self.resolve(ev.location_text or "", focus=geo.focus, start=a, end=b)
            if p is not None:
                return p
        if loc:
            # the most specific place, then the one nearest the trigger
            return min(loc, key=lambda tp: (_bearing_only(tp, loc), PRECISION_RANK.get(tp[1].precision, 5),
                                            abs(tp[0].start - ev.trigger_start)))[1]
        return None


def _name_start(part: str) -> int:
    """Where a division's name begins in the words before its kind: after a leading capitalised function word ("In
    Helmand province") and an owner ("Pakistan's Khyber Pakhtunkhwa province", "Sagaing Region's Pale township"),
    which says where the division lies and is not part of its name."""
    lead = _LEAD_WORD.match(part)
    k = lead.end() if lead else 0
    owner = _OWNER.match(part, k)
    return owner.end() if owner else k


def _has_capital(text: str) -> bool:
    """A place's name is written with a capital somewhere ("Kahramanmaras", "al-Bab"); a common noun is not."""
    return any(ch.isupper() for ch in text)


def _acts(span) -> bool:
    """Does a name stand as the one who acts or owns (a subject, a possessor: "Europe imposed", "Iran's")?"""
    return span.root.dep_ in _AGENT_DEPS


def _doubtful(t: Toponym) -> bool:
    """A name that may be no place at all: a landmark's first word ("the Serena Hotel"), a bare bearing ("the
    West") or a heavenly body ("Mars"), unless the text names it a division or says where it lies."""
    if t.landmark:
        return True
    f = fold(t.text)
    return not t.kind and not t.hint and (f in _CELESTIAL or f in _COMPASS)


def _bearing(before: str) -> tuple[float, float] | None:
    """(kilometres, degrees from north) of a distance and bearing that ends right before a name ("65 kilometers
    southwest of "), else None."""
    m = _BEARING_BEFORE.search(before)
    if m is None:
        return None
    way = (m.group("dir") + (m.group("dir2") or "")).lower()
    if way not in _BEARING_DEGREES:
        return None
    return float(m.group("n").replace(",", ".")) * _UNIT_KM[m.group("unit").lower()], float(_BEARING_DEGREES[way])


def _opens_paragraph(text: str, sents: list[tuple[int, object]], idx: int) -> bool:
    """Is sentence ``idx`` the first of a paragraph (a line break before it, or the first sentence)?"""
    if idx == 0:
        return True
    (poff, prev), (off, sent) = sents[idx - 1], sents[idx]
    return "\n" in text[poff + prev.end_char - 1:off + sent.start_char + 1] or sent.text[:1] == "\n"


def _bearing_only(tp: tuple[Toponym, Place], loc: list[tuple[Toponym, Place]]) -> bool:
    """Is this place only the point a bearing is taken from ("a small town west of Baghdad", "70 miles northwest
    of Mogadishu") while the sentence also names a division or a place outright ("in Anbar province")? The
    bearing says the event is near it, often across a border of divisions; the named one says where it is."""
    return tp[0].prep == "of" and any(t.prep != "of" and PRECISION_RANK.get(p.precision, 5) <= PRECISION_RANK["admin1"]
                                      and p.iso2 == tp[1].iso2 for t, p in loc)


def _places_event(t: Toponym, p: Place) -> bool:
    """Does this toponym say where something happened (a locative that is not an origin, or a region)?"""
    # (a region that acts or owns, "Europe imposed sanctions", "The Atlantic reported", is named for its people
    # or is a title: not the scene)
    return (t.locative and t.prep not in _ORIGIN_PREPS) or p.precision == "region" and not t.group and not t.agent


class _PointGrid:
    """Labelled points in 1-degree cells: a document's places labelled by their folded names, for "is another
    place within 400 km?" in linear time; a country's towns labelled by their admin1 codes, for the towns nearest a
    point."""

    def __init__(self, points: list[tuple[float, float, str]]):
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        self.n = len(points)
        self.per_fold: Counter = Counter(f for _, _, f in points)
        for la, lo, f in points:
            self.cells.setdefault((math.floor(la), math.floor(lo)), []).append((la, lo, f))

    def excluding(self, fold_key: str) -> "_GridView | None":
        return _GridView(self, fold_key) if self.cells else None

    def within(self, lat: float, lon: float, km: float) -> list[tuple[float, str]]:
        """(distance, label) of every point at most ``km`` from (lat, lon), nearest first (then by label)."""
        # the cells reach ``km`` in latitude, and in longitude at the band's edge nearest a pole, where a degree
        # is shortest
        dlat = math.ceil(km / 111.0)
        edge = abs(lat) + dlat + 1
        dlon = 180 if edge >= 89 else math.ceil(km / (111.0 * math.cos(math.radians(edge))))
        cy, cx = math.floor(lat), math.floor(lon)
        found = []
        for y in range(cy - dlat, cy + dlat + 1):
            for x in {((x + 180) % 360) - 180 for x in range(cx - dlon, cx + dlon + 1)}:
                for la, lo, f in self.cells.get((y, x), ()):
                    d = haversine_km(lat, lon, la, lo)
                    if d <= km:
                        found.append((d, f))
        return sorted(found)


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
    """A place from a gazetteer entry, with the default gazetteer's ISO3 map."""
    return default_resolver().place(e, text, start, end)


@lru_cache(maxsize=8)
def default_resolver(dictionary=None) -> GeoResolver:
    """The resolver over the cached gazetteer, reading demonyms and actor names from ``dictionary``."""
    return GeoResolver(dictionary=dictionary)

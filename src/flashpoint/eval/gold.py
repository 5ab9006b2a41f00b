"""Gold readers: flashpoint's own JSONL formats (docs/gold-format.md: events and toponyms, actor
mentions) and converters for the public sets in shared/gold (PLOVER dev, PETRARCH unit tests, re3d
relations, GeoWebNews)."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..dates import parse_date
from ..records import PLOVER_TYPES

# re3d relation -> PLOVER types that count as coding it (FightingAgainst = any conflict event)
RE3D_TYPES = {
    "FightingAgainst": {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST", "SANCTION", "ACCUSE"},
    "AlliesOf": {"COOPERATE", "SUPPORT", "AGREE", "AID", "CONSULT"},
    "CommWith": {"CONSULT", "AGREE", "REQUEST", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "REJECT"},
    "Dislikes": {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION"},
    "Likes": {"SUPPORT", "AGREE", "COOPERATE", "AID"},
}


@dataclass
class GoldActor:
    text: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    span: tuple[int, int] | None = None


@dataclass
class GoldEvent:
    event_type: str | None = None  # None: only the arguments are scored (re3d)
    allowed_types: set[str] | None = None
    mode: str | None = None
    source: GoldActor | None = None
    target: GoldActor | None = None
    modality: str | None = None
    claimant: GoldActor | None = None
    date: str | None = None
    loc_name: str | None = None
    loc_country: str | None = None  # ISO alpha-2
    loc_lat: float | None = None
    loc_lon: float | None = None
    context: set[str] | None = None
    loc_admin1: str | None = None  # first-level division by name (country-state-city spelling)
    loc_admin1_alt: list[str] = field(default_factory=list)  # other accepted spellings
    instrument: str | None = None  # what the act is done with ("tear gas"): never an actor
    object: str | None = None  # the thing affected ("oil refinery"): never an actor
    trigger: str | None = None  # the word that tells the act, where the gold names it (used in matching only)
    trigger_start: int | None = None  # its offset in the item's text, where the gold gives the span


@dataclass
class GoldToponym:
    text: str
    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None = None


@dataclass
class GoldItem:
    id: str
    text: str
    date: str | None = None
    author: str | None = None
    events: list[GoldEvent] = field(default_factory=list)
    toponyms: list[GoldToponym] = field(default_factory=list)
    citation: str | None = None
    asserted_only: bool = False  # PLOVER-style gold codes only what happened, not calls/threat contents
    toponym_spans: list[tuple[int, int]] | None = None  # every annotated toponym, grounded or not
    year_in_text: bool | None = None  # False: the event year is only in the source's metadata, not the text
    dateline_span: tuple[int, int] | None = None  # "KHARTOUM, Sept 2 (Reuters)": a place and a date, never an actor
    no_event: bool = False  # scope "main" item annotated with no event: any main prediction is a false alarm
    path: str | None = None  # where it was read ("gold.jsonl#3"): coded as `flashpoint code` reads that line


def _actor(d: dict | None) -> GoldActor | None:
    if not d:
        return None
    code = d.get("code")
    country = d.get("country") or (code[:3] if code and len(code) >= 3 else code)
    return GoldActor(text=d.get("text") or d.get("actorText"), country=country, sector=d.get("sector"), code=code)


def _trigger(t) -> str | None:
    """A trigger is its word ("shelled") or a span {"text", "start", "end"} (the typing training set, the
    dates-and-places dev sets)."""
    return t.get("text") if isinstance(t, dict) else t


def _trigger_start(t) -> int | None:
    return t.get("start") if isinstance(t, dict) else None


def read_flashpoint(path: Path) -> list[GoldItem]:
    items = []
    base = path.parent
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            raise ValueError(f"{path}:{n}: malformed gold line ({e.msg}); a flashpoint gold file is JSONL, one item "
                             f"a line (docs/gold-format.md; --format for PLOVER, PETRARCH, re3d or GWN)") from None
        where = f"{path}:{n}"
        if not isinstance(d, dict):
            raise ValueError(f"{where}: a gold item is a JSON object with a 'text' field, not {_json_kind(d)} "
                             "(docs/gold-format.md)")
        text = d.get("text")
        if text is None and isinstance(d.get("path"), str):
            text = (base / d["path"]).read_text("utf-8")
        if not isinstance(text, str):
            raise ValueError(f"{where}: a gold item needs a 'text' string (or a 'path' to a text file), "
                             f"found {_json_kind(text)} (docs/gold-format.md)")
        raw_events = d.get("events") or []
        if not isinstance(raw_events, list) or not all(isinstance(e, dict) for e in raw_events):
            raise ValueError(f"{where}: 'events' is a list of event objects (docs/gold-format.md)")
        evs = []
        for e in raw_events:
            loc = e.get("location") or {}
            evs.append(GoldEvent(event_type=e.get("event_type"), mode=e.get("mode"), source=_actor(e.get("source")),
                                 target=_actor(e.get("target")), modality=e.get("modality"),
                                 claimant=_actor(e.get("claimant")), date=e.get("date"), loc_name=loc.get("name"),
                                 loc_country=loc.get("country"), loc_lat=loc.get("lat"), loc_lon=loc.get("lon"),
                                 loc_admin1=loc.get("admin1"), loc_admin1_alt=list(loc.get("admin1_alt") or []),
                                 instrument=(e.get("instrument") or {}).get("text"),
                                 object=(e.get("object") or {}).get("text"), trigger=_trigger(e.get("trigger")),
                                 trigger_start=_trigger_start(e.get("trigger"))))
        tops = [GoldToponym(t["text"], t["start"], t["end"], t.get("geonameid"), t.get("lat"), t.get("lon"),
                            t.get("country")) for t in d.get("toponyms", [])]
        # scope "main": like PLOVER, only the sentence's main asserted or reported events are scored
        main = d.get("scope") == "main"
        if main:
            evs = [e for e in evs if e.modality in (None, "asserted", "reported")]
        items.append(GoldItem(id=d.get("id", f"{path.name}:{n}"), text=text, date=d.get("date"), author=d.get("author"),
                              events=evs, toponyms=tops, citation=d.get("source"), year_in_text=d.get("year_in_text"),
                              dateline_span=_dateline_span(text, d.get("dateline")),
                              asserted_only=main, no_event=main and not d.get("events"), path=f"{path}#{n}"))
    return items


def _json_kind(v: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true or false", type(None): "nothing"}.get(
        type(v), "a number")


def _dateline_span(text: str | None, dateline: dict | None) -> tuple[int, int] | None:
    dl = (dateline or {}).get("text")
    if not (text and dl):
        return None
    start = text.find(dl)
    return (start, start + len(dl)) if start >= 0 else None


def read_plover(path: Path) -> list[GoldItem]:
    items = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        srcs = d.get("source") or [None]
        tgts = d.get("target") or [None]
        loc = d.get("eventLoc") or {}
        evs = []
        for s in srcs if isinstance(srcs, list) else [srcs]:
            for t in tgts if isinstance(tgts, list) else [tgts]:
                ctx = d.get("context")
                ctx_set = {c.strip().replace("politics", "political").replace("resources", "resource")
                           .replace("refugees", "refugee") for c in (ctx if isinstance(ctx, list) else str(ctx or "").split(","))
                           if c.strip() and c.strip() not in ("None", "unknown")}
                evs.append(GoldEvent(event_type=d["event"], mode=d.get("mode"), source=_plover_actor(s),
                                     target=_plover_actor(t), loc_name=loc.get("name"),
                                     loc_country=loc.get("country code"), context=ctx_set or None))
        items.append(GoldItem(id=d["id"], text=d["text"], date=d.get("date"), events=evs, asserted_only=True,
                              citation="openeventdata/PLOVER gold_standard_records (CC BY-SA 4.0)"))
    return items


@lru_cache(maxsize=1)
def _cameo_countries() -> dict[str, str]:
    """CAMEO country blocks that are not ISO 3166 alpha-3 (the PLOVER gold writes Japan as JAP)."""
    from ..actors.dictionary import DATA
    from ..yamlfile import load_yaml

    return load_yaml((DATA / "cameo_map.yaml").read_text("utf-8")).get("countries", {})


def _plover_actor(a: dict | None) -> GoldActor | None:
    if not a or not isinstance(a, dict):
        return None
    code = a.get("code")
    sector = (a.get("sector") or "")[:3]
    if code and code[:3] in _cameo_countries():
        code = _cameo_countries()[code[:3]] + code[3:]
    return GoldActor(text=a.get("actorText"), country=code if code and code != "---" else None,
                     sector=sector if sector and sector != "***" else None, code=code)  # *** = unspecified


def read_petrarch(path: Path) -> list[GoldItem]:
    root = ET.fromstring(path.read_text("utf-8"))
    items = []
    for s in root.iter("Sentence"):
        text = re.sub(r"\s+", " ", (s.findtext("Text") or "")).strip()
        if not text:
            continue
        evs = []
        for ec in s.findall("EventCoding"):
            code = ec.get("eventcode") or ""
            if ec.get("noevents") or not code:
                continue
            # The unit-test codes come from PETRARCH's own test dictionaries, not CAMEO semantics
            # (e.g. 032 is used for "visit"), so only the detection of an event is scored.
            evs.append(GoldEvent(allowed_types=set(PLOVER_TYPES), mode=f"petr:{code}"))
        date = s.get("date")
        items.append(GoldItem(id=f"petr:{s.get('id', '')}", text=text,
                              date=f"{date[:4]}-{date[4:6]}-{date[6:]}" if date and len(date) == 8 else None,
                              events=evs, asserted_only=True, citation="openeventdata/petrarch2 unit tests (MIT)"))
    return items


def read_re3d(folder: Path) -> list[GoldItem]:
    items = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = {}
        for line in (sub / "documents.json").read_text("utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["_id"]] = GoldItem(id=f"re3d/{sub.name}/{d['_id'][:8]}", text=d["text"],
                                          citation=f"dstl/re3d {sub.name}: {d.get('sourceUrl')}")
        for line in (sub / "relations.json").read_text("utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r["type"] not in RE3D_TYPES or r["documentId"] not in docs:
                continue
            docs[r["documentId"]].events.append(GoldEvent(
                allowed_types=RE3D_TYPES[r["type"]], mode=r["type"],
                source=GoldActor(text=r["source"], span=(r["sourceBegin"], r["sourceEnd"])),
                target=GoldActor(text=r["target"], span=(r["targetBegin"], r["targetEnd"]))))
        items += [d for d in docs.values() if d.events]
    return items


def read_gwn(path: Path) -> list[GoldItem]:
    root = ET.parse(path).getroot()
    items = []
    for a in root.iter("article"):
        text = a.findtext("text") or ""
        tops = []
        spans = []
        for t in a.iter("toponym"):
            gid = (t.findtext("geonamesID") or "").strip()
            lat, lon = (t.findtext("latitude") or "").strip(), (t.findtext("longitude") or "").strip()
            if (t.findtext("type") or "") != "Non_Toponym":
                spans.append((int(t.findtext("start")), int(t.findtext("end"))))
            if not gid or not lat:
                continue  # only toponyms the annotators grounded in GeoNames are scored for resolution
            tops.append(GoldToponym(text=t.findtext("extractedName") or "", start=int(t.findtext("start")),
                                    end=int(t.findtext("end")), geonameid=int(gid), lat=float(lat), lon=float(lon)))
        items.append(GoldItem(id=f"GWN/{a.get('file')}", text=text, toponyms=tops, toponym_spans=spans,
                              citation=(a.findtext("link") or "").strip()))
    return items


@dataclass
class GoldMention:
    """One actor mention (the `actors` format): the text as written, its date and sentence, and the code."""
    id: str
    query: str
    date: str | None
    country: str
    sector: str | None
    context: str | None = None
    org: str | None = None
    citation: str | None = None


def read_actors(path: Path) -> list[GoldMention]:
    items = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            d = json.loads(line)
            items.append(GoldMention(id=str(d.get("id", f"{path.name}:{n}")), query=d["query"], date=d.get("date"),
                                     country=d["country"], sector=d.get("sector"), context=d.get("context"),
                                     org=d.get("org"), citation=d.get("source")))
        except ValueError as e:
            raise ValueError(f"{path}:{n}: malformed gold line ({getattr(e, 'msg', e)})") from None
        except (KeyError, TypeError) as e:
            raise ValueError(f"{path}:{n}: an actor mention needs 'query' and 'country' ({e})") from None
    return items


def _is_actor_jsonl(p: Path) -> bool:
    """A JSONL file whose first item has a `query` is an actor-mention set."""
    if p.is_dir() or not p.name.lower().endswith(".jsonl"):
        return False
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    return '"query"' in line and "query" in json.loads(line)
                except ValueError:
                    return False
    return False


def load_gold(path: str | Path, fmt: str | None = None) -> tuple[str, list]:
    """Read a gold set; ``fmt`` in flashpoint|actors|plover|petrarch|re3d|gwn (guessed from the path if None).

    The `actors` format yields GoldMention items, the others GoldItem."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such gold file or folder")
    if fmt is None:
        name = p.name.lower()
        fmt = ("gwn" if name.endswith(".xml") and "gwn" in name else "petrarch" if name.endswith(".xml")
               else "re3d" if p.is_dir() else "actors" if _is_actor_jsonl(p)
               else "plover" if "plover" in str(p).lower() else "flashpoint")
    if fmt == "actors":
        return fmt, read_actors(p)
    if fmt == "flashpoint":
        return fmt, read_flashpoint(p)
    if fmt == "plover":
        return fmt, read_plover(p)
    if fmt == "petrarch":
        return fmt, read_petrarch(p)
    if fmt == "re3d":
        return fmt, read_re3d(p)
    if fmt == "gwn":
        return fmt, read_gwn(p)
    raise ValueError(f"unknown gold format {fmt!r} (--format flashpoint, actors, plover, petrarch, re3d or gwn)")


def gold_date(item: GoldItem):
    return parse_date(item.date) if item.date else None

"""Scoring: match predicted events to gold per item, report precision/recall/F1 per field, a confusion
matrix of event types, the worst errors, geocoding accuracy (country, accuracy@161 km), and actor
resolution accuracy on actor-mention gold (country, sector, both, coverage)."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..actors import ActorResolver
from ..actors.sectors import same_sector
from ..geo.resolver import GeoResolver, default_resolver, haversine_km
from ..ingest.feed import feed_dates
from ..ingest.readers import make_document
from ..pipeline import Pipeline, Settings
from ..records import Event
from .gold import GoldActor, GoldEvent, GoldItem, GoldMention

KM = 161.0
SCORED_MODALITIES = {"asserted", "reported"}


@dataclass
class Pred:
    event_type: str
    mode: str | None
    source: tuple[str | None, str | None, str | None, int | None, int | None]  # text, country, sector, start, end
    target: tuple[str | None, str | None, str | None, int | None, int | None]
    modality: str
    claimant: tuple[str | None, str | None]  # text, code
    date: date | None
    loc_country: str | None
    lat: float | None
    lon: float | None
    trigger: str
    embedded: bool = False
    context: str | None = None
    admin1: str | None = None  # first-level division of the event's place: a name, or a code where no name is known
    trigger_start: int | None = None  # offsets in the document's text
    sentence: tuple[int, int] | None = None  # the evidence sentence's span

    @classmethod
    def from_event(cls, e: Event) -> "Pred":
        def role(m):
            if m is None:
                return (None, None, None, None, None)
            a = m.actor
            return (m.text, a.country if a else None, a.sector if a else None, m.start, m.end)

        c = e.claimant
        return cls(e.event_type, e.mode, role(e.source), role(e.target), e.modality,
                   (c.text if c else None, c.actor.code if c and c.actor else None), e.date,
                   e.location.country if e.location else None, e.location.lat if e.location else None,
                   e.location.lon if e.location else None, e.trigger_text, e.embedded, e.context,
                   admin1=_pred_admin1(e.location), trigger_start=e.trigger_start,
                   sentence=(e.sentence_start, e.sentence_start + len(e.sentence_text)))


def _pred_admin1(loc) -> str | None:
    """The predicted place's first-level division by name: ``admin1_name`` where the place carries one, the place's
    own name when it is itself a first-level division, else whatever ``admin1`` holds (possibly a code)."""
    if loc is None:
        return None
    named = getattr(loc, "admin1_name", None)
    if named:
        return named
    if getattr(loc, "precision", None) in ("admin", "admin1"):
        return loc.name
    return loc.admin1


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float | int]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("the ", " ").split())


def _overlap_text(a: str | None, b: str | None) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b and (a in b or b in a))


def _span_overlap(p: tuple, g: GoldActor | None) -> bool:
    if g is None or g.span is None or p[3] is None or p[3] < 0:
        return False
    return p[3] < g.span[1] and g.span[0] < p[4]


def _country_eq(pred: str | None, gold: str | None) -> bool:
    """Same country, whether either side is written as ISO2 (gold places) or ISO3 (stored fields)."""
    if not (pred and gold):
        return False
    pred, gold = pred.upper(), gold.upper()
    if len(pred) != len(gold):
        from ..geo.gazetteer import load_gazetteer

        iso3 = load_gazetteer().iso3
        pred, gold = iso3.get(pred, pred), iso3.get(gold, gold)
    return pred == gold


def _mode_eq(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return not pred
    return bool(pred) and (gold == pred or gold.startswith(pred) or pred.startswith(gold))


def _pair_score(g: GoldEvent, p: Pred) -> float:
    if g.event_type is not None and g.event_type != p.event_type:
        return -1
    if g.allowed_types is not None:
        if p.event_type not in g.allowed_types:
            return -1
        if g.source is None and g.target is None:
            return 10  # detection only (PETRARCH unit tests: codes from its own test dictionaries)
        fwd = _span_overlap(p.source, g.source) and _span_overlap(p.target, g.target)
        rev = _span_overlap(p.source, g.target) and _span_overlap(p.target, g.source)
        return 10 if fwd or rev else -1
    s = 10.0
    if g.source and _country_eq(p.source[1], g.source.country):
        s += 3
    if g.target and _country_eq(p.target[1], g.target.country):
        s += 3
    if g.source and _overlap_text(p.source[0], g.source.text):
        s += 1
    if g.target and _overlap_text(p.target[0], g.target.text):
        s += 1
    if _mode_eq(p.mode, g.mode):
        s += 1.5  # same type and mode is a closer match than a text overlap
    here = _in_sentence(g, p)
    if g.trigger and p.trigger and here is not False:
        # the gold names its trigger word (the dates-and-places sets): the prediction on that word is its event,
        # whatever the roles and modes of the others ("shelled" and "shelling" are one stem); where the gold
        # places its word, the same word in another sentence is another act ("killed" twice in a report)
        gt, pt = g.trigger.lower(), p.trigger.lower()
        s += 2 if gt == pt else 1 if gt[:5] == pt[:5] else 0
    if here:
        # the prediction told in the gold trigger's sentence is that act, whatever word the coder chose for it
        # ("blew himself up" told by "killed" of the same sentence), and one on the very word closer still
        s += 3 + (p.trigger_start == g.trigger_start)
    if g.loc_country and _country_eq(p.loc_country, g.loc_country):
        s += 0.5
        if g.loc_lat is not None and p.lat is not None and haversine_km(p.lat, p.lon, g.loc_lat, g.loc_lon) <= KM:
            s += 0.5
    return s


def _in_sentence(g: GoldEvent, p: Pred) -> bool | None:
    """Whether the prediction's sentence holds the gold trigger; None where either side has no offsets."""
    if g.trigger_start is None or p.sentence is None:
        return None
    return p.sentence[0] <= g.trigger_start < p.sentence[1]


def match(golds: list[GoldEvent], preds: list[Pred]) -> list[tuple[GoldEvent, Pred]]:
    """Greedy one-to-one matching on the pair score (deterministic: ties broken by position)."""
    cands = sorted(((_pair_score(g, p), -i, -j, i, j) for i, g in enumerate(golds) for j, p in enumerate(preds)),
                   reverse=True)
    used_g, used_p, out = set(), set(), []
    for score, _, _, i, j in cands:
        if score < 0 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((golds[i], preds[j]))
    return out


def gold_documents(items: list[GoldItem]) -> list:
    """Each gold item read as `flashpoint code` reads its line: its own text and metadata date, and for a
    year-less dateline the date its file (one feed) gives it (``ingest/feed.py``)."""
    docs = [make_document(it.text, path=it.path, fields={"date": it.date}) for it in items]
    feeds: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it.path:
            feeds[it.path.rsplit("#", 1)[0]].append(i)
    for idxs in feeds.values():
        for k, when in feed_dates([docs[i] for i in idxs]).items():
            it = items[idxs[k]]
            docs[idxs[k]] = make_document(it.text, path=it.path, fields={"date": it.date}, feed_date=when)
    return docs


def code_items(items: list[GoldItem], settings: Settings | None = None) -> list[list[Pred]]:
    """Run the pipeline on every gold text; returns predictions per item."""
    pipeline = Pipeline(settings or Settings())
    out: list[list[Pred]] = []
    by_author: dict[str | None, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_author[it.author].append(i)
    results: dict[int, list[Pred]] = {}
    every = gold_documents(items)
    for author, idxs in by_author.items():
        pipeline.settings.author = author
        docs = [every[i] for i in idxs]
        for start in range(0, len(docs), 64):
            chunk = docs[start:start + 64]
            for k, res in enumerate(pipeline.process(chunk)):
                results[idxs[start + k]] = [Pred.from_event(e) for e in res.events]
    pipeline.settings.author = None
    for i in range(len(items)):
        out.append(results.get(i, []))
    return out


def stored_items(items: list[GoldItem], db: str) -> int:
    """How many of the gold items' texts the store ``db`` holds (matched by document id, as `preds_from_store`
    reads them)."""
    from ..records import doc_id_for
    from ..store import Store

    ids = [doc_id_for(it.text) for it in items]
    with Store(db, read_only=True) as store:
        found = {r[0] for r in store.con.execute("SELECT id FROM documents WHERE list_contains(?, id)",
                                                 [sorted(set(ids))]).fetchall()}
    return sum(1 for i in ids if i in found)


def preds_from_store(items: list[GoldItem], db: str) -> list[list[Pred]]:
    """Predictions already in a store (`flashpoint code` run on the gold texts), matched by document id."""
    from ..records import doc_id_for
    from ..store import Store

    out: list[list[Pred]] = []
    with Store(db, read_only=True) as store:
        for it in items:
            rows = store.query_events(doc_id=doc_id_for(it.text))
            out.append([Pred(
                r["event_type"], r["mode"],
                (r["source_text"], r["source_country"], r["source_sector"], r["source_start"], r["source_end"]),
                (r["target_text"], r["target_country"], r["target_sector"], r["target_start"], r["target_end"]),
                r["modality"], (r["claimant_text"], r["claimant_code"]), r["date"], r["country_code"], r["lat"],
                r["lon"], r["trigger_text"], bool(r["embedded"]), ",".join(r["context"] or []) or None,
                admin1=r.get("admin1_name") or (r.get("place_name") if r.get("precision") in ("admin", "admin1")
                                                else r.get("admin1")),
                trigger_start=r.get("trigger_start"),
                sentence=(r["sentence_start"], r["sentence_start"] + len(r["sentence_text"] or ""))
                if r.get("sentence_start") is not None else None) for r in rows])
    return out


def score_events(items: list[GoldItem], preds: list[list[Pred]], max_errors: int = 15) -> dict[str, Any]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # field -> tp, pred, gold
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # event type -> tp, pred, gold
    no_event = [0, 0]  # no-event items, those of them with a (main) predicted event
    confusion: dict[str, Counter] = defaultdict(Counter)
    errors = []
    n_pred = n_gold = 0
    for it, ps in zip(items, preds):
        if it.asserted_only:
            # PLOVER-style gold codes the main speech act or action of a sentence, not its complements
            ps = [p for p in ps if p.modality in SCORED_MODALITIES and not p.embedded]
        gs = it.events
        n_pred += len(ps)
        n_gold += len(gs)
        pairs = match(gs, ps)
        typed = [(g, p) for g, p in pairs if g.event_type is not None]
        typed_gold = not gs or any(g.event_type for g in gs)
        if typed_gold:
            counts["event_type"][0] += len(typed)
            counts["event_type"][1] += len(ps)
            counts["event_type"][2] += len(gs)
            for g, _ in typed:
                per_type[g.event_type][0] += 1
            for p in ps:
                per_type[p.event_type][1] += 1
            for g in gs:
                per_type[g.event_type][2] += 1
        if it.no_event:
            no_event[0] += 1
            no_event[1] += int(bool(ps))
        if any(g.allowed_types is not None and g.source is not None for g in gs):
            counts["arguments"][0] += len(pairs)
            counts["arguments"][1] += sum(1 for p in ps if p.source[0] and p.target[0])
            counts["arguments"][2] += len(gs)
        elif gs and all(g.allowed_types is not None for g in gs) or (not gs and it.asserted_only and it.id.startswith("petr:")):
            counts["event_detected"][0] += len(pairs)
            counts["event_detected"][1] += len(ps)
            counts["event_detected"][2] += len(gs)
        if typed_gold:
            counts["type+mode"][0] += sum(1 for g, p in typed if _mode_eq(p.mode, g.mode))
            counts["type+mode"][1] += len(ps)
            counts["type+mode"][2] += len(gs)
        for g, p in typed:
            for role, gp, pp in (("source", g.source, p.source), ("target", g.target, p.target)):
                if gp and gp.country:
                    counts[f"{role}_country"][2] += 1
                    counts[f"{role}_country+sector"][2] += 1 if gp.sector else 0
                if pp[1]:
                    counts[f"{role}_country"][1] += 1
                    counts[f"{role}_country+sector"][1] += 1 if (gp and gp.sector) else 0
                if gp and _country_eq(pp[1], gp.country):
                    counts[f"{role}_country"][0] += 1
                    if gp.sector and (pp[2] or "") == gp.sector:
                        counts[f"{role}_country+sector"][0] += 1
            if g.loc_country:
                counts["location_country"][2] += 1
                counts["location_country"][0] += int(_country_eq(p.loc_country, g.loc_country))
            if p.loc_country and g.loc_country:
                counts["location_country"][1] += 1
            if g.loc_lat is not None:
                counts["location_161km"][2] += 1
                if p.lat is not None:
                    counts["location_161km"][1] += 1
                    counts["location_161km"][0] += int(haversine_km(p.lat, p.lon, g.loc_lat, g.loc_lon) <= KM)
            if g.date:
                counts["date"][2] += 1
                counts["date"][1] += int(p.date is not None)
                counts["date"][0] += int(p.date is not None and p.date.isoformat() == g.date)
            if g.context:
                pc = set((p.context or "").split(",")) - {""}
                counts["context"][2] += 1
                counts["context"][1] += int(bool(pc))
                counts["context"][0] += int(bool(pc & g.context))
            if g.modality:
                counts["modality"][2] += 1
                counts["modality"][1] += 1
                counts["modality"][0] += int(p.modality == g.modality)
            if g.claimant:
                counts["claimant"][2] += 1
                counts["claimant"][1] += int(bool(p.claimant[1] or p.claimant[0]))
                ok = (_overlap_text(p.claimant[0], g.claimant.text) or
                      (g.claimant.code and p.claimant[1] and p.claimant[1].startswith(g.claimant.code)))
                counts["claimant"][0] += int(bool(ok))
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g, p in typed:
            confusion[g.event_type][p.event_type] += 1
        miss = [g for g in gs if id(g) not in matched_g and g.event_type]
        extra = [p for p in ps if id(p) not in matched_p]
        for g in miss:
            confusion[g.event_type]["NONE" if not extra else extra[0].event_type] += 1
        if not miss and extra:
            for p in extra:
                confusion["NONE"][p.event_type] += 1
        if miss or extra:
            errors.append({"id": it.id, "text": it.text[:300], "missed": [g.event_type or g.mode for g in miss],
                           "extra": [f"{p.event_type}:{p.trigger}" for p in extra],
                           "weight": len(miss) * 2 + len(extra)})
    errors.sort(key=lambda e: (-e["weight"], e["id"]))
    fields = {k: _prf(*v) for k, v in counts.items() if v[2] > 0}
    out: dict[str, Any] = {}
    if no_event[0]:
        out["no_event"] = {"items": no_event[0], "false_alarms": no_event[1],
                           "false_alarm_rate": round(no_event[1] / no_event[0], 4)}
    return {**out, "items": len(items), "gold_events": n_gold, "pred_events": n_pred, "fields": fields,
            "per_type": {t: _prf(*v) for t, v in sorted(per_type.items()) if t},
            "confusion": {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())},
            "errors": errors[:max_errors]}


_ADMIN_SUFFIX = re.compile(r"\s+(province|governorate|oblast|region|state|district|department|county|"
                           r"prefecture|municipality|territory)$")


def fold_admin1(name: str | None) -> str:
    """Case-, diacritics-, punctuation- and "Province"/"Governorate"-suffix-insensitive form of an admin1 name."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).casefold()
    s = " ".join(re.sub(r"[^\w\s]|_", " ", s).split())
    return _ADMIN_SUFFIX.sub("", s)


def _admin1_ok(p: Pred, g: GoldEvent) -> bool:
    pred = fold_admin1(p.admin1)
    return bool(pred) and pred in {fold_admin1(n) for n in [g.loc_admin1, *g.loc_admin1_alt] if n}


def _agreement(g: GoldEvent, p: Pred) -> tuple[int, int]:
    return (int(bool(g.date) and p.date is not None and p.date.isoformat() == g.date),
            int(bool(g.loc_admin1) and _admin1_ok(p, g)))


def score_dateplace(items: list[GoldItem], preds: list[list[Pred]], max_errors: int = 15) -> dict[str, Any]:
    """Event date and admin1 accuracy per gold event (docs/gold-format.md, "Date and admin1 accuracy").

    A gold event is scored on the predicted event it is matched to by type (the one-to-one matching of
    ``match``); a gold event left without a same-type partner is scored on the predicted event of its item
    that agrees best with it (date, then admin1; first in text order on ties). No prediction: wrong.
    Only asserted and reported predictions take part: the gold annotates operational events, never an aim
    ("an operation to capture a Taliban leader"), a call or a denial."""
    out: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in ("date", "date_year_not_in_text", "admin1")}  # ok, gold, typed, fallback
    errors = []
    for it, ps in zip(items, preds):
        ps = [p for p in ps if p.modality in SCORED_MODALITIES]
        pairs = {id(g): p for g, p in match(it.events, ps)}
        for g in it.events:
            if not (g.date or g.loc_admin1):
                continue
            p, how = pairs.get(id(g)), "type"
            if p is None and ps:
                p, how = max(ps, key=lambda q: (_agreement(g, q), -ps.index(q))), "fallback"
            keys = []
            if g.date:
                keys.append(("date", p is not None and p.date is not None and p.date.isoformat() == g.date))
                if it.year_in_text is False:
                    keys.append(("date_year_not_in_text", keys[-1][1]))
            if g.loc_admin1:
                keys.append(("admin1", p is not None and _admin1_ok(p, g)))
            for k, ok in keys:
                c = out[k]
                c[0] += int(ok)
                c[1] += 1
                c[2] += int(p is not None and how == "type")
                c[3] += int(p is not None and how == "fallback")
            if not all(ok for _, ok in keys):
                errors.append({"id": it.id, "event_type": g.event_type, "gold_date": g.date, "gold_admin1": g.loc_admin1,
                               "pred": None if p is None else f"{p.event_type}:{p.trigger}",
                               "pred_date": p.date.isoformat() if p is not None and p.date else None,
                               "pred_admin1": p.admin1 if p is not None else None, "matched_by": how if p else None})
    return {k: {"accuracy": round(c[0] / c[1], 4) if c[1] else 0.0, "correct": c[0], "gold": c[1],
                "matched_by_type": c[2], "matched_by_agreement": c[3], "no_prediction": c[1] - c[2] - c[3]}
            for k, c in out.items() if c[1]} | {"errors": errors[:max_errors]}


class _Reverse:
    """Nearest gazetteer entry to a point, for gold toponyms given only as coordinates."""

    def __init__(self, geo: GeoResolver):
        self.by_id = {e.geonameid: e for e in geo.g.entries if e.geonameid}
        self.grid: dict[tuple[int, int], list] = defaultdict(list)
        for e in geo.g.entries:
            if e.kind == "city":
                self.grid[(int(e.lat // 1), int(e.lon // 1))].append(e)

    def country(self, gid: int | None, lat: float, lon: float) -> str | None:
        e = self.by_id.get(gid) if gid else None
        if e is not None and e.country:
            return e.country
        best, bd = None, 1e9
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for c in self.grid.get((int(lat // 1) + dy, int(lon // 1) + dx), []):
                    d = haversine_km(lat, lon, c.lat, c.lon)
                    if d < bd:
                        best, bd = c, d
        return best.country if best else None


def score_geo(items: list[GoldItem], geo: GeoResolver | None = None, max_errors: int = 15) -> dict[str, Any]:
    """Toponym recognition recall and resolution accuracy (country, @161 km) on gold toponyms."""
    from ..nlp import parse_segments

    geo = geo or default_resolver()
    rev = _Reverse(geo)
    texts = [it.text for it in items]
    parsed: dict[int, list] = defaultdict(list)
    for i, off, sdoc in parse_segments(texts):
        parsed[i].append((off, sdoc))
    n_gold = found = within = country_ok = n_pred = pred_spans = pred_hits = 0
    errs_km: list[float] = []
    worst = []
    country_errors: list[tuple] = []
    for i, it in enumerate(items):
        dg = geo.parse(parsed[i])
        tops, places = dg.toponyms, dg.places
        n_pred += sum(1 for p in places if p)
        all_spans = it.toponym_spans if it.toponym_spans is not None else [(g.start, g.end) for g in it.toponyms]
        pred_spans += len(tops)
        pred_hits += sum(1 for t in tops if any(t.start < e and s < t.end for s, e in all_spans))
        for g in it.toponyms:
            if g.lat is None:
                continue
            n_gold += 1
            hit = next((p for t, p in zip(tops, places) if p and t.start < g.end and g.start < t.end), None)
            if hit is None:
                continue
            found += 1
            d = haversine_km(hit.lat, hit.lon, g.lat, g.lon)
            if g.geonameid and hit.geonameid == g.geonameid:
                d = 0.0  # same GeoNames entry: our packaged centroid may differ from GeoNames' point
            errs_km.append(d)
            within += int(d <= KM)
            gc = g.country or rev.country(g.geonameid, g.lat, g.lon)
            same_entry = bool(g.geonameid) and hit.geonameid == g.geonameid
            # seas and continents have no country: both sides empty agree
            ok = same_entry or (gc == hit.iso2 if gc else (hit.iso2 is None and hit.precision == "region"))
            country_ok += int(ok)
            if not ok:
                country_errors.append((g.text, gc, hit.name, hit.iso2))
            if d > KM:
                worst.append({"id": it.id, "toponym": g.text, "predicted": f"{hit.name} ({hit.iso2})",
                              "error_km": round(d)})
    errs_km.sort()
    worst.sort(key=lambda w: (-w["error_km"], w["id"]))
    return {
        "items": len(items), "gold_toponyms": n_gold, "recognized": found,
        "recognition_recall": round(found / n_gold, 4) if n_gold else 0.0,
        "recognition_precision": round(pred_hits / pred_spans, 4) if pred_spans else 0.0,
        "country_accuracy": round(country_ok / found, 4) if found else 0.0,
        "accuracy_161km": round(within / found, 4) if found else 0.0,
        "median_error_km": round(errs_km[len(errs_km) // 2], 1) if errs_km else None,
        "worst": worst[:max_errors],
        "country_errors": [list(c) for c in country_errors[:max_errors]],
    }


def _spans_of(text: str, needle: str | None) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` (gold instruments, objects and actors are given as text)."""
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _mention_hits(m: tuple, spans: list[tuple[int, int]], texts: list[str]) -> bool:
    """A predicted mention overlaps one of ``spans``; by text where the mention has no span (author, quoted)."""
    if not m[0]:
        return False
    if m[3] is not None and m[3] >= 0:
        return any(m[3] < e and s < m[4] for s, e in spans)
    return any(_overlap_text(m[0], t) for t in texts)


def _role_right(m: tuple, g: GoldActor | None) -> bool:
    """Country right, and sector right where the gold gives one; a role the gold leaves empty must stay empty."""
    if g is None:
        return not (m[0] or m[1])
    return (m[1] or "").upper() == (g.country or "").upper() and (g.sector is None or (m[2] or "") == g.sector)


def score_roles(items: list[GoldItem], preds: list[list[Pred]], max_errors: int = 15) -> dict[str, Any]:
    """Who did what to whom (issue 14) on type-matched events, and two kinds of arguments that are never actors.

    ``both_right``: of the gold events matched to a prediction of the same type (``match``), those whose source
    and target are both right (``_role_right``). ``dateline_actors``: predicted sources and targets whose span
    overlaps the item's dateline. ``thing_targets``: predicted targets whose span overlaps a gold instrument or
    object and no gold actor mention (so "Ukrainian" in "Ukrainian drones" is not counted)."""
    n = both = src = tgt = dl_hits = thing_hits = 0
    errors: list[dict] = []  # type-matched events with a wrong source or target
    misplaced: list[dict] = []  # a dateline or a thing in an actor slot
    for it, ps in zip(items, preds):
        for g, p in match(it.events, ps):
            if g.event_type is None:
                continue
            s_ok, t_ok = _role_right(p.source, g.source), _role_right(p.target, g.target)
            n += 1
            src += s_ok
            tgt += t_ok
            both += s_ok and t_ok
            if not (s_ok and t_ok):
                def show(a: GoldActor | None) -> str | None:
                    return None if a is None else f"{a.text}:{a.country or '-'}/{a.sector or '-'}"
                errors.append({"id": it.id, "event": f"{p.event_type}:{p.trigger}",
                               "gold": [show(g.source), show(g.target)],
                               "pred": [f"{m[0]}:{m[1] or '-'}/{m[2] or '-'}" if m[0] or m[1] else None
                                        for m in (p.source, p.target)]})
        things = [t for g in it.events for t in (g.instrument, g.object) if t]
        thing_spans = [sp for t in things for sp in _spans_of(it.text, t)]
        actor_spans = [sp for g in it.events for a in (g.source, g.target) if a and a.text
                       for sp in _spans_of(it.text, a.text)]
        dl = [it.dateline_span] if it.dateline_span else []
        dl_text = [it.text[dl[0][0]:dl[0][1]]] if dl else []
        for p in ps:
            for role, m in (("source", p.source), ("target", p.target)):
                if dl and _mention_hits(m, dl, dl_text):
                    dl_hits += 1
                    misplaced.append({"id": it.id, "event": f"{p.event_type}:{p.trigger}", "dateline_as": role,
                                      "text": m[0]})
            m = p.target
            if thing_spans and _mention_hits(m, thing_spans, things) and not _mention_hits(
                    m, actor_spans, [a.text for g in it.events for a in (g.source, g.target) if a and a.text]):
                thing_hits += 1
                misplaced.append({"id": it.id, "event": f"{p.event_type}:{p.trigger}", "thing_as_target": m[0]})

    def rate(k: int) -> float:
        return round(k / n, 4) if n else 0.0

    return {"type_matched": n, "both_right": both, "both_right_rate": rate(both), "source_right_rate": rate(src),
            "target_right_rate": rate(tgt), "dateline_actors": dl_hits, "thing_targets": thing_hits,
            "items_with_dateline": sum(1 for it in items if it.dateline_span),
            "errors": errors[:max_errors], "misplaced": misplaced[:max_errors]}


def score_actors(items: list[GoldMention], resolver: ActorResolver | None = None, max_errors: int = 20) -> dict[str, Any]:
    """Resolve each gold mention at its date (with its sentence) and score country, sector and both.

    Accuracies are over all mentions: an unresolved mention counts as wrong. Errors are ranked with the
    unresolved first, then wrong country, then wrong sector."""
    r = resolver or ActorResolver()
    n = len(items)
    counts = Counter()
    by_sector: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for g in items:
        when = date.fromisoformat(g.date) if g.date else None
        # the sentence goes to the resolver as `flashpoint actors resolve --context` passes it
        a = r.resolve(g.query, when=when, context=g.context) if g.context else r.resolve(g.query, when=when)
        country_ok = bool(a) and a.country == g.country
        sector_ok = bool(a) and same_sector(a.sector, g.sector)  # PTY = POL, JRN = MED (actors/data/sector_map.yaml)
        row = by_sector[g.sector or "-"]
        for key, ok in (("n", True), ("resolved", a is not None), ("country", country_ok), ("sector", sector_ok),
                        ("both", country_ok and sector_ok)):
            counts[key] += ok
            row[key] += ok
        if not (country_ok and sector_ok):
            rank = 0 if a is None else 1 if not country_ok else 2
            errors.append((rank, g.id, {"id": g.id, "query": g.query, "date": g.date,
                                        "gold": f"{g.country}{g.sector or ''}",
                                        "predicted": a.code if a else None, "entry": a.entry if a else None}))
    errors.sort(key=lambda e: (e[0], e[1]))

    def acc(k: str, c: Counter) -> float:
        return round(c[k] / c["n"], 4) if c["n"] else 0.0

    return {
        "mentions": n,
        "resolved": counts["resolved"],
        "coverage": acc("resolved", counts),
        "country_accuracy": acc("country", counts),
        "sector_accuracy": acc("sector", counts),
        "country_sector_accuracy": acc("both", counts),
        "by_sector": {s: {"mentions": c["n"], "coverage": acc("resolved", c), "country": acc("country", c),
                          "sector": acc("sector", c), "both": acc("both", c)} for s, c in sorted(by_sector.items())},
        "errors": [e[2] for e in errors[:max_errors]],
    }


def evaluate(items: list, fmt: str, settings: Settings | None = None, db: str | None = None) -> dict[str, Any]:
    """Score ``items``: code their texts now (default) or read an existing store (``db``); actor-mention
    gold is resolved mention by mention (``db`` does not apply)."""
    report: dict[str, Any] = {"format": fmt}
    if fmt == "actors":
        report["actors"] = score_actors(items)
        return report
    if any(it.events or it.no_event for it in items):  # a set of no-event items scores false alarms
        s = settings or Settings(geocode=fmt in ("flashpoint", "plover"))
        preds = preds_from_store(items, db) if db else code_items(items, s)
        report["events"] = score_events(items, preds)
        if any(g.loc_admin1 for it in items for g in it.events):
            report["events"]["dateplace"] = score_dateplace(items, preds)
        if any(it.dateline_span for it in items) or any(g.instrument or g.object for it in items for g in it.events):
            report["events"]["roles"] = score_roles(items, preds)
    if any(it.toponyms for it in items):
        report["geo"] = score_geo(items)
    return report

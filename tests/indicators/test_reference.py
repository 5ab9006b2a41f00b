"""The set-based SQL of clusters and indicators equals a brute-force Python reading of the same rules,
on random stores (places near and far, country-level and unlocated reports, undated acts, acts with no
known actor, non-acts)."""
from __future__ import annotations

import hashlib
import math
import random
import re
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest

from flashpoint.indicators.clusters import ACTS_WHERE, DEFAULT_DISTANCE_KM, build_clusters
from flashpoint.indicators.series import create_views
from flashpoint.store import Store

TYPES = {"ASSAULT": ("190", 4, -10.0), "PROTEST": ("140", 3, -6.5), "CONSULT": ("040", 1, 1.0),
         "AID": ("070", 2, 7.0)}
COUNTRIES = {"XK": "07", "RS": "21", "BA": None}  # country -> admin1 (one each: no ties in mode())
POINTS = [(42.0 + 0.15 * i, 20.0 + 0.2 * (i % 3)) for i in range(10)]  # neighbours ~17-40 km apart
OUTLETS = ["a.org", "b.org", "c.org", "d.org", None]


def _random_store(path, seed: int, n: int = 260):
    rng = random.Random(seed)
    store = Store(path)
    docs, events = [], []
    for i in range(n):
        doc = f"d{i // 2}"  # two events a document, so documents span clusters
        if i % 2 == 0:
            pub = rng.choice(OUTLETS)
            url = rng.choice([f"https://www.{rng.choice(['x.net', 'y.net'])}/{doc}", None])
            docs.append((doc, url, pub, rng.choice([None, "Jane Roe"])))
        kind = rng.random()
        src = (rng.choice(["XKX", "SRB"]), rng.choice(["COP", "GOV"])) if kind > 0.05 else (None, None)
        tgt = (rng.choice(["SRB", None]), rng.choice(["CVL", None])) if kind > 0.05 else (None, None)
        etype = rng.choice(list(TYPES))
        cameo, quad, gold = TYPES[etype]
        country = rng.choice(list(COUNTRIES))
        loc = rng.random()
        lat, lon = rng.choice(POINTS) if loc < 0.75 else (None, None)
        precision = "country" if 0.65 < loc < 0.75 else "place"
        when = date(2024, 3, 1) + timedelta(days=rng.randrange(40)) if rng.random() > 0.05 else None
        events.append((f"e{i}", doc, etype, cameo, cameo[:2], quad, gold,
                       rng.choice(["asserted", "asserted", "reported", "hypothetical"]), rng.random() < 0.05,
                       *src, *tgt, when, f"P{lat}", lat, lon, country, COUNTRIES[country], precision,
                       rng.choice([None, 1, 3])))
    store.con.executemany("INSERT INTO documents (id, url, publisher, author, text) VALUES (?, ?, ?, ?, 'x')", docs)
    store.con.executemany(
        "INSERT INTO events (id, doc_id, event_type, cameo, cameo_root, quad_class, goldstein, modality, embedded, "
        "source_country, source_sector, target_country, target_sector, date, place_name, lat, lon, country_code, "
        "admin1, precision, killed) VALUES (" + ", ".join("?" * 21) + ")", events)
    return store


def _haversine(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _windows(days: set[date]) -> dict[date, date]:
    """Each day -> the start of its two-day window within its island of consecutive days."""
    out, first = {}, None
    for d in sorted(days):
        if first is None or d - timedelta(days=1) not in days:
            first = d
        out[d] = first + timedelta(days=2 * ((d - first).days // 2))
    return out


def _outlet(url, pub, author) -> str:
    if pub:
        return pub
    host = re.match(r"^[a-zA-Z]+://(?:www\.)?([^/]+)", url or "")
    return (host.group(1) if host else None) or author or "unknown"


def _reference(con, km: float = DEFAULT_DISTANCE_KM):
    """Brute force: event id -> cluster id, and the acts with their fields."""
    cols = ["id", "doc_id", "date", "event_type", "lat", "lon", "country_code", "precision", "source_country",
            "source_sector", "target_country", "target_sector", "quad_class", "goldstein", "admin1", "killed",
            "url", "publisher", "author"]
    acts = [dict(zip(cols, r)) for r in con.execute(
        f"SELECT {', '.join('e.' + c for c in cols[:-3])}, d.url, d.publisher, d.author "
        f"FROM events e JOIN documents d ON d.id = e.doc_id WHERE {ACTS_WHERE}").fetchall()]
    for a in acts:
        sides = (a["source_country"], a["source_sector"], a["target_country"], a["target_sector"])
        a["key"] = ((f"doc:{a['doc_id']}" if all(x is None for x in sides) else a["source_country"] or ""),
                    a["source_sector"] or "", a["target_country"] or "", a["target_sector"] or "", a["event_type"])
        a["located"] = a["lat"] is not None and a["lon"] is not None and (a["precision"] or "") != "country"
        a["outlet"] = _outlet(a["url"], a["publisher"], a["author"])
    # sites: each point joins the busiest point of its key within km (ties: smallest lat, then lon)
    pts = Counter((a["key"], a["lat"], a["lon"]) for a in acts if a["located"])
    site = {}
    for (k, la, lo) in pts:
        best = max(((n, -q[1], -q[2]), q) for q, n in pts.items()
                   if q[0] == k and _haversine((la, lo), q[1:]) <= km)[1]
        site[(k, la, lo)] = "%.5f,%.5f" % (best[1], best[2])
    assign = {}
    by_site = defaultdict(list)
    for a in acts:
        if a["located"] and a["date"] is not None:
            by_site[(a["key"], site[(a["key"], a["lat"], a["lon"])])].append(a)
    windows = defaultdict(list)  # (key, country) -> [(n, site, win_start, d0, d1)]
    for (k, s), members in by_site.items():
        win = _windows({a["date"] for a in members})
        per = defaultdict(list)
        for a in members:
            assign[a["id"]] = (k, s, win[a["date"]].isoformat())
            per[win[a["date"]]].append(a)
        for w, ms in per.items():
            (country, _), = Counter(a["country_code"] for a in ms).most_common(1)
            windows[(k, country)].append((len(ms), s, w.isoformat(), min(a["date"] for a in ms),
                                          max(a["date"] for a in ms)))
    own = defaultdict(list)
    for a in acts:
        if a["located"] or a["date"] is None:
            continue
        cands = [w for w in windows[(a["key"], a["country_code"])]
                 if w[3] <= a["date"] + timedelta(days=1) and w[4] >= a["date"] - timedelta(days=1)]
        if cands:
            n, s, w, _, _ = min(cands, key=lambda w: (-w[0], w[1], w[2]))
            assign[a["id"]] = (a["key"], s, w)
        else:
            own[(a["key"], f"country:{a['country_code'] or '?'}")].append(a)
    for (k, s), members in own.items():
        win = _windows({a["date"] for a in members})
        for a in members:
            assign[a["id"]] = (k, s, win[a["date"]].isoformat())
    for a in acts:
        if a["date"] is None:
            assign[a["id"]] = (a["key"], "undated", a["id"])
    cid = {i: hashlib.md5("|".join([*k, s, w]).encode()).hexdigest()[:16] for i, (k, s, w) in assign.items()}
    return cid, {a["id"]: a for a in acts}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_clusters_equal_brute_force(tmp_path, seed):
    with _random_store(tmp_path / "r.duckdb", seed) as s:
        build_clusters(s.con)
        got = dict(s.con.execute("SELECT event_id, cluster_id FROM cluster_members").fetchall())
        want, acts = _reference(s.con)
        assert got == want
        members = defaultdict(list)
        for i, c in want.items():
            members[c].append(acts[i])
        rows = s.con.execute("SELECT cluster_id, n_events, n_documents, n_sources, date, date_end, country_code, "
                             "admin1, quad_class, killed FROM clusters").fetchall()
        assert len(rows) == len(members) and len(members) > 50
        for c, n_ev, n_doc, n_src, d0, d1, country, admin1, quad, killed in rows:
            ms = members[c]
            assert (n_ev, n_doc, n_src) == (len(ms), len({a["doc_id"] for a in ms}), len({a["outlet"] for a in ms}))
            dates = [a["date"] for a in ms if a["date"] is not None]
            assert (d0, d1) == ((min(dates), max(dates)) if dates else (None, None))
            for got_mode, col in ((country, "country_code"), (admin1, "admin1"), (quad, "quad_class")):
                assert got_mode in _modes([a[col] for a in ms])
            assert killed == max((a["killed"] for a in ms if a["killed"] is not None), default=None)


def _modes(values: list) -> set:
    """The most frequent non-null values (mode() picks one of them), or {None}."""
    c = Counter(v for v in values if v is not None)
    return {v for v, n in c.items() if n == max(c.values())} if c else {None}


def _period(d: date, grain: str) -> date:
    return d if grain == "day" else d - timedelta(days=d.weekday()) if grain == "week" else d.replace(day=1)


@pytest.mark.parametrize("seed", [4, 5])
def test_indicators_equal_brute_force(tmp_path, seed):
    with _random_store(tmp_path / "r.duckdb", seed) as s:
        create_views(s.con)
        want, acts = _reference(s.con)
        clusters = {r[0]: r[1:] for r in s.con.execute(
            "SELECT cluster_id, date, dyad, source_country, target_country, country_code, admin1, quad_class, "
            "event_type FROM clusters").fetchall()}
        docs = defaultdict(set)
        for i, c in want.items():
            docs[c].add((acts[i]["doc_id"], acts[i]["outlet"]))
        ref = defaultdict(lambda: {"n_acts": 0, "material_conflict": 0, "n_protest": 0, "docs": set(), "outlets": set()})
        for c, (d, dyad, sc, tc, country, admin1, quad, etype) in clusters.items():
            if d is None:
                continue
            keys = [("dyad", dyad)] if sc is not None or tc is not None else []
            keys += [("country", country)] if country else []
            keys += [("admin1", f"{country}.{admin1}")] if country and admin1 else []
            for level, key in keys:
                for grain in ("day", "week", "month"):
                    r = ref[(level, key, grain, _period(d, grain))]
                    r["n_acts"] += 1
                    r["material_conflict"] += quad == 4
                    r["n_protest"] += etype == "PROTEST"
                    r["docs"] |= {x for x, _ in docs[c]}
                    r["outlets"] |= {o for _, o in docs[c]}
        got = {r[:4]: r[4:] for r in s.con.execute(
            "SELECT level, key, grain, period, n_acts, material_conflict, n_protest, n_documents, n_sources "
            "FROM indicators").fetchall()}
        assert got == {k: (r["n_acts"], r["material_conflict"], r["n_protest"], len(r["docs"]), len(r["outlets"]))
                       for k, r in ref.items()}

"""Measure how far apart two reports of one act can place it, to set the clustering distance.

1. Geocoder scatter: on GeoWebNews (../shared/gold/geo/GWN.xml), the distance between our point and the
   gold point for each recognized toponym resolved in the right country but not to the same GeoNames entry.
   Two reports naming the same place differ by at most about twice this.
2. Store pairs: in a coded store, pairs of located acts from different documents with the same PLOVER type
   and dyad, dated within one day: the distances between their places.

    python scripts/measure_cluster_distance.py --db flashpoint.duckdb [--gwn ../shared/gold/geo/GWN.xml]
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def pct(xs: list[float]) -> str:
    if not xs:
        return "none"
    a = np.array(xs)
    return (f"n={len(a)} p50={np.percentile(a, 50):.1f} p75={np.percentile(a, 75):.1f} "
            f"p90={np.percentile(a, 90):.1f} p95={np.percentile(a, 95):.1f} km")


def buckets(xs: list[float]) -> str:
    edges = [0, 1, 10, 25, 50, 100, 200, 500, float("inf")]
    a = np.array(xs)
    return "  ".join(f"[{lo:g},{hi:g}): {int(((a >= lo) & (a < hi)).sum())}" for lo, hi in zip(edges, edges[1:]))


def geocoder_scatter(gwn: Path, limit: int | None) -> list[float]:
    from flashpoint.eval.gold import load_gold
    from flashpoint.eval.harness import _Reverse
    from flashpoint.geo.resolver import default_resolver, haversine_km
    from flashpoint.nlp import parse_segments

    _, items = load_gold(gwn, "gwn")
    items = items[:limit] if limit else items
    geo = default_resolver()
    rev = _Reverse(geo)
    parsed: dict[int, list] = {}
    for i, off, sd in parse_segments([it.text for it in items]):
        parsed.setdefault(i, []).append((off, sd))
    out = []
    for i, it in enumerate(items):
        tops = [t for off, sd in parsed.get(i, []) for t in geo.toponyms(sd, off)]
        places = geo.geoparse(tops, focus_hint=geo.adjectival_countries([sd for _, sd in parsed.get(i, [])])[:2])
        for g in it.toponyms:
            if g.lat is None:
                continue
            hit = next((p for t, p in zip(tops, places) if p and t.start < g.end and g.start < t.end), None)
            if hit is None or hit.lat is None or hit.precision == "country":
                continue
            if g.geonameid and hit.geonameid == g.geonameid:
                out.append(0.0)  # the same entry: both reports would get the same point
                continue
            if (g.country or rev.country(g.geonameid, g.lat, g.lon)) != hit.country:
                continue  # a wrong country is a geocoding error, not scatter
            out.append(haversine_km(hit.lat, hit.lon, g.lat, g.lon))
    return out


def store_pairs(db: str) -> list[float]:
    from flashpoint.indicators.clusters import ACTS_WHERE, haversine_sql

    con = duckdb.connect(db, read_only=True)
    rows = con.execute(f"""
        WITH a AS (SELECT e.* FROM events e WHERE {ACTS_WHERE} AND lat IS NOT NULL AND date IS NOT NULL
                   AND coalesce(precision, '') <> 'country'
                   AND coalesce(source_country, target_country) IS NOT NULL)
        SELECT {haversine_sql('x', 'y')} FROM a x JOIN a y
          ON x.event_type = y.event_type AND x.doc_id < y.doc_id
         AND x.source_country IS NOT DISTINCT FROM y.source_country
         AND x.source_sector IS NOT DISTINCT FROM y.source_sector
         AND x.target_country IS NOT DISTINCT FROM y.target_country
         AND x.target_sector IS NOT DISTINCT FROM y.target_sector
         AND abs(x.date - y.date) <= 1""").fetchall()
    con.close()
    return [r[0] for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="flashpoint.duckdb")
    ap.add_argument("--gwn", default=os.environ.get("FLASHPOINT_SHARED", str(ROOT.parent / "shared"))
                    + "/gold/geo/GWN.xml")
    ap.add_argument("--limit", type=int, default=None, help="GWN articles to use")
    a = ap.parse_args()
    d = store_pairs(a.db)
    print(f"store pairs (same dyad and type, +-1 day, different documents): {pct(d)}\n  {buckets(d)}")
    if Path(a.gwn).exists():
        s = geocoder_scatter(Path(a.gwn), a.limit)
        print(f"geocoder scatter on GWN (sub-country places in the right country; same entry = 0 km): {pct(s)}\n"
              f"  {buckets(s)}")
        a_ = np.array(s)
        print("  share within: " + "  ".join(f"{k} km {np.mean(a_ <= k):.3f}" for k in (10, 25, 50, 100, 200)))
        off = a_[a_ > 0]
        print(f"  other entry only: {pct(list(off))}")


if __name__ == "__main__":
    main()

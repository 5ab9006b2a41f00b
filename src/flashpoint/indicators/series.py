"""Indicator series as DuckDB views over the clusters (one row per real-world act).

Views (query them with SQL, e.g. ``SELECT * FROM indicators WHERE level = 'country' AND key = 'XKX'``):

- ``events_flat``: every event with its document's provenance (url, title, publisher, published date);
- ``indicator_base``: each dated cluster once per level it counts in: ``dyad`` (directed: source country
  and sector > target country and sector; at least one side's country known), ``country`` (the place's country) and ``admin1`` (country.admin1);
- ``indicators``: per level, key, grain (day, week, month) and period: acts by quad class and by PLOVER
  type, mean and summed Goldstein, the conflict/cooperation ratio, the share of material conflict,
  distinct documents and distinct sources (outlets), and killed/injured/arrested totals;
- ``indicators_dyad``, ``indicators_country``, ``indicators_admin1``: the same, one level each.
"""
from __future__ import annotations

import duckdb

from ..records import PLOVER_TYPES
from .clusters import DEFAULT_DISTANCE_KM, ensure_clusters

LEVELS = ("dyad", "country", "admin1")
GRAINS = ("day", "week", "month")

MEASURES = ["n_acts", "n_events", "n_documents", "n_sources", "verbal_coop", "material_coop", "verbal_conflict",
            "material_conflict", "goldstein_mean", "goldstein_sum", "conflict_coop_ratio", "material_conflict_share",
            "killed", "injured", "arrested"] + [f"n_{t.lower()}" for t in PLOVER_TYPES]


def create_views(con: duckdb.DuckDBPyConnection, distance_km: float = DEFAULT_DISTANCE_KM) -> None:
    """Build clusters if stale and (re)create the indicator views."""
    from ..store import FLAT_EVENTS_SQL

    ensure_clusters(con, distance_km)
    types = ",\n".join(f"count(*) FILTER (WHERE event_type = '{t}') n_{t.lower()}" for t in PLOVER_TYPES)
    con.execute(f"CREATE OR REPLACE VIEW events_flat AS {FLAT_EVENTS_SQL}")
    con.execute("""
    CREATE OR REPLACE VIEW indicator_base AS
    SELECT 'dyad' AS level, dyad AS key, * FROM clusters
     WHERE date IS NOT NULL AND (source_country IS NOT NULL OR target_country IS NOT NULL)
    UNION ALL
    SELECT 'country', country_code, * FROM clusters WHERE date IS NOT NULL AND country_code IS NOT NULL
    UNION ALL
    SELECT 'admin1', country_code || '.' || admin1, * FROM clusters
     WHERE date IS NOT NULL AND country_code IS NOT NULL AND admin1 IS NOT NULL AND admin1 <> ''""")
    # Speed at a million events: distinct documents are counted over (level, key, day, document) rows
    # deduplicated once, and distinct outlets as bit masks of outlet numbers (one 64-bit word per 64
    # outlets) OR-ed per period, so no grain repeats the document join.
    con.execute(f"""
    CREATE OR REPLACE VIEW indicators AS
    WITH grains AS (SELECT * FROM (VALUES ('day'), ('week'), ('month')) g(grain)),
    agg AS (
        SELECT level, key, g.grain, CAST(date_trunc(g.grain, date) AS DATE) period,
               count(*) n_acts, sum(n_events) n_events,
               count(*) FILTER (WHERE quad_class = 1) verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) material_coop,
               count(*) FILTER (WHERE quad_class = 3) verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) material_conflict,
               avg(goldstein) goldstein_mean, sum(goldstein) goldstein_sum,
               (count(*) FILTER (WHERE quad_class >= 3)) / nullif(count(*) FILTER (WHERE quad_class <= 2), 0)
                   conflict_coop_ratio,
               (count(*) FILTER (WHERE quad_class = 4)) / count(*) material_conflict_share,
               sum(killed) killed, sum(injured) injured, sum(arrested) arrested,
               {types}
        FROM indicator_base CROSS JOIN grains g GROUP BY ALL),
    outlets AS (SELECT outlet, CAST(row_number() OVER (ORDER BY outlet) - 1 AS BIGINT) o
                FROM (SELECT DISTINCT outlet FROM cluster_documents)),
    kd AS (
        SELECT DISTINCT b.level, b.key, b.date, d.doc_id, o.o
        FROM indicator_base b JOIN cluster_documents d USING (cluster_id) JOIN outlets o USING (outlet)),
    masks AS (
        SELECT level, key, date, o // 64 word, bit_or(CAST(1 AS UBIGINT) << CAST(o % 64 AS INTEGER)) mask
        FROM kd GROUP BY ALL),
    srcs AS (
        SELECT level, key, grain, period, sum(bit_count(mask)) n_sources FROM (
            SELECT level, key, g.grain, CAST(date_trunc(g.grain, date) AS DATE) period, word, bit_or(mask) mask
            FROM masks CROSS JOIN grains g GROUP BY ALL) GROUP BY ALL),
    docs AS (
        SELECT level, key, 'day' grain, date period, count(*) n_documents FROM kd GROUP BY ALL
        UNION ALL
        SELECT level, key, g.grain, CAST(date_trunc(g.grain, date) AS DATE) period, count(DISTINCT doc_id)
        FROM kd CROSS JOIN (VALUES ('week'), ('month')) g(grain) GROUP BY ALL)
    SELECT agg.level, agg.key, agg.grain, agg.period,
           {", ".join(f"{m}" for m in MEASURES)}
    FROM agg JOIN docs USING (level, key, grain, period) JOIN srcs USING (level, key, grain, period)""")
    for level in LEVELS:
        con.execute(f"CREATE OR REPLACE VIEW indicators_{level} AS SELECT * FROM indicators WHERE level = '{level}'")


def key_forms(key: str) -> list[str]:
    """The stored keys a series key can name: a country, or the country of an admin1 key, in either ISO form
    (XK or XKX; places are stored with alpha-3, older stores hold alpha-2); a dyad as written."""
    from ..queries import _country_forms

    if ">" in key:
        return [key]
    country, dot, rest = key.partition(".")
    return sorted({key} | {f"{c}{dot}{rest}" for c in _country_forms(country)})


def series(con: duckdb.DuckDBPyConnection, level: str, grain: str, key: str | None = None,
           date_from=None, date_to=None) -> list[dict]:
    """Rows of the ``indicators`` view for one level and grain (and optionally one key), by key then period."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r} ({', '.join(LEVELS)})")
    if grain not in GRAINS:
        raise ValueError(f"unknown grain {grain!r} ({', '.join(GRAINS)})")
    where, args = ["level = ?", "grain = ?"], [level, grain]
    if key:
        where.append("list_contains(?, key)")
        args.append(key_forms(key))
    if date_from:
        where.append("period >= CAST(date_trunc(?, CAST(? AS DATE)) AS DATE)")
        args += [grain, date_from]
    if date_to:
        where.append("period <= ?")
        args.append(date_to)
    cur = con.execute(f"SELECT * FROM indicators WHERE {' AND '.join(where)} ORDER BY key, period", args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]

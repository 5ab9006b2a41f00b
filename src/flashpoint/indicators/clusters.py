"""One event per real-world act: cluster events across documents in DuckDB SQL.

An *act* is an event that the text asserts or reports (not requested, hypothetical, negated or embedded
in another event's complement). Acts fall in one cluster when they share the dyad (source country and
sector -> target country and sector) and the PLOVER type, their dates lie within one day of each other,
and their places lie within ``distance_km``:

1. Sites. Each distinct located point (town or region, not a country centroid) joins the busiest point of
   the same dyad and type within ``distance_km`` (one step, no chaining: a site spans at most 2 x distance).
2. Days. Per dyad, type and site, the distinct days form islands of consecutive days; each island is cut
   into two-day windows from its first day (the greedy leader rule in one dimension, so a week of daily
   protests stays seven acts' worth of windows instead of one chained cluster).
3. Country-level and unlocated acts join the largest located cluster of the same dyad, type and country
   within a day; otherwise they form their own windows per country.

Tables written: ``clusters`` (one row per act, with ``n_events``, ``n_documents``, ``n_sources`` like
GDELT's NumMentions / NumArticles / NumSources; the view ``clusters_full`` adds the outlets, documents and
member events with their evidence) and
``cluster_members`` (cluster_id, event_id, doc_id) and ``cluster_documents`` (cluster_id, doc_id, outlet).
"""
from __future__ import annotations

import duckdb

#: Default place tolerance; see README ("Indicators") for how it was measured.
DEFAULT_DISTANCE_KM = 50.0

# an act is what the text says happened (claims are kept with their claimant, like every event)
ACTS_WHERE = ("e.event_type IS NOT NULL AND e.modality IN ('asserted', 'reported') "
              "AND NOT coalesce(e.embedded, false)")
# the outlet a document came from: publisher, else the URL's host, else the author, else one 'unknown' bucket
# (a CASE, not one coalesce: DuckDB evaluates every coalesce argument, and the regex is the costly one)
SOURCE_SQL = ("CASE WHEN nullif(d.publisher, '') IS NOT NULL THEN d.publisher ELSE "
              "coalesce(nullif(regexp_extract(d.url, '^[a-zA-Z]+://(?:www\\.)?([^/]+)', 1), ''), "
              "nullif(d.author, ''), 'unknown') END")
_KEY = "sc, ss, tc, ts, event_type"


# every cluster with its outlets, documents and member events with their evidence (built when read)
CLUSTERS_FULL_VIEW = f"""
CREATE OR REPLACE VIEW clusters_full AS
WITH m AS (
    SELECT c.cluster_id,
           list_sort(list(DISTINCT {SOURCE_SQL})) sources,
           list_sort(list(DISTINCT e.doc_id)) doc_ids,
           -- struct fields in sort order: by date, then document, then event
           list_sort(list({{'date': e.date, 'doc_id': e.doc_id, 'event_id': e.id, 'url': d.url, 'title': d.title,
                            'outlet': {SOURCE_SQL}, 'place': e.place_name, 'sentence': e.sentence_text,
                            'trigger': e.trigger_text}})) members
    FROM cluster_members c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.doc_id
    GROUP BY c.cluster_id)
SELECT k.*, m.sources, m.doc_ids, m.members FROM clusters k JOIN m USING (cluster_id)"""


def haversine_sql(a: str, b: str) -> str:
    return (f"2 * 6371.0 * asin(sqrt(pow(sin(radians({b}.lat - {a}.lat) / 2), 2) + cos(radians({a}.lat)) * "
            f"cos(radians({b}.lat)) * pow(sin(radians({b}.lon - {a}.lon) / 2), 2)))")


def _fingerprint(con: duckdb.DuckDBPyConnection, distance_km: float) -> str:
    n, h = con.execute("SELECT count(*), coalesce(sum(hash(id || coalesce(CAST(date AS VARCHAR), ''))), 0) "
                       "FROM events").fetchone()
    d = con.execute("SELECT count(*), coalesce(sum(hash(id || coalesce(publisher, '') || coalesce(url, ''))), 0) "
                    "FROM documents").fetchone()
    return f"{n}:{h}:{d[0]}:{d[1]}:{distance_km}"


def ensure_clusters(con: duckdb.DuckDBPyConnection, distance_km: float = DEFAULT_DISTANCE_KM) -> bool:
    """Build the cluster tables if the events changed since the last build; True when rebuilt."""
    fp = _fingerprint(con, distance_km)
    have = con.execute("SELECT value FROM meta WHERE key = 'clusters_fingerprint'").fetchone()
    exists = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'").fetchone()[0]
    if have and have[0] == fp and exists:
        return False
    build_clusters(con, distance_km)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_fingerprint', ?)", [fp])
    return True


def build_clusters(con: duckdb.DuckDBPyConnection, distance_km: float = DEFAULT_DISTANCE_KM) -> int:
    """(Re)write ``clusters`` and ``cluster_members`` from ``events``; returns the number of clusters."""
    deg = distance_km / 111.0  # bounding-box prefilter in degrees of latitude
    # Speed at a million events: each act is read from events and documents once (with its outlet and
    # every field the clusters table aggregates); partitions and joins then use integer ids (kid: dyad and
    # type, sid: site, rid: act) instead of five strings, and cluster ids are hashed once per cluster.
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _a0 AS
        SELECT CAST(row_number() OVER () AS INTEGER) rid, e.id, e.doc_id, e.date, e.event_type, e.lat, e.lon,
               e.country_code,
               -- an act with no known actor on either side is never merged with another document's
               CASE WHEN coalesce(e.source_country, e.source_sector, e.target_country, e.target_sector) IS NULL
                    THEN 'doc:' || e.doc_id ELSE coalesce(e.source_country, '') END sc,
               coalesce(e.source_sector, '') ss,
               coalesce(e.target_country, '') tc, coalesce(e.target_sector, '') ts,
               e.lat IS NOT NULL AND e.lon IS NOT NULL AND coalesce(e.precision, '') <> 'country' AS located,
               {SOURCE_SQL} AS outlet, e.source_country, e.source_sector, e.target_country, e.target_sector,
               e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.place_name, e.precision, e.admin1,
               e.killed, e.injured, e.arrested
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE {ACTS_WHERE}""")
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _keys AS
        SELECT CAST(row_number() OVER () AS INTEGER) kid, * FROM (SELECT DISTINCT {_KEY} FROM _a0)""")
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _acts AS
        SELECT k.kid, a.* EXCLUDE (sc, ss, tc, ts) FROM _a0 a JOIN _keys k USING ({_KEY})""")
        con.execute("DROP TABLE _a0")
        # 1. sites: each point joins the busiest point within distance (ties: smallest lat, lon)
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _pts AS
        SELECT kid, lat, lon, count(*) n FROM _acts WHERE located GROUP BY ALL""")
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _site AS
        WITH s AS (
            SELECT p.kid, p.lat, p.lon,
                   printf('%.5f,%.5f', arg_max(q.lat, (q.n, -q.lat, -q.lon)), arg_max(q.lon, (q.n, -q.lat, -q.lon))) site
            FROM _pts p JOIN _pts q
              ON p.kid = q.kid AND abs(p.lat - q.lat) <= {deg}
             AND {haversine_sql('p', 'q')} <= {distance_km}
            GROUP BY ALL)
        SELECT *, CAST(dense_rank() OVER (ORDER BY kid, site) AS INTEGER) sid FROM s""")
        # 2. two-day windows within islands of consecutive days, per dyad, type and site
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _loc AS
        WITH a AS (
            SELECT a.rid, a.kid, s.sid, s.site, a.date, a.country_code
            FROM _acts a JOIN _site s USING (kid, lat, lon)
            WHERE a.located AND a.date IS NOT NULL),
        days AS (SELECT DISTINCT sid, date FROM a),
        isl AS (SELECT *, date - CAST(row_number() OVER (PARTITION BY sid ORDER BY date) AS INTEGER) island
                FROM days),
        win AS (SELECT *, min(date) OVER (PARTITION BY sid, island) first_day FROM isl)
        SELECT a.*, w.first_day + CAST(2 * floor((w.date - w.first_day) / 2) AS INTEGER) win_start
        FROM a JOIN win w USING (sid, date)""")
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _locwin AS
        SELECT kid, sid, any_value(site) site, win_start, min(date) d0, max(date) d1, count(*) n,
               mode(country_code) country_code FROM _loc GROUP BY kid, sid, win_start""")
        # 3. the rest: join a located window of the same dyad/type/country within a day, else own windows
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _rest AS
        SELECT a.rid, a.kid, a.date, a.country_code, w.site, w.win_start FROM _acts a
        LEFT JOIN _locwin w
          ON w.kid = a.kid
         AND w.country_code IS NOT DISTINCT FROM a.country_code
         AND w.d0 <= a.date + 1 AND w.d1 >= a.date - 1
        WHERE NOT a.located AND a.date IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY a.rid ORDER BY w.n DESC NULLS LAST, w.site, w.win_start) = 1""")
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _own AS
        WITH r AS (SELECT *, 'country:' || coalesce(country_code, '?') csite FROM _rest WHERE site IS NULL),
        days AS (SELECT DISTINCT kid, csite, date FROM r),
        isl AS (SELECT *, date - CAST(row_number() OVER (PARTITION BY kid, csite ORDER BY date) AS INTEGER) island
                FROM days),
        win AS (SELECT *, min(date) OVER (PARTITION BY kid, csite, island) first_day FROM isl)
        SELECT r.rid, r.csite site, w.first_day + CAST(2 * floor((w.date - w.first_day) / 2) AS INTEGER) win_start
        FROM r JOIN win w USING (kid, csite, date)""")
        # a cluster is (dyad and type, site, window); its id hashes their text, once per cluster
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _m AS
        SELECT rid, kid, site, CAST(win_start AS VARCHAR) w FROM _loc
        UNION ALL SELECT r.rid, r.kid, coalesce(r.site, o.site), CAST(coalesce(r.win_start, o.win_start) AS VARCHAR)
                  FROM _rest r LEFT JOIN _own o USING (rid)
        UNION ALL SELECT rid, kid, 'undated', id FROM _acts WHERE date IS NULL""")
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _mem AS
        WITH c AS (
            SELECT g.kid, g.site, g.w,
                   substr(md5(concat_ws('|', k.sc, k.ss, k.tc, k.ts, k.event_type, g.site, g.w)), 1, 16) cluster_id
            FROM (SELECT DISTINCT kid, site, w FROM _m) g JOIN _keys k USING (kid))
        SELECT c.cluster_id, a.* FROM _m JOIN c USING (kid, site, w) JOIN _acts a USING (rid)""")
        con.execute("""
        CREATE OR REPLACE TABLE cluster_members AS SELECT cluster_id, id AS event_id, doc_id FROM _mem""")
        # mode() keeps a hash map per group: it runs only for clusters whose members disagree (few); where
        # all members agree, min = max is the mode (both ignore nulls, as mode does)
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _agg AS
        SELECT cluster_id,
               any_value(event_type) event_type,
               any_value(source_country) source_country, any_value(source_sector) source_sector,
               any_value(target_country) target_country, any_value(target_sector) target_sector,
               min(date) date, max(date) date_end, avg(goldstein) goldstein,
               avg(lat) FILTER (WHERE pointed) lat, avg(lon) FILTER (WHERE pointed) lon,
               max(killed) killed, max(injured) injured, max(arrested) arrested,
               count(*) n_events, count(DISTINCT doc_id) n_documents, count(DISTINCT outlet) n_sources,
               min(cameo) cameo_lo, max(cameo) cameo_hi,
               min(cameo_root) cameo_root_lo, max(cameo_root) cameo_root_hi,
               min(quad_class) quad_class_lo, max(quad_class) quad_class_hi,
               min(place_name) FILTER (WHERE pointed) place_name_lo, max(place_name) FILTER (WHERE pointed) place_name_hi,
               min(country_code) country_code_lo, max(country_code) country_code_hi,
               min(admin1) admin1_lo, max(admin1) admin1_hi
        FROM (SELECT *, coalesce(precision, '') <> 'country' AS pointed FROM _mem) m
        GROUP BY cluster_id""")
        con.execute("""
        CREATE OR REPLACE TABLE clusters AS
        WITH v AS (
            SELECT cluster_id, mode(cameo) cameo, mode(cameo_root) cameo_root, mode(quad_class) quad_class, mode(place_name) FILTER (WHERE pointed) place_name, mode(country_code) country_code, mode(admin1) admin1
            FROM (SELECT *, coalesce(precision, '') <> 'country' AS pointed FROM _mem)
            WHERE cluster_id IN (SELECT cluster_id FROM _agg WHERE cameo_lo <> cameo_hi OR cameo_root_lo <> cameo_root_hi OR quad_class_lo <> quad_class_hi OR place_name_lo <> place_name_hi OR country_code_lo <> country_code_hi OR admin1_lo <> admin1_hi)
            GROUP BY cluster_id)
        SELECT g.cluster_id, g.event_type, g.source_country, g.source_sector, g.target_country, g.target_sector,
               coalesce(g.source_country, '-') || coalesce(g.source_sector, '') || '>' ||
               coalesce(g.target_country, '-') || coalesce(g.target_sector, '') dyad,
               g.date, g.date_end,
               CASE WHEN v.cluster_id IS NULL THEN g.cameo_lo ELSE v.cameo END cameo,
               CASE WHEN v.cluster_id IS NULL THEN g.cameo_root_lo ELSE v.cameo_root END cameo_root,
               CASE WHEN v.cluster_id IS NULL THEN g.quad_class_lo ELSE v.quad_class END quad_class,
               g.goldstein,
               CASE WHEN v.cluster_id IS NULL THEN g.place_name_lo ELSE v.place_name END place_name,
               g.lat, g.lon,
               CASE WHEN v.cluster_id IS NULL THEN g.country_code_lo ELSE v.country_code END country_code,
               CASE WHEN v.cluster_id IS NULL THEN g.admin1_lo ELSE v.admin1 END admin1,
               g.killed, g.injured, g.arrested, g.n_events, g.n_documents, g.n_sources
        FROM _agg g LEFT JOIN v USING (cluster_id)""")
        con.execute("""
        CREATE OR REPLACE TABLE cluster_documents AS SELECT DISTINCT cluster_id, doc_id, outlet FROM _mem""")
        con.execute(CLUSTERS_FULL_VIEW)
        n = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
        for t in ("_keys", "_acts", "_pts", "_site", "_loc", "_locwin", "_rest", "_own", "_m", "_mem", "_agg"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n

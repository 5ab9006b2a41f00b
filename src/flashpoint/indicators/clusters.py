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


# the fields a cluster takes from its members' most frequent value (with mode()'s FILTER, if any)
_MODES = [("cameo", ""), ("cameo_root", ""), ("quad_class", ""), ("place_name", " FILTER (WHERE pointed)"),
          ("country_code", ""), ("admin1", "")]


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
    # Speed at a million events: the acts are read once into a narrow table (with their outlet);
    # partitions and joins use integer ids (kid: dyad and type, sid: site, rid: the event's rowid) instead
    # of five strings; cluster ids are hashed once per cluster, and the events' fields are read again only
    # for the final aggregate.
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _a0 AS
        SELECT e.rowid rid, e.id, e.doc_id, e.date, e.event_type, e.lat, e.lon,
               e.country_code,
               -- an act with no known actor on either side is never merged with another document's
               CASE WHEN coalesce(e.source_country, e.source_sector, e.target_country, e.target_sector) IS NULL
                    THEN 'doc:' || e.doc_id ELSE coalesce(e.source_country, '') END sc,
               coalesce(e.source_sector, '') ss,
               coalesce(e.target_country, '') tc, coalesce(e.target_sector, '') ts,
               e.lat IS NOT NULL AND e.lon IS NOT NULL AND coalesce(e.precision, '') <> 'country' AS located,
               {SOURCE_SQL} AS outlet
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
        con.execute("""
        CREATE OR REPLACE TEMP TABLE _mc AS
        WITH c AS (
            SELECT g.kid, g.site, g.w,
                   substr(md5(concat_ws('|', k.sc, k.ss, k.tc, k.ts, k.event_type, g.site, g.w)), 1, 16) cluster_id
            FROM (SELECT DISTINCT kid, site, w FROM _m) g JOIN _keys k USING (kid))
        SELECT _m.rid, c.cluster_id FROM _m JOIN c USING (kid, site, w)""")
        con.execute("""
        CREATE OR REPLACE TABLE cluster_members AS
        SELECT m.cluster_id, a.id AS event_id, a.doc_id FROM _mc m JOIN _acts a USING (rid)""")
        con.execute("""
        CREATE OR REPLACE TABLE cluster_documents AS
        SELECT DISTINCT m.cluster_id, a.doc_id, a.outlet FROM _mc m JOIN _acts a USING (rid)""")
        # the members' fields, read from events by rowid
        members = """(SELECT m.cluster_id, e.*, coalesce(e.precision, '') <> 'country' AS pointed
                      FROM _mc m JOIN events e ON e.rowid = m.rid)"""
        # mode() keeps a hash map per group: it runs only for clusters whose members disagree; where all
        # members agree, min = max is the mode (both ignore nulls, as mode does)
        lohi = ", ".join(f"min({c}){f} {c}_lo, max({c}){f} {c}_hi" for c, f in _MODES)
        con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _agg AS
        SELECT cluster_id,
               any_value(event_type) event_type,
               any_value(source_country) source_country, any_value(source_sector) source_sector,
               any_value(target_country) target_country, any_value(target_sector) target_sector,
               min(date) date, max(date) date_end, avg(goldstein) goldstein,
               avg(lat) FILTER (WHERE pointed) lat, avg(lon) FILTER (WHERE pointed) lon,
               max(killed) killed, max(injured) injured, max(arrested) arrested, count(*) n_events, {lohi}
        FROM {members} GROUP BY cluster_id""")
        modes = ", ".join(f"mode({c}){f} {c}" for c, f in _MODES)
        differ = " OR ".join(f"{c}_lo <> {c}_hi" for c, _ in _MODES)
        pick = {c: f"CASE WHEN v.cluster_id IS NULL THEN g.{c}_lo ELSE v.{c} END {c}" for c, _ in _MODES}
        con.execute(f"""
        CREATE OR REPLACE TABLE clusters AS
        WITH v AS (
            SELECT cluster_id, {modes} FROM {members}
            WHERE cluster_id IN (SELECT cluster_id FROM _agg WHERE {differ}) GROUP BY cluster_id),
        nd AS (SELECT cluster_id, count(*) n_documents, count(DISTINCT outlet) n_sources
               FROM cluster_documents GROUP BY cluster_id)
        SELECT g.cluster_id, g.event_type, g.source_country, g.source_sector, g.target_country, g.target_sector,
               coalesce(g.source_country, '-') || coalesce(g.source_sector, '') || '>' ||
               coalesce(g.target_country, '-') || coalesce(g.target_sector, '') dyad,
               g.date, g.date_end, {pick['cameo']}, {pick['cameo_root']}, {pick['quad_class']}, g.goldstein,
               {pick['place_name']}, g.lat, g.lon, {pick['country_code']}, {pick['admin1']},
               g.killed, g.injured, g.arrested, g.n_events, nd.n_documents, nd.n_sources
        FROM _agg g JOIN nd USING (cluster_id) LEFT JOIN v USING (cluster_id)""")
        con.execute(CLUSTERS_FULL_VIEW)
        n = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
        for t in ("_keys", "_acts", "_pts", "_site", "_loc", "_locwin", "_rest", "_own", "_m", "_mc", "_agg"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n

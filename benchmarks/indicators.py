"""Indicators over 1,000,000 generated events, all in DuckDB SQL: time and peak memory.

Events are generated in SQL as reports of acts: each act (a dyad, a PLOVER type, a day, one of 2,000 sites)
is told by 1 to 5 documents from 40 outlets, with dates off by up to a day. The run times, in one process:

- baseline: one GROUP BY (events per dyad and month) over the raw events;
- clustering the events into acts (`indicators.clusters.build_clusters`);
- materializing the `indicators` view (3 levels x 3 grains, all measures);
- alerts at the weekly grain for the country level;

and prints each time, the ratio of clustering + indicators to the baseline, and the peak resident memory
of the process (DuckDB runs in-process, so this includes it).

    python benchmarks/indicators.py [--events 1000000] [--threads 2]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from flashpoint.indicators.alerts import AlertSettings, detect  # noqa: E402
from flashpoint.indicators.clusters import ensure_clusters  # noqa: E402
from flashpoint.indicators.series import create_views  # noqa: E402
from flashpoint.records import PLOVER_TYPES  # noqa: E402
from flashpoint.store import Store  # noqa: E402

# one CAMEO code per PLOVER type, for quad class and Goldstein through the real lookup table
CAMEO = {"AGREE": "057", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "061", "AID": "070",
         "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120", "THREATEN": "130",
         "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "173", "ASSAULT": "190"}


def generate(con, n_events: int) -> None:
    from flashpoint.indicators.cameo import goldstein, quad_class

    types = list(PLOVER_TYPES)
    con.execute("CREATE TEMP TABLE types AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{t}', '{CAMEO[t]}', '{CAMEO[t][:2]}', {quad_class(CAMEO[t])}, {goldstein(CAMEO[t])})"
        for i, t in enumerate(types)) + ") t(i, event_type, cameo, cameo_root, quad_class, goldstein)")
    con.execute("""CREATE TEMP TABLE sites AS
        SELECT i site, 35 + (hash(i, 'lat') % 2000) / 100.0 lat, -10 + (hash(i, 'lon') % 5000) / 100.0 lon,
               'C' || lpad(CAST(i % 60 AS VARCHAR), 2, '0') country, CAST(i % 12 AS VARCHAR) admin1
        FROM range(2000) r(i)""")
    # acts, then 1-5 reports of each until n_events
    con.execute(f"""CREATE TEMP TABLE acts AS
        SELECT a, hash(a, 's') % 2000 site, hash(a, 't') % 16 ti, DATE '2021-01-01' + CAST(hash(a, 'd') % 1095 AS INTEGER) AS day,
               'C' || lpad(CAST(hash(a, 'sc') % 60 AS VARCHAR), 2, '0') sc, ['GOV','MIL','COP','CVL','REB'][1 + CAST(hash(a, 'ss') % 5 AS BIGINT)] ss,
               'C' || lpad(CAST(hash(a, 'tc') % 60 AS VARCHAR), 2, '0') tc, ['GOV','MIL','COP','CVL','REB'][1 + CAST(hash(a, 'ts') % 5 AS BIGINT)] ts,
               1 + hash(a, 'k') % 5 k
        FROM range({n_events}) r(a)""")
    con.execute(f"""CREATE TEMP TABLE reps AS
        SELECT a.*, r.j, row_number() OVER () - 1 ev FROM acts a, range(5) r(j) WHERE r.j < a.k
        QUALIFY ev < {n_events}""")
    con.execute("""INSERT INTO documents (id, url, title, publisher, published, language, text)
        SELECT 'd' || ev, 'https://outlet' || (hash(ev, 'o') % 40) || '.example/' || ev, 'report ' || ev,
               'outlet' || (hash(ev, 'o') % 40), day, 'en', 'generated' FROM reps""")
    con.execute("""INSERT INTO events (id, doc_id, sentence_index, sentence_start, sentence_text, event_type, cameo,
            cameo_root, quad_class, goldstein, modality, trigger_text, trigger_start, trigger_end, source_country,
            source_sector, target_country, target_sector, date, place_name, lat, lon, country_code, admin1,
            precision, nominal, embedded, coder_version)
        SELECT 'e' || ev, 'd' || ev, 0, 0, 'generated report ' || ev, t.event_type, t.cameo, t.cameo_root,
               t.quad_class, t.goldstein, 'asserted', 'x', 0, 1, r.sc, r.ss, r.tc, r.ts,
               r.day + CAST(hash(ev, 'j') % 3 AS INTEGER) - 1, 'site' || s.site, s.lat, s.lon, s.country, s.admin1,
               'place', false, false, 'bench'
        FROM reps r JOIN types t ON t.i = r.ti JOIN sites s ON s.site = r.site""")


def timed(label: str, fn):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print(f"{label:<44} {dt:8.2f} s")
    return dt, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "bench.duckdb")
        con = store.con
        con.execute(f"SET threads = {a.threads}")
        timed("generate events (SQL)", lambda: generate(con, a.events))
        n_ev, n_doc = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents)").fetchone()
        print(f"{n_ev:,} events in {n_doc:,} documents")
        base, _ = timed("baseline: GROUP BY dyad, month", lambda: con.execute(
            "CREATE OR REPLACE TEMP TABLE b AS SELECT source_country, source_sector, target_country, target_sector, "
            "date_trunc('month', date) m, count(*) n FROM events GROUP BY ALL").fetchall())
        t_cl, _ = timed("clusters (dyad, type, +-1 day, 50 km)", lambda: ensure_clusters(con))
        n_cl = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
        print(f"{n_cl:,} clusters (acts), {n_ev / n_cl:.2f} events per act")
        timed("views", lambda: create_views(con))
        t_ind, _ = timed("indicators: 3 levels x 3 grains, materialized", lambda: con.execute(
            "CREATE OR REPLACE TEMP TABLE ind AS SELECT * FROM indicators").fetchall())
        rows = con.execute("SELECT count(*) FROM ind").fetchone()[0]
        print(f"{rows:,} indicator rows")
        _, alerts = timed("alerts: country level, weekly", lambda: detect(
            con, AlertSettings(grain="week", levels=("country",), changepoints=True)))
        print(f"{len(alerts)} alerts")
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"clusters + indicators: {t_cl + t_ind:.2f} s = {(t_cl + t_ind) / base:.1f}x the baseline GROUP BY "
          f"({base:.2f} s)")
    print(f"peak resident memory: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()

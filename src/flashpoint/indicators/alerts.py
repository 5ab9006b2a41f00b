"""Escalation alerts: each series against its own history, with a minimum-evidence rule.

For every series (level, key) at one grain, periods are the store's *covered* periods (those in which
the store holds any dated act), so years without documents are not read as calm. A window t alerts when

- ``zscore_count``: the robust z-score of its number of acts, (x - median) / max(1.4826 MAD, 1), over the
  previous ``history`` covered periods, reaches ``z_threshold``;
- ``zscore_share``: the same for the share of material conflict (over periods with acts; scale floor 0.1);
- ``changepoint``: ruptures' PELT (l2 cost, BIC-like penalty) puts a break at t and the new segment's mean
  exceeds the previous one by ``z_threshold`` robust scales;

and, in every case, the acts of the window come from at least ``min_documents`` distinct documents and
``min_sources`` distinct outlets, so that one article or one outlet repeating itself cannot raise it.
Alerts and the clusters, documents and sentences behind them are written to the ``alerts`` and
``alert_evidence`` tables.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import duckdb
import numpy as np

from .clusters import SOURCE_SQL
from .series import GRAINS, LEVELS, create_views


@dataclass
class AlertSettings:
    grain: str = "week"
    levels: tuple[str, ...] = LEVELS
    key: str | None = None
    z_threshold: float = 3.5  # Iglewicz & Hoaglin's cut-off for the modified z-score
    history: int = 52  # covered periods in the baseline
    min_history: int = 6  # covered periods needed before a window can alert
    min_documents: int = 3
    min_sources: int = 2
    changepoints: bool = True


@dataclass
class Alert:
    alert_id: str
    kind: str
    level: str
    key: str
    grain: str
    period_start: date
    period_end: date
    statistic: str
    value: float
    observed: float
    threshold: float
    baseline_median: float
    baseline_scale: float
    history_periods: int
    n_acts: int
    n_documents: int
    n_sources: int
    explanation: str
    evidence: list[dict] = field(default_factory=list)


def _robust(hist: np.ndarray, floor: float) -> tuple[float, float]:
    med = float(np.median(hist))
    mad = float(np.median(np.abs(hist - med)))
    return med, max(1.4826 * mad, floor)


def _period_end(start: date, grain: str) -> date:
    if grain == "day":
        return start
    if grain == "week":
        return start + timedelta(days=6)
    nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _changepoints(x: np.ndarray) -> list[int]:
    """Indices where a new segment starts (PELT, l2 cost, penalty 2 log(n) sigma^2 with a robust sigma)."""
    import ruptures as rpt

    n = len(x)
    if n < 4 or float(np.ptp(x)) == 0.0:
        return []
    d = np.diff(x)
    sigma = max(1.4826 * float(np.median(np.abs(d - np.median(d)))) / math.sqrt(2), 1.0)
    bkps = rpt.Pelt(model="l2", min_size=2, jump=1).fit(x.reshape(-1, 1)).predict(pen=2 * math.log(n) * sigma ** 2)
    return [b for b in bkps if b < n]


def detect(con: duckdb.DuckDBPyConnection, settings: AlertSettings | None = None) -> list[Alert]:
    """Compute the alerts of one grain (does not write them)."""
    s = settings or AlertSettings()
    if s.grain not in GRAINS:
        raise ValueError(f"unknown grain {s.grain!r} ({', '.join(GRAINS)})")
    create_views(con)
    covered = [r[0] for r in con.execute(
        "SELECT DISTINCT CAST(date_trunc(?, date) AS DATE) p FROM clusters WHERE date IS NOT NULL ORDER BY p",
        [s.grain]).fetchall()]
    if not covered:
        return []
    pos = {p: i for i, p in enumerate(covered)}
    levels = [lv for lv in s.levels if lv in LEVELS]
    args: list = [s.grain, levels]
    sql = ("SELECT level, key, period, n_acts, material_conflict, n_documents, n_sources FROM indicators "
           "WHERE grain = ? AND list_contains(?, level)")
    if s.key:
        sql += " AND key = ?"
        args.append(s.key)
    rows = con.execute(sql + " ORDER BY level, key, period", args).fetchall()
    by_series: dict[tuple[str, str], list[tuple]] = {}
    for r in rows:
        by_series.setdefault((r[0], r[1]), []).append(r[2:])
    alerts: list[Alert] = []
    idx: list[tuple[int, int]] = []  # covered-period index range of each alert, for merging runs
    for (level, key), pts in by_series.items():
        if sum(p[3] for p in pts) < s.min_documents:
            continue  # can never pass the evidence rule
        first = pos[pts[0][0]]
        n = len(covered) - first
        acts, mc, docs, srcs = (np.zeros(n) for _ in range(4))
        for period, a, m, d, so in pts:
            i = pos[period] - first
            acts[i], mc[i], docs[i], srcs[i] = a, m, d, so
        share = np.divide(mc, acts, out=np.full(n, np.nan), where=acts > 0)

        def emit(kind: str, i: int, j: int, statistic: str, value: float, observed: float, med: float,
                 scale: float, hist_n: int, why: str) -> None:
            p0, p1 = covered[first + i], _period_end(covered[first + j - 1], s.grain)
            idx.append((i, j))
            alerts.append(Alert(alert_id="", kind=kind, level=level, key=key, grain=s.grain, period_start=p0,
                                period_end=p1, statistic=statistic, value=round(value, 3), observed=round(observed, 3),
                                threshold=s.z_threshold, baseline_median=round(med, 3),
                                baseline_scale=round(scale, 3), history_periods=hist_n, n_acts=int(acts[i:j].sum()),
                                n_documents=int(docs[i]), n_sources=int(srcs[i]), explanation=why))

        for i in range(n):
            lo = max(0, i - s.history)
            if i - lo < s.min_history or acts[i] == 0:
                continue
            med, scale = _robust(acts[lo:i], 1.0)
            z = (acts[i] - med) / scale
            if z >= s.z_threshold:
                emit("zscore_count", i, i + 1, "robust z of acts", z, acts[i], med, scale, i - lo,
                     f"{int(acts[i])} acts against a median of {med:g} (scale {scale:.2f}) over the previous "
                     f"{i - lo} covered {s.grain}s: z = {z:.1f} >= {s.z_threshold}")
            hist = share[lo:i][~np.isnan(share[lo:i])]
            if len(hist) >= s.min_history:
                med, scale = _robust(hist, 0.1)
                z = (share[i] - med) / scale
                if z >= s.z_threshold:
                    emit("zscore_share", i, i + 1, "robust z of material-conflict share", z, share[i], med, scale,
                         len(hist), f"material conflict was {share[i]:.0%} of {int(acts[i])} acts against a median "
                                    f"share of {med:.0%} (scale {scale:.2f}) over {len(hist)} {s.grain}s with acts: "
                                    f"z = {z:.1f} >= {s.z_threshold}")
        if s.changepoints:
            cps = _changepoints(acts)
            bounds = [0, *cps, n]
            for k, b in enumerate(cps, start=1):
                prev, nxt = bounds[k - 1], bounds[k + 1]
                if b - prev < s.min_history:
                    continue
                before, after = acts[max(prev, b - s.history):b], acts[b:nxt]
                med, scale = _robust(before, 1.0)
                stat = (float(after.mean()) - float(before.mean())) / scale
                if stat >= s.z_threshold:
                    emit("changepoint", b, nxt, "mean shift in robust scales", stat, float(after.mean()),
                         float(before.mean()), scale, len(before),
                         f"PELT change point: {after.mean():.2f} acts per {s.grain} over {nxt - b} {s.grain}s "
                         f"after, {before.mean():.2f} over {len(before)} before; shift {stat:.1f} scales "
                         f">= {s.z_threshold}")
    # single-period windows are checked against the series' own document and source counts first; only
    # the survivors (and change points, whose windows span periods) query their evidence
    kept = [(a, ij) for a, ij in zip(alerts, idx)
            if (a.kind == "changepoint" or (a.n_documents >= s.min_documents and a.n_sources >= s.min_sources))]
    kept = [(a, ij) for a, ij in kept if a.kind != "changepoint" or _window_counts(con, a) >= (s.min_documents,
                                                                                                s.min_sources)]
    # a window passes on its own; the evidence rule holds for each, so runs merge after it
    merged = _merge_runs(kept)
    for a in merged:
        _with_evidence(con, a)
    return [a for a in merged if a.n_documents >= s.min_documents and a.n_sources >= s.min_sources]


def _merge_runs(kept: list[tuple[Alert, tuple[int, int]]]) -> list[Alert]:
    """Consecutive z-score alerts of one series and kind become one alert from the onset to the last period."""
    out: list[Alert] = []
    last: dict[tuple[str, str, str], tuple[Alert, int]] = {}
    for a, (i, j) in kept:
        k = (a.kind, a.level, a.key)
        prev = last.get(k)
        if a.kind != "changepoint" and prev is not None and prev[1] == i:
            p = prev[0]
            p.period_end, p.n_acts = a.period_end, p.n_acts + a.n_acts
            p.explanation = p.explanation.split(" (sustained")[0] + \
                f" (sustained through {a.period_end}, peak z = {max(p.value, a.value):.1f})"
            p.value = max(p.value, a.value)
            last[k] = (p, j)
            continue
        out.append(a)
        last[k] = (a, j)
    return out


_LEVEL_WHERE = {"dyad": "dyad = ?", "country": "country_code = ?", "admin1": "country_code || '.' || admin1 = ?"}


def _window_counts(con: duckdb.DuckDBPyConnection, a: Alert) -> tuple[int, int]:
    """Distinct documents and outlets behind a series' acts in the alert's window."""
    return con.execute(
        f"""SELECT count(DISTINCT d.doc_id), count(DISTINCT d.outlet) FROM clusters c
            JOIN cluster_documents d USING (cluster_id)
            WHERE {_LEVEL_WHERE[a.level]} AND c.date BETWEEN ? AND ?""",
        [a.key, a.period_start, a.period_end]).fetchone()


#: clusters listed per alert (most documents first); n_acts gives the full number
MAX_EVIDENCE_CLUSTERS = 100


def _with_evidence(con: duckdb.DuckDBPyConnection, a: Alert) -> Alert:
    import hashlib

    a.n_documents, a.n_sources = _window_counts(con, a)
    rows = con.execute(
        f"""WITH c AS (SELECT * FROM clusters WHERE {_LEVEL_WHERE[a.level]} AND date BETWEEN ? AND ?
                       ORDER BY n_documents DESC, quad_class DESC, date, cluster_id LIMIT {MAX_EVIDENCE_CLUSTERS})
            SELECT c.cluster_id, c.date, c.event_type, c.dyad, c.place_name, c.n_documents, c.n_sources,
                   e.id, e.doc_id, d.url, d.title, {SOURCE_SQL}, e.sentence_text, e.trigger_text
            FROM c JOIN cluster_members m USING (cluster_id) JOIN events e ON e.id = m.event_id
            JOIN documents d ON d.id = e.doc_id
            ORDER BY c.n_documents DESC, c.quad_class DESC, c.date, c.cluster_id, e.date, e.doc_id, e.id""",
        [a.key, a.period_start, a.period_end]).fetchall()
    cols = ["cluster_id", "date", "event_type", "dyad", "place", "cluster_documents", "cluster_sources", "event_id",
            "doc_id", "url", "title", "outlet", "sentence", "trigger"]
    a.evidence = [dict(zip(cols, r)) for r in rows]
    a.alert_id = hashlib.md5(f"{a.kind}|{a.level}|{a.key}|{a.grain}|{a.period_start}".encode()).hexdigest()[:16]
    return a


ALERTS_DDL = """
CREATE TABLE IF NOT EXISTS alerts (alert_id VARCHAR PRIMARY KEY, kind VARCHAR, level VARCHAR, key VARCHAR,
    grain VARCHAR, period_start DATE, period_end DATE, statistic VARCHAR, value DOUBLE, observed DOUBLE,
    threshold DOUBLE, baseline_median DOUBLE, baseline_scale DOUBLE, history_periods INTEGER, n_acts INTEGER,
    n_documents INTEGER, n_sources INTEGER, explanation VARCHAR, settings JSON,
    created_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS alert_evidence (alert_id VARCHAR, cluster_id VARCHAR, date DATE, event_type VARCHAR,
    dyad VARCHAR, place VARCHAR, cluster_documents INTEGER, cluster_sources INTEGER, event_id VARCHAR, doc_id VARCHAR,
    url VARCHAR, title VARCHAR, outlet VARCHAR, sentence VARCHAR, trigger VARCHAR);
"""


def run_alerts(con: duckdb.DuckDBPyConnection, settings: AlertSettings | None = None) -> list[Alert]:
    """Detect the alerts of one grain and replace that grain's stored alerts with them, in one transaction."""
    import json

    s = settings or AlertSettings()
    found = detect(con, s)
    con.execute(ALERTS_DDL)
    con.execute("BEGIN TRANSACTION")
    try:
        old = "grain = ?" + (" AND key = ?" if s.key else "")
        args = [s.grain] + ([s.key] if s.key else [])
        con.execute(f"DELETE FROM alert_evidence WHERE alert_id IN (SELECT alert_id FROM alerts WHERE {old})", args)
        con.execute(f"DELETE FROM alerts WHERE {old}", args)
        cfg = json.dumps({k: v for k, v in asdict(s).items()}, default=str)
        for a in found:
            d = asdict(a)
            ev = d.pop("evidence")
            con.execute(f"INSERT INTO alerts ({', '.join(d)}, settings) VALUES ({', '.join('?' * len(d))}, ?)",
                        [*d.values(), cfg])
            if ev:
                con.executemany("INSERT INTO alert_evidence VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                [[a.alert_id, *e.values()] for e in ev])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return found

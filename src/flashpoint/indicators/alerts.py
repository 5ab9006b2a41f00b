"""Escalation alerts: each series against its own history, with a minimum-evidence rule.

For every series (level, key) at one grain, periods are the store's *covered* periods (those in which
the store holds any dated act), so years without documents are not read as calm. A window t alerts when

- ``zscore_count``: the robust z-score of its number of acts, (x - median) / max(1.4826 MAD, 1), over the
  previous ``history`` covered periods, reaches ``z_threshold``;
- ``zscore_share``: the same for the share of material conflict (over periods with acts; scale floor 0.1);
- ``changepoint``: ruptures' PELT (l2 cost via KernelCPD's linear kernel, BIC-like penalty) puts a break at t and the new segment's mean
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
from .series import GRAINS, LEVELS, create_views, key_forms


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


@dataclass
class Diagnosis:
    """Why a run found what it found, for a run that finds no alert: how many series there were, how many had the
    history to be tested, how many windows passed a statistical test and which part of the evidence rule held
    each of those back."""
    covered_periods: int = 0
    series: int = 0
    series_too_few_documents: int = 0  # fewer documents in all than an alert needs: never tested
    series_tested: int = 0  # with at least ``min_history`` covered periods before one of its periods with acts
    candidates: int = 0  # windows that passed a statistical test
    short_of_documents: int = 0
    short_of_sources: int = 0  # enough documents, too few outlets
    most_sources: int = 0  # the most outlets behind any candidate window

    def sentence(self, s: "AlertSettings") -> str:
        """One line: why there is no alert (or what held back the candidates that did not become one)."""
        unit = s.grain
        if not self.covered_periods:
            return f"no dated act in the store: there is no {unit} to test"
        if not self.series:
            return "no series at this grain and level" + (f" for key {s.key}" if s.key else "")
        if not self.series_tested and self.series_too_few_documents == self.series:
            return (f"no series has {s.min_documents} documents in all (--min-documents {s.min_documents})")
        if not self.series_tested:
            return (f"no series with {s.min_documents} documents or more has {s.min_history} covered {unit}s of history before a {unit} with acts "
                    f"(--min-history {s.min_history}; the store covers {self.covered_periods} {unit}s)")
        if not self.candidates:
            return (f"no {unit} of the {self.series_tested} series with enough history rose {s.z_threshold} robust "
                    f"scales above its history (--z {s.z_threshold})")
        held = []
        if self.short_of_sources:
            held.append(f"{self.short_of_sources} came from fewer than {s.min_sources} outlets (the most: "
                        f"{self.most_sources}; --min-sources {s.min_sources})")
        if self.short_of_documents:
            held.append(f"{self.short_of_documents} from fewer than {s.min_documents} documents "
                        f"(--min-documents {s.min_documents})")
        return (f"{self.candidates} window{'s' if self.candidates != 1 else ''} passed a statistical test, but "
                + " and ".join(held) + ": the evidence rule keeps one outlet or one article from raising an alert")


def _robust(hist: np.ndarray, floor: float) -> tuple[float, float]:
    med = float(np.median(hist))
    mad = float(np.median(np.abs(hist - med)))
    return med, max(1.4826 * mad, floor)


def _rolling_robust(x: np.ndarray, history: int, floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each i: median, robust scale (max(1.4826 MAD, floor)) and count of the non-NaN x[i-history:i]."""
    from numpy.lib.stride_tricks import sliding_window_view

    padded = np.concatenate([np.full(history, np.nan), x])
    w = sliding_window_view(padded, history)[: len(x)]  # w[i] = x[i-history:i]
    cnt = np.sum(~np.isnan(w), axis=1)
    with np.errstate(all="ignore"):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN windows (no history yet)
            med = np.nanmedian(w, axis=1)
            mad = np.nanmedian(np.abs(w - med[:, None]), axis=1)
    scale = np.maximum(np.nan_to_num(1.4826 * mad, nan=floor), floor)
    return med, scale, cnt


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
    # KernelCPD with a linear kernel is PELT on the l2 cost, in ruptures' C implementation
    bkps = rpt.KernelCPD(kernel="linear", min_size=2).fit(x.reshape(-1, 1)).predict(pen=2 * math.log(n) * sigma ** 2)
    return [b for b in bkps if b < n]


def detect(con: duckdb.DuckDBPyConnection, settings: AlertSettings | None = None,
           diagnosis: Diagnosis | None = None) -> list[Alert]:
    """Compute the alerts of one grain (does not write them); ``diagnosis``, when given, is filled in."""
    s = settings or AlertSettings()
    why = diagnosis if diagnosis is not None else Diagnosis()
    if s.grain not in GRAINS:
        raise ValueError(f"unknown grain {s.grain!r} ({', '.join(GRAINS)})")
    create_views(con)
    covered = [r[0] for r in con.execute(
        "SELECT DISTINCT CAST(date_trunc(?, date) AS DATE) p FROM clusters WHERE date IS NOT NULL ORDER BY p",
        [s.grain]).fetchall()]
    why.covered_periods = len(covered)
    if not covered:
        return []
    pos = {p: i for i, p in enumerate(covered)}
    levels = [lv for lv in s.levels if lv in LEVELS]
    args: list = [s.grain, levels]
    sql = ("SELECT level, key, period, n_acts, material_conflict, n_documents, n_sources FROM indicators "
           "WHERE grain = ? AND list_contains(?, level)")
    if s.key:
        sql += " AND list_contains(?, key)"
        args.append(key_forms(s.key))
    rows = con.execute(sql + " ORDER BY level, key, period", args).fetchall()
    by_series: dict[tuple[str, str], list[tuple]] = {}
    for r in rows:
        by_series.setdefault((r[0], r[1]), []).append(r[2:])
    alerts: list[Alert] = []
    idx: list[tuple[int, int]] = []  # covered-period index range of each alert, for merging runs
    why.series = len(by_series)
    for (level, key), pts in by_series.items():
        if sum(p[3] for p in pts) < s.min_documents:
            why.series_too_few_documents += 1
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

        c_med, c_scale, c_n = _rolling_robust(acts, s.history, 1.0)
        s_med, s_scale, s_n = _rolling_robust(share, s.history, 0.1)
        why.series_tested += bool(((c_n >= s.min_history) & (acts > 0)).any())
        for i in range(n):
            if c_n[i] < s.min_history or acts[i] == 0:
                continue
            z = (acts[i] - c_med[i]) / c_scale[i]
            if z >= s.z_threshold:
                emit("zscore_count", i, i + 1, "robust z of acts", z, acts[i], c_med[i], c_scale[i], int(c_n[i]),
                     f"{int(acts[i])} acts against a median of {c_med[i]:g} (scale {c_scale[i]:.2f}) over the "
                     f"previous {int(c_n[i])} covered {s.grain}s: z = {z:.1f} >= {s.z_threshold}")
            if s_n[i] >= s.min_history:
                z = (share[i] - s_med[i]) / s_scale[i]
                if z >= s.z_threshold:
                    emit("zscore_share", i, i + 1, "robust z of material-conflict share", z, share[i], s_med[i],
                         s_scale[i], int(s_n[i]),
                         f"material conflict was {share[i]:.0%} of {int(acts[i])} acts against a median share of "
                         f"{s_med[i]:.0%} (scale {s_scale[i]:.2f}) over {int(s_n[i])} {s.grain}s with acts: "
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
    # single-period windows are checked against the series' own document and source counts; change points,
    # whose windows span periods, against the distinct documents and outlets of the whole window
    cps = [a for a in alerts if a.kind == "changepoint"]
    for a, (nd, ns) in zip(cps, _window_counts(con, cps)):
        a.n_documents, a.n_sources = nd, ns
    kept = [(a, ij) for a, ij in zip(alerts, idx) if a.n_documents >= s.min_documents and a.n_sources >= s.min_sources]
    why.candidates = len(alerts)
    why.short_of_documents = sum(a.n_documents < s.min_documents for a in alerts)
    why.short_of_sources = sum(a.n_documents >= s.min_documents and a.n_sources < s.min_sources for a in alerts)
    why.most_sources = max((a.n_sources for a in alerts), default=0)
    merged = _merge_runs(kept)
    _add_evidence(con, merged)
    return merged


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




def _windows(con: duckdb.DuckDBPyConnection, alerts: list[Alert]) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE _alert_windows (i INTEGER, level VARCHAR, key VARCHAR, p0 DATE, p1 DATE)")
    if alerts:
        con.executemany("INSERT INTO _alert_windows VALUES (?, ?, ?, ?, ?)",
                        [[i, a.level, a.key, a.period_start, a.period_end] for i, a in enumerate(alerts)])


def _window_counts(con: duckdb.DuckDBPyConnection, alerts: list[Alert]) -> list[tuple[int, int]]:
    """Distinct documents and outlets behind each alert window's acts (one query for all windows)."""
    if not alerts:
        return []
    _windows(con, alerts)
    got = dict((r[0], (r[1], r[2])) for r in con.execute(
        """SELECT w.i, count(DISTINCT d.doc_id), count(DISTINCT d.outlet) FROM _alert_windows w
           JOIN indicator_base c ON c.level = w.level AND c.key = w.key AND c.date BETWEEN w.p0 AND w.p1
           JOIN cluster_documents d ON d.cluster_id = c.cluster_id GROUP BY w.i""").fetchall())
    return [got.get(i, (0, 0)) for i in range(len(alerts))]


#: clusters listed per alert (most documents first, then the most conflictual); n_acts gives the full number
MAX_EVIDENCE_CLUSTERS = 100
_EVIDENCE_COLS = ["cluster_id", "date", "event_type", "dyad", "place", "cluster_documents", "cluster_sources",
                  "event_id", "doc_id", "url", "title", "outlet", "sentence", "trigger"]


def _add_evidence(con: duckdb.DuckDBPyConnection, alerts: list[Alert]) -> None:
    """Window counts, the clusters, documents and sentences behind each alert, and its id."""
    import hashlib

    for a, (nd, ns) in zip(alerts, _window_counts(con, alerts)):
        a.n_documents, a.n_sources = nd, ns
        a.evidence = []
        a.alert_id = hashlib.md5(f"{a.kind}|{a.level}|{a.key}|{a.grain}|{a.period_start}".encode()).hexdigest()[:16]
    if not alerts:
        return
    rows = con.execute(
        f"""WITH c AS (
                SELECT w.i, c.* FROM _alert_windows w
                JOIN indicator_base c ON c.level = w.level AND c.key = w.key AND c.date BETWEEN w.p0 AND w.p1
                QUALIFY row_number() OVER (PARTITION BY w.i ORDER BY c.n_documents DESC, c.quad_class DESC,
                                           c.date, c.cluster_id) <= {MAX_EVIDENCE_CLUSTERS})
            SELECT c.i, c.cluster_id, c.date, c.event_type, c.dyad, c.place_name, c.n_documents, c.n_sources,
                   e.id, e.doc_id, d.url, d.title, {SOURCE_SQL}, e.sentence_text, e.trigger_text
            FROM c JOIN cluster_members m ON m.cluster_id = c.cluster_id JOIN events e ON e.id = m.event_id
            JOIN documents d ON d.id = e.doc_id
            ORDER BY c.i, c.n_documents DESC, c.quad_class DESC, c.date, c.cluster_id, e.date, e.doc_id, e.id"""
    ).fetchall()
    for r in rows:
        alerts[r[0]].evidence.append(dict(zip(_EVIDENCE_COLS, r[1:])))


ALERTS_DDL = """
CREATE TABLE IF NOT EXISTS alerts (alert_id VARCHAR PRIMARY KEY, kind VARCHAR, level VARCHAR, key VARCHAR,
    grain VARCHAR, period_start DATE, period_end DATE, statistic VARCHAR, value DOUBLE, observed DOUBLE,
    threshold DOUBLE, baseline_median DOUBLE, baseline_scale DOUBLE, history_periods INTEGER, n_acts INTEGER,
    n_documents INTEGER, n_sources INTEGER, explanation VARCHAR, settings JSON,
    created_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS alert_evidence (alert_id VARCHAR, cluster_id VARCHAR, date DATE, event_type VARCHAR,
    dyad VARCHAR, place VARCHAR, cluster_documents INTEGER, cluster_sources INTEGER, event_id VARCHAR, doc_id VARCHAR,
    url VARCHAR, title VARCHAR, outlet VARCHAR, sentence VARCHAR, trigger VARCHAR);
CREATE TABLE IF NOT EXISTS alert_runs (grain VARCHAR, key VARCHAR, n_alerts INTEGER, why VARCHAR, settings JSON,
    created_at TIMESTAMP DEFAULT current_timestamp);
"""


def run_alerts(con: duckdb.DuckDBPyConnection, settings: AlertSettings | None = None,
               diagnosis: Diagnosis | None = None) -> list[Alert]:
    """Detect the alerts of one grain and replace that grain's stored alerts with them, in one transaction."""
    import json

    s = settings or AlertSettings()
    why = diagnosis if diagnosis is not None else Diagnosis()
    found = detect(con, s, why)
    con.execute(ALERTS_DDL)
    con.execute("BEGIN TRANSACTION")
    try:
        old = "grain = ?" + (" AND list_contains(?, key)" if s.key else "")
        args = [s.grain] + ([key_forms(s.key)] if s.key else [])
        con.execute(f"DELETE FROM alert_evidence WHERE alert_id IN (SELECT alert_id FROM alerts WHERE {old})", args)
        con.execute(f"DELETE FROM alerts WHERE {old}", args)
        cfg = json.dumps({k: v for k, v in asdict(s).items()}, default=str)
        # the last run of each grain (and key), so that a page can tell 'none found, and why' from 'never run'
        con.execute("DELETE FROM alert_runs WHERE grain = ? AND key IS NOT DISTINCT FROM ?", [s.grain, s.key])
        con.execute("INSERT INTO alert_runs (grain, key, n_alerts, why, settings) VALUES (?, ?, ?, ?, ?)",
                    [s.grain, s.key, len(found), None if found else why.sentence(s), cfg])
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

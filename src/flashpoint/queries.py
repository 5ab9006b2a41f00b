"""Event queries shared by the CLI and the HTTP API: filters, stable cursor pagination, counts, places.

Every function takes an open DuckDB connection (``Store.con``) and reads columns defensively, so a
store written by an older schema (no ``quad_class``, alpha-2 place countries) still answers.
"""
from __future__ import annotations

import base64
import csv
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

import duckdb

from .records import MODALITIES, PLOVER_TYPES
from .sanitize import csv_cell

QUAD_CLASSES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
GRAINS = ("day", "week", "month")
MAX_PAGE = 1000
# events of one document in a reply of GET /api/documents/{id} unless asked otherwise, and event cards on one
# page of the dashboard's document view (a report of 1,500 events was a 4 MB reply and a 2 MB page)
DOCUMENT_PAGE = 100

# CAMEO root -> GDELT quad class, for stores written before the quad_class column existed
_QUAD_FROM_CAMEO = ("CASE WHEN try_cast(substr(cameo, 1, 2) AS INTEGER) BETWEEN 1 AND 5 THEN 1 "
                    "WHEN try_cast(substr(cameo, 1, 2) AS INTEGER) BETWEEN 6 AND 9 THEN 2 "
                    "WHEN try_cast(substr(cameo, 1, 2) AS INTEGER) BETWEEN 10 AND 14 THEN 3 "
                    "WHEN try_cast(substr(cameo, 1, 2) AS INTEGER) BETWEEN 15 AND 20 THEN 4 END")
# the order of every listing; the cursor is the last row's key, so pages stay put when rows are added
_KEY = ["coalesce(date, DATE '9999-12-31')", "doc_id", "coalesce(sentence_index, -1)", "coalesce(trigger_start, -1)",
        "id"]


class QueryError(ValueError):
    """A filter or cursor that cannot be read (the API answers 422, the CLI one line)."""


@dataclass
class EventFilter:
    """What `flashpoint events` and `GET /api/events` filter on; empty fields do not filter."""
    types: list[str] = field(default_factory=list)
    quad_classes: list[int] = field(default_factory=list)
    actor: str | None = None  # source or target, code or text (substring, any case)
    country: str | None = None  # the place's country, ISO 3166 alpha-2 or alpha-3
    admin1: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    modalities: list[str] = field(default_factory=list)
    claimant: str | None = None  # code or text
    doc_id: str | None = None  # a document reference: id, id prefix, stored path or its end (`document_tier`)
    source: str | None = None  # source actor code prefix (XKXGOV), for one side of a directed dyad
    target: str | None = None  # target actor code prefix

    def __post_init__(self) -> None:
        self.types = [t.upper() for t in self.types if t]
        bad = [t for t in self.types if t not in PLOVER_TYPES]
        if bad:
            raise QueryError(f"{bad[0]!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        bad_q = [q for q in self.quad_classes if q not in QUAD_CLASSES]
        if bad_q:
            raise QueryError(f"quad class {bad_q[0]!r} is not 1-4")
        self.modalities = [m.lower() for m in self.modalities if m]
        bad = [m for m in self.modalities if m not in MODALITIES]
        if bad:
            raise QueryError(f"{bad[0]!r} is not a modality ({', '.join(MODALITIES)})")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(f"date from {self.date_from} is later than date to {self.date_to}")
        if self.country and not re.fullmatch(r"[A-Za-z]{2,3}", self.country.strip()):
            # a name matched nothing, silently: 'country=Kosovo' listed 0 events
            raise QueryError(f"country {self.country!r} is not an ISO 3166 code: {_code_hint(self.country)}")
        if self.bbox is not None:
            w, s, e, n = self.bbox
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise QueryError("bbox must be west,south,east,north in degrees (south <= north)")


def _code_hint(name: str) -> str:
    """The codes of a country named in words, as a hint, or the form codes take."""
    try:
        import pycountry

        c = pycountry.countries.lookup(name.strip())
        return f"{c.name} is {c.alpha_2} or {c.alpha_3}"
    except (LookupError, ImportError):
        return "give alpha-2 or alpha-3 (XK or XKX, RS or SRB)"


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    parts = value.split(",")
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        raise QueryError(f"bbox {value!r} is not four numbers west,south,east,north") from None
    if len(nums) != 4:
        raise QueryError(f"bbox {value!r} is not four numbers west,south,east,north")
    return nums  # type: ignore[return-value]


def split_list(values: list[str] | str | None) -> list[str]:
    """Repeated and comma-separated values alike: ``type=A&type=B`` or ``type=A,B``."""
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    return [v.strip() for x in values for v in x.split(",") if v.strip()]


def event_columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'events'").fetchall()}


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


def quad_expr(cols: set[str]) -> str:
    return "quad_class" if "quad_class" in cols else _QUAD_FROM_CAMEO


def _country_forms(value: str) -> list[str]:
    """Both ISO forms of a country (XK and XKX for Kosovo), whichever the store holds."""
    v = value.strip().upper()
    forms = {v}
    if v in ("XK", "XKX"):
        return ["XK", "XKX"]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=v) if len(v) == 2 else pycountry.countries.get(alpha_3=v)
        if c is not None:
            forms |= {c.alpha_2, c.alpha_3}
    except (KeyError, LookupError):
        pass
    return sorted(forms)


def where_clause(f: EventFilter, cols: set[str]) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if f.types:
        where.append("list_contains(?, event_type)")
        args.append(f.types)
    if f.quad_classes:
        where.append(f"list_contains(?, {quad_expr(cols)})")
        args.append(f.quad_classes)
    if f.actor:
        where.append("(source_text ILIKE ? OR target_text ILIKE ? OR source_code ILIKE ? OR target_code ILIKE ?)")
        args += [f"%{f.actor}%"] * 4
    if f.country:
        ors = ["list_contains(?, upper(country_code))"]
        args.append(_country_forms(f.country))
        if "country_iso2" in cols:
            ors.append("list_contains(?, upper(country_iso2))")
            args.append(_country_forms(f.country))
        where.append("(" + " OR ".join(ors) + ")")
    if f.admin1:
        where.append("admin1 ILIKE ?")
        args.append(f.admin1)
    if f.date_from:
        where.append("date >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append("date <= ?")
        args.append(f.date_to)
    if f.bbox:
        w, s, e, n = f.bbox
        where.append("lat BETWEEN ? AND ?")
        args += [s, n]
        if w <= e:
            where.append("lon BETWEEN ? AND ?")
            args += [w, e]
        else:  # a box across the antimeridian
            where.append("(lon >= ? OR lon <= ?)")
            args += [w, e]
    if f.modalities:
        where.append("list_contains(?, modality)")
        args.append(f.modalities)
    if f.claimant:
        where.append("(claimant_code ILIKE ? OR claimant_text ILIKE ? OR claimant_label ILIKE ?)")
        args += [f"%{f.claimant}%"] * 3
    if f.doc_id:
        # the documents the reference fits best (a prefix or a file name may fit several: their events, all)
        tier, tier_args = document_tier(f.doc_id)
        where.append(f"doc_id IN (SELECT id FROM (SELECT id, _tier, min(_tier) OVER () AS _best FROM "
                     f"(SELECT {tier} AS _tier, id FROM documents) WHERE _tier IS NOT NULL) WHERE _tier = _best)")
        args += tier_args
    for role, code in (("source", f.source), ("target", f.target)):
        if code:
            where.append(f"starts_with(upper({role}_code), ?)")
            args.append(code.upper())
    return (" WHERE " + " AND ".join(where)) if where else "", args


def document_tier(ref: str, paths: list[str] | None = None, keys: list[str] | None = None) -> tuple[str, list[Any]]:
    """SQL (and its arguments) for how well a row of ``documents`` fits the reference ``ref``, best first: 0 its
    id; 1 its stored path (``FILE``, ``FILE#LINE``), or one of ``paths`` or of the source ``keys`` that a caller
    found ``ref`` to name; 2 an id that starts with it; 3 a path that ends with it after a ``/`` (a file name); 4
    a path that contains it; NULL none. Shared by `flashpoint show` (Store.find_documents) and every event filter
    on ``doc``."""
    sql = (f"CASE WHEN id = ? THEN 0 WHEN list_contains(?, path){' OR list_contains(?, source_key)' if keys else ''} "
           "THEN 1 WHEN starts_with(id, ?) THEN 2 WHEN ends_with(path, '/' || ?) THEN 3 WHEN contains(path, ?) THEN 4 "
           "END")
    return sql, [ref, [ref, *(paths or [])], *([keys] if keys else []), ref, ref, ref]


def encode_cursor(row: dict) -> str:
    d = row.get("date")
    key = [d.isoformat() if d else None, row["doc_id"], row.get("sentence_index"), row.get("trigger_start"), row["id"]]
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        d, doc_id, sent, trig, ev_id = json.loads(raw)
        return [date.fromisoformat(d) if d else date(9999, 12, 31), str(doc_id),
                -1 if sent is None else int(sent), -1 if trig is None else int(trig), str(ev_id)]
    except (ValueError, TypeError):
        raise QueryError(f"cursor {cursor[:40]!r} is not one this server gave out") from None


def query_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, *, limit: int | None = None,
                 cursor: str | None = None, newest: bool = False, offset: int = 0) -> tuple[list[dict], str | None]:
    """Events matching ``f`` in a stable order, from after ``cursor`` (and past the first ``offset`` of those);
    returns (rows, next cursor or None).

    Each row has every column of the events table plus ``quad_class`` (from the CAMEO root when the
    store predates that column). ``newest``: the latest dates first, undated events last, one page and no
    cursor (the dashboard's table; pages in the stable order are ``/events``).
    """
    f = f or EventFilter()
    cols = event_columns(con)
    where, args = where_clause(f, cols)
    if newest:
        if cursor:
            raise QueryError("a cursor pages the stable order, not the newest-first one")
        extra = "" if "quad_class" in cols else f", {_QUAD_FROM_CAMEO} AS quad_class"
        order = ["coalesce(date, DATE '0001-01-01') DESC", *_KEY[1:]]
        sql = f"SELECT *{extra} FROM events{where} ORDER BY {', '.join(order)}"
        cur = con.execute(sql + (f" LIMIT {int(limit)}" if limit is not None else ""), args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()], None
    if cursor:
        key = decode_cursor(cursor)
        where += (" AND " if where else " WHERE ") + f"({', '.join(_KEY)}) > (?, ?, ?, ?, ?)"
        args += key
    extra = "" if "quad_class" in cols else f", {_QUAD_FROM_CAMEO} AS quad_class"
    sql = f"SELECT *{extra} FROM events{where} ORDER BY {', '.join(_KEY)}"
    if limit is not None:
        sql += f" LIMIT {int(limit) + 1}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    cur = con.execute(sql, args)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    nxt = None
    if limit is not None and len(rows) > limit:
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]) if rows else None
    return rows, nxt


def _csv_value(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return csv_cell(v)


def write_events_csv(rows: list[dict], out: IO[str]) -> None:
    """``rows`` of `query_events` as CSV, one column a field (lists such as ``context`` as JSON, dates in ISO, a
    cell a spreadsheet would evaluate quoted with '): `flashpoint events --format csv` and GET /api/events?format=csv
    write it alike. No rows, no header."""
    if not rows:
        return
    w = csv.writer(out)
    w.writerow(list(rows[0]))
    for r in rows:
        w.writerow([_csv_value(v) for v in r.values()])


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> int:
    where, args = where_clause(f or EventFilter(), event_columns(con))
    return con.execute(f"SELECT count(*) FROM events{where}", args).fetchone()[0]


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    cols = event_columns(con)
    extra = "" if "quad_class" in cols else f", {_QUAD_FROM_CAMEO} AS quad_class"
    cur = con.execute(f"SELECT *{extra} FROM events WHERE id = ?", [event_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def get_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict | None:
    """A document by its id (or a unique id prefix of at least 6 characters)."""
    cur = con.execute("SELECT * FROM documents WHERE id = ?", [doc_id])
    row = cur.fetchone()
    if row is None and len(doc_id) >= 6:
        cur = con.execute("SELECT * FROM documents WHERE starts_with(id, ?) LIMIT 2", [doc_id])
        rows = cur.fetchall()
        row = rows[0] if len(rows) == 1 else None
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def no_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> str:
    """Why `get_document` found nothing for ``doc_id``, in words: no such id, or the start of several."""
    n = con.execute("SELECT count(*) FROM documents WHERE starts_with(id, ?)", [doc_id]).fetchone()[0]
    if n > 1:
        return f"{doc_id!r} is the start of {n} document ids: give more of the id"
    if n == 1:  # shorter than a prefix may be
        return f"{doc_id!r} is too short a prefix: give at least 6 characters of the document id"
    return f"no document {doc_id!r}"


def document_sentences(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict]:
    cur = con.execute("SELECT idx, start_char, end_char, text FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id])
    return [dict(zip(("index", "start", "end", "text"), r)) for r in cur.fetchall()]


def document_toponyms(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict]:
    cur = con.execute("SELECT * FROM toponyms WHERE doc_id = ? ORDER BY start_char", [doc_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def event_spans(ev: dict, text: str) -> list[dict]:
    """The evidence spans of one event: trigger, source, target, place and date (character offsets).

    The date span is the stored one when the store has it, else the date expression found in the
    evidence sentence, in an earlier sentence (a carried date) or the dateline (a dateline date); a
    publication date has no span in the text.
    """
    spans = []
    for kind, s, e in (("trigger", ev.get("trigger_start"), ev.get("trigger_end")),
                       ("source", ev.get("source_start"), ev.get("source_end")),
                       ("target", ev.get("target_start"), ev.get("target_end")),
                       ("place", ev.get("location_start"), ev.get("location_end")),
                       ("date", ev.get("date_start"), ev.get("date_end"))):
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            spans.append({"kind": kind, "start": s, "end": e, "text": text[s:e], "event_id": ev["id"]})
    if not any(sp["kind"] == "date" for sp in spans):
        span = _date_span(ev, text)
        if span is not None:
            spans.append({"kind": "date", "start": span[0], "end": span[1], "text": text[span[0]:span[1]],
                          "event_id": ev["id"]})
    return spans


def _date_span(ev: dict, text: str) -> tuple[int, int] | None:
    """Where an event's date is written: its expression in the evidence sentence, else the same expression
    in an earlier sentence (a carried date), else the dateline (a date from the dateline)."""
    from .dates import HEADER_CHARS, read_dateline

    dt, start = ev.get("date_text"), ev.get("sentence_start") or 0
    if dt:
        i = (ev.get("sentence_text") or "").find(dt)
        if i >= 0 and text[start + i:start + i + len(dt)] == dt:
            return start + i, start + i + len(dt)
        i = text.rfind(dt, 0, start + len(dt))  # carried over: the last mention before this sentence
        if i >= 0:
            return i, i + len(dt)
    if not dt and ev.get("date_source") in ("dateline", "year_assumed", "day_assumed"):
        dl = read_dateline(text[:HEADER_CHARS])
        if dl is not None and 0 <= dl.span[0] < dl.span[1] <= len(text):
            return dl.span
    return None


def counts_by(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None, *, by: str = "quad_class",
              grain: str = "day") -> list[dict]:
    """Number of events per period and key (``type`` or ``quad_class``), dated events only."""
    if grain not in GRAINS:
        raise QueryError(f"grain {grain!r} is not one of {', '.join(GRAINS)}")
    cols = event_columns(con)
    key = {"type": "event_type", "quad_class": quad_expr(cols)}.get(by)
    if key is None:
        raise QueryError(f"by {by!r} is not one of type, quad_class")
    where, args = where_clause(f or EventFilter(), cols)
    where += (" AND " if where else " WHERE ") + "date IS NOT NULL"
    cur = con.execute(f"SELECT CAST(date_trunc('{grain}', date) AS DATE) period, {key} AS key, count(*) n "
                      f"FROM events{where} GROUP BY ALL ORDER BY period, key NULLS LAST", args)
    return [{"period": p, "key": k, "n": n} for p, k, n in cur.fetchall()]


def indicator_series(con: duckdb.DuckDBPyConnection, level: str, grain: str, key: str | None = None,
                     date_from: date | None = None, date_to: date | None = None) -> list[dict] | None:
    """Rows of the store's ``indicators`` view (built by `flashpoint indicators`), or None when it has none."""
    if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'indicators'").fetchone()[0]:
        return None
    from .indicators.series import series

    return series(con, level, grain, key, date_from, date_to)


def series_filter(level: str, key: str) -> dict[str, str]:
    """Event filters that find the events behind one indicator series key (dyad, country or admin1)."""
    if level == "country":
        return {"country": key}
    if level == "admin1" and "." in key:
        country, admin1 = key.split(".", 1)
        return {"country": country, "admin1": admin1}
    if level == "dyad" and ">" in key:
        src, tgt = key.split(">", 1)
        return {k: v for k, v in (("source", src.strip()), ("target", tgt.strip())) if v.strip()}
    return {}


def period_end(start: date, grain: str) -> date:
    """The last day of the period that starts on ``start``."""
    from datetime import timedelta

    if grain == "day":
        return start
    if grain == "week":
        return start + timedelta(days=6)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1) - timedelta(days=1)


def places(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict]:
    """Located events grouped by coordinates: one map marker per place, with counts by quad class."""
    cols = event_columns(con)
    where, args = where_clause(f or EventFilter(), cols)
    where += (" AND " if where else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    q = quad_expr(cols)
    cur = con.execute(
        f"SELECT round(lat, 4) lat, round(lon, 4) lon, min(place_name) place_name, min(country_code) country, "
        f"count(*) n, {', '.join(f'count(*) FILTER (WHERE {q} = {k}) q{k}' for k in QUAD_CLASSES)} "
        f"FROM events{where} GROUP BY 1, 2 ORDER BY n DESC, 1, 2", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def countries(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict]:
    """Events per place country (as the store writes it, alpha-2 or alpha-3)."""
    where, args = where_clause(f or EventFilter(), event_columns(con))
    where += (" AND " if where else " WHERE ") + "country_code IS NOT NULL"
    cur = con.execute(f"SELECT upper(country_code) country, count(*) n FROM events{where} GROUP BY 1 ORDER BY n DESC",
                      args)
    return [{"country": c, "n": n} for c, n in cur.fetchall()]


def date_range(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None,
               trim: float = 0.0) -> tuple[date | None, date | None]:
    """First and last event date; with ``trim`` > 0, the ``trim`` and ``1 - trim`` quantiles instead."""
    where, args = where_clause(f or EventFilter(), event_columns(con))
    sel = (f"quantile_disc(date, {float(trim)}), quantile_disc(date, {1 - float(trim)})" if trim > 0
           else "min(date), max(date)")
    return tuple(con.execute(f"SELECT {sel} FROM events{where}", args).fetchone())  # type: ignore[return-value]


def alert_runs(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The last `flashpoint alerts` run of each grain (and key): how many it found and, when none, why."""
    if not has_table(con, "alert_runs"):
        return []
    cur = con.execute("SELECT grain, key, n_alerts, why, created_at FROM alert_runs ORDER BY created_at DESC")
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def count_alerts(con: duckdb.DuckDBPyConnection, *, date_from: date | None = None, date_to: date | None = None) -> int:
    """How many stored alerts `alerts` would list without its limit."""
    return len(alerts(con, date_from=date_from, date_to=date_to, limit=None, ids_only=True))


def alerts(con: duckdb.DuckDBPyConnection, *, date_from: date | None = None, date_to: date | None = None,
           limit: int | None = 500, ids_only: bool = False) -> list[dict]:
    """Stored alerts (written by the indicators stage), newest first; none when the store has no alerts table."""
    if not has_table(con, "alerts"):
        return []
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'alerts'").fetchall()}
    start = "period_start" if "period_start" in cols else ("date" if "date" in cols else None)
    where, args = [], []
    if start and date_from:
        where.append(f"{start} >= ?")
        args.append(date_from)
    if start and date_to:
        where.append(f"{start} <= ?")
        args.append(date_to)
    order = f" ORDER BY {start} DESC" if start else ""
    cur = con.execute(f"SELECT {'1' if ids_only else '*'} FROM alerts{' WHERE ' + ' AND '.join(where) if where else ''}"
                      f"{order}{'' if limit is None else f' LIMIT {int(limit)}'}", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def alert_evidence(con: duckdb.DuckDBPyConnection, alert_id: str) -> list[dict]:
    if not has_table(con, "alert_evidence"):
        return []
    cur = con.execute("SELECT * FROM alert_evidence WHERE alert_id = ?", [alert_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]

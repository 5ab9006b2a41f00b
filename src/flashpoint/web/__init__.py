"""The dashboard: server-rendered pages (Jinja2, autoescaped) and a little JS, no build chain.

Pages: ``/`` (map, timeline, alerts, latest events), ``/events`` (filterable table), ``/documents/{id}``
(text with each event's evidence highlighted and the coded fields beside it).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup, escape
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .. import queries as Q
from ..records import MODALITIES, PLOVER_TYPES
from . import words

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
# autoescape everything: document text, titles, actor names and URLs come from strangers
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                                                   autoescape=True))
templates.env.globals.update(quad_classes=Q.QUAD_CLASSES, plover_types=PLOVER_TYPES, modalities=MODALITIES,
                             actor_name=words.actor_name, attribution=words.attribution,
                             date_source=words.date_source)



def web_url(value: object) -> str | None:
    """A URL fit for an href: http(s) only, so a stored ``javascript:`` URL shows as text, never runs."""
    v = str(value or "").strip()
    return v if v.lower().startswith(("http://", "https://")) else None


templates.env.globals["web_url"] = web_url

router = APIRouter(include_in_schema=False)

FILTER_KEYS = ("type", "quad_class", "actor", "country", "admin1", "from", "to", "bbox", "modality", "claimant", "doc")
PAGE = 50
ALERTS_SHOWN = 50  # newest first; the heading says how many there are in all
TIMELINE_TRIM = 0.01  # the timeline shows the 1st to 99th percentile of dates unless asked for all


MULTI_KEYS = ("type", "quad_class", "modality")


def _multi_values(request: Request) -> dict[str, str]:
    """The form's value of each filter that takes several values ('type=ASSAULT&type=PROTEST' or
    'type=ASSAULT,PROTEST' is 'ASSAULT,PROTEST'): the form showed the last one, or 'any', and its next submit
    dropped the others."""
    out = {}
    for k in MULTI_KEYS:
        vals = Q.split_list([v for v in request.query_params.getlist(k) if v.strip()])
        if vals:
            out[k] = ",".join(dict.fromkeys(v.upper() if k == "type" else v.lower() for v in vals))
    return out


def _page_filter(request: Request) -> tuple[Q.EventFilter, dict[str, str]]:
    """The filter from a page's query string; blank form fields are ignored, bad values answer 422."""
    qp = request.query_params
    raw = {k: v.strip() for k in FILTER_KEYS for v in qp.getlist(k) if v.strip()}
    multi = {k: [v for v in qp.getlist(k) if v.strip()] for k in MULTI_KEYS}
    raw.update(_multi_values(request))

    def day(key: str) -> date | None:
        if key not in raw:
            return None
        try:
            return date.fromisoformat(raw[key])
        except ValueError:
            raise HTTPException(422, f"{key}={raw[key]!r} is not a date (YYYY-MM-DD)") from None

    quads = Q.split_list(multi["quad_class"])
    if bad := [q for q in quads if not q.isdigit()]:
        raise HTTPException(422, f"quad class {bad[0]!r} is not 1-4")
    try:
        f = Q.EventFilter(types=Q.split_list(multi["type"]), quad_classes=[int(x) for x in quads],
                          actor=raw.get("actor"), country=raw.get("country"), admin1=raw.get("admin1"),
                          date_from=day("from"), date_to=day("to"), bbox=Q.parse_bbox(raw.get("bbox")),
                          modalities=Q.split_list(multi["modality"]), claimant=raw.get("claimant"), doc_id=raw.get("doc"))
    except Q.QueryError as e:
        raise HTTPException(422, str(e)) from None
    return f, raw


def _query_string(request: Request, **override: str | None) -> str:
    items = [(k, v) for k, v in request.query_params.multi_items() if v.strip() and k not in override]
    items += [(k, v) for k, v in override.items() if v]
    return urlencode(items)


#: paths whose errors stay JSON: the API, its schema and docs, and static files
JSON_PATHS = ("/api/", "/api", "/openapi.json", "/docs", "/static/")
HEADINGS = {404: "Not found", 405: "Method not allowed", 422: "Bad request", 503: "Store unavailable"}


def wants_page(request: Request) -> bool:
    """Whether an error on this path is for a person in a browser (an HTML page), not an API client (JSON)."""
    return not request.url.path.startswith(JSON_PATHS)


def error_page(request: Request, status: int, detail: object, headers: dict | None = None) -> HTMLResponse:
    """A dashboard page that says what went wrong; a bad filter keeps the form, with the values given, to correct.
    A raw JSON body ({"detail": ...}) was all a browser showed for a mistyped date in the address bar."""
    if status == 404 and detail == "Not Found":  # Starlette's words for a path no route serves
        detail = f"There is no page at {request.url.path}."
    message = detail if isinstance(detail, str) else "; ".join(
        f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}" for e in detail
    ) if isinstance(detail, list) else str(detail)
    path = request.url.path
    action = path if status == 422 and path in ("/", "/events") else None
    raw = {k: v.strip() for k in FILTER_KEYS for v in request.query_params.getlist(k) if v.strip()}
    raw.update(_multi_values(request))
    return templates.TemplateResponse(request, "error.html", {
        "heading": HEADINGS.get(status, f"Error {status}"), "message": message, "action": action,
        "filters": raw}, status_code=status, headers=headers)


def _no_store(request: Request) -> HTMLResponse:
    path = request.app.state.access.path
    return templates.TemplateResponse(request, "empty.html", {"db": path}, status_code=503)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    # a browser asks for it on any page (the API's JSON too); a 404 there is a red console error on every visit
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    acc = request.app.state.access
    if not acc.exists():
        return _no_store(request)
    f, raw = _page_filter(request)
    with acc.reader() as con:
        # the newest first: the oldest acts a text mentions (a birth in 1941) headed the table
        rows, nxt = Q.query_events(con, f, limit=PAGE, newest=True)
        total = Q.count_events(con, f)
        first, last = Q.date_range(con, f)
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        alerts = Q.alerts(con, limit=ALERTS_SHOWN)
        n_alerts = Q.count_alerts(con)
        alert_runs = Q.alert_runs(con) if not n_alerts else []
        for a in alerts:
            a["evidence"] = Q.alert_evidence(con, a["alert_id"])[:3] if a.get("alert_id") else []
            link = {"from": a.get("period_start"), "to": a.get("period_end"),
                    **(Q.series_filter(a["level"], a["key"]) if a.get("level") and a.get("key") else {})}
            a["events_qs"] = urlencode({k: str(v) for k, v in link.items() if v})
        # the timeline spans the bulk of the dates (a few stray old or future dates would squash it)
        lo, hi = first, last
        whole = request.query_params.get("timeline") == "all" or f.date_from or f.date_to
        if not whole and first and last:
            lo, hi = Q.date_range(con, f, trim=TIMELINE_TRIM)
        outside = 0
        if lo and hi and (lo, hi) != (first, last):
            outside = (Q.count_events(con, replace(f, date_to=lo - timedelta(days=1)))
                       + Q.count_events(con, replace(f, date_from=hi + timedelta(days=1))))
    grain = "day"
    if lo and hi:
        span = (hi - lo).days
        grain = "day" if span <= 120 else ("week" if span <= 3 * 365 else "month")
    qs = _query_string(request, timeline=None)
    tl_qs = _query_string(request, timeline=None, **({"from": lo.isoformat(), "to": hi.isoformat()}
                                                     if outside > 0 and lo and hi else {}))
    return templates.TemplateResponse(request, "dashboard.html", {
        "rows": rows, "total": total, "next": nxt, "filters": raw, "qs": qs, "tl_qs": tl_qs, "grain": grain,
        "n_docs": n_docs, "first": first, "last": last, "tl_from": lo, "tl_to": hi, "outside": outside,
        "alerts": alerts, "n_alerts": n_alerts, "alert_runs": alert_runs, "db": acc.path})


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, cursor: str | None = None) -> HTMLResponse:
    acc = request.app.state.access
    if not acc.exists():
        return _no_store(request)
    f, raw = _page_filter(request)
    try:
        with acc.reader() as con:
            rows, nxt = Q.query_events(con, f, limit=PAGE, cursor=cursor)
            total = Q.count_events(con, f)
    except Q.QueryError as e:
        raise HTTPException(422, str(e)) from None
    return templates.TemplateResponse(request, "events.html", {
        "rows": rows, "total": total, "filters": raw, "qs": _query_string(request, cursor=None),
        "next_qs": _query_string(request, cursor=nxt) if nxt else None, "first_page": cursor is None})


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str) -> RedirectResponse:
    with request.app.state.access.reader() as con:
        ev = Q.get_event(con, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return RedirectResponse(f"/documents/{ev['doc_id']}?event={ev['id']}#ev-{ev['id']}", status_code=303)


def segments(text: str, spans: list[dict], selected: str | None) -> list[dict]:
    """Cut the text at every span boundary; each piece knows which evidence kinds and events cover it."""
    cuts = sorted({0, len(text)} | {s["start"] for s in spans} | {s["end"] for s in spans})
    out = []
    # one sweep over the cuts: a piece [a, b) lies under the spans open at a (start <= a < end). Testing every
    # span at every cut took 22 s for a 100 kB report of 1,500 events (7,352 spans), the page's whole time
    by_start = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
    nxt, open_ = 0, {}
    for a, b in zip(cuts, cuts[1:]):
        while nxt < len(by_start) and spans[by_start[nxt]]["start"] <= a:
            open_[by_start[nxt]] = spans[by_start[nxt]]
            nxt += 1
        for i in [i for i, s in open_.items() if s["end"] <= a]:
            del open_[i]
        cover = list(open_.values())
        if not cover:
            out.append({"text": text[a:b]})
            continue
        kinds = sorted({s["kind"] for s in cover})
        evs = sorted({s["event_id"] for s in cover})
        sel_kinds = sorted({s["kind"] for s in cover if s["event_id"] == selected})
        out.append({"text": text[a:b], "kinds": kinds, "events": evs, "sel": sel_kinds, "start": a})
    return out


def text_html(segs: list[dict]) -> Markup:
    """The document text as marked-up HTML, every piece escaped: the template's loop over 11,000 pieces (a report
    of 1,500 events) took half a second of the page's time; this is the same markup, built in Python."""
    out = []
    for s in segs:
        text = escape(s["text"])
        if not s.get("kinds"):
            out.append(str(text))
            continue
        kinds = " ".join(s["kinds"])
        cls = kinds + ("".join([" sel"] + [f" sel-{k}" for k in s["sel"]]) if s["sel"] else "")
        sel = f' data-sel="{escape(" ".join(s["sel"]))}"' if s["sel"] else ""
        out.append(f'<span class="hl {escape(cls)}" data-events="{escape(" ".join(s["events"]))}" '
                   f'data-kinds="{escape(kinds)}"{sel}>{text}</span>')
    return Markup("".join(out))


def evidence_segments(ev: dict) -> list[dict]:
    """The evidence sentence of a table row cut at its trigger, source and target, so the row shows which words
    the event rests on (offsets are the document's; the sentence starts at ``sentence_start``)."""
    text, start = ev.get("sentence_text") or "", ev.get("sentence_start") or 0
    spans = []
    for kind in ("trigger", "source", "target"):
        s, e = ev.get(f"{kind}_start"), ev.get(f"{kind}_end")
        if isinstance(s, int) and isinstance(e, int) and start <= s < e <= start + len(text):
            spans.append({"kind": kind, "start": s - start, "end": e - start, "event_id": ev.get("id")})
    return segments(text, spans, None)


templates.env.globals["evidence_segments"] = evidence_segments


#: event cards on one document page; the text marks every event's evidence whatever the page. A report of 1,500
#: events drew 1,500 cards, a 2 MB page that took some 2 s to render and longer for a browser to lay out. The
#: page's JSON link asks GET /api/documents/{id} for the same cards (``offset``, ``limit``)
CARDS = Q.DOCUMENT_PAGE


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, event: str | None = None, page: str | None = None) -> HTMLResponse:
    acc = request.app.state.access
    if not acc.exists():
        return _no_store(request)
    with acc.reader() as con:
        doc = Q.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, Q.no_document(con, doc_id))
        events, _ = Q.query_events(con, Q.EventFilter(doc_id=doc["id"]))
    text = doc["text"] or ""
    spans = [s for e in events for s in Q.event_spans(e, text)]
    if event and not any(e["id"] == event for e in events):
        event = None
    pages = max(1, -(-len(events) // CARDS))
    if page is not None and page.strip():
        if not page.strip().isdigit() or not 1 <= int(page) <= pages:
            raise HTTPException(422, f"page={page!r} is not a page of this document's event cards (1-{pages})")
        current = int(page)
    elif event:  # the page that holds the chosen event's card
        current = next(i for i, e in enumerate(events) if e["id"] == event) // CARDS + 1
    else:
        current = 1
    first = (current - 1) * CARDS
    return templates.TemplateResponse(request, "document.html", {
        "doc": doc, "events": events[first:first + CARDS], "n_events": len(events), "first": first, "cards": CARDS,
        "page": current, "pages": pages, "text_html": text_html(segments(text, spans, event)), "selected": event})

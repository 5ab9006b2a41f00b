"""The JSON API: events (filters, cursor pagination, CSV/JSONL downloads), documents, indicators, alerts."""
from __future__ import annotations

import io
import json
from urllib.parse import urlencode
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response

from .. import queries as Q
from ..store import plover_record
from .access import StoreAccess
from .upload import UploadError, code_upload

router = APIRouter(prefix="/api")

OUTLINES = "countries-110m.geojson"


def jsonable(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    return v


def event_json(ev: dict) -> dict:
    out = jsonable(ev)
    out["quad_class_name"] = Q.QUAD_CLASSES.get(ev.get("quad_class"))
    out["links"] = {"self": f"/api/events/{ev['id']}", "document": f"/api/documents/{ev['doc_id']}",
                    "page": f"/documents/{ev['doc_id']}?event={ev['id']}#ev-{ev['id']}"}
    return out


def access(request: Request) -> StoreAccess:
    acc: StoreAccess = request.app.state.access
    if not acc.exists():
        raise HTTPException(503, f"{acc.path}: no such store yet (run `flashpoint code` or POST /api/documents)")
    return acc


def _filter(types: list[str] | None, quad: list[str] | None, actor: str | None, country: str | None,
            admin1: str | None, date_from: date | None, date_to: date | None, bbox: str | None,
            modality: list[str] | None, claimant: str | None, doc: str | None, source: str | None = None,
            target: str | None = None) -> Q.EventFilter:
    try:
        quads = [int(q) for q in Q.split_list(quad)]
    except ValueError:
        raise HTTPException(422, f"quad_class must be 1-4, got {quad!r}") from None
    try:
        return Q.EventFilter(types=Q.split_list(types), quad_classes=quads, actor=actor or None,
                             country=country or None, admin1=admin1 or None, date_from=date_from, date_to=date_to,
                             bbox=Q.parse_bbox(bbox), modalities=Q.split_list(modality), claimant=claimant or None,
                             doc_id=doc or None, source=source or None, target=target or None)
    except Q.QueryError as e:
        raise HTTPException(422, str(e)) from None


def event_filter(
    type: Annotated[list[str] | None, Query(description="PLOVER type(s), repeat or comma-separate: ASSAULT,PROTEST")] = None,
    quad_class: Annotated[list[str] | None, Query(description="quad class 1-4 (1 verbal coop ... 4 material conflict)")] = None,
    actor: Annotated[str | None, Query(description="source or target actor: code or text, any part (SRBGOV, Kurti)")] = None,
    country: Annotated[str | None, Query(description="country of the event's place, ISO alpha-2 or alpha-3")] = None,
    admin1: Annotated[str | None, Query(description="first-level division of the event's place, by name")] = None,
    date_from: Annotated[date | None, Query(alias="from", description="first date, YYYY-MM-DD")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="last date, YYYY-MM-DD")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    modality: Annotated[list[str] | None, Query(description="asserted, requested, negated, hypothetical, reported")] = None,
    claimant: Annotated[str | None, Query(description="who makes the claim: code or text")] = None,
    doc: Annotated[str | None, Query(description="document: id (or prefix), stored path (FILE, FILE#LINE) or its "
                                                 "end (a file name)")] = None,
    source: Annotated[str | None, Query(description="source actor code prefix (XKXGOV)")] = None,
    target: Annotated[str | None, Query(description="target actor code prefix (SRBGOV)")] = None,
) -> Q.EventFilter:
    return _filter(type, quad_class, actor, country, admin1, date_from, date_to, bbox, modality, claimant, doc,
                   source, target)


def _download(rows: list[dict], fmt: str) -> Response:
    if fmt == "jsonl":
        body = "".join(json.dumps(jsonable(plover_record(r)), ensure_ascii=False) + "\n" for r in rows)
        return Response(body, media_type="application/x-ndjson",
                        headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})
    buf = io.StringIO()
    Q.write_events_csv(rows, buf)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events", summary="Events, filtered and paginated (or downloaded as CSV / JSONL)")
def list_events(
    request: Request,
    f: Q.EventFilter = Depends(event_filter),
    limit: Annotated[int | None, Query(ge=1, le=Q.MAX_PAGE, description="page size (JSON default 100; "
                                                                         "downloads: all rows unless given)")] = None,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    format: Annotated[str, Query(pattern="^(json|csv|jsonl)$", description="json | csv | jsonl")] = "json",
) -> Any:
    """Events in a stable order (date, document, sentence, trigger). Pass ``next_cursor`` back as ``cursor``
    for the next page: pages do not shift when new documents are coded meanwhile. CSV cells that a
    spreadsheet would run as a formula start with ``'`` (OWASP CSV injection); JSONL rows are the
    PLOVER-style records of ``flashpoint events --format jsonl``."""
    acc = access(request)
    page = limit if limit is not None else (100 if format == "json" else None)
    try:
        with acc.reader() as con:
            rows, nxt = Q.query_events(con, f, limit=page, cursor=cursor)
            total = Q.count_events(con, f) if format == "json" else None
    except Q.QueryError as e:
        raise HTTPException(422, str(e)) from None
    if format != "json":
        return _download(rows, format)
    next_url = None
    if nxt:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"] + [("cursor", nxt)]
        next_url = f"/api/events?{urlencode(params)}"
    return {"total": total, "count": len(rows), "next_cursor": nxt, "next": next_url,
            "items": [event_json(r) for r in rows]}


@router.get("/events/{event_id}", summary="One event with its evidence spans",
            responses={404: {"description": "no event with this id"}})
def get_event(request: Request, event_id: str) -> Any:
    with access(request).reader() as con:
        ev = Q.get_event(con, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        doc = Q.get_document(con, ev["doc_id"])
    out = event_json(ev)
    out["spans"] = Q.event_spans(ev, doc["text"] if doc else "")
    out["document"] = {k: jsonable(doc.get(k)) for k in ("id", "title", "url", "publisher", "published")} if doc else None
    return out


@router.get("/documents/{doc_id}", summary="A document's text, sentences, a page of its events, their evidence spans",
            responses={404: {"description": "no document with this id, or a prefix too short (under 6 characters) "
                                            "or shared by several ids: `detail` says which"}})
def get_document(
    request: Request,
    doc_id: str,
    limit: Annotated[int, Query(ge=1, le=Q.MAX_PAGE, description="events in this reply")] = Q.DOCUMENT_PAGE,
    offset: Annotated[int, Query(ge=0, description="events to skip, in the stable order of /api/events")] = 0,
) -> Any:
    """The document with ``limit`` of its events from ``offset`` on (``events_total`` counts them all; ``next`` is
    the address of the next page, null on the last), the evidence spans of those events and every toponym of the
    text."""
    with access(request).reader() as con:
        doc = Q.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, Q.no_document(con, doc_id))
        events, more = Q.query_events(con, Q.EventFilter(doc_id=doc["id"]), limit=limit, offset=offset)
        total = Q.count_events(con, Q.EventFilter(doc_id=doc["id"]))
        sentences = Q.document_sentences(con, doc["id"])
        toponyms = Q.document_toponyms(con, doc["id"])
    out = jsonable({k: v for k, v in doc.items() if k != "metadata"})
    try:
        out["metadata"] = json.loads(doc["metadata"]) if isinstance(doc.get("metadata"), str) else doc.get("metadata")
    except ValueError:
        out["metadata"] = None
    out["sentences"] = sentences
    out["events_total"], out["limit"], out["offset"] = total, limit, offset
    out["next"] = f"/api/documents/{doc['id']}?{urlencode({'limit': limit, 'offset': offset + limit})}" \
        if more else None
    out["events"] = [event_json(e) for e in events]
    spans = [s for e in events for s in Q.event_spans(e, doc["text"])]
    spans += [{"kind": "toponym", "start": t["start_char"], "end": t["end_char"], "text": t["text"],
               "name": t.get("name"), "country": t.get("country")} for t in toponyms
              if t.get("start_char") is not None and t.get("end_char") is not None]
    out["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"], s["kind"]))
    return out


@router.get("/indicators", summary="Indicator series: event counts per period, or the store's indicator views")
def get_indicators(
    request: Request,
    f: Q.EventFilter = Depends(event_filter),
    by: Annotated[str, Query(pattern="^(quad_class|type)$", description="counts by quad class or PLOVER type")] = "quad_class",
    grain: Annotated[str, Query(pattern="^(day|week|month)$")] = "day",
    level: Annotated[str | None, Query(pattern="^(dyad|country|admin1)$",
                                       description="read the `indicators` view (acts, Goldstein, ratios) at this level")] = None,
    key: Annotated[str | None, Query(description="one series of that level: XKXGOV>SRBGOV, XKX, XKX.Mitrovica")] = None,
) -> Any:
    """Without ``level``: one row per period and key (quad class or type) with the number of dated events
    matching the filters. With ``level``: the rows of the store's indicator views (clustered acts by quad
    class, Goldstein, conflict/cooperation ratio, ...) as written by `flashpoint indicators`. Every row
    links to the events behind it."""
    with access(request).reader() as con:
        if level:
            rows = Q.indicator_series(con, level, grain, key, f.date_from, f.date_to)
            if rows is None:
                raise HTTPException(409, "this store has no indicator views yet: run `flashpoint indicators "
                                         f"--db {request.app.state.access.path}` once")
        else:
            rows = Q.counts_by(con, f, by=by, grain=grain)
    out = []
    for r in rows:
        start = r["period"]
        end = Q.period_end(start, grain)
        if level:
            params = {"from": start.isoformat(), "to": end.isoformat(), **Q.series_filter(level, r["key"])}
            out.append({**jsonable(r), "period_end": end.isoformat(), "events": f"/api/events?{urlencode(params)}"})
            continue
        params = {"from": start.isoformat(), "to": end.isoformat(),
                  ("quad_class" if by == "quad_class" else "type"): r["key"]}
        out.append({"period": start.isoformat(), "period_end": end.isoformat(), "key": r["key"],
                    "label": Q.QUAD_CLASSES.get(r["key"], "unclassified") if by == "quad_class" else r["key"],
                    "n": r["n"], "events": f"/api/events?{urlencode({k: v for k, v in params.items() if v is not None})}"})
    return {"by": level or by, "grain": grain, "series": out}


@router.get("/alerts", summary="Stored escalation alerts with the events behind them")
def get_alerts(
    request: Request,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=5000, description="alerts to return, newest first")] = 500,
) -> Any:
    """Alerts written by the indicators stage, newest first (an empty list when none were computed); ``total`` is
    how many there are, so a reply cut at ``limit`` says so."""
    with access(request).reader() as con:
        items = Q.alerts(con, date_from=date_from, date_to=date_to, limit=limit)
        total = Q.count_alerts(con, date_from=date_from, date_to=date_to)
        for a in items:
            if a.get("alert_id") is not None:
                a["evidence"] = Q.alert_evidence(con, a["alert_id"])
        runs = Q.alert_runs(con)
    # `runs`: the last `flashpoint alerts` of each grain, how many it found and, when none, why
    return {"total": total, "count": len(items), "items": jsonable(items), "runs": jsonable(runs)}


@router.get("/places", summary="Located events grouped by place, for the map")
def get_places(request: Request, f: Q.EventFilter = Depends(event_filter)) -> Any:
    with access(request).reader() as con:
        rows = Q.places(con, f)
    return {"items": rows}


@router.get("/countries", summary="Events per place country")
def get_countries(request: Request, f: Q.EventFilter = Depends(event_filter)) -> Any:
    with access(request).reader() as con:
        return {"items": Q.countries(con, f)}


@router.get("/outlines", summary="Natural Earth 1:110m country outlines (GeoJSON) shipped with flashpoint")
def get_outlines() -> Any:
    from importlib.resources import files

    path = files("flashpoint.geo") / "data" / OUTLINES
    if not path.is_file():
        raise HTTPException(404, "country outlines are not installed")
    return FileResponse(str(path), media_type="application/geo+json")


_ERRORS = {413: "the body is over `flashpoint serve --max-upload` bytes",
           415: "a content type other than JSON, text/plain or a multipart form, or a file type flashpoint does not "
                "read",
           422: "empty or unreadable input, malformed JSON, a field that is not a string, or a file with no readable "
                "row; `detail` says which, and where"}


@router.post("/documents", status_code=201, summary="Code a document (text or file) and store it",
             responses={k: {"description": v, "content": {"application/json": {"example": {"detail": "..."}}}}
                        for k, v in _ERRORS.items()},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                     "text": {"type": "string"}, "title": {"type": ["string", "null"]},
                     "url": {"type": ["string", "null"]},
                     "author": {"type": ["string", "null"], "description": "who issued it ('we' = this actor)"},
                     "publisher": {"type": ["string", "null"]},
                     "date": {"type": ["string", "null"], "description": "publication date (2024-05-03, 3 May 2024, "
                              "RFC 2822); a value not read is named in the document's `notes`"}}}},
                 "text/plain": {"schema": {"type": "string"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary",
                              "description": ".txt, .html, .jsonl or .csv (columns text, title, date, url, source)"},
                     "text": {"type": "string"}, "title": {"type": "string"}, "author": {"type": "string"}}}}}}})
async def post_document(request: Request) -> Any:
    """Code the text (JSON ``{"text": ...}``, a plain-text body, or a multipart file upload), store it and
    return its events. Bodies over the server's limit get 413, other content types 415, empty or
    unreadable input 422. Each stored document lists under ``notes`` what of it was not used (a date no reader
    understands); ``skipped`` lists the rows of a file that were not read."""
    try:
        docs = await code_upload(request)
    except UploadError as e:
        raise HTTPException(e.status, str(e)) from None
    return docs
